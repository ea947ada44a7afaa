package ui

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// reviewData is the Data of the review screen: the proposal, its drafts
// as rows of the form (as typed when the form comes back with errors), and
// the unit pickers of every row.
type reviewData struct {
	P         *tiendo.Proposal
	Version   int
	Doc       docRow
	Rows      []draftRow
	Errors    map[string]string
	ErrorList []string // every error, "Nhiệm vụ 2, đơn vị chủ trì: …", for the summary
	Message   string
	OrgNames  map[int64]string
	Tasks     []*tiendo.Task // the tasks a committed proposal made
	// Form is the form as posted when a picker's search button sent it
	// (nil otherwise): the pickers show what was ticked and typed.
	Form url.Values
}

// docRow is the document part of the form.
type docRow struct{ Number, Date, Summary string }

// draftRow is one draft as the form shows it. N counts from 1, as errors
// name drafts ("drafts[2].lead"); Key prefixes its field names ("d2").
type draftRow struct {
	N                                      int
	Key                                    string
	Content, Deadline, Due, Clause, Output string
	Source, Cue                            string
	Lead                                   tiendo.DraftOrg
	Confidence                             string // "92%" for a matched mention
	Coop                                   []coopRow
	Parsed                                 string // the deadline as understood, for the office to check
	LeadPicker, CoopX                      *orgPicker
}

// coopRow is a cooperating mention with the name of its picker.
type coopRow struct {
	Key string
	tiendo.DraftOrg
	Picker *orgPicker
}

// Err is the error of a field of this draft.
func (d reviewData) Err(n int, field string) string {
	return d.Errors[fmt.Sprintf("drafts[%d].%s", n, field)]
}

// reviewPage: GET /nhap-tu-van-ban/{id}
func (s *Server) reviewPage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := s.svc.GetProposal(r.Context(), id)
	if err != nil {
		return err
	}
	d := reviewData{P: p, Version: p.Version, Doc: docRowOf(p.Document), Errors: map[string]string{}}
	for i, dr := range p.Drafts {
		d.Rows = append(d.Rows, rowOf(i, dr, dateText(dr.Due)))
	}
	pg := &page{Notice: notice(r, "notice."+r.URL.Query().Get("ok"))}
	return s.renderReview(w, r, http.StatusOK, d, pg)
}

func (s *Server) renderReview(w http.ResponseWriter, r *http.Request, status int, d reviewData, pg *page) error {
	ctx := r.Context()
	var err error
	// Tasks filed under a document are assigned on its date (service
	// taskFromInput): a 2019 plan goes to the units in force in 2019.
	on := d.P.Document.Date
	if on.IsZero() || d.P.Document.Number == "" {
		on = s.Today()
	}
	if d.P.Status == tiendo.ProposalCommitted {
		orgs, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
		if err != nil {
			return err
		}
		d.OrgNames = orgNames(orgs)
	} else if err = s.reviewPickers(ctx, &d, d.Form, on); err != nil {
		return err
	}
	for _, id := range d.P.TaskIDs {
		if t, err := s.svc.GetTask(ctx, id); err == nil {
			d.Tasks = append(d.Tasks, t)
		}
	}
	for i := range d.Rows {
		row := &d.Rows[i]
		if dl, err := vn.ParseDeadline(row.Deadline, d.P.Document.Date); err == nil && row.Deadline != "" {
			row.Parsed = "→ " + i18n.Translate(i18n.LocaleOf(tiendo.ActorFromContext(ctx)), "deadline."+string(dl.Kind))
			if !dl.Date.IsZero() {
				row.Parsed += " " + dl.Date.Format()
			}
		}
	}
	d.ErrorList = errorList(d.Errors)
	pg.Data = d
	s.render(w, r, status, "intake_review", pg)
	return nil
}

func docRowOf(pd tiendo.ProposalDoc) docRow {
	return docRow{Number: pd.Number, Date: dateText(pd.Date), Summary: pd.Summary}
}

func dateText(d vn.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Format()
}

