// What reads like a task but is none: opinions, beliefs, results, a
// report's own sections, requests to regard something as a priority,
// petitions upward and decisions of whoever speaks (issue 14, the classes
// of precision_classes_test.go and structure_classes_test.go).

package extract

import (
	"regexp"
	"slices"
	"strings"

	"tiendo/vn"
)

// regardAs reports a request to regard something as something ("yêu cầu
// thủ trưởng đơn vị xem công tác ứng phó … là nhiệm vụ trọng tâm", "coi
// đây là nhiệm vụ thường xuyên", "xác định … là nhiệm vụ trọng tâm"): an
// attitude asked for, with no work of its own to follow up.
func regardAs(ws []word) bool {
	for i := range ws {
		n := phraseAt(ws, i, regardVerbs, 2)
		if n == 0 || ws[i].upper || i+n < len(ws) && ws[i+n].fold == "xét" || i > 0 && ws[i-1].fold == "trông" {
			continue
		}
		for _, w := range ws[i+n:] {
			if w.punct && w.raw != "," {
				break
			}
			if w.fold == "là" {
				return true
			}
		}
		return false
	}
	return false
}

// regardVerbs open "X … là Y": "xem", "coi", "xác định".
var regardVerbs = set("xem", "coi", "xác định")

// answersOnly reports work that is only to answer for something: "chịu
// trách nhiệm trước Giám đốc Sở … về công tác …" after words that name no
// work of their own ("Tập trung chỉ đạo quyết liệt và …"). Accountability
// is not a task (S4), however it is opened.
func answersOnly(ws []word) bool {
	for i := 0; i < len(ws); i++ {
		if accountability(ws, i) {
			return true
		}
		if ws[i].punct {
			continue
		}
		n := phraseAt(ws, i, generalDirection, 2)
		if n == 0 {
			return false
		}
		i += n - 1
	}
	return false
}

// generalDirection name no work by themselves: how a body leads, not what
// it does ("tập trung chỉ đạo quyết liệt", "trực tiếp lãnh đạo").
var generalDirection = set("tập trung", "chỉ đạo", "lãnh đạo", "quyết liệt", "trực tiếp", "chủ động", "khẩn trương",
	"nghiêm túc", "và", "đồng thời", "phải", "cần")

// agentPhrase reports a subject introduced by "do": "các cuộc họp do Chủ
// tịch, Thường trực UBND tỉnh chủ trì" names who chairs what is talked
// about (a passive's agent), not a body given work. The names of a list
// before the subject may stand between "do" and it; a "do" of cause ("Do
// thiếu kinh phí, UBND xã phải …") is followed by no name.
func agentPhrase(ws []word, s, i int) bool {
	for k := s; k < i; k++ {
		if ws[k].fold == "do" {
			return true // "Hội nghị do Ban Thường vụ Tỉnh ủy chủ trì": the subject holds the agent
		}
	}
	for k := s - 1; k >= 0 && k >= s-8; k-- {
		if ws[k].punct && ws[k].raw != "," {
			return false
		}
		if ws[k].fold == "do" {
			names := ws[k+1 : s]
			for len(names) > 0 && names[len(names)-1].raw == "," {
				names = names[:len(names)-1]
			}
			return len(names) > 0 && isOrgish(names)
		}
	}
	return false
}

// outcome reports a predicate that states how something turned out: a
// verb with a result complement ("Thường trực HĐND huyện tổ chức thành
// công kỳ họp thứ 10 …", "… hoàn thành xuất sắc nhiệm vụ …"). With no
// modal before it, such a clause reports a result; work asked for is
// written with a target ("phấn đấu tổ chức thành công …").
func outcome(pws []word) bool {
	for i := 0; i < len(pws) && i < 5; i++ {
		if pws[i].punct {
			return false
		}
		if phraseAt(pws, i, resultComplements, 2) > 0 {
			return i > 0
		}
		if phraseAt(pws, i, targetWords, 2) > 0 {
			return false
		}
	}
	return false
}

