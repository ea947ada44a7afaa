package httpx

import (
	"tiendo/service"
	"tiendo/web/i18n"
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

// InboxSection is a section as the page and the API show it.
type InboxSection struct {
	service.InboxSection
	Link  string      `json:"link,omitempty"`
	Items []InboxItem `json:"items"`
}

// InboxItem is an item with its days put in words for its section.
type InboxItem struct {
	service.InboxItem
	Hint string `json:"hint,omitempty"`
}

// daysHint words an item's Days for its section: how overdue or how near
// the deadline, how long a result waits, how late an explanation is.
func daysHint(loc, key string, it service.InboxItem) string {
	n := i18n.FormatInt(loc, int64(it.Days))
	switch key {
	case service.InboxDue:
		if it.Days > 0 {
			return i18n.Translate(loc, "overdue_days", n)
		}
		return i18n.Translate(loc, "inbox.days_left", i18n.FormatInt(loc, int64(-it.Days)))
	case service.InboxOfficeOverdue:
		return i18n.Translate(loc, "overdue_days", n)
	case service.InboxConfirm:
		return i18n.Translate(loc, "inbox.waiting", n)
	case service.InboxExplain, service.InboxAnswers:
		if it.Days > 0 {
			return i18n.Translate(loc, "inbox.late", n)
		}
	}
	return ""
}

func ViewInbox(in *service.Inbox, loc string) []InboxSection {
	out := make([]InboxSection, 0, len(in.Sections))
	for _, sec := range in.Sections {
		v := InboxSection{InboxSection: sec, Link: inboxLinks[sec.Key], Items: make([]InboxItem, 0, len(sec.Items))}
		for _, it := range sec.Items {
			v.Items = append(v.Items, InboxItem{InboxItem: it, Hint: daysHint(loc, sec.Key, it)})
		}
		out = append(out, v)
	}
	return out
}
