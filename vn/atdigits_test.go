package vn

import (
	"reflect"
	"regexp"
	"testing"
)

var figureTexts = []string{
	"hoan thanh truoc ngay 15/3/2024 va ngay 16-3; bao cao truoc 20.12.2019, 1/2, 12 / 3",
	"ngay 20 thang 12 nam 2019, 20 thang 12, nam 2019; 2019-12-20; 123/4/2024 a15/3 _15/3 15/3x 15/3_",
	"truoc ngay 5 thang 3 x 05 thang 11 nam 20245 1/1/1/1/1/1 99.99.9999",
	"ngay 30-4 – 01-5; khong co so; 3 thang 4 nam 2024é 7/8é ê7/8",
	"",
	"1",
}

// figureMatcher finds what the patterns find, and uses its shortcut on
// dateRe and partialDayRe.
func TestFigureMatcher(t *testing.T) {
	for _, re := range []*regexp.Regexp{dateRe, partialDayRe} {
		m := newFigureMatcher(re)
		if m.anchored == nil {
			t.Errorf("%s runs whole: it no longer opens with \\b and a figure, or has unbounded matches", re)
		}
		for _, s := range figureTexts {
			if got, want := m.findAll(s), re.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%s in %q: %v, the pattern finds %v", re, s, got, want)
			}
		}
	}
	for _, src := range []string{`\b\d+/\d+`, `^\d{1,2}`, `\b(?:\d|a)`, `\d{1,2}\b`} {
		if m := newFigureMatcher(regexp.MustCompile(src)); m.anchored != nil {
			t.Errorf("%s takes the shortcut", src)
		}
	}
}

func FuzzFigureMatcher(f *testing.F) {
	for _, s := range figureTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, re := range []*regexp.Regexp{dateRe, partialDayRe} {
			if got, want := newFigureMatcher(re).findAll(s), re.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s in %q: %v, the pattern finds %v", re, s, got, want)
			}
		}
	})
}
