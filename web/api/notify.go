package api

import (
	"net/http"
	"tiendo/web/httpx"

	"tiendo"
)

// The notification centre, mail preferences and reminder rules (issue 7)
// as JSON. Every rule is the service's; these handlers only translate.

// notificationList is a page of notifications with the unread count, so a
// client refreshes its badge from the same answer.
type notificationList struct {
	httpx.List[*tiendo.Notification]
	Unread int `json:"unread"`
}

// listNotifications: GET /api/v1/notifications?unread=1&page=&per_page=
func (s *Server) listNotifications(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "unread", "page", "per_page")
	unreadOnly := boolParam(q, "unread")
	p := q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	items, total, err := s.svc.Notifications(r.Context(), unreadOnly, p)
	if err != nil {
		return err
	}
	unread, err := s.svc.UnreadCount(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, notificationList{List: httpx.NewList(items, total, p), Unread: unread})
	return nil
}

// boolParam reads a flag: "1"/"true" or "0"/"false", absent is false.
func boolParam(q *httpx.Query, name string) bool {
	switch q.Str(name) {
	case "", "0", "false":
		return false
	case "1", "true":
		return true
	}
	q.Fail(name, "phải là 1 hoặc 0")
	return false
}

// markReadInput names the notifications to mark read, or all of them.
type markReadInput struct {
	IDs []int64 `json:"ids"`
	All bool    `json:"all"`
}

// markReadResult says how many changed and how many remain unread.
type markReadResult struct {
	Marked int `json:"marked"`
	Unread int `json:"unread"`
}

// markNotificationsRead: POST /api/v1/notifications/read
func (s *Server) markNotificationsRead(w http.ResponseWriter, r *http.Request) error {
	var in markReadInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.All == (len(in.IDs) > 0) {
		return tiendo.FieldError("ids", "Cần đúng một trong hai: danh sách ids hoặc all: true")
	}
	if len(in.IDs) > tiendo.MaxPerPage {
		return tiendo.FieldError("ids", "Tối đa 100 thông báo mỗi lần")
	}
	ids := in.IDs
	if in.All {
		ids = nil
	}
	n, err := s.svc.MarkRead(r.Context(), ids)
	if err != nil {
		return err
	}
	unread, err := s.svc.UnreadCount(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, markReadResult{Marked: n, Unread: unread})
	return nil
}

// getNotifySettings: GET /api/v1/me/notification-settings
func (s *Server) getNotifySettings(w http.ResponseWriter, r *http.Request) error {
	p, err := s.svc.NotifyPrefs(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, p)
	return nil
}

// notifySettingsInput is what an account may set; the account is always
// the caller's own.
type notifySettingsInput struct {
	Email      string `json:"email"`
	Mode       string `json:"mode"`
	DigestHour int    `json:"digest_hour"`
}

// putNotifySettings: PUT /api/v1/me/notification-settings
func (s *Server) putNotifySettings(w http.ResponseWriter, r *http.Request) error {
	var in notifySettingsInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	p, err := s.svc.SetNotifyPrefs(r.Context(), tiendo.NotifyPrefs{Email: in.Email, Mode: in.Mode, DigestHour: in.DigestHour})
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, p)
	return nil
}

// orgRef resolves the {id} of an organisation route (id or code).
func (s *Server) orgRef(r *http.Request) (int64, error) {
	o, err := s.orgByRef(r.Context(), r.PathValue("id"))
	if err != nil {
		return 0, err
	}
	return o.ID, nil
}

// getReminderRules: GET /api/v1/orgs/{id}/reminder-rules
func (s *Server) getReminderRules(w http.ResponseWriter, r *http.Request) error {
	org, err := s.orgRef(r)
	if err != nil {
		return err
	}
	rules, err := s.svc.ReminderRulesFor(r.Context(), org)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, rules)
	return nil
}

// putReminderRules: PUT /api/v1/orgs/{id}/reminder-rules, the whole rule
// set (a missing number is 0, which turns its rule off).
func (s *Server) putReminderRules(w http.ResponseWriter, r *http.Request) error {
	org, err := s.orgRef(r)
	if err != nil {
		return err
	}
	var in tiendo.ReminderRules
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.Escalation == nil {
		in.Escalation = []tiendo.EscalationStep{}
	}
	if err := s.svc.SetReminderRules(r.Context(), org, in); err != nil {
		return err
	}
	return s.writeRules(w, r, org)
}

// deleteReminderRules: DELETE /api/v1/orgs/{id}/reminder-rules — back to
// the inherited rules.
func (s *Server) deleteReminderRules(w http.ResponseWriter, r *http.Request) error {
	org, err := s.orgRef(r)
	if err != nil {
		return err
	}
	if err := s.svc.ResetReminderRules(r.Context(), org); err != nil {
		return err
	}
	return s.writeRules(w, r, org)
}

func (s *Server) writeRules(w http.ResponseWriter, r *http.Request, org int64) error {
	rules, err := s.svc.ReminderRulesFor(r.Context(), org)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, rules)
	return nil
}
