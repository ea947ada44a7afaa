package demo

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"unicode"
	"unicode/utf8"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// A season of the steering committee 197's weekly casework (issue 16 item
// 2) in phường Hai Bà Trưng, a ward in force since 1/7/2025: the leaders
// of two residential groups send their week's list of violations of urban
// order for the twelve weeks before the current one; the ward office turns
// each list into cases and assigns them to the ward's Phòng Kinh tế, Hạ
// tầng và Đô thị, which reminds, makes minutes, fines and restores. Most
// cases are handled on time, some late, some stay open past their
// deadline; violations come back at addresses whose case was closed
// (repeats, linked to the earlier case), and a row repeating an open case
// is flagged as its duplicate. Everything goes through the service with
// the dates of the season. The addresses are invented; the streets are the
// seeds' (places.go).

// caseWeeks is how many weeks the season has.
const caseWeeks = 12

// caseWard, caseUnit are the ward that manages the cases and the unit
// that handles them.
const (
	caseWard = "HN-HAIBATRUNG"
	caseUnit = "HN-HAIBATRUNG-KTHTDT"
)

// residentialGroup is a tổ dân phố of the ward with its leader's account,
// its street (a place of places.go) and its point on the map.
type residentialGroup struct {
	name, leader, street, streetWord string
	lat, lon                         float64
}

var residentialGroups = []residentialGroup{
	{name: "Tổ dân phố số 5 phường Hai Bà Trưng", leader: "hbt.tdp5", street: "Phố Huế", streetWord: "Phố Huế", lat: 21.0161, lon: 105.8516},
	{name: "Tổ dân phố số 12 phường Hai Bà Trưng", leader: "hbt.tdp12", street: "Phố Bà Triệu", streetWord: "Bà Triệu", lat: 21.0158, lon: 105.8494},
}

// GroupLeaderAccounts are the residential group leaders' logins (officers
// of the ward who send the weekly lists); Accounts lists them.
var GroupLeaderAccounts = []string{"hbt.tdp5", "hbt.tdp12"}

// caseFate is how a demo case ends.
type caseFate int

const (
	fateOnTime caseFate = iota // reminded, restored, closed within the deadline
	fateLate                   // minutes, a fine, restored after the deadline
	fateOpen                   // assigned, a reminder, still open (overdue once due)
)

// violationText are the violations a list names, by kind group.
var violationText = map[tiendo.CaseKindGroup][]string{
	tiendo.CaseGroupPavement: {"Bày bán hàng hóa, để xe máy lấn chiếm vỉa hè", "Dựng mái che, kê bàn ghế kinh doanh ăn uống trên vỉa hè",
		"Trông giữ xe trái phép trên vỉa hè"},
	tiendo.CaseGroupConstruction: {"Cơi nới ban công tầng 3 không phép", "Xây dựng thêm tầng 5 sai giấy phép"},
	tiendo.CaseGroupSanitation:   {"Đổ phế thải xây dựng ra hè", "Để rác thải không đúng giờ, đúng nơi quy định"},
	tiendo.CaseGroupUrbanOrder:   {"Treo biển quảng cáo, băng rôn sai quy định", "Căng dây điện, dây thông tin không đúng quy định"},
}

// kindCycle is the order kinds come in a list: pavement most often, as in
// the seeds' giao ban reports.
var kindCycle = []tiendo.CaseKindGroup{tiendo.CaseGroupPavement, tiendo.CaseGroupSanitation, tiendo.CaseGroupPavement,
	tiendo.CaseGroupConstruction, tiendo.CaseGroupUrbanOrder}

// demoViolation is one row of a demo weekly list.
type demoViolation struct {
	group   int // index in residentialGroups
	address string
	kind    tiendo.CaseKindGroup
	text    string
	weekday int // days after the week's Monday it was found
	fate    caseFate
}

