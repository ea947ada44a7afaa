package extract

// A request that names no body after its verb ("Bộ NN&PTNT yêu cầu cần
// thực hiện việc công bố dịch …") still has one when the sentence has
// already said whom it is for: set off in front ("Đối với các địa
// phương có dịch, Bộ … yêu cầu …", "Tại phường Gia Định, đồng chí …
// yêu cầu …") or as the body a leader is working with ("Trong buổi làm
// việc với huyện Đức Thọ …, Chủ tịch UBND tỉnh yêu cầu tập trung …").
// Without such a body the request stays no task: a speech's wish to no
// one in particular.

// wRequest are the requests that may stand with no body after them.
var wRequest = set("yêu cầu", "đề nghị")

// wMeetingWith name the body a leader meets: "làm việc với", "kiểm tra
// tại", "khảo sát tại".
var wMeetingWith = set("làm việc với", "làm việc tại", "kiểm tra tại", "khảo sát tại", "thăm và làm việc với",
	"làm việc với lãnh đạo")

// impliedAddressee reads clause c as a request with no body after it,
// whose body the clause names before it (see above).
func impliedAddressee(c string, ws []word) (clauseTask, bool) {
	i, n, p := bodilessRequest(ws)
	if i < 0 {
		return clauseTask{}, false
	}
	lead := frontedFor(c, ws, i)
	if lead == "" {
		lead = metWith(c, ws, i)
	}
	if lead == "" {
		return clauseTask{}, false
	}
	ct := newClauseTask(c, ws, lead, p)
	ct.cue = "giao việc: «" + c[ws[i].start:ws[i+n-1].end] + "», cho đơn vị nêu trước trong câu"
	return ct, true
}

// bodilessRequest returns the index of a request verb followed straight
// by the work ("yêu cầu tập trung …", "đề nghị cần thực hiện …"), its
// length and where the work starts, or -1, 0, -1. A request made with a
// body, or as a noun ("đáp ứng yêu cầu", "theo đề nghị của"), is not one.
func bodilessRequest(ws []word) (int, int, int) {
	for i := 1; i < len(ws); i++ {
		n := phraseAt(ws, i, wRequest, 2)
		if n == 0 || ws[i].upper || ws[i-1].punct || triggerAsNoun(ws, i) {
			continue
		}
		p := i + n
		for p < len(ws) && (ws[p].fold == "cần" || ws[p].fold == "phải") {
			p++
		}
		if p < len(ws) && startsWithAction(ws[p:]) && !isOrgish(ws[p:]) {
			return i, n, p
		}
		return -1, 0, -1
	}
	return -1, 0, -1
}

// frontedFor is the body of a clause opened by "Đối với X," or "Tại X,"
// before the request at i, or "" ("Tại hội nghị, …" names an event).
func frontedFor(c string, ws []word, i int) string {
	n := phraseAt(ws, 0, wDoiVoi, 2)
	if n == 0 && ws[0].fold == "tại" {
		n = 1
	}
	if n == 0 {
		return ""
	}
	for j := n; j < i; j++ {
		if ws[j].raw == "," {
			if j > n && phraseAt(ws, n, eventNouns, 2) == 0 && (isOrgish(ws[n:j]) || provinceList(ws[n:j])) {
				return trimPunct(c[ws[n].start:ws[j-1].end])
			}
			return ""
		}
	}
	return ""
}

// metWith is the body named after "làm việc với" before the request at i,
// up to the next comma or "về" (what the meeting was about), or "".
func metWith(c string, ws []word, i int) string {
	for k := 0; k < i; k++ {
		n := phraseAt(ws, k, wMeetingWith, 5)
		a := k + n
		if n == 0 || a >= i || !isOrgish(ws[a:i]) && !(ws[a].upper && phraseAt(ws, a, provinceNames, 3) > 0) {
			continue
		}
		e := a
		for e < i && !ws[e].punct && ws[e].fold != "về" && ws[e].fold != "để" {
			e++
		}
		if e > a {
			return trimPunct(c[ws[a].start:ws[e-1].end])
		}
	}
	return ""
}
