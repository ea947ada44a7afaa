package ui

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// The HTML interface: templates are embedded and parsed once, when the
// server is built, into one set per page and locale; each page file
// defines "title" and "content" and is rendered inside "layout".

//go:embed templates
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// navItem is one entry of the main navigation. Pages added later append
// here (and a message id to the catalogue).
type navItem struct {
	Path string
	Key  string                     // message id of the label
	Show func(a *tiendo.Actor) bool // nil: everyone signed in
}

var navItems = []navItem{
	{"/", "nav.inbox", nil},
	{"/dieu-hanh", "nav.dashboard", nil},
	{"/viec", "nav.mine", nil},
	{"/viec/da-giao", "nav.assigned", nil},
	{"/viec/qua-han", "nav.overdue", nil},
	{"/viec/moi", "nav.new", canAssign},
	{"/nhap-tu-van-ban", "nav.intake", canAssign},
	{"/van-ban", "nav.documents", nil},
	{"/giao-ban", "nav.meetings", nil},
	{"/chi-tieu", "nav.targets", nil},
	{"/dia-ban", "nav.places", nil},
	{"/vu-viec", "nav.cases", nil},
	{"/vu-viec/tuan/moi", "nav.case_week", nil},
	{"/vu-viec/thong-ke", "nav.case_stats", nil},
	{"/xep-loai", "nav.grades", nil},
	{"/don-vi", "nav.orgs", nil},
	{"/tai-khoan", "nav.accounts", isAdmin},
	{"/nhat-ky-bao-mat", "nav.security", isAdmin},
	{"/don-doc", "nav.reminders", canAssign},
	{"/lich-lam-viec", "nav.calendar", tiendo.IsWholeTreeAdmin},
	{"/quy-dinh", "nav.rules", tiendo.IsWholeTreeAdmin},
}

func hasRole(a *tiendo.Actor, roles ...tiendo.Role) bool { return tiendo.HasRoleAnywhere(a, roles...) }

func canAssign(a *tiendo.Actor) bool { return hasRole(a, tiendo.RoleOffice, tiendo.RoleAdmin) }
func isAdmin(a *tiendo.Actor) bool   { return hasRole(a, tiendo.RoleAdmin) }

// navLink is a navigation entry as rendered.
type navLink struct {
	Href, Label string
	Current     bool
	Count       int // the inbox's total on its entry
}

// page is what every template gets: the layout's needs plus the page's
// own Data.
type page struct {
	Title    string
	Actor    *tiendo.Actor
	Locale   string
	Nav      []navLink
	Path     string // request path with query, for "back here" links
	Notice   string // a success message ("Đã lưu")
	Error    string // a page-level error message
	Assets   assets
	Data     any
	NoChrome bool // the login and error pages for visitors: no navigation
	Unread   int  // unread notifications, in the header
	// InboxTotal, when set, is the inbox count the navigation shows (the
	// home page has it already); otherwise render computes it.
	InboxTotal *int
}

// assets names the static files with a content hash, so browsers may cache
// them for long and still see a new version at once.
type assets struct {
	CSS, JS, HTMX string // HTMX is "" when the vendored file is absent
	Picker        string // the unit picker's typing search (static/picker.js)
}

// renderer holds the parsed page templates per locale.
type renderer struct {
	pages  map[string]map[string]*template.Template // locale → page → set
	assets assets
	static fs.FS
}

func newRenderer() (*renderer, error) {
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	r := &renderer{pages: map[string]map[string]*template.Template{}, static: static}
	r.assets = assets{CSS: assetURL(static, "app.css"), JS: assetURL(static, "app.js"), Picker: assetURL(static, "picker.js"),
		HTMX: assetURL(static, "vendor/htmx.min.js")}
	files, err := fs.Glob(templateFS, "templates/pages/*.html")
	if err != nil {
		return nil, err
	}
	for _, loc := range i18n.Locales {
		base, err := template.New("layout").Funcs(templateFuncs(loc)).ParseFS(templateFS, "templates/*.html")
		if err != nil {
			return nil, err
		}
		r.pages[loc] = map[string]*template.Template{}
		for _, f := range files {
			set, err := template.Must(base.Clone()).ParseFS(templateFS, f)
			if err != nil {
				return nil, err
			}
			r.pages[loc][strings.TrimSuffix(path.Base(f), ".html")] = set
		}
	}
	return r, nil
}

