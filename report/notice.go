package report

import (
	"fmt"
	"strings"

	"tiendo"
)

// ConclusionNotice is the notice of a meeting's conclusions ("Thông báo
// kết luận", NĐ 30/2020 type TB) issued by the meeting's organisation
// (its letterhead from tree, which may be nil): who chaired, where, the
// conclusions as tasks with their lead units and deadlines. A People's
// Committee's notice is signed by the head of its office on the chair's
// behalf (TL. CHỦ TỊCH).
func ConclusionNotice(m *tiendo.Meeting, conclusions []*tiendo.Task, tree *tiendo.OrgTree) Document {
	o := ReportOptions{Date: m.Date}
	if !m.NoticeOn.IsZero() {
		o.Date = m.NoticeOn
	}
	letterhead(&o, tree, m.OrgID, o.Date)
	issuer := "Cơ quan"
	if org := issuingOrg(tree, m.OrgID, o.Date); org != nil {
		issuer = org.Name
		if org.Kind == tiendo.KindPeoplesCommittee {
			o.SignerRole = "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG"
		}
	}
	if m.NoticeNo != "" {
		o.Number = "Số: " + m.NoticeNo
	}
	o.defaults("TB", o.Date, "Chủ trì và thành phần dự họp", "Các đơn vị có tên tại Thông báo")
	chair := strings.TrimSpace(m.Chair)
	if chair == "" {
		chair = "Lãnh đạo " + issuer
	}
	d := o.document("THÔNG BÁO", "Kết luận của "+chair+" tại "+lowerFirst(m.Title)+" ngày "+m.Date.Format())
	opening := fmt.Sprintf("Ngày %s, %s chủ trì %s", m.Date.Format(), chair, lowerFirst(m.Title))
	if m.Place != "" {
		opening += " tại " + m.Place
	}
	var attending []string
	for _, id := range m.AttendeeOrgIDs {
		if a := orgOf(tree, id); a != nil {
			attending = append(attending, a.Name)
		}
	}
	if len(attending) > 0 {
		opening += ". Tham dự có đại diện " + strings.Join(attending, ", ")
	}
	d.Blocks = append(d.Blocks, Block{Text: opening + "."},
		Block{Text: "Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, " + chair + " kết luận, giao nhiệm vụ như sau:"})
	if len(conclusions) == 0 {
		d.Blocks = append(d.Blocks, Block{Text: "Chưa có nội dung kết luận."})
	} else {
		t := Table{Columns: []Column{{"STT", Int, 6}, {"Nội dung kết luận, nhiệm vụ", Text, 50}, {"Đơn vị chủ trì", Text, 24},
			{"Thời hạn", Text, 14}}}
		for i, k := range conclusions {
			lead := ""
			if l := orgOf(tree, k.LeadOrgID); l != nil {
				lead = l.Name
			}
			due := k.DeadlineText
			if !k.Due.IsZero() {
				due = k.Due.Format()
			}
			t.Rows = append(t.Rows, []any{i + 1, k.Title, lead, due})
		}
		d.Blocks = append(d.Blocks, Block{Table: &t})
	}
	d.Blocks = append(d.Blocks, Block{Text: issuer + " thông báo để các cơ quan, đơn vị biết, thực hiện./."})
	return d
}

// orgOf is the organisation id in tree, nil when either is missing.
func orgOf(tree *tiendo.OrgTree, id int64) *tiendo.Org {
	if tree == nil {
		return nil
	}
	return tree.Org(id)
}
