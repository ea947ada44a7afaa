package ui

import (
	"net/http/httptest"
	"testing"
	"tiendo/web/httpx"
)

// FuzzPickerSearch: any query string either fails as a bad parameter or
// gives a search with positive ids and a limit within bounds.
func FuzzPickerSearch(f *testing.F) {
	for _, s := range []string{"q=hai+ba", "id=1,2&id=3", "limit=100", "limit=0", "id=-1", "in_force_on=2025-07-01",
		"q=%ff", "id=1&id=x", "assignable=1&q=%C4%91%E1%BB%91ng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		r := httptest.NewRequest("GET", "/api/v1/orgs/search", nil)
		r.URL.RawQuery = raw
		q := httpx.ParseQuery(r, "q", "id", "in_force_on", "assignable", "limit")
		in := httpx.PickerSearch(q)
		if q.Err() != nil {
			return
		}
		for _, id := range in.IDs {
			if id < 1 {
				t.Fatalf("%q: id %d", raw, id)
			}
		}
		if in.Limit < 0 || in.Limit > 100 {
			t.Fatalf("%q: limit %d", raw, in.Limit)
		}
	})
}

func FuzzFormIDs(f *testing.F) {
	f.Add("1", "2")
	f.Add("-3", "x")
	f.Add("9223372036854775807", "1")
	f.Fuzz(func(t *testing.T, a, b string) {
		ids := formIDs([]string{a, b, a})
		if len(ids) > 2 {
			t.Fatalf("duplicates kept: %v", ids)
		}
		for _, id := range ids {
			if id < 1 {
				t.Fatalf("id %d", id)
			}
		}
	})
}
