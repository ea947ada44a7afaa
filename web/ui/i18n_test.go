package ui

import (
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// Every message id the templates and the Go code use exists in both
// locales, and both locales have the same ids, so no English page shows a
// Vietnamese leftover or a raw id.
func TestCatalogueComplete(t *testing.T) {
	for id := range i18n.Catalogue["vi"] {
		if _, ok := i18n.Catalogue["en"][id]; !ok {
			t.Errorf("message %q has no English text", id)
		}
	}
	for id := range i18n.Catalogue["en"] {
		if _, ok := i18n.Catalogue["vi"][id]; !ok && !strings.HasPrefix(id, "doctype.") {
			t.Errorf("message %q has no Vietnamese text", id)
		}
	}
	used := map[string]bool{}
	literal := regexp.MustCompile(`\bt "([^"]+)"`)
	_ = fs.WalkDir(templateFS, "templates", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := fs.ReadFile(templateFS, path)
		for _, m := range literal.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
		return nil
	})
	for _, it := range navItems {
		used[it.Key] = true
	}
	for _, k := range []listKind{listMine, listAssigned, listOverdue} {
		used[k.heading] = true
	}
	for _, s := range listSorts {
		used["sort."+s] = true
	}
	for _, code := range []int{400, 403, 404, 409, 413, 422, 500} {
		used["error."+itoa(code)] = true
	}
	ids := make([]string, 0, len(used))
	for id := range used {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if _, ok := i18n.Catalogue["vi"][id]; !ok {
			t.Errorf("template uses unknown message %q", id)
		}
	}
}

func itoa(n int) string { return vn.FormatInt(int64(n)) }

func TestFormatting(t *testing.T) {
	cases := []struct{ loc, want string }{{"vi", "1.234.567"}, {"en", "1,234,567"}}
	for _, c := range cases {
		if got := i18n.FormatInt(c.loc, 1234567); got != c.want {
			t.Errorf("%s: %q, want %q", c.loc, got, c.want)
		}
	}
	if got := i18n.Translate("en", "list.total", "3"); got != "3 tasks" {
		t.Errorf("translate: %q", got)
	}
	if got := i18n.Translate("en", "no.such.id"); got != "no.such.id" {
		t.Errorf("unknown id: %q", got)
	}
}

func TestSafeNext(t *testing.T) {
	cases := []struct{ in, want string }{
		{"/viec/5?x=1", "/viec/5?x=1"}, {"", "/viec"}, {"//evil.example", "/viec"}, {"/\\evil.example", "/viec"},
		{"https://evil.example/", "/viec"}, {"viec", "/viec"}, {"/a\r\nSet-Cookie: x", "/viec"}, {"/%2F%2Fevil", "/%2F%2Fevil"},
	}
	for _, c := range cases {
		if got := safeNext(c.in, "/viec"); got != c.want {
			t.Errorf("safeNext(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzSafeNext: whatever comes in, what goes out is a path on this site.
func FuzzSafeNext(f *testing.F) {
	for _, s := range []string{"/viec", "//x", "/\\x", "http://x", "/a?b=c#d", "/%2e%2e/", "\t/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := safeNext(s, "/viec")
		if !strings.HasPrefix(got, "/") || strings.HasPrefix(got, "//") || strings.ContainsAny(got, "\\\r\n\t") {
			t.Fatalf("safeNext(%q) = %q", s, got)
		}
	})
}

// FuzzParseFormDate: a date field either parses to a real date that
// prints back to one it parses again, or fails; it never panics.
func FuzzParseFormDate(f *testing.F) {
	for _, s := range []string{"06/01/2020", "2020-01-06", "", " 31/02/2020", "ngày 20 tháng 12 năm 2019", "1/1/1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := httpx.ParseFormDate(s)
		if err != nil || d.IsZero() {
			return
		}
		if !utf8.ValidString(s) {
			return
		}
		again, err := httpx.ParseFormDate(d.Format())
		if err != nil || again != d {
			t.Fatalf("%q → %v → %q → %v, %v", s, d, d.Format(), again, err)
		}
	})
}