// placeFacts follow "có" to tell what a place is, not what it must do:
// "Tỉnh Tuyên Quang mới sẽ có diện tích hơn 13.795km2", "phường Ninh Kiều
// sẽ có trụ sở tại …".
var placeFacts = set("diện tích", "diện tích tự nhiên", "tổng diện tích", "dân số", "quy mô", "trụ sở", "tổng số")

// placeFact reports a predicate that tells a place's size or seat.
func placeFact(pws []word) bool {
	i := 0
	for i < len(pws) && (pws[i].fold == "sẽ" || pws[i].fold == "dự" || pws[i].fold == "kiến") {
		i++
	}
	return i+1 < len(pws) && pws[i].fold == "có" && phraseAt(pws, i+1, placeFacts, 3) > 0
}

// resultComplements follow a verb to say it succeeded.
var resultComplements = set("thành công", "xuất sắc")

// targetWords make what follows an aim, not a result.
var targetWords = set("phấn đấu", "quyết tâm", "bảo đảm", "đảm bảo", "để", "nhằm", "phải", "cần", "sẽ")

// opinionBefore reports a verb of opinion or belief before the subject
// ("Thủ tướng cho rằng, báo chí truyền thông phải góp phần lan tỏa …",
// "Bí thư tin tưởng, Đảng bộ xã sẽ …"): the modal after it is the
// speaker's view of what ought to be, reported, not work handed over.
// Reported directions ("… nhấn mạnh, các sở phải …") are not opinions.
func opinionBefore(ws []word) bool {
	for i := range ws {
		if !ws[i].upper && (phraseAt(ws, i, opinionVerbs, 2) > 0 || phraseAt(ws, i, beliefWords, 2) > 0) {
			return true
		}
	}
	return false
}

// opinionVerbs report what a speaker thinks of something.
var opinionVerbs = set("cho rằng", "nhận định", "nhận xét", "đánh giá rằng")

// resultsHeading reports the title of a report's section of results: it
// opens with what a report looks back on ("KẾT QUẢ …", "ĐÁNH GIÁ TÌNH
// HÌNH …", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH …", "NHỮNG THÀNH TỰU …") and names
// nothing ahead ("… VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ …", "GIẢI PHÁP").
func resultsHeading(text string) bool {
	f := vn.Fold(text)
	return slices.ContainsFunc(resultsOpenings, func(p string) bool { return strings.HasPrefix(f, p) }) &&
		!slices.ContainsFunc(aheadWords, func(w string) bool { return strings.Contains(f, w) })
}

// resultsOpenings open the title of a section of results (folded).
var resultsOpenings = []string{"ket qua", "nhung ket qua", "danh gia", "tinh hinh", "cong tac chi dao, dieu hanh",
	"cong tac chi dao dieu hanh", "nhung thanh tuu", "thanh tuu", "kiem diem"}

// aheadWords in such a title name work ahead: the section holds tasks.
var aheadWords = []string{"phuong huong", "nhiem vu trong tam", "giai phap", "va ke hoach", "va nhiem vu", "de xuat",
	"kien nghi", "thoi gian toi"}

// isReport reports a text that names itself a report: its type line
// ("BÁO CÁO") among the first lines, or a title that opens with "Báo cáo"
// ("Báo cáo công tác chỉ đạo điều hành … tháng 5/2017"). A directive's
// section "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …" asks for an evaluation; a
// report's tells one.
func isReport(lines []line) bool {
	seen := 0
	for _, l := range lines {
		if l.kind == lineBlank {
			continue
		}
		if seen++; seen > 12 {
			return false
		}
		t := strings.TrimSpace(l.text)
		if strings.HasPrefix(t, "BÁO CÁO") || seen == 1 && strings.HasPrefix(t, "Báo cáo ") && !strings.HasSuffix(t, ".") {
			return true
		}
	}
	return false
}