func rowOf(i int, dr tiendo.DraftTask, due string) draftRow {
	key := "d" + strconv.Itoa(i+1)
	row := draftRow{N: i + 1, Key: key, Content: dr.Content, Deadline: dr.Deadline, Due: due, Clause: dr.Clause,
		Output: dr.Output, Source: dr.Source, Cue: dr.Cue, Lead: dr.Lead}
	if len(dr.Lead.OrgIDs) > 0 && dr.Lead.Confidence > 0 {
		row.Confidence = strconv.Itoa(int(dr.Lead.Confidence*100+0.5)) + "%"
	}
	for j, c := range dr.Coop {
		row.Coop = append(row.Coop, coopRow{Key: key + ".coop" + strconv.Itoa(j+1), DraftOrg: c})
	}
	return row
}

// reviewForm: POST /nhap-tu-van-ban/{id}. The whole form is saved first;
// then action says what else to do: add a row, drop row N, discard the
// proposal, or commit it. A failed commit leaves the edits saved and shows
// every error beside its draft.
func (s *Server) reviewForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	p, err := s.svc.GetProposal(r.Context(), id)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	version := fr.version()
	drafts, dues := draftsFromForm(fr, p.Drafts)
	doc := tiendo.ProposalDoc{Number: fr.str("doc_number"), Date: fr.date("doc_date"), Summary: fr.str("doc_summary")}
	if vals.Get(pickerParam) != "" { // a unit search without JavaScript: nothing saved
		return s.reviewSearch(w, r, p, version, doc, vals, drafts, dues)
	}
	action := fr.str("action")
	if n, ok := strings.CutPrefix(action, "drop:"); ok {
		if i, err := strconv.Atoi(n); err == nil && i >= 1 && i <= len(drafts) {
			drafts, dues = append(drafts[:i-1], drafts[i:]...), append(dues[:i-1], dues[i:]...)
		}
	} else if action == "add" {
		drafts, dues = append(drafts, tiendo.DraftTask{Coop: []tiendo.DraftOrg{}}), append(dues, "")
	}
	failed := func(err error, current *tiendo.Proposal) error {
		return s.reviewError(w, r, err, current, doc, vals, drafts, dues)
	}
	if err := fr.err(); err != nil {
		return failed(err, p)
	}
	patch := service.ProposalPatch{Version: version, Document: &doc, Drafts: &drafts}
	if action == "discard" {
		st := tiendo.ProposalDiscarded
		patch.Status = &st
	}
	saved, err := s.svc.UpdateProposal(r.Context(), id, patch)
	if err != nil {
		return failed(err, p)
	}
	switch action {
	case "commit":
		if _, tasks, err := s.svc.Commit(r.Context(), id, saved.Version); err != nil {
			return failed(err, saved)
		} else {
			s.redirect(w, r, reviewURL(id, "intake-committed-"+plural(len(tasks))))
		}
	case "discard":
		s.redirect(w, r, "/nhap-tu-van-ban?ok=intake-discarded")
	default:
		s.redirect(w, r, reviewURL(id, "saved"))
	}
	return nil
}

// reviewError shows the review screen again with what was typed and the
// errors: 422 for invalid drafts, 409 when the proposal changed meanwhile
// (then the form carries the current version, so saving again is a choice).
func (s *Server) reviewError(w http.ResponseWriter, r *http.Request, err error, current *tiendo.Proposal, doc tiendo.ProposalDoc,
	vals url.Values, drafts []tiendo.DraftTask, dues []string) error {
	if !showsOnForm(err) {
		return err
	}
	d := reviewData{P: current, Version: current.Version, Errors: map[string]string{}, Message: tiendo.ErrorMessage(err)}
	for k, m := range tiendo.ErrorFields(err) {
		d.Errors[k] = m
	}
	d.Doc = docRow{Number: doc.Number, Date: vals.Get("doc_date"), Summary: doc.Summary}
	if current.Status != tiendo.ProposalDraft {
		d.Doc = docRowOf(current.Document)
	}
	for i, dr := range drafts {
		d.Rows = append(d.Rows, rowOf(i, dr, dues[i]))
	}
	return s.renderReview(w, r, httpx.StatusOf(err), d, &page{})
}

// reviewSearch shows the review again as typed, with the matches of the
// picker whose search button was pressed; nothing is saved. Cooperating
// units added ("coopx") stay in their own picker, so the rows keep the
// mentions of the stored drafts.
func (s *Server) reviewSearch(w http.ResponseWriter, r *http.Request, p *tiendo.Proposal, version int, doc tiendo.ProposalDoc,
	vals url.Values, drafts []tiendo.DraftTask, dues []string) error {
	d := reviewData{P: p, Version: version, Errors: map[string]string{}, Form: vals,
		Doc: docRow{Number: doc.Number, Date: vals.Get("doc_date"), Summary: doc.Summary}}
	for i, dr := range drafts {
		stored := 0
		if i < len(p.Drafts) {
			stored = len(p.Drafts[i].Coop)
		}
		dr.Coop = dr.Coop[:min(len(dr.Coop), stored)]
		d.Rows = append(d.Rows, rowOf(i, dr, dues[i]))
	}
	return s.renderReview(w, r, http.StatusOK, d, &page{})
}

