package ui

import (
	"context"
	"errors"
	"net/http"
	"net/url"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// Forms of the task page. Each posts to its own address and, on success,
// redirects back to the task page with a notice (post/redirect/get). On a
// field error or a conflict the task page is shown again, as it now stands,
// with the form open, what the user typed kept and the errors beside the
// fields: a stale form never overwrites newer data.

// taskFormError answers a failed form: invalid input, conflicts and files
// too large re-render the task page with the form; anything else (403, 404,
// 500) is an error page. When the task has moved on and the form is no
// longer offered, the message shows at the top of the page instead.
func (s *Server) taskFormError(w http.ResponseWriter, r *http.Request, id int64, err error, vals url.Values, which string) error {
	switch tiendo.ErrorCode(err) {
	case tiendo.EINVALID, tiendo.ECONFLICT, tiendo.ETOOLARGE:
	default:
		return err
	}
	d, lerr := s.loadTaskPage(r.Context(), id)
	if lerr != nil {
		return lerr
	}
	p := &page{Data: d}
	if f, shown := d.form(which); shown {
		*f = newForm(vals).withError(err, nil)
	} else {
		p.Error = errorLine(err)
	}
	s.render(w, r, httpx.StatusOf(err), "task", p)
	return nil
}

// form returns one of the page's forms and whether the page shows it.
func (d *taskPageData) form(which string) (*formState, bool) {
	switch which {
	case "report":
		return &d.Report, d.Can.Report
	case "extension":
		return &d.Extend, d.Can.RequestExtension
	case "decide":
		return &d.Decide, d.Can.DecideExtension && d.Pending != nil
	case "confirm":
		return &d.Confirm, d.Can.Confirm
	case "return":
		return &d.Return, d.Can.Return
	case "delegate":
		return &d.Delegate, d.Can.Delegate
	case "postpone":
		return &d.Postpone, d.Can.Postpone
	case "resume":
		return &d.Resume, d.Can.Resume
	case "withdraw":
		return &d.Withdraw, d.Can.Withdraw
	}
	return nil, false
}

// postForm parses a urlencoded form body within the JSON body limit.
func (s *Server) postForm(w http.ResponseWriter, r *http.Request) (url.Values, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, httpx.BodyError(err, s.opts.MaxBodyBytes)
		}
		return nil, tiendo.Errorf(tiendo.EINVALID, "Biểu mẫu không hợp lệ")
	}
	return r.PostForm, nil
}

// reportForm: POST /viec/{id}/bao-cao, multipart with attached files.
func (s *Server) reportForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, files, err := s.MultipartForm(w, r)
	slot := "report"
	if err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	fr := &formReader{vals: vals}
	in := service.UpdateInput{Version: fr.version(), AsOf: fr.date("as_of"), Narrative: fr.str("narrative"),
		Results: fr.str("results"), Problems: fr.str("problems"), Proposals: fr.str("proposals"),
		Percent: fr.integer("percent"), Done: fr.checked("done"), EvidenceNo: fr.str("evidence_no"), Attachments: files}
	if err := fr.err(); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	if _, _, err := s.svc.ReportProgress(r.Context(), id, in); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	msg := "report"
	if in.Done {
		msg = "report-done"
	}
	s.redirect(w, r, taskURL(id, msg))
	return nil
}

// extensionForm: POST /viec/{id}/gia-han
func (s *Server) extensionForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	slot := "extension"
	fr := &formReader{vals: vals}
	in := service.ExtensionInput{Version: fr.version(), ProposedDue: fr.date("proposed_due"), Reason: fr.str("reason")}
	if err := fr.err(); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	if _, _, err := s.svc.RequestExtension(r.Context(), id, in); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	s.redirect(w, r, taskURL(id, "extension"))
	return nil
}

// decideForm: POST /viec/{id}/quyet-dinh-gia-han, with the button pressed
// (decision=approve or decline).
func (s *Server) decideForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	slot := "decide"
	fr := &formReader{vals: vals}
	in := service.DecisionInput{Version: fr.version(), Due: fr.date("due"), Note: fr.str("note"),
		DecisionDoc: fr.str("decision_doc"), Approve: fr.str("decision") == "approve"}
	if ext := fr.id("extension_id"); ext != nil {
		in.ExtensionID = *ext
	}
	fr.v.Check(fr.str("decision") == "approve" || fr.str("decision") == "decline", "decision", "Chọn đồng ý hoặc từ chối")
	if err := fr.err(); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	if _, _, err := s.svc.DecideExtension(r.Context(), id, in); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	s.redirect(w, r, taskURL(id, "decided"))
	return nil
}

// confirmForm: POST /viec/{id}/xac-nhan
func (s *Server) confirmForm(w http.ResponseWriter, r *http.Request) error {
	return s.actionForm(w, r, s.svc.Confirm, "confirm", "confirmed")
}

// returnForm: POST /viec/{id}/tra-lai
func (s *Server) returnForm(w http.ResponseWriter, r *http.Request) error {
	return s.actionForm(w, r, s.svc.Return, "return", "returned")
}

// postponeForm: POST /viec/{id}/tam-dung, with a reason.
func (s *Server) postponeForm(w http.ResponseWriter, r *http.Request) error {
	return s.actionForm(w, r, s.svc.Postpone, "postpone", "postponed")
}

// resumeForm: POST /viec/{id}/tiep-tuc
func (s *Server) resumeForm(w http.ResponseWriter, r *http.Request) error {
	return s.actionForm(w, r, s.svc.Resume, "resume", "resumed")
}

// withdrawForm: POST /viec/{id}/thu-hoi, with a reason.
func (s *Server) withdrawForm(w http.ResponseWriter, r *http.Request) error {
	return s.actionForm(w, r, s.svc.Withdraw, "withdraw", "withdrawn")
}

func (s *Server) actionForm(w http.ResponseWriter, r *http.Request,
	step func(ctx context.Context, id int64, in service.ActionInput) (*tiendo.Task, error),
	slot, done string) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	in := service.ActionInput{Version: fr.version(), Note: fr.str("note"), Reason: fr.str("reason")}
	if err := fr.err(); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	if _, err := step(r.Context(), id, in); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	s.redirect(w, r, taskURL(id, done))
	return nil
}

// delegateForm: POST /viec/{id}/phan-cong, to a sub-unit (a child task) or
// to a person of the lead unit.
func (s *Server) delegateForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	slot := "delegate"
	fr := &formReader{vals: vals}
	in := service.DelegateInput{Version: fr.version(), OrgID: fr.id("org_id"), PersonID: fr.id("person_id"),
		Title: fr.str("title"), Due: fr.date("due")}
	if err := fr.err(); err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	t, err := s.svc.Delegate(r.Context(), id, in)
	if err != nil {
		return s.taskFormError(w, r, id, err, vals, slot)
	}
	if in.OrgID != nil {
		s.redirect(w, r, taskURL(t.ID, "delegated"))
		return nil
	}
	s.redirect(w, r, taskURL(id, "assigned-person"))
	return nil
}