// seasonLists are the season's weekly lists: week w (0 the oldest) of
// weeks, group g. Each list has two or three new violations at addresses of the group's
// street; from the fifth week on, each group's list also names an address
// whose case was closed weeks before (a repeat), and the last week's lists
// name an address whose case is still open (a duplicate).
func seasonLists(weeks int) [][2][]demoViolation {
	out := make([][2][]demoViolation, weeks)
	n := 0
	type spot struct {
		address string
		kind    tiendo.CaseKindGroup
		week    int
		fate    caseFate
	}
	var spots [2][]spot
	for w := 0; w < weeks; w++ {
		for g, rg := range residentialGroups {
			rows := 2 + (w+g)%2
			for i := 0; i < rows; i++ {
				kind := kindCycle[(w*3+g+i)%len(kindCycle)]
				texts := violationText[kind]
				fate := fateOnTime
				switch (w*3 + g*2 + i) % 5 {
				case 3:
					fate = fateLate
				case 4:
					fate = fateOpen
				}
				if w >= weeks-2 {
					fate = fateOpen
				}
				addr := fmt.Sprintf("Số %d %s", 8+2*n+g, rg.streetWord)
				if i == 2 {
					addr = fmt.Sprintf("Số %d ngõ %d %s", 3+n%9, 20+w, rg.streetWord)
				}
				n++
				out[w][g] = append(out[w][g], demoViolation{group: g, address: addr, kind: kind, text: texts[n%len(texts)],
					weekday: (i*2 + w) % 6, fate: fate})
				spots[g] = append(spots[g], spot{addr, kind, w, fate})
			}
			// A repeat: the oldest spot closed at least four weeks before.
			if w >= 4 {
				for j, sp := range spots[g] {
					if sp.fate != fateOpen && sp.week <= w-4 {
						out[w][g] = append(out[w][g], demoViolation{group: g, address: sp.address, kind: sp.kind,
							text: "Tái phạm: " + lower(violationText[sp.kind][0]), weekday: 1, fate: fateOnTime})
						spots[g] = append(spots[g][:j:j], spots[g][j+1:]...)
						break
					}
				}
			}
			// A duplicate: the last week names again a spot still open.
			if w == weeks-1 {
				for _, sp := range spots[g] {
					if sp.fate == fateOpen && sp.week < w-1 {
						out[w][g] = append(out[w][g], demoViolation{group: g, address: sp.address, kind: sp.kind,
							text: "Vẫn tiếp tục vi phạm", weekday: 2, fate: fateOpen})
						break
					}
				}
			}
		}
	}
	return out
}

