package service

import (
	"sort"
	"strings"

	"tiendo"
	"tiendo/extract"
	"tiendo/vn"
)

// scopeMatcher matches mentions to the organisations of the actor's scope
// that exist on the document's date: an office of one district must not
// see its "Phòng Quản lý đô thị" confused with another district's.
type scopeMatcher struct {
	*extract.Matcher
	orgs []extract.OrgName
	// ended matches old names (bodies ended by the document's date) so that
	// a 2026 text naming a pre-reform ward proposes the ward's successor.
	ended *extract.Matcher
	sc    *scope
	on    vn.Date
}

func newScopeMatcher(sc *scope, on vn.Date) *scopeMatcher {
	var orgs, ended []extract.OrgName
	for _, id := range sc.tree.IDs() {
		o := sc.tree.Org(id)
		switch name := (extract.OrgName{ID: o.ID, Name: o.Name, Abbrev: o.Abbrev}); {
		case !sc.sees(id):
		case o.ActiveOn(on):
			orgs = append(orgs, name)
		case o.EndedBy(on):
			ended = append(ended, name)
		}
	}
	return &scopeMatcher{Matcher: extract.NewMatcher(orgs), orgs: orgs, ended: extract.NewMatcher(ended), sc: sc, on: on}
}

// successorDraft proposes the successor of a body ended by the document's
// date when the mention names it better than any body in force, with a
// note saying so for the review; ok is false otherwise.
func (m *scopeMatcher) successorDraft(x extract.Match) (d tiendo.DraftOrg, ok bool) {
	if m.ended == nil || strings.TrimSpace(x.Text) == "" {
		return d, false
	}
	old := m.ended.Match(x.Text)
	if old.OrgID == 0 || (x.OrgID != 0 && x.Confidence >= old.Confidence) {
		return d, false
	}
	succ := m.sc.tree.SuccessorInForce(old.OrgID, m.on)
	if succ == nil || !m.sc.sees(succ.ID) {
		return d, false
	}
	return tiendo.DraftOrg{Text: x.Text, OrgIDs: []int64{succ.ID}, Confidence: old.Confidence,
		Flag: "«" + old.Name + "» đã hết hiệu lực; đề xuất đơn vị kế thừa «" + succ.Name + "»"}, true
}

// draft turns a proposed task into a draft: matched organisations become
// ids, the rest stay as flagged text with candidates to choose from.
func (m *scopeMatcher) draft(t extract.Task) tiendo.DraftTask {
	d := tiendo.DraftTask{Content: t.Content, Deadline: t.Deadline.Text, Clause: t.Clause, Source: t.Source, Cue: t.Cue,
		Output: t.Output, Coop: []tiendo.DraftOrg{}}
	if t.LeadMatch != nil {
		d.Lead = m.draftOrg(*t.LeadMatch)
	} else {
		d.Lead = tiendo.DraftOrg{Text: t.Lead, OrgIDs: []int64{}, Flag: "Không nhận ra đơn vị"}
	}
	for _, c := range t.CooperatingMatches {
		d.Coop = append(d.Coop, m.draftOrg(c))
	}
	return d
}

func (m *scopeMatcher) draftOrg(x extract.Match) tiendo.DraftOrg {
	if d, ok := m.successorDraft(x); ok {
		return d
	}
	o := tiendo.DraftOrg{Text: x.Text, OrgIDs: []int64{}, Confidence: x.Confidence, Flag: x.Flag}
	if x.OrgID != 0 {
		o.OrgIDs = []int64{x.OrgID}
		return o
	}
	if strings.TrimSpace(x.Text) == "" {
		o.Flag = "Văn bản không nêu đơn vị chủ trì"
	}
	for _, c := range x.Candidates {
		o.Candidates = append(o.Candidates, tiendo.OrgOption{ID: c.ID, Name: c.Name})
	}
	if len(o.Candidates) == 0 {
		o.Candidates = m.plural(x.Text)
	}
	return o
}

// pluralWords name several bodies at once ("UBND các phường").
var pluralWords = map[string]bool{"cac": true, "nhung": true, "moi": true}

// plural offers, for a mention of several bodies such as "UBND các
// phường", every organisation whose name has all its other words: each
// ward's People's Committee. At most 60, in name order.
func (m *scopeMatcher) plural(mention string) []tiendo.OrgOption {
	var want []string
	for _, w := range strings.Fields(vn.Fold(strings.NewReplacer(",", " ", ";", " ").Replace(mention))) {
		if !pluralWords[w] && w != "don" && w != "vi" {
			want = append(want, w)
		}
	}
	if len(want) == 0 {
		return nil
	}
	var out []tiendo.OrgOption
	for _, o := range m.orgs {
		words := map[string]bool{}
		for _, w := range strings.Fields(vn.Fold(o.Name + " " + o.Abbrev)) {
			words[w] = true
		}
		all := true
		for _, w := range want {
			all = all && words[w]
		}
		if all {
			out = append(out, tiendo.OrgOption{ID: o.ID, Name: o.Name})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out[:min(len(out), 60)]
}

// defaultDocument proposes the document the tasks are filed under: the
// first reference with a number (a text's own number comes first in its
// header), dated as written or with the text's date, summarised by the
// line under the document's title when there is one.
func defaultDocument(refs []tiendo.ProposalRef, date vn.Date, text string) tiendo.ProposalDoc {
	for _, r := range refs {
		n, err := vn.ParseDocNumber(r.Number)
		if err != nil || n.Type == "" && n.Issuer == "" {
			continue
		}
		d := tiendo.ProposalDoc{Number: r.Number, Date: r.Date}
		if d.Date.IsZero() {
			d.Date = date
		}
		d.Summary = summaryLine(text)
		if d.Summary == "" {
			name := tiendo.DocTypeNames[n.Type]
			if name == "" {
				name = "Văn bản"
			}
			d.Summary = name + " số " + r.Number
		}
		return d
	}
	return tiendo.ProposalDoc{}
}

// titleWords are the titles printed above a document's summary.
var titleWords = map[string]string{"thong bao": "Thông báo", "ke hoach": "Kế hoạch", "quyet dinh": "Quyết định",
	"chi thi": "Chỉ thị", "ket luan": "Kết luận", "chuong trinh": "Chương trình", "bao cao": "Báo cáo"}

// summaryLine finds "THÔNG BÁO" (or another title) alone on a line in the
// first lines of text and returns it with the line below: "Thông báo Kết
// luận của đồng chí Chủ tịch UBND quận …".
func summaryLine(text string) string {
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines) && i < 30; i++ {
		title, ok := titleWords[vn.Fold(strings.TrimSpace(lines[i]))]
		if !ok {
			continue
		}
		for _, next := range lines[i+1 : min(len(lines), i+3)] {
			if next = strings.TrimSpace(next); next != "" {
				return title + " " + strings.TrimRight(next, ".")
			}
		}
	}
	return ""
}
