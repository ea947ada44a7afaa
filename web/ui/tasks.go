package ui

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// PerPage is the length of one page of a task list.
const PerPage = 25

// taskRow is one task of a list with what the table shows beside it.
type taskRow struct {
	*tiendo.Task
	Lead        string
	Timeliness  tiendo.Timeliness
	OverdueDays int
}

// tab is a link to a list, with its count.
type tab struct {
	Href, Key string
	Count     int
	Current   bool
}

// pager links the pages of a list.
type pager struct {
	Page, Pages int
	Prev, Next  string
	First, Last int // numbers of the first and last rows shown
}

// listKind is one of the three task lists.
type listKind struct {
	name, path, heading string
	defaultSort         string
}

var (
	// Every list opens on its open tasks by urgency: the overdue ones
	// first, the longest overdue first, then the nearest deadline.
	listMine     = listKind{"mine", "/viec", "list.mine", "overdue"}
	listAssigned = listKind{"assigned", "/viec/da-giao", "list.assigned", "overdue"}
	listOverdue  = listKind{"overdue", "/viec/qua-han", "list.overdue", "overdue"}
)

// taskListData is the Data of a task list page.
type taskListData struct {
	Kind       string
	Heading    string
	Role       string // "chu-tri" or "phoi-hop" on the list of my organisation's tasks
	Tabs       []tab
	Filter     formState
	Orgs       []*tiendo.Org
	Documents  []*tiendo.Document
	Statuses   []tiendo.Status
	Timeliness []tiendo.Timeliness
	Categories []tiendo.Category
	Sorts      []string
	Rows       []taskRow
	Total      int
	Pager      pager
	AsOf       vn.Date
	Active     int  // filters set besides the search and the sort
	MoreOpen   bool // show them: some are set or wrong
	Path       string
	Query      string      // the filters, for saving them
	Saved      []savedLink // the account's saved filters
	SaveError  string
	ExportHref string
}

var listSorts = []string{"overdue", "due", "-due", "-created", "created", "reported"}

func (s *Server) myTasksPage(w http.ResponseWriter, r *http.Request) error {
	return s.taskList(w, r, listMine)
}

func (s *Server) assignedTasksPage(w http.ResponseWriter, r *http.Request) error {
	return s.taskList(w, r, listAssigned)
}

func (s *Server) overdueTasksPage(w http.ResponseWriter, r *http.Request) error {
	return s.taskList(w, r, listOverdue)
}

// taskList renders one of the three lists: the filter form, the counts of
// every list, one page of rows and the pager. A bad filter value is shown
// beside its field and ignored, never a failed page.
func (s *Server) taskList(w http.ResponseWriter, r *http.Request, kind listKind) error {
	ctx := r.Context()
	own, err := s.svc.OwnOrgIDs(ctx)
	if err != nil {
		return err
	}
	orgs, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{IDs: own})
	if err != nil {
		return err
	}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	names := leadNames(ctx, all, s.Today())
	d := &taskListData{Kind: kind.name, Heading: kind.heading, Orgs: orgs, Statuses: tiendo.Statuses,
		Timeliness: tiendo.Timelinesses, Categories: tiendo.Categories, Sorts: listSorts, AsOf: s.Today()}
	if kind == listMine {
		d.Role = "chu-tri"
		if r.URL.Query().Get("vai-tro") == "phoi-hop" {
			d.Role = "phoi-hop"
		}
	}
	f, fl := s.listFilter(r.URL.Query(), kind, d.Role, own, all)
	d.Filter = fl
	for _, name := range []string{"don-vi", "trang-thai", "tinh-hinh", "han-tu", "han-den", "van-ban", "loai"} {
		if fl.Get(name) != "" {
			d.Active++
		}
	}
	d.MoreOpen = d.Active > 0 || len(fl.Errors) > 0
	tasks, total, err := s.svc.ListTasks(ctx, f)
	if err != nil {
		return err
	}
	for _, t := range tasks {
		d.Rows = append(d.Rows, taskRow{Task: t, Lead: names[t.LeadOrgID], Timeliness: t.TimelinessAt(d.AsOf),
			OverdueDays: t.OverdueDays(d.AsOf)})
	}
	d.Total = total
	d.Pager = newPager(r.URL, f.Page, total)
	if d.Tabs, err = s.listTabs(ctx, kind, d.Role, own); err != nil {
		return err
	}
	if d.Documents, _, err = s.svc.ListDocuments(ctx, tiendo.DocumentFilter{Page: tiendo.Page{PerPage: 200}}); err != nil {
		return err
	}
	d.Path, d.Query, d.ExportHref = kind.path, listQuery(r.URL.Query()), exportHref(kind, r.URL.Query())
	if d.Saved, err = s.savedLinks(ctx); err != nil {
		return err
	}
	p := &page{Data: d}
	p.Notice, d.SaveError = savedNotice(r)
	if n, err := strconv.Atoi(r.URL.Query().Get("ok")); err == nil && n > 0 {
		p.Notice = notice(r, "notice.many", i18n.FormatInt(i18n.LocaleOf(tiendo.ActorFromContext(ctx)), int64(n)))
	}
	s.render(w, r, http.StatusOK, "tasks", p)
	return nil
}

