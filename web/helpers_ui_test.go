package web

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"tiendo/web/httpx"
)

// browser is a client that behaves like a browser towards the HTML
// interface: it carries a session cookie, says where its requests come from
// (Sec-Fetch-Site) and does not follow redirects, so tests see them.
type browser struct {
	e      *env
	t      *testing.T
	cookie string // session secret; "" when signed out
	site   string // Sec-Fetch-Site of unsafe requests ("same-origin" unless a test changes it)
	hx     bool   // send HX-Request, as htmx does
}

// browse returns a browser signed in as login ("" for a visitor), with a
// session started through the service.
func (e *env) browse(login string) *browser {
	e.t.Helper()
	b := &browser{e: e, t: e.t, site: "same-origin"}
	if login != "" {
		secret, _, err := e.svc.StartSession(context.Background(), login, "matkhau-123")
		if err != nil {
			e.t.Fatalf("sign in %s: %v", login, err)
		}
		b.cookie = secret
	}
	return b
}

// page is an HTML answer.
type pageResp struct {
	status int
	header http.Header
	body   string
}

func (b *browser) get(path string) pageResp { return b.send("GET", path, "", nil) }

// post sends a urlencoded form.
func (b *browser) post(path string, vals url.Values) pageResp {
	return b.send("POST", path, "application/x-www-form-urlencoded", strings.NewReader(vals.Encode()))
}

// postMultipart sends a multipart form with files under "file".
func (b *browser) postMultipart(path string, vals url.Values, files ...filePart) pageResp {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, vs := range vals {
		for _, v := range vs {
			_ = mw.WriteField(k, v)
		}
	}
	for _, f := range files {
		w, _ := mw.CreateFormFile("file", f.name)
		_, _ = w.Write(f.data)
	}
	_ = mw.Close()
	return b.send("POST", path, mw.FormDataContentType(), &buf)
}

func (b *browser) send(method, path, ctype string, body io.Reader) pageResp {
	b.t.Helper()
	req, err := http.NewRequest(method, b.e.http.URL+path, body)
	if err != nil {
		b.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if b.cookie != "" {
		req.AddCookie(&http.Cookie{Name: httpx.SessionCookie, Value: b.cookie})
	}
	if method != "GET" {
		req.Header.Set("Sec-Fetch-Site", b.site)
	}
	if b.hx {
		req.Header.Set("HX-Request", "true")
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		b.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return pageResp{status: resp.StatusCode, header: resp.Header, body: string(data)}
}

// want fails unless p has status and contains every substring.
func (p pageResp) want(t *testing.T, name string, status int, subs ...string) {
	t.Helper()
	if p.status != status {
		t.Fatalf("%s: status %d, want %d\n%s", name, p.status, status, shorten(p.body))
	}
	for _, s := range subs {
		if !strings.Contains(p.body, s) {
			t.Errorf("%s: page lacks %q\n%s", name, s, shorten(p.body))
		}
	}
}

// lacks fails if p contains any substring.
func (p pageResp) lacks(t *testing.T, name string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if strings.Contains(p.body, s) {
			t.Errorf("%s: page must not contain %q", name, s)
		}
	}
}

// redirectsTo fails unless p is a 303 to loc.
func (p pageResp) redirectsTo(t *testing.T, name, loc string) {
	t.Helper()
	if p.status != http.StatusSeeOther || p.header.Get("Location") != loc {
		t.Fatalf("%s: %d to %q, want 303 to %q\n%s", name, p.status, p.header.Get("Location"), loc, shorten(p.body))
	}
}

func shorten(s string) string {
	if i := strings.Index(s, `<main`); i >= 0 {
		s = s[i:]
	}
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}

var versionRe = regexp.MustCompile(`name="version" value="(\d+)"`)

// formVersion is the version a page's first form carries.
func formVersion(t *testing.T, p pageResp) string {
	t.Helper()
	m := versionRe.FindStringSubmatch(p.body)
	if m == nil {
		t.Fatalf("no version field in page")
	}
	return m[1]
}