// upward reports a request made to a higher tier of government than the
// one making it ("Lãnh đạo UBND huyện đề nghị UBND tỉnh quan tâm hỗ trợ
// kinh phí …", "UBND xã đề nghị UBND huyện sớm …"): like a voter's
// petition, it asks and assigns nothing. Each side's tier is the lowest
// one it names ("UBND các huyện trong tỉnh" is a district's); a side
// that names no tier (a department, a party committee's organ) does not
// count.
func upward(requester, addressee []word) bool {
	r, a := tierOf(requester), tierOf(addressee)
	return r > 0 && a > r
}

// tierOf returns the lowest tier of government the words name: 1 commune
// or ward, 2 district, 3 province, 4 the centre; 0 for none.
func tierOf(ws []word) int {
	low := 0
	note := func(t int) {
		if low == 0 || t < low {
			low = t
		}
	}
	for i := 0; i < len(ws); i++ {
		switch {
		case phraseAt(ws, i, wThiXa, 2) == 2:
			note(2)
			i++
		case ws[i].fold == "xã" && !(i+1 < len(ws) && ws[i+1].fold == "hội"), ws[i].fold == "phường",
			phraseAt(ws, i, wThiTran, 2) == 2:
			note(1)
		case ws[i].fold == "huyện", ws[i].fold == "quận":
			note(2)
		case ws[i].fold == "tỉnh":
			note(3)
		case phraseAt(ws, i, wCentre, 2) == 2:
			note(4)
		}
	}
	return low
}

// approvalVerbs state a decision of whoever speaks: "Chủ tịch UBND tỉnh
// đồng ý tổ chức lễ kỷ niệm …", "… thống nhất điều chỉnh phân công Phó
// Chủ tịch …". The work approved is not handed to anyone by them.
var approvalVerbs = set("đồng ý", "thống nhất", "nhất trí", "chấp thuận", "cho phép", "đồng ý cho", "thống nhất chủ trương")

// approves reports a subject that took in a verb of approval on its way to
// the approved work's verb ("Chủ tịch UBND tỉnh đồng ý", "UBND tỉnh chấp
// thuận cho Công ty A").
func approves(lead string) bool {
	ws := tokenize(lead)
	for i := 1; i < len(ws); i++ {
		if !ws[i].upper && phraseAt(ws, i, approvalVerbs, 3) > 0 { // not "phường Thống Nhất"
			return true
		}
	}
	return false
}

// accountability reports "chịu trách nhiệm trước … / về … / nếu …" at
// ws[i], or "chịu trách nhiệm" with nothing after it ("…, địa phương nào
// không hoàn thành, Chủ tịch UBND huyện sẽ phải chịu trách nhiệm"): who
// answers for what, not a task.
func accountability(ws []word, i int) bool {
	n := phraseAt(ws, i, wChiuTrachNhiemChiu, 5)
	if n == 0 {
		return false
	}
	rest := ws[i+n:]
	for len(rest) > 0 && rest[len(rest)-1].punct {
		rest = rest[:len(rest)-1]
	}
	return len(rest) == 0 || phraseAt(ws, i+n, accountabilityWords, 2) > 0
}

// proposedHandOver reports a hand-over that a body only proposes its
// superior make: "kiến nghị UBND tỉnh, chỉ đạo chủ đầu tư xử lý nhà thầu",
// "đề xuất UBND TP giao UBND cấp xã nhiệm vụ …". Until the superior hands
// the work over it is nobody's task (the README's rule on proposals).
func proposedHandOver(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		m := phraseAt(ws, k, proposalVerbs, 2)
		if m == 0 {
			continue
		}
		body := ws[k+m : i]
		for len(body) > 0 && body[len(body)-1].punct {
			body = body[:len(body)-1]
		}
		return len(body) > 0 && isOrgish(body)
	}
	return false
}

// proposalVerbs put a proposal to a superior.
var proposalVerbs = set("kiến nghị", "đề xuất")

