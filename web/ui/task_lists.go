package ui

import (
	"bytes"
	"context"
	"net/http"
	"net/url"

	"tiendo"
	"tiendo/report"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// statusAll is the status filter value that lifts the default: every
// status, completed and withdrawn tasks too. An empty status filter keeps
// the open tasks (docs/DOMAIN.md: lists default to open work).
const statusAll = "tat-ca"

// openStatuses are the statuses a list shows by default.
var openStatuses = func() []tiendo.Status {
	var out []tiendo.Status
	for _, st := range tiendo.Statuses {
		if st.Open() {
			out = append(out, st)
		}
	}
	return out
}()

// listKinds maps a list's path to its kind, for saved filters and exports.
var listKinds = map[string]listKind{listMine.path: listMine, listAssigned.path: listAssigned, listOverdue.path: listOverdue}

// listQuery is a list's query string without its page and notices: what
// a saved filter keeps and an export reads.
func listQuery(q url.Values) string {
	q = cloneValues(q)
	for _, k := range []string{"trang", "ok", "bo-loc-loi"} {
		q.Del(k)
	}
	return q.Encode()
}

func cloneValues(q url.Values) url.Values {
	out := make(url.Values, len(q))
	for k, v := range q {
		out[k] = append([]string(nil), v...)
	}
	return out
}

// savedLink is a saved filter as the lists show it: a link to the list
// with its query (built whole, so the template keeps its "=" and "&").
type savedLink struct {
	ID         int64
	Name, Href string
}

func (s *Server) savedLinks(ctx context.Context) ([]savedLink, error) {
	list, err := s.svc.SavedFilters(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]savedLink, 0, len(list))
	for _, f := range list {
		href := f.Path
		if f.Query != "" {
			href += "?" + f.Query
		}
		out = append(out, savedLink{ID: f.ID, Name: f.Name, Href: href})
	}
	return out, nil
}

// saveFilterForm: POST /bo-loc — name the current list's filters.
func (s *Server) saveFilterForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	f := &tiendo.SavedFilter{Name: vals.Get("ten"), Path: vals.Get("danh-sach"), Query: vals.Get("loc")}
	back := f.Path
	if _, ok := listKinds[back]; !ok {
		back = listMine.path
	}
	if f.Query != "" {
		back += "?" + f.Query
	}
	if err := s.svc.SaveFilter(r.Context(), f); err != nil {
		c := tiendo.ErrorCode(err)
		if c != tiendo.EINVALID && c != tiendo.ECONFLICT {
			return err
		}
		problem := "sai" // a name missing or too long
		if c == tiendo.ECONFLICT {
			problem = "trung" // the account has a filter of that name
		}
		s.redirect(w, r, withParam(back, "bo-loc-loi", problem))
		return nil
	}
	s.redirect(w, r, withParam(back, "ok", "filter-saved"))
	return nil
}

// deleteFilterForm: POST /bo-loc/{id}/xoa
func (s *Server) deleteFilterForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if err := s.svc.DeleteSavedFilter(r.Context(), id); err != nil {
		return err
	}
	back := safeNext(vals.Get("tiep"), listMine.path)
	s.redirect(w, r, withParam(back, "ok", "filter-deleted"))
	return nil
}

// withParam adds one parameter to a local address.
func withParam(to, name, value string) string {
	u, err := url.Parse(to)
	if err != nil {
		return to
	}
	q := u.Query()
	q.Set(name, value)
	u.RawQuery = q.Encode()
	return u.String()
}

// exportListPage: GET /viec/xuat-excel?ds=<list path>&<the list's filters>
// — every task the list shows under the same filters, as XLSX.
func (s *Server) exportListPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	q := r.URL.Query()
	kind, ok := listKinds[q.Get("ds")]
	if !ok {
		kind = listMine
	}
	role := ""
	if kind == listMine {
		role = "chu-tri"
		if q.Get("vai-tro") == "phoi-hop" {
			role = "phoi-hop"
		}
	}
	own, err := s.svc.OwnOrgIDs(ctx)
	if err != nil {
		return err
	}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	f, fl := s.listFilter(q, kind, role, own, all)
	if len(fl.Errors) > 0 {
		return &tiendo.Error{Code: tiendo.EINVALID, Message: "Bộ lọc không hợp lệ", Fields: fl.Errors}
	}
	tasks, err := s.AllTasks(r, f)
	if err != nil {
		return err
	}
	t := report.TaskTable("DANH SÁCH NHIỆM VỤ", tasks, f.AsOf, orgNames(all))
	return httpx.SendFile(w, "nhiem-vu-"+f.AsOf.String(), "xlsx", func(b *bytes.Buffer) error { return report.WriteXLSX(b, t) })
}

// exportHref is the "Xuất Excel" link of a list: its filters and its path.
func exportHref(kind listKind, q url.Values) string {
	v, _ := url.ParseQuery(listQuery(q))
	v.Set("ds", kind.path)
	return "/viec/xuat-excel?" + v.Encode()
}

// savedNotice words the outcome of saving or deleting a filter: a notice,
// or the reason a name was refused.
func savedNotice(r *http.Request) (ok, problem string) {
	q := r.URL.Query()
	loc := i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))
	switch q.Get("ok") {
	case "filter-saved", "filter-deleted":
		ok = i18n.Translate(loc, "notice."+q.Get("ok"))
	}
	switch q.Get("bo-loc-loi") {
	case "sai", "trung":
		problem = i18n.Translate(loc, "saved.error_"+q.Get("bo-loc-loi"))
	}
	return ok, problem
}
