package ui

import (
	"net/http"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// intakeData is the Data of the page where a text is pasted or a file
// uploaded.
type intakeData struct {
	Form   formState
	Drafts []*tiendo.Proposal // recent drafts of the actor's scope, to resume
}

// intakePage: GET /nhap-tu-van-ban
func (s *Server) intakePage(w http.ResponseWriter, r *http.Request) error {
	return s.renderIntake(w, r, http.StatusOK, newForm(nil))
}

func (s *Server) renderIntake(w http.ResponseWriter, r *http.Request, status int, f formState) error {
	a := tiendo.ActorFromContext(r.Context())
	if !canAssign(a) {
		return tiendo.Errorf(tiendo.EFORBIDDEN, "Bạn không có quyền nhập nhiệm vụ từ văn bản")
	}
	drafts, _, err := s.svc.ListProposals(r.Context(), tiendo.ProposalFilter{Status: tiendo.ProposalDraft, Page: tiendo.Page{PerPage: 10}})
	if err != nil {
		return err
	}
	s.render(w, r, status, "intake", &page{Data: intakeData{Form: f, Drafts: drafts}})
	return nil
}

// proposeForm: POST /nhap-tu-van-ban, multipart: a pasted text or one
// file, and the document date when known. A file that cannot be read comes
// back on the form with the reason.
func (s *Server) proposeForm(w http.ResponseWriter, r *http.Request) error {
	vals, files, err := s.MultipartForm(w, r)
	if err != nil {
		return s.intakeFormError(w, r, err, vals)
	}
	fr := &formReader{vals: vals}
	in := service.IntakeInput{Text: vals.Get("text"), Date: fr.date("date")}
	if len(files) > 0 {
		in.Name, in.Data = files[0].Name, files[0].Data
	}
	if err := fr.err(); err != nil {
		return s.intakeFormError(w, r, err, vals)
	}
	p, err := s.svc.Propose(r.Context(), in)
	if err != nil {
		return s.intakeFormError(w, r, err, vals)
	}
	s.redirect(w, r, reviewURL(p.ID, ""))
	return nil
}

// intakeFormError shows the form again for an error the user can fix.
func (s *Server) intakeFormError(w http.ResponseWriter, r *http.Request, err error, vals map[string][]string) error {
	switch tiendo.ErrorCode(err) {
	case tiendo.EINVALID, tiendo.ETOOLARGE:
		return s.renderIntake(w, r, httpx.StatusOf(err), newForm(vals).withError(err, nil))
	}
	return err
}

// reviewURL is the review screen of a proposal, with a notice when msg
// is set.
func reviewURL(id int64, msg string) string {
	u := "/nhap-tu-van-ban/" + strconv.FormatInt(id, 10)
	if msg != "" {
		u += "?ok=" + msg
	}
	return u
}