// assetURL is /static/name?v=hash, or "" when the file is missing.
func assetURL(static fs.FS, name string) string {
	b, err := fs.ReadFile(static, name)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(b)
	return "/static/" + name + "?v=" + hex.EncodeToString(sum[:6])
}

// templateFuncs are the helpers every template may call; t is bound to the
// locale of the set.
func templateFuncs(loc string) template.FuncMap {
	return template.FuncMap{
		"t":      func(id string, args ...any) string { return i18n.Translate(loc, id, args...) },
		"date":   func(d vn.Date) string { return d.Format() },
		"num":    func(n any) string { return i18n.FormatInt(loc, i18n.ToInt64(n)) },
		"time":   func(v any) string { return i18n.FormatTime(v) },
		"dict":   dict,
		"status": func(s tiendo.Status) string { return i18n.Translate(loc, "status."+string(s)) },
		"timeliness": func(t tiendo.Timeliness) string {
			return i18n.Translate(loc, "timeliness."+string(t))
		},
		"category":    func(c tiendo.Category) string { return i18n.Translate(loc, "category."+string(c)) },
		"role":        func(r tiendo.Role) string { return i18n.Translate(loc, "role."+string(r)) },
		"deref":       func(p *int64) int64 { return derefID(p) },
		"doctype":     func(code string) string { return i18n.DocTypeName(loc, code) },
		"auditAction": func(a string) string { return i18n.AuditName(loc, a) },
		"pathOnly":    func(p string) string { path, _, _ := strings.Cut(p, "?"); return path },
		"figure":      httpx.FormatValue,
		"ptrf":        func(f float64) *float64 { return &f },
		"coord":       coord,
	}
}

func derefID(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// dict builds a map from key/value pairs, to pass several values to a
// sub-template.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict: odd number of arguments")
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}

// render writes a page with status. It renders into a buffer first so a
// template error yields a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p *page) {
	a := tiendo.ActorFromContext(r.Context())
	p.Actor, p.Locale, p.Assets, p.Path = a, i18n.LocaleOf(a), s.ui.assets, r.URL.RequestURI()
	if p.Nav == nil && a != nil && !p.NoChrome {
		p.Nav = navFor(a, p.Locale, r.URL.Path)
		s.inboxNav(r.Context(), p.Nav, p.InboxTotal)
	}
	if a != nil && !p.NoChrome {
		p.Unread = s.unreadCount(r.Context())
	}
	set := s.ui.pages[p.Locale][name]
	if set == nil {
		s.log.Error("no such page template", "page", name)
		http.Error(w, httpx.InternalMessage, http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := set.ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("render page", "page", name, "err", err)
		http.Error(w, httpx.InternalMessage, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	// Pages show one person's data: no shared cache may keep them.
	h.Set("Cache-Control", "no-store")
	h.Set("Vary", "HX-Request")
	if r.Header.Get("HX-Request") == "true" {
		if r.Method == http.MethodGet {
			h.Set("HX-Push-Url", r.URL.RequestURI())
		} else {
			// A form answered with its errors: the address stays the page's.
			h.Set("HX-Push-Url", "false")
		}
	}
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// navFor lists the navigation entries the actor may use; the current one
// is the longest matching path.
func navFor(a *tiendo.Actor, loc, current string) []navLink {
	var out []navLink
	best := -1
	for _, it := range navItems {
		if it.Show != nil && !it.Show(a) {
			continue
		}
		out = append(out, navLink{Href: it.Path, Label: i18n.Translate(loc, it.Key)})
		if (current == it.Path || it.Path != "/" && strings.HasPrefix(current, it.Path+"/")) &&
			(best < 0 || len(it.Path) > len(out[best].Href)) {
			best = len(out) - 1
		}
	}
	if best >= 0 {
		out[best].Current = true
	}
	return out
}

// serveStatic serves the embedded static files. Their URLs carry a content
// hash, so they may be cached for a long time.
func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("path")
	if info, err := fs.Stat(s.ui.static, name); err != nil || info.IsDir() {
		return tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy tệp")
	}
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.ServeFileFS(w, r, s.ui.static, name)
	return nil
}
