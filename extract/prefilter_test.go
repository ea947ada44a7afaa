package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"tiendo/vn"
)

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

// Extract gives the same result whatever runs beside it: tokenize's memo
// and lower's cache are shared.
func TestExtractConcurrent(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "gold", "*.txt"))
	var texts []string
	var want []Result
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
		want = append(want, Extract(string(data), vn.Date{}))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range texts {
				k := (i + g) % len(texts)
				if got := Extract(texts[k], vn.Date{}); !reflect.DeepEqual(got, want[k]) {
					t.Errorf("%s: another result beside other extractions", paths[k])
				}
			}
		}()
	}
	wg.Wait()
}
