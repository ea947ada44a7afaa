package ui

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// A meeting's conclusion notice through intake: pasted (or uploaded) on
// the meeting's page, read into a proposal, reviewed on its own screen
// under the meeting, and committed as the meeting's conclusions.

// conclusionIntakeForm: POST /giao-ban/{id}/ket-luan/van-ban — the notice
// text or file; leads to the review screen.
func (s *Server) conclusionIntakeForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, files, err := s.MultipartForm(w, r)
	if err == nil {
		in := service.IntakeInput{Text: vals.Get("notice_text")}
		if len(files) > 0 {
			in.Name, in.Data = files[0].Name, files[0].Data
		}
		var p *tiendo.Proposal
		if p, err = s.svc.ProposeConclusions(r.Context(), id, in); err == nil {
			s.redirect(w, r, proposalURL(id, p.ID, ""))
			return nil
		}
	}
	switch tiendo.ErrorCode(err) {
	case tiendo.EINVALID, tiendo.ETOOLARGE:
		return s.renderMeetingForms(w, r, httpx.StatusOf(err), meetingForms{intake: vals}, errorLine(err))
	}
	return err
}

func proposalURL(meetingID, proposalID int64, msg string) string {
	u := fmt.Sprintf("/giao-ban/%d/ket-luan/de-xuat/%d", meetingID, proposalID)
	if msg != "" {
		u += "?ok=" + url.QueryEscape(msg)
	}
	return u
}

// draftView is one proposed task on the review screen, numbered from 1 as
// the service's errors number them.
type draftView struct {
	N       int
	Draft   tiendo.DraftTask
	Coop    []string
	Options []leadOption // the chosen and the flagged mention's candidates first
	Errors  map[string]string
}

// leadOption is an organisation offered as a draft's lead unit.
type leadOption struct {
	ID                  int64
	Name                string
	Selected, Candidate bool
}

// leadOptions lists the chosen organisations, then the candidates of a
// flagged mention, then every other organisation the office may assign
// to: what matters is in view at the top of the list.
func leadOptions(lead tiendo.DraftOrg, orgs []*tiendo.Org) []leadOption {
	chosen, candidate := map[int64]bool{}, map[int64]bool{}
	for _, id := range lead.OrgIDs {
		chosen[id] = true
	}
	for _, c := range lead.Candidates {
		candidate[c.ID] = true
	}
	var first, second, rest []leadOption
	for _, o := range orgs {
		opt := leadOption{ID: o.ID, Name: o.Name, Selected: chosen[o.ID], Candidate: candidate[o.ID]}
		switch {
		case opt.Selected:
			first = append(first, opt)
		case opt.Candidate:
			second = append(second, opt)
		default:
			rest = append(rest, opt)
		}
	}
	return append(append(first, second...), rest...)
}

// proposalData is the Data of the review screen.
type proposalData struct {
	Meeting  *tiendo.Meeting
	Proposal *tiendo.Proposal
	Drafts   []draftView
	DocDate  string            // the document's date as the form shows it
	Errors   map[string]string // the document's fields and the proposal's
	Draft    bool              // still to be reviewed
}

// conclusionProposalPage: GET /giao-ban/{id}/ket-luan/de-xuat/{pid}
func (s *Server) conclusionProposalPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderProposal(w, r, http.StatusOK, nil, "")
}

