package web

import (
	"context"
	"net/http"

	"tiendo"
	"tiendo/service"
)

// inboxLinks are the full lists behind the inbox sections, as the task
// list pages read them (ui_tasks.go); "" for sections without a list.
var inboxLinks = map[string]string{
	service.InboxDue:           "/viec",
	service.InboxReturned:      "/viec?trang-thai=returned",
	service.InboxExplain:       "",
	service.InboxNew:           "/viec?sap-xep=-created",
	service.InboxConfirm:       "/viec/da-giao?trang-thai=reported_done&sap-xep=reported",
	service.InboxOfficeExtend:  "/viec/da-giao?trang-thai=extension_requested",
	service.InboxOfficeOverdue: "/viec/da-giao?tinh-hinh=overdue&sap-xep=overdue",
	service.InboxConclusions:   "/giao-ban",
	service.InboxDecide:        "/viec/da-giao?trang-thai=extension_requested",
	service.InboxAnswers:       "",
	service.InboxUnits:         "/viec/qua-han",
}

// inboxSection is a section as the page and the API show it.
type inboxSection struct {
	service.InboxSection
	Link  string      `json:"link,omitempty"`
	Items []inboxItem `json:"items"`
}

// inboxItem is an item with its days put in words for its section.
type inboxItem struct {
	service.InboxItem
	Hint string `json:"hint,omitempty"`
}

// daysHint words an item's Days for its section: how overdue or how near
// the deadline, how long a result waits, how late an explanation is.
func daysHint(loc, key string, it service.InboxItem) string {
	n := formatInt(loc, int64(it.Days))
	switch key {
	case service.InboxDue:
		if it.Days > 0 {
			return translate(loc, "overdue_days", n)
		}
		return translate(loc, "inbox.days_left", formatInt(loc, int64(-it.Days)))
	case service.InboxOfficeOverdue:
		return translate(loc, "overdue_days", n)
	case service.InboxConfirm:
		return translate(loc, "inbox.waiting", n)
	case service.InboxExplain, service.InboxAnswers:
		if it.Days > 0 {
			return translate(loc, "inbox.late", n)
		}
	}
	return ""
}

// inboxData is the Data of the home page.
type inboxData struct {
	*service.Inbox
	Sections []inboxSection
	Names    map[int64]string // organisation names, for task rows
}

func viewInbox(in *service.Inbox, loc string) []inboxSection {
	out := make([]inboxSection, 0, len(in.Sections))
	for _, sec := range in.Sections {
		v := inboxSection{InboxSection: sec, Link: inboxLinks[sec.Key], Items: make([]inboxItem, 0, len(sec.Items))}
		for _, it := range sec.Items {
			v.Items = append(v.Items, inboxItem{InboxItem: it, Hint: daysHint(loc, sec.Key, it)})
		}
		out = append(out, v)
	}
	return out
}

// inboxPage: GET / — "Việc cần xử lý", the signed-in home page. Opening it
// is a visit: "new since my last visit" moves on from one session to the next.
func (s *Server) inboxPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	if err := s.svc.SeeInbox(ctx); err != nil {
		return err
	}
	in, err := s.svc.Inbox(ctx, s.today())
	if err != nil {
		return err
	}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	total := in.Total
	s.render(w, r, http.StatusOK, "inbox", &page{Data: &inboxData{Inbox: in, Sections: viewInbox(in, localeOf(tiendo.ActorFromContext(ctx))), Names: orgNames(all)},
		InboxTotal: &total})
	return nil
}

// inboxTotal is the count the navigation shows beside "Việc cần xử lý";
// a failure shows no count rather than failing the page.
func (s *Server) inboxTotal(ctx context.Context) int {
	n, err := s.svc.InboxTotal(ctx, s.today())
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
