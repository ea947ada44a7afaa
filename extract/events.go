// Events held by a body ("Đại hội Chi bộ X dự kiến tổ chức trước ngày
// 12.4") and clauses that split at them or at grounds ("Căn cứ …;").

package extract

import (
	"strings"

	"tiendo/vn"
)

// eventStops end the name of the body that holds an event.
var eventStops = set("dự kiến", "sẽ", "tổ chức", "diễn ra", "trước", "hoàn thành", "xong", "chậm nhất", "trong",
	"được", "vào", "phải", "cần", "tiến hành", "đã", "đang", "vừa",
	"lần thứ", "nhiệm kỳ", "khóa", "khoá") // "Đại hội Đảng bộ phường X lần thứ 10": the body is "Đảng bộ phường X"

// eventTask reads an event scheduled for a body: "Đại hội Chi bộ Trường
// THCS Hòa Lợi dự kiến tổ chức trước ngày 12.4". The lead is the body; it
// needs a dated deadline and no past marker.
func (f *finder) eventTask(c string, ws []word) (clauseTask, bool) {
	at := eventStart(c, ws)
	if at < 0 {
		return clauseTask{}, false
	}
	n := at + phraseAt(ws, at, eventNouns, 2)
	if n > at && n < len(ws) && ws[n].fold == "đại" && phraseAt(ws, n, wDaiBieu, 2) == 2 {
		n += 2 // "Đại hội đại biểu Đảng bộ huyện"
	}
	if n > at && n+1 < len(ws) && ws[n].fold == "điểm" {
		n++ // "Đại hội điểm Đoàn cấp cơ sở": a pilot congress of the body
	}
	if n == at || n >= len(ws) || !isOrgish(ws[n:]) {
		return clauseTask{}, false
	}
	end := n
	for end < len(ws) && (!ws[end].punct || ellipticalChi(ws, end-1) || listGoesOn(ws, end)) && phraseAt(ws, end, eventStops, 2) == 0 &&
		ws[end].fold != "và" {
		end++
	}
	if end == n {
		return clauseTask{}, false
	}
	for _, w := range ws[end:] {
		if pastMarkers[w.fold] && w.fold != "được" {
			return clauseTask{}, false
		}
	}
	if outcome(ws[end-1:]) {
		return clauseTask{}, false // "Đại hội Chi bộ X diễn ra thành công vào ngày …": a result
	}
	dl, _, _ := vn.FindDeadline(c, seeingDate(f.date)) // "sẽ diễn ra trong hai ngày 24 và 25-2", in a text with no year
	if dl.Kind != vn.DeadlineDate && dl.Kind != vn.DeadlinePeriod {
		return clauseTask{}, false
	}
	return clauseTask{lead: normalizeLead(c[ws[n].start:ws[end-1].end]), clause: c,
		cue: "sự kiện của đơn vị có thời hạn"}, true
}

// listGoesOn reports a comma at ws[i] that goes on with a bare collective
// noun of the same list: "Đảng bộ các xã, thị trấn", "các phòng, ban".
func listGoesOn(ws []word, i int) bool {
	return ws[i].raw == "," && i+1 < len(ws) && !ws[i+1].upper && phraseAt(ws, i+1, collectiveWords, 3) > 0
}

// mergeGrounds joins the clauses of a sentence's grounds ("Căn cứ kế hoạch
// …; các nghị quyết …; tình hình …, yêu cầu các sở … đánh giá …"): the ";"
// there separates the documents relied on, not tasks. It joins up to the
// clause that hands a task over; without one, the clauses stay apart.
func (f *finder) mergeGrounds(cls []string) []string {
	if len(cls) < 2 || phraseAt(f.tokenize(cls[0]), 0, wCanCuTrenCo, 3) == 0 {
		return cls
	}
	for k := 1; k < len(cls); k++ {
		if _, ok := triggered(cls[k], f.tokenize(cls[k])); ok {
			return append([]string{strings.Join(cls[:k+1], "; ")}, cls[k+1:]...)
		}
	}
	return cls
}

