package ui

import (
	"strings"
	"testing"
)

// FuzzGradeBack: whatever a form posts as its return address, the answer
// stays on the grade page (no open redirect), and points parse or are
// refused.
func FuzzGradeBack(f *testing.F) {
	for _, s := range []string{"/xep-loai?ky=2020-01", "//evil.example/xep-loai", "https://evil.example/", "/xep-loai/../viec",
		"/xep-loai?ky=%zz", "\\\\evil", "27,5", "-1", "1e400", "NaN", "-Inf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, u := range []string{safeBack(s), backWith(s, "points")} {
			if !strings.HasPrefix(u, "/xep-loai?") && u != "/xep-loai" {
				t.Fatalf("%q → %q leaves the grade page", s, u)
			}
			if strings.HasPrefix(u, "//") || strings.Contains(u, "\\") && strings.Index(u, "\\") < strings.Index(u, "?") {
				t.Fatalf("%q → %q", s, u)
			}
		}
		if n := number(s); n != n {
			t.Fatalf("%q reads as NaN", s)
		}
	})
}
