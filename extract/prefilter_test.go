package extract

import "testing"

// mayHaveDocNumber holds for every sentence docNumberRe matches.
func FuzzMayHaveDocNumber(f *testing.F) {
	for _, s := range []string{"ban hành Công văn số 412", "412/QĐ-UBND", "SỐ: 7", "Số 12 và 3/a", "so 5", "12 / A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if docNumberRe.MatchString(s) && !mayHaveDocNumber(s) {
			t.Fatalf("docNumberRe matches %q, which mayHaveDocNumber rules out", s)
		}
	})
}
