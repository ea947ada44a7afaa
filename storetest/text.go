package storetest

import (
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"tiendo"
)

var textCases = []testCase{
	{"StoredAsNFC", func(f *fixture) {
		nfd := norm.NFD.String("Phường Phố Huế")
		if nfd == norm.NFC.String(nfd) {
			f.Fatal("test input is not decomposed")
		}
		o := f.org(nfd)
		t := f.task(o.ID, func(t *tiendo.Task) { t.Title = norm.NFD.String("Kiểm tra đường Bà Triệu") })
		gotOrg, err := f.st.FindOrgByID(f.ctx, o.ID)
		must(f, err)
		gotTask, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		if gotOrg.Name != "Phường Phố Huế" || gotTask.Title != "Kiểm tra đường Bà Triệu" {
			f.Fatalf("not NFC: %q %q", gotOrg.Name, gotTask.Title)
		}
		// Exact-match lookups normalise their input too.
		code := norm.NFD.String("PHỐ-HUẾ")
		f.org("x", func(o *tiendo.Org) { o.Code = code })
		if _, err := f.st.FindOrgByCode(f.ctx, "PHỐ-HUẾ"); err != nil {
			f.Fatalf("find by NFC code: %v", err)
		}
	}},
	{"InvalidUTF8", func(f *fixture) {
		// Bad bytes and NUL must not crash anything and are stored as
		// U+FFFD, the same on every engine (PostgreSQL refuses them outright).
		o := f.org("A\xffB")
		t := f.task(o.ID, func(t *tiendo.Task) { t.Title = "Phố\xfe Huế\x00" })
		gotOrg, err := f.st.FindOrgByID(f.ctx, o.ID)
		must(f, err)
		gotTask, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		if gotOrg.Name != "A\uFFFDB" || gotTask.Title != "Phố\uFFFD Huế\uFFFD" {
			f.Fatalf("got %q %q", gotOrg.Name, gotTask.Title)
		}
		wantIDs(f, "search", f.findIDs(tiendo.TaskFilter{Query: "pho hue"}), []int64{t.ID})
	}},
	{"TimeRoundTrip", func(f *fixture) {
		// Every stored timestamp is UTC and reads back equal to the
		// microsecond: what Create returned is what a later read returns.
		o := f.org("A")
		t := f.task(o.ID)
		got, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		for name, pair := range map[string][2]time.Time{
			"created": {t.CreatedAt, got.CreatedAt},
			"updated": {t.UpdatedAt, got.UpdatedAt},
		} {
			want, have := pair[0], pair[1]
			if !have.Equal(want) || have.Location() != time.UTC || want.Nanosecond()%1000 != 0 {
				f.Fatalf("%s: wrote %v, read %v", name, want, have)
			}
		}
		a := f.account("time", tiendo.RoleAdmin, nil)
		gotA, err := f.st.FindAccountByID(f.ctx, a.ID)
		must(f, err)
		if !gotA.CreatedAt.Equal(a.CreatedAt) {
			f.Fatalf("account created: wrote %v, read %v", a.CreatedAt, gotA.CreatedAt)
		}
	}},
	{"LongText", func(f *fixture) {
		o := f.org("A")
		long := strings.Repeat("Nội dung rất dài về chỉnh trang đô thị. ", 2000)
		t := f.task(o.ID, func(t *tiendo.Task) { t.SourceText = long })
		got, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		if got.SourceText != long {
			f.Fatalf("long text changed (%d → %d bytes)", len(long), len(got.SourceText))
		}
		wantIDs(f, "search in long text", f.findIDs(tiendo.TaskFilter{Query: "chinh trang"}), []int64{t.ID})
	}},
}