// enforcementRe is a request to carry out the text itself or the one
// relayed: "thực hiện tốt nội dung Thông báo nêu trên", "triển khai thực
// hiện nghiêm Kế hoạch này". Like "chịu trách nhiệm thi hành Quyết định
// này", it restates the items and is not a task of its own.
// The closing "Yêu cầu … nghiêm túc thực hiện./." names nothing to do
// either: a bare "thực hiện" with only manner words is the same formula.
var enforcementRe = regexp.MustCompile(`^(?:(?:nghiem tuc|khan truong|to chuc|trien khai) )*(?:thuc hien|trien khai|chap hanh|thi hanh)` +
	`(?: (?:tot|nghiem|nghiem tuc|day du|dung|co hieu qua|kip thoi))*(?:(?: (?:cac )?noi dung| tinh than)? ` +
	`(?:thong bao|ke hoach|quyet dinh|cong van|chi thi|van ban|huong dan|chuong trinh)(?: so \S+)? (?:nay|neu tren|tren)` +
	`|(?: (?:cac )?noi dung)? (?:nay|neu tren|tren)` +
	`|(?: (?:cac )?noi dung) trong (?:thong bao|ke hoach|quyet dinh|cong van|chi thi|van ban|huong dan))?$`)

func enforcementFormula(pred string) bool {
	if len(pred) > 200 {
		return false
	}
	f := strings.Join(strings.Fields(strings.NewReplacer(".", " ", "/", " ", ",", " ").Replace(vn.Fold(pred))), " ")
	// With no object it is the formula only where it closes the letter
	// ("… nghiêm túc thực hiện./."): in running text "Yêu cầu UBND các xã
	// phối hợp và tổ chức thực hiện." asks them to carry out what was said.
	closes := strings.HasSuffix(strings.TrimSpace(pred), "/.")
	if enforcementRe.MatchString(f) && (closes || bareRe.FindString(f) == "") {
		return true
	}
	// The closing words of a letter: "nghiên cứu, triển khai thực hiện",
	// "quan tâm, phối hợp thực hiện", "quán triệt, tổ chức thực hiện
	// nghiêm túc nội dung Công văn này" — only ways of carrying out the
	// text itself, nothing of their own.
	rest := " " + f + " "
	for changed := true; changed; {
		changed = false
		for _, w := range closingWords {
			if strings.HasPrefix(rest, " "+w+" ") {
				rest, changed = rest[len(w)+1:], true
			}
		}
	}
	rest = strings.TrimSpace(rest)
	return rest == "" && closes || rest != "" && closingObjectRe.MatchString(rest)
}

// bareRe matches a formula with no object at all.
var bareRe = regexp.MustCompile(`^(?:(?:nghiem tuc|khan truong|to chuc|trien khai) )*(?:thuc hien|trien khai|chap hanh|thi hanh)` +
	`(?: (?:tot|nghiem|nghiem tuc|day du|dung|co hieu qua|kip thoi))*$`)

// closingWords make up the closing formula of a letter (folded).
var closingWords = []string{"nghien cuu", "quan triet", "quan tam", "phoi hop", "to chuc", "trien khai", "thuc hien", "tap trung", "quyet liet",
	"chi dao", "khan truong", "nghiem tuc", "co hieu qua", "hieu qua", "tot", "nghiem", "day du", "kip thoi", "dung",
	"va", "chu dong", "tich cuc", "theo doi", "chap hanh", "thi hanh", "can cu", "biet"}