// listFilter builds the store filter of a list from the query string.
func (s *Server) listFilter(q url.Values, kind listKind, role string, own []int64, all []*tiendo.Org) (tiendo.TaskFilter, formState) {
	fl := newForm(q)
	fr := &formReader{vals: q}
	f := tiendo.TaskFilter{Query: fr.str("q"), AsOf: s.Today(), Page: tiendo.Page{PerPage: PerPage}}
	if p := fr.integer("trang"); p != nil && *p > 0 {
		f.Page.Page = *p
	}
	switch kind {
	case listMine:
		f.OrgIDs, f.Role = own, tiendo.AsLead
		if role == "phoi-hop" {
			f.Role = tiendo.AsCooperating
		}
	case listAssigned:
		f.AssignedBy = own
	case listOverdue:
		f.Timeliness = []tiendo.Timeliness{tiendo.Overdue}
	}
	if org := fr.id("don-vi"); org != nil {
		sub := tiendo.NewOrgTree(all).Subtree(*org)
		if f.OrgIDs != nil {
			sub = intersectIDs(sub, f.OrgIDs)
		} else {
			f.Role = tiendo.AsLead
		}
		f.OrgIDs = append([]int64{}, sub...)
		if len(f.OrgIDs) == 0 {
			f.OrgIDs = []int64{0} // an organisation outside the list's: nothing matches
		}
	}
	switch v := fr.str("trang-thai"); v {
	case "":
		// Overdue tasks are open ones already; leaving the statuses out
		// keeps that list on the statistics index (sqlstore listFromIndex).
		if kind != listOverdue {
			f.Statuses = openStatuses
		}
	case statusAll:
	default:
		if st := tiendo.Status(v); st.Valid() {
			f.Statuses = []tiendo.Status{st}
		} else {
			fr.v.Add("trang-thai", "Trạng thái không hợp lệ")
		}
	}
	if v := fr.str("tinh-hinh"); v != "" && kind != listOverdue {
		if tl := tiendo.Timeliness(v); slices.Contains(tiendo.Timelinesses, tl) {
			f.Timeliness = []tiendo.Timeliness{tl}
		} else {
			fr.v.Add("tinh-hinh", "Tình hình không hợp lệ")
		}
	}
	if fr.str("trang-thai") == "" && (slices.Contains(f.Timeliness, tiendo.DoneOnTime) || slices.Contains(f.Timeliness, tiendo.DoneLate)) {
		f.Statuses = nil // asking for finished tasks lifts the open default
	}
	f.DueFrom, f.DueTo = fr.date("han-tu"), fr.date("han-den")
	if !f.DueFrom.IsZero() && !f.DueTo.IsZero() && f.DueTo.Before(f.DueFrom) {
		fr.v.Add("han-den", "Ngày cuối không được trước ngày đầu")
		f.DueTo = vn.Date{}
	}
	f.DocumentID = fr.id("van-ban")
	if v := fr.str("loai"); v != "" {
		if c := tiendo.Category(v); slices.Contains(tiendo.Categories, c) {
			f.Category = c
		} else {
			fr.v.Add("loai", "Loại không hợp lệ")
		}
	}
	sortKey := fr.str("sap-xep")
	if !slices.Contains(listSorts, sortKey) {
		sortKey = kind.defaultSort
	}
	key, desc := strings.CutPrefix(sortKey, "-")
	f.Sort, f.Desc = httpx.TaskSorts[key], desc
	fl.Errors = tiendo.ErrorFields(fr.err())
	if fl.Errors == nil {
		fl.Errors = map[string]string{}
	}
	return f, fl
}