// draftsFromForm reads the drafts of the form: row i (from 1) has fields
// "d{i}.content", "d{i}.lead" (lead units, any number), "d{i}.coop{j}" for the
// j-th cooperating mention, "d{i}.coopx" for units added, and so on. What
// the form does not carry (the mention as written, its candidates, the
// source clause) is kept from the stored draft of the same row.
func draftsFromForm(fr *formReader, stored []tiendo.DraftTask) ([]tiendo.DraftTask, []string) {
	n, _ := strconv.Atoi(fr.str("n"))
	n = max(0, min(n, tiendo.MaxDrafts))
	drafts := make([]tiendo.DraftTask, 0, n)
	dues := make([]string, 0, n)
	for i := 1; i <= n; i++ {
		var d tiendo.DraftTask
		if i <= len(stored) {
			d = stored[i-1]
		}
		key := func(f string) string { return "d" + strconv.Itoa(i) + "." + f }
		d.Content, d.Deadline = fr.str(key("content")), fr.str(key("deadline"))
		d.Clause, d.Output = fr.str(key("clause")), fr.str(key("output"))
		dues = append(dues, fr.str(key("due")))
		due, err := httpx.ParseFormDate(fr.str(key("due")))
		if err != nil {
			fr.v.Add(fmt.Sprintf("drafts[%d].due", i), "Ngày không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 06/01/2020")
		}
		d.Due = due
		d.Lead.OrgIDs = nonNilIDs(fr.ids(key("lead")))
		coop := make([]tiendo.DraftOrg, 0, len(d.Coop)+1)
		for j, c := range d.Coop {
			c.OrgIDs = nonNilIDs(fr.ids(key("coop" + strconv.Itoa(j+1))))
			coop = append(coop, c)
		}
		if extra := fr.ids(key("coopx")); len(extra) > 0 {
			coop = append(coop, tiendo.DraftOrg{OrgIDs: extra})
		}
		d.Coop = coop
		drafts = append(drafts, d)
	}
	return drafts, dues
}

// plural picks the notice for one task or several.
func plural(n int) string {
	if n == 1 {
		return "one"
	}
	return "many"
}

func nonNilIDs(ids []int64) []int64 {
	if ids == nil {
		return []int64{}
	}
	return ids
}

// fieldNames name the fields of a draft in the error summary.
var fieldNames = map[string]string{"content": "nội dung", "lead": "đơn vị chủ trì", "cooperating": "đơn vị phối hợp",
	"deadline": "thời hạn", "due": "hạn (ngày)", "clause": "trích dẫn", "output": "sản phẩm",
	"number_symbol": "số, ký hiệu", "date": "ngày ban hành", "summary": "trích yếu"}

// errorList lists field errors for the summary at the top of the form, in
// draft order: "Nhiệm vụ 2, đơn vị chủ trì: Chưa chọn đơn vị chủ trì".
func errorList(errs map[string]string) []string {
	keys := make([]string, 0, len(errs))
	for k := range errs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return errorOrder(keys[i]) < errorOrder(keys[j]) })
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		label := k
		var n int
		var field string
		if _, err := fmt.Sscanf(strings.Replace(k, "].", "] ", 1), "drafts[%d] %s", &n, &field); err == nil {
			label = fmt.Sprintf("Nhiệm vụ %d, %s", n, or(fieldNames[field], field))
		} else if f, ok := strings.CutPrefix(k, "document."); ok {
			label = "Văn bản, " + or(fieldNames[f], f)
		}
		out = append(out, label+": "+errs[k])
	}
	return out
}

// errorOrder sorts the document's errors first, then drafts by number.
func errorOrder(k string) string {
	var n int
	if _, err := fmt.Sscanf(k, "drafts[%d]", &n); err == nil {
		return fmt.Sprintf("1%06d%s", n, k)
	}
	return "0" + k
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
