package ui

import (
	"net/url"
	"strings"
	"testing"

	"tiendo"
)

// FuzzReviewForm feeds the review form's reader any query: it never
// panics, reads at most tiendo.MaxDrafts rows, keeps one due text per
// draft, and the error summary names every error once.
func FuzzReviewForm(f *testing.F) {
	f.Add("n=2&d1.content=x&d1.lead=4&d1.lead=5&d2.due=31%2F02%2F2020&d1.coop1=3&d2.coopx=7")
	f.Add("n=99999999999&d0.content=&d-1.lead=abc")
	f.Add("n=1&d1.due=hôm+qua&action=drop:1")
	f.Fuzz(func(t *testing.T, raw string) {
		vals, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		stored := []tiendo.DraftTask{{Content: "a", Coop: []tiendo.DraftOrg{{Text: "b", OrgIDs: []int64{1}}}}}
		fr := &formReader{vals: vals}
		drafts, dues := draftsFromForm(fr, stored)
		if len(drafts) > tiendo.MaxDrafts || len(drafts) != len(dues) {
			t.Fatalf("%d drafts, %d due texts", len(drafts), len(dues))
		}
		for _, d := range drafts {
			if d.Coop == nil || d.Lead.OrgIDs == nil {
				t.Fatalf("nil list in %+v", d)
			}
		}
		errs := tiendo.ErrorFields(fr.err())
		list := errorList(errs)
		if len(list) != len(errs) {
			t.Fatalf("summary %q for %v", list, errs)
		}
		for _, line := range list {
			if !strings.Contains(line, ": ") {
				t.Fatalf("summary line %q", line)
			}
		}
	})
}