func (s *Server) renderProposal(w http.ResponseWriter, r *http.Request, status int, fail error, msg string) error {
	ctx := r.Context()
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	pid, err := httpx.PathID(r, "pid")
	if err != nil {
		return err
	}
	m, err := s.svc.GetMeeting(ctx, id)
	if err != nil {
		return err
	}
	p, err := s.svc.GetProposal(ctx, pid)
	if err != nil {
		return err
	}
	// The proposal's tasks are assigned on the meeting's date.
	leads, err := s.svc.AssignableOrgsOn(ctx, m.Date)
	if err != nil {
		return err
	}
	names, err := s.orgNameMap(ctx)
	if err != nil {
		return err
	}
	fields := map[string]string{}
	for k, m := range tiendo.ErrorFields(fail) {
		if to, ok := docFormFields[k]; ok {
			k = to
		}
		fields[k] = m
	}
	d := &proposalData{Meeting: m, Proposal: p, Errors: fields, Draft: p.Status == tiendo.ProposalDraft}
	if !p.Document.Date.IsZero() {
		d.DocDate = p.Document.Date.Format()
	}
	for i, dt := range p.Drafts {
		v := draftView{N: i + 1, Draft: dt, Options: leadOptions(dt.Lead, leads), Errors: map[string]string{}}
		for _, c := range dt.Coop {
			v.Coop = append(v.Coop, orgMention(c, names))
		}
		for _, f := range []string{"content", "lead", "cooperating", "deadline", "clause", "output"} {
			if e := fields[fmt.Sprintf("drafts[%d].%s", i+1, f)]; e != "" {
				v.Errors[f] = e
			}
		}
		d.Drafts = append(d.Drafts, v)
	}
	s.render(w, r, status, "meeting_intake", &page{Data: d, Error: msg, Notice: notice(r, "meeting.notice."+r.URL.Query().Get("ok"))})
	return nil
}

// docFormFields renames the service's document fields to the form's.
var docFormFields = map[string]string{"document.number_symbol": "doc_number", "document.date": "doc_date",
	"document.summary": "doc_summary"}

// orgMention is a mention as matched: the organisations' names, or the
// words of the text when nothing matched.
func orgMention(o tiendo.DraftOrg, names map[int64]string) string {
	if len(o.OrgIDs) == 0 {
		return o.Text
	}
	out := ""
	for i, id := range o.OrgIDs {
		if i > 0 {
			out += "; "
		}
		out += names[id]
	}
	return out
}

// conclusionProposalForm: POST /giao-ban/{id}/ket-luan/de-xuat/{pid} —
// saves the office's edits, then commits them as the meeting's conclusions
// (action=commit) or discards the proposal (action=discard).
func (s *Server) conclusionProposalForm(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	pid, err := httpx.PathID(r, "pid")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if _, err := s.svc.GetMeeting(ctx, id); err != nil {
		return err
	}
	p, err := s.svc.GetProposal(ctx, pid)
	if err != nil {
		return err
	}
	patch, err := proposalPatchFromForm(p, vals)
	if err == nil {
		p, err = s.svc.UpdateProposal(ctx, pid, patch)
	}
	if err == nil && vals.Get("action") == "discard" {
		discarded := tiendo.ProposalDiscarded
		if _, err = s.svc.UpdateProposal(ctx, pid, service.ProposalPatch{Version: p.Version, Status: &discarded}); err == nil {
			s.redirect(w, r, meetingURL(id, "discarded"))
			return nil
		}
	} else if err == nil {
		if _, _, err = s.svc.CommitConclusions(ctx, id, pid, p.Version); err == nil {
			s.redirect(w, r, meetingURL(id, "intake"))
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	return s.renderProposal(w, r, httpx.StatusOf(err), err, tiendo.ErrorMessage(err))
}

// proposalPatchFromForm applies the review form to the proposal as stored:
// the document, and per draft whether it is kept, its content, lead units
// and deadline phrase. Cooperating units, clause and source stay as read.
func proposalPatchFromForm(p *tiendo.Proposal, vals url.Values) (service.ProposalPatch, error) {
	fr := &formReader{vals: vals}
	doc := tiendo.ProposalDoc{Number: fr.str("doc_number"), Date: fr.date("doc_date"), Summary: fr.str("doc_summary")}
	keep := map[string]bool{}
	for _, k := range vals["keep"] {
		keep[k] = true
	}
	drafts := []tiendo.DraftTask{}
	for i, d := range p.Drafts {
		n := strconv.Itoa(i + 1)
		if !keep[n] {
			continue
		}
		d.Content = fr.str("content-" + n)
		d.Lead.OrgIDs = fr.ids("lead-" + n)
		if dl := fr.str("deadline-" + n); dl != d.Deadline {
			d.Deadline, d.Due = dl, vn.Date{} // the phrase as edited decides
		}
		drafts = append(drafts, d)
	}
	return service.ProposalPatch{Version: fr.version(), Document: &doc, Drafts: &drafts}, fr.err()
}
