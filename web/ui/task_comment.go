package ui

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"tiendo/web/httpx"

	"tiendo"
)

// The task page's comments and the reasons of its steps in the timeline.

// reasonLabels names the reason each audited step records in the task's
// status_reason: the return's reason, the confirmation's note…
var reasonLabels = map[string]string{
	"task.return": "ev.reason.return", "task.confirm": "ev.reason.confirm", "task.postpone": "ev.reason.postpone",
	"task.resume": "ev.reason.resume", "task.withdraw": "ev.reason.withdraw",
}

// auditReason is the reason a step's audit entry recorded and its label's
// message id; "" for other entries or an unreadable record.
func auditReason(a *tiendo.AuditEntry) (string, string) {
	label, ok := reasonLabels[a.Action]
	if !ok || len(a.After) == 0 {
		return "", ""
	}
	var after struct {
		Reason string `json:"status_reason"`
	}
	if json.Unmarshal(a.After, &after) != nil || after.Reason == "" {
		return "", ""
	}
	return after.Reason, label
}

// loadComments adds the task's comments to its timeline.
func (s *Server) loadComments(ctx context.Context, d *taskPageData) error {
	list, err := s.svc.Comments(ctx, d.Task.ID)
	if err != nil {
		return err
	}
	for _, c := range list {
		d.Events = append(d.Events, event{At: c.CreatedAt, Kind: "comment", Actor: c.Author, Comment: c})
	}
	d.CommentForm = newForm(nil)
	return nil
}

// commentForm: POST /viec/{id}/y-kien — a comment; a refused one shows the
// task page again with what was typed and the error.
func (s *Server) commentForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if _, err := s.svc.AddComment(r.Context(), id, vals.Get("body")); err != nil {
		if tiendo.ErrorCode(err) != tiendo.EINVALID {
			return err
		}
		return s.commentFormError(w, r, id, vals, err)
	}
	s.redirect(w, r, taskURL(id, "commented")+"#comment-form")
	return nil
}

func (s *Server) commentFormError(w http.ResponseWriter, r *http.Request, id int64, vals url.Values, err error) error {
	d, lerr := s.loadTaskPage(r.Context(), id)
	if lerr != nil {
		return lerr
	}
	d.CommentForm = newForm(vals).withError(err, nil)
	s.render(w, r, httpx.StatusOf(err), "task", &page{Data: d})
	return nil
}