// listTabs are the counts of every list, unfiltered, so a user sees at a
// glance how much is where.
func (s *Server) listTabs(ctx context.Context, kind listKind, role string, own []int64) ([]tab, error) {
	count := func(f tiendo.TaskFilter) (int, error) {
		f.Page = tiendo.Page{PerPage: 1}
		_, n, err := s.svc.ListTasks(ctx, f)
		return n, err
	}
	specs := []struct {
		href, key string
		f         tiendo.TaskFilter
		current   bool
	}{
		{"/viec", "tab.lead", tiendo.TaskFilter{OrgIDs: own, Role: tiendo.AsLead}, kind == listMine && role == "chu-tri"},
		{"/viec?vai-tro=phoi-hop", "tab.coop", tiendo.TaskFilter{OrgIDs: own, Role: tiendo.AsCooperating}, kind == listMine && role == "phoi-hop"},
		{"/viec/da-giao", "tab.assigned", tiendo.TaskFilter{AssignedBy: own}, kind == listAssigned},
		{"/viec/qua-han", "tab.overdue", tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{tiendo.Overdue}}, kind == listOverdue},
	}
	for i := range specs[:3] {
		specs[i].f.Statuses = openStatuses // as the lists open: their open tasks (overdue ones are)
	}
	out := make([]tab, 0, len(specs))
	for _, sp := range specs {
		n, err := count(sp.f)
		if err != nil {
			return nil, err
		}
		out = append(out, tab{Href: sp.href, Key: sp.key, Count: n, Current: sp.current})
	}
	return out, nil
}

// newPager links the previous and next pages, keeping the filters.
func newPager(u *url.URL, p tiendo.Page, total int) pager {
	p = p.Normalize()
	pages := (total + p.PerPage - 1) / p.PerPage
	pg := pager{Page: p.Page, Pages: pages}
	if total > 0 {
		pg.First = p.Offset() + 1
		pg.Last = min(p.Offset()+p.PerPage, total)
	}
	link := func(n int) string {
		q := u.Query()
		q.Set("trang", strconv.Itoa(n))
		return u.Path + "?" + q.Encode()
	}
	if p.Page > 1 {
		pg.Prev = link(min(p.Page-1, max(pages, 1)))
	}
	if p.Page < pages {
		pg.Next = link(p.Page + 1)
	}
	return pg
}

// orgNames maps ids to names.
func orgNames(orgs []*tiendo.Org) map[int64]string {
	m := make(map[int64]string, len(orgs))
	for _, o := range orgs {
		m[o.ID] = o.Name
	}
	return m
}

func intersectIDs(a, b []int64) []int64 {
	in := map[int64]bool{}
	for _, id := range b {
		in[id] = true
	}
	out := []int64{}
	for _, id := range a {
		if in[id] {
			out = append(out, id)
		}
	}
	return out
}