// splitEvents splits a clause that schedules events at "và" before the
// next event ("đại hội đảng bộ cơ sở hoàn thành từ tháng 4 - 6 và Đại hội
// đại biểu Đảng bộ huyện hoàn thành trong tháng 8.2015"): one task each.
func (f *finder) splitEvents(cls []string) []string {
	var out []string
	for _, c := range cls {
		ws := f.tokenize(c)
		if eventStart(c, ws) < 0 {
			out = append(out, c)
			continue
		}
		from := 0
		for i := 1; i+1 < len(ws); i++ {
			if ws[i].fold == "và" && phraseAt(ws, i+1, eventNouns, 2) > 0 {
				out = append(out, strings.TrimSpace(c[from:ws[i].start]))
				from = ws[i+1].start
			}
		}
		out = append(out, strings.TrimSpace(c[from:]))
	}
	return out
}

// afterSchedulePhrase returns where a clause goes on after a fronted
// phrase that cites the schedule ("Theo kế hoạch,", "Theo thời gian ấn
// định,", "Theo dự kiến,"): a "Theo …" of up to six words and its comma.
// It returns 0 when the clause has none.
func afterSchedulePhrase(ws []word) int {
	if len(ws) == 0 || ws[0].fold != "theo" {
		return 0
	}
	for i := 1; i < min(len(ws), 8); i++ {
		if ws[i].punct {
			if ws[i].raw == "," {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// wHoldEvent hold or finish an event named after them.
var wHoldEvent = set("tiến hành", "tổ chức", "hoàn thành")

// scheduleOpening returns where a clause starts past "Theo kế hoạch(,)"
// ("Theo kế hoạch sẽ hoàn thành đại hội …"), or 0.
func scheduleOpening(ws []word) int {
	if n := afterSchedulePhrase(ws); n > 0 {
		return n
	}
	if len(ws) > 3 && ws[0].fold == "theo" && (ws[1].fold == "kế" && ws[2].fold == "hoạch" || ws[1].fold == "dự" && ws[2].fold == "kiến") {
		return 3
	}
	return 0
}

// eventStart returns where the event noun of a scheduled event starts:
// at the clause start ("Đại hội Chi bộ X dự kiến tổ chức …"), or after
// the verb that holds it with only a time before ("Tháng 1-2020, tiến hành
// đại hội các chi bộ …", "từ tháng 4 đến tháng 5-2020 tiến hành Đại hội
// …"). It returns -1 when there is none.
func eventStart(c string, ws []word) int {
	if phraseAt(ws, 0, eventNouns, 2) > 0 {
		return 0
	}
	if n := phraseAt(ws, 0, wDuKien, 2); n > 0 && phraseAt(ws, n, eventNouns, 2) > 0 {
		return n // "Dự kiến Đại hội MTTQ các xã hoàn thành trong tháng 3/2019"
	}
	if n := afterSchedulePhrase(ws); n > 0 && phraseAt(ws, n, eventNouns, 2) > 0 {
		return n // "Theo kế hoạch, Đại hội đại biểu Đảng bộ phường … sẽ diễn ra …"
	}
	if len(ws) > 3 && phraseAt(ws, 0, wDuocBiet, 2) == 2 && ws[2].raw == "," && phraseAt(ws, 3, eventNouns, 2) > 0 {
		return 3 // "Được biết, Đại hội đại biểu Hội LHPN huyện … dự kiến diễn ra vào tháng 6 tới"
	}
	for i := range ws {
		n := phraseAt(ws, i, wHoldEvent, 2)
		if n == 0 || i+n >= len(ws) || phraseAt(ws, i+n, eventNouns, 2) == 0 {
			continue
		}
		if i == 0 || i == 2 && phraseAt(ws, 0, wThoiGian, 2) == 2 || ws[i-1].fold == "sẽ" && i-1 == scheduleOpening(ws) {
			// "Thời gian tiến hành đại hội hội nông dân cấp cơ sở … hoàn
			// thành trong quý II", "thời gian hoàn thành đại hội …", "Theo
			// kế hoạch sẽ hoàn thành đại hội hội nông dân cấp cơ sở …".
			return i + n
		}
		_, s, e := vn.FindDeadline(c[:ws[i].start], vn.Date{})
		if s >= 0 && strings.Trim(c[:s]+c[e:ws[i].start], " ,") == "" {
			return i + n
		}
		return -1
	}
	return -1
}