// lower lowers a text's first letter.
func lower(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// evidencePhoto is a small photo of a pavement cleared (a grey street,
// a green strip), the evidence a closing needs.
func evidencePhoto() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 48, 32))
	for y := 0; y < 32; y++ {
		for x := 0; x < 48; x++ {
			c := color.RGBA{150, 150, 150, 255}
			if y > 22 {
				c = color.RGBA{80, 150, 80, 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

// CaseSeason counts what the season loaded.
type CaseSeason struct {
	Lists, Cases, Repeats, Duplicates, Closed, Late, Open int
}

// casework loads the season: the groups' places, then week by week the
// lists, their processing, assignment, handling and closing.
func (l *loader) casework() error {
	kinds, err := l.svc.ListCaseKinds(l.sys)
	if err != nil {
		return err
	}
	kindOf := map[tiendo.CaseKindGroup]*tiendo.CaseKind{}
	for _, k := range kinds {
		if k.Active && kindOf[k.Group] == nil {
			kindOf[k.Group] = k
		}
	}
	ward, unit := l.org(caseWard), l.org(caseUnit)
	var groupIDs, streetIDs [2]int64
	for g, rg := range residentialGroups {
		lat, lon := rg.lat, rg.lon
		p, err := l.svc.CreatePlace(l.sys, tiendo.Place{Kind: tiendo.PlaceResidentialGroup, Name: rg.name, Lat: &lat, Lon: &lon,
			Wards: []tiendo.PlaceWard{{OrgID: ward, From: reformStart}},
			Note:  "Tổ dân phố gửi danh sách vi phạm trật tự đô thị hằng tuần cho Ban Chỉ đạo 197 phường (dữ liệu minh họa)."})
		if err != nil {
			return fmt.Errorf("demo: place %q: %w", rg.name, err)
		}
		l.res.Places++
		groupIDs[g] = p.ID
		id := l.placeOf(rg.street)
		if id == nil {
			return fmt.Errorf("demo: no place %q for group %s", rg.street, rg.name)
		}
		streetIDs[g] = *id
	}
	office := l.as["hbt.vanphong"]
	officer := l.as["hbt.canbo"]
	// The season's weeks end before the current one and start no earlier
	// than the ward's first full week (a demo loaded in its first months
	// has a shorter season).
	this := tiendo.WeekOf(l.today).From
	first := this.AddDays(-7 * caseWeeks)
	for first.Before(reformStart) {
		first = first.AddDays(7)
	}
	season := &CaseSeason{}
	for w, lists := range seasonLists(this.Sub(first) / 7) {
		monday := first.AddDays(7 * w)
		for g, rows := range lists {
			rg := residentialGroups[g]
			wl := tiendo.WeeklyList{WardID: ward, GroupPlaceID: &groupIDs[g], Week: tiendo.DateRange{From: monday, To: monday.AddDays(6)}}
			for i, v := range rows {
				k := kindOf[v.kind]
				if k == nil {
					return fmt.Errorf("demo: no active case kind of group %s", v.kind)
				}
				place := streetIDs[g]
				wl.Rows = append(wl.Rows, tiendo.WeeklyListRow{Row: i + 1, PlaceID: &place, Address: v.address, KindID: k.ID,
					Description: v.text, FoundOn: monday.AddDays(v.weekday)})
			}
			saved, err := l.svc.SubmitWeeklyList(l.as[rg.leader], wl)
			if err != nil {
				return fmt.Errorf("demo: weekly list %s week %d: %w", rg.name, w+1, err)
			}
			res, err := l.svc.ProcessWeeklyList(office, saved.ID, saved.Version)
			if err != nil {
				return fmt.Errorf("demo: process list %d: %w", saved.ID, err)
			}
			season.Lists++
			season.Duplicates += res.Duplicates
			season.Repeats += res.Repeats
			for i, row := range res.List.Rows {
				if row.CaseID == nil {
					continue
				}
				season.Cases++
				if err := l.handleCase(office, officer, *row.CaseID, unit, rows[i], season); err != nil {
					return err
				}
			}
		}
	}
	l.res.Cases = season
	return nil
}

// handleCase assigns a case the working day after it was found and plays
// its fate, never past today.
func (l *loader) handleCase(office, officer context.Context, id, unit int64, v demoViolation, season *CaseSeason) error {
	cd, err := l.svc.GetCase(office, id)
	if err != nil {
		return err
	}
	c := cd.Case
	on := c.FoundOn.AddDays(1)
	if on.After(l.today) {
		return nil
	}
	c, err = l.svc.AssignCase(office, id, service.CaseAssignment{Version: c.Version, OrgID: &unit, AssignedOn: on})
	if err != nil {
		return fmt.Errorf("demo: assign case %d: %w", id, err)
	}
	step := func(kind tiendo.CaseStepKind, day vn.Date, note, doc string, amount int64) error {
		if day.After(l.today) {
			return nil
		}
		_, err := l.svc.AddCaseStep(officer, id, tiendo.CaseStep{Kind: kind, On: day, Note: note, DocNo: doc, Amount: amount})
		if err != nil {
			return fmt.Errorf("demo: step %s of case %d: %w", kind, id, err)
		}
		return nil
	}
	closeOn := func(day vn.Date, result string) error {
		if day.After(l.today) {
			season.Open++
			return nil
		}
		cd, err := l.svc.GetCase(office, id)
		if err != nil {
			return err
		}
		evidence := tiendo.Attachment{Name: fmt.Sprintf("anh-khac-phuc-%d.png", id), ContentType: "image/png", Data: evidencePhoto()}
		if _, err := l.svc.CloseCase(office, id, service.CaseClosing{Version: cd.Case.Version, Result: result, ClosedOn: day,
			Files: []tiendo.Attachment{evidence}}); err != nil {
			return fmt.Errorf("demo: close case %d: %w", id, err)
		}
		season.Closed++
		return nil
	}
	due := c.Due
	switch v.fate {
	case fateOnTime:
		done := on.AddDays(2)
		if !due.IsZero() && done.After(due) {
			done = due
		}
		if err := step(tiendo.StepReminded, on.AddDays(1), "Tổ công tác phường nhắc nhở, hộ cam kết khắc phục.", "", 0); err != nil {
			return err
		}
		if err := step(tiendo.StepRestored, done, "Hộ đã tự tháo dỡ, trả lại hiện trạng.", "", 0); err != nil {
			return err
		}
		return closeOn(done, "Đã khắc phục, trả lại hiện trạng vỉa hè, lòng đường.")
	case fateLate:
		late := on.AddDays(12)
		if !due.IsZero() {
			late = due.AddDays(4)
		}
		if err := step(tiendo.StepMinutes, on.AddDays(1), "Lập biên bản vi phạm hành chính.", fmt.Sprintf("%d/BB-VPHC", 100+id), 0); err != nil {
			return err
		}
		if err := step(tiendo.StepFined, on.AddDays(5), "Quyết định xử phạt vi phạm hành chính.", fmt.Sprintf("%d/QĐ-XPHC", 200+id), 3_500_000); err != nil {
			return err
		}
		if err := step(tiendo.StepRestored, late, "Hộ chấp hành, khắc phục sau thời hạn.", "", 0); err != nil {
			return err
		}
		if late.After(l.today) {
			season.Open++
			return nil
		}
		season.Late++
		return closeOn(late, "Đã xử phạt và khắc phục, quá thời hạn xử lý.")
	default:
		season.Open++
		return step(tiendo.StepReminded, on.AddDays(1), "Đã nhắc nhở lần 1, chưa khắc phục.", "", 0)
	}
}
