package ui

import (
	"context"
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// inboxData is the Data of the home page.
type inboxData struct {
	*service.Inbox
	Sections []httpx.InboxSection
	Names    map[int64]string // organisation names, for task rows
}

// inboxPage: GET / — "Việc cần xử lý", the signed-in home page. Opening it
// is a visit: "new since my last visit" moves on from one session to the next.
func (s *Server) inboxPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	if err := s.svc.SeeInbox(ctx); err != nil {
		return err
	}
	in, err := s.svc.Inbox(ctx, s.Today())
	if err != nil {
		return err
	}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	total := in.Total
	s.render(w, r, http.StatusOK, "inbox", &page{Data: &inboxData{Inbox: in, Sections: httpx.ViewInbox(in, i18n.LocaleOf(tiendo.ActorFromContext(ctx))), Names: orgNames(all)},
		InboxTotal: &total})
	return nil
}

// inboxTotal is the count the navigation shows beside "Việc cần xử lý";
// a failure shows no count rather than failing the page.
func (s *Server) inboxTotal(ctx context.Context) int {
	n, err := s.svc.InboxTotal(ctx, s.Today())
	if err != nil {
		s.log.Warn("inbox count", "err", err)
		return 0
	}
	return n
}

// inboxNav puts the inbox total on the home entry of the navigation,
// computed once per rendered page (given when the page already has it).
func (s *Server) inboxNav(ctx context.Context, nav []navLink, known *int) {
	for i := range nav {
		if nav[i].Href != "/" {
			continue
		}
		if known != nil {
			nav[i].Count = *known
		} else {
			nav[i].Count = s.inboxTotal(ctx)
		}
		return
	}
}
