package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tiendo/bench"
	"tiendo/vn"
)

// oneLine is about n bytes of directive text on a single line: the gold
// texts with their line breaks replaced by spaces, repeated.
func oneLine(tb testing.TB, n int) string {
	paths, _ := filepath.Glob(filepath.Join("testdata", "gold", "*.txt"))
	if len(paths) == 0 {
		tb.Fatal("no texts in testdata/gold")
	}
	var b strings.Builder
	for b.Len() < n {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			b.WriteString(strings.Join(strings.Fields(string(data)), " "))
			b.WriteByte(' ')
		}
	}
	return b.String()[:n]
}

// BenchmarkExtractOneLine1MB is issue 14's bound: 1 MB of text in under
// 1 s on one core, even on one line (no paragraph to split at).
// go test ./extract -run '^$' -bench ExtractOneLine -benchmem -cpu 1
func BenchmarkExtractOneLine1MB(b *testing.B) {
	s := oneLine(b, 1<<20)
	b.SetBytes(int64(len(s)))
	cpu := bench.SelfCPU()
	for b.Loop() {
		Extract(s, vn.NewDate(2024, 3, 10))
	}
	reportUsage(b, cpu)
}

// BenchmarkExtractOneLine5MB is the 5 MB single-line file.
func BenchmarkExtractOneLine5MB(b *testing.B) {
	s := oneLine(b, 5<<20)
	b.SetBytes(int64(len(s)))
	cpu := bench.SelfCPU()
	for b.Loop() {
		Extract(s, vn.NewDate(2024, 3, 10))
	}
	reportUsage(b, cpu)
}

// reportUsage adds the CPU time per operation since cpu, which a loaded
// machine inflates less than the wall time (the garbage collector's is
// counted), and the process's peak resident memory so far (Linux), which
// should grow with the text, not faster.
func reportUsage(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64((bench.SelfCPU()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	if rss, err := bench.PeakRSS(os.Getpid()); err == nil {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	}
}