// closingObjectRe is what the closing formula may carry out: the text
// itself or the one it relays, or work given elsewhere and named only as
// such ("các nhiệm vụ được giao", "chỉ đạo của Trung ương và của tỉnh"):
// carrying that out restates duties and adds no task of its own.
var closingObjectRe = regexp.MustCompile(`^(?:(?:(?:cac )?noi dung )?(?:(?:thong bao|ke hoach|quyet dinh|cong van|chi thi|` +
	`van ban|huong dan|chuong trinh|ket luan|y kien chi dao)(?: so \S+)? )?(?:nay|neu tren|tren|nhu tren)` +
	`|(?:cac |moi )?(?:chuc nang,? (?:va )?)?nhiem vu (?:da )?duoc (?:giao|phan cong)` +
	`|(?:(?:cac )?(?:van ban )?chi dao )?cua (?:trung uong|cap tren|chinh phu|tinh|tinh uy|thanh uy|ubnd tinh)(?: va cua (?:trung uong|tinh|tinh uy|thanh pho))?` +
	// "Các đơn vị thực hiện theo Kế hoạch số 245/KH-UBND ngày 20/12/2019
	// của UBND quận": carrying out a document cited, nothing of its own.
	`|theo (?:dung )?(?:(?:cac )?noi dung )?(?:thong bao|ke hoach|quyet dinh|cong van|chi thi|van ban|huong dan|chuong trinh|ket luan|nghi quyet)` +
	`(?: so [0-9a-z-]+(?: [a-z][0-9a-z-]*)?)?(?: ngay \d{1,2}(?: thang)? \d{1,2}(?: nam)? \d{4})?(?: cua [a-z ]{1,60})?)$`)

// exhortation reports "Mỗi cán bộ, đảng viên … phải …", "các đồng chí
// đảng viên phải đoàn kết, gương mẫu …": what every member ought to be,
// with no body to follow up (the README's exhortations).
func exhortation(ws []word) bool {
	for i := range ws {
		if i == 0 || i == 1 && ws[0].punct {
			if phraseAt(ws, i, wMoiMoiTung, 1) > 0 {
				return true
			}
		}
		if phraseAt(ws, i, wDangVienDoanVien, 2) == 2 {
			return true
		}
	}
	return false
}

// publicAddressees open a lead that is the general public: "các hộ dân",
// "người dân", "nhân dân", "phụ huynh học sinh". Instructions to them
// alone are not followed up (the README's rule); a list that names
// agencies too does not start with them.
var publicAddressees = set("hộ dân", "các hộ dân", "người dân", "nhân dân", "công dân", "phụ huynh",
	"các hộ", "bà con", "quần chúng nhân dân", "toàn thể nhân dân", "mọi người dân", "các hộ gia đình")

func publicOnly(lead string) bool {
	ws := tokenize(lead)
	n := phraseAt(ws, 0, publicAddressees, 4)
	if n == 0 {
		return false
	}
	return !isOrgish(ws[n:]) || n == len(ws)
}

// conditionalLead reports a lead that picks its subject by a condition:
// "Đơn vị nào chưa thu thì …" is what to do if, part of the task before.
func conditionalLead(lead string) bool {
	for _, w := range tokenize(lead) {
		if w.fold == "nào" {
			return true
		}
	}
	return false
}

// conditionSentence reports a sentence that says what to do if: it opens
// with a condition word, or picks its subject with "nào … thì".
func conditionSentence(s string) bool {
	if phraseAt(firstTokens(s, 4), 0, conditionWords, 4) > 0 {
		return true
	}
	nao := false
	for w, i, ok := nextToken(s, 0); ok; w, i, ok = nextToken(s, i) { // no slice: it runs on every sentence
		nao = nao || w.fold == "nào"
		if w.fold == "thì" && nao {
			return true
		}
	}
	return false
}

// petition reports a trigger inside a citizen's petition told as past
// ("… đã có đơn đề nghị UBND xã … cấp lại …"): "đơn" shortly before it.
//
// A request whose subject is the public is a petition too ("Cử tri xã Tân
// Lập đề nghị UBND huyện sớm sửa chữa …", "Nhân dân kiến nghị …"): what
// voters ask is not yet work anyone was given (the README's rule).
func petition(ws []word, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if ws[k].fold == "đơn" {
			return true
		}
	}
	for k := 0; k < i; k++ {
		if ws[k].punct {
			continue
		}
		return phraseAt(ws, k, petitioners, 3) > 0 // the subject's first word
	}
	return false
}

// petitioners open the subject of a petition.
var petitioners = set("cử tri", "nhân dân", "người dân", "công dân", "hộ dân", "các hộ dân", "bà con", "nhiều hộ dân",
	"nhiều cử tri", "một số cử tri", "ý kiến cử tri")
