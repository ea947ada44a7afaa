package ui

import (
	"context"
	"net/http"
	"strconv"
	"tiendo/web/httpx"

	"tiendo"
)

// The notification centre page (/thong-bao) and the unread count shown in
// the header of every page.

// unreadCount is the header's number: one count over a partial index. A
// failure leaves the badge empty rather than failing the page.
func (s *Server) unreadCount(ctx context.Context) int {
	n, err := s.svc.UnreadCount(ctx)
	if err != nil {
		s.log.Warn("unread count", "err", err)
		return 0
	}
	return n
}

// notificationsData is the Data of the notification centre.
type notificationsData struct {
	Items      []*tiendo.Notification
	Total      int
	Unread     int
	UnreadOnly bool
	Pager      pager
}

// notificationsPage: GET /thong-bao?chua-doc=1&trang=N, newest first.
func (s *Server) notificationsPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p := tiendo.Page{PerPage: 25}
	if n, err := strconv.Atoi(q.Get("trang")); err == nil && n > 0 {
		p.Page = n
	}
	p = p.Normalize()
	d := &notificationsData{UnreadOnly: q.Get("chua-doc") == "1"}
	var err error
	if d.Items, d.Total, err = s.svc.Notifications(r.Context(), d.UnreadOnly, p); err != nil {
		return err
	}
	if d.Unread, err = s.svc.UnreadCount(r.Context()); err != nil {
		return err
	}
	d.Pager = newPager(r.URL, p, d.Total)
	s.render(w, r, http.StatusOK, "notifications", &page{Data: d, Notice: notice(r, "notice."+q.Get("ok"))})
	return nil
}

// markAllReadForm: POST /thong-bao/da-doc
func (s *Server) markAllReadForm(w http.ResponseWriter, r *http.Request) error {
	if _, err := s.svc.MarkRead(r.Context(), nil); err != nil {
		return err
	}
	s.redirect(w, r, "/thong-bao?ok=read-all")
	return nil
}

// openNotificationForm: POST /thong-bao/{id}/mo — marks one notification
// read, then opens its task or case (or comes back to the list). Posting keeps a
// link prefetcher from marking anything read.
func (s *Server) openNotificationForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if _, err := s.svc.MarkRead(r.Context(), []int64{id}); err != nil {
		return err
	}
	// The task page checks scope itself; the id only builds our own path.
	if task, err := strconv.ParseInt(vals.Get("task"), 10, 64); err == nil && task > 0 {
		s.redirect(w, r, taskURL(task, "")+"#timeline")
		return nil
	}
	if c, err := strconv.ParseInt(vals.Get("case"), 10, 64); err == nil && c > 0 {
		s.redirect(w, r, caseURL(c, ""))
		return nil
	}
	s.redirect(w, r, "/thong-bao?ok=read")
	return nil
}
