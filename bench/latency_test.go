package bench

import (
	"os"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ms := time.Millisecond
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = time.Duration(100-i) * ms // recorded out of order
	}
	tests := []struct {
		name string
		d    []time.Duration
		p    float64
		want time.Duration
	}{
		{"empty", nil, 0.95, 0},
		{"one", []time.Duration{7 * ms}, 0.95, 7 * ms},
		{"median of odd", []time.Duration{3 * ms, 1 * ms, 2 * ms}, 0.5, 2 * ms},
		{"p95 of 100", hundred, 0.95, 95 * ms},
		{"p50 of 100", hundred, 0.50, 50 * ms},
		{"p100 is the max", hundred, 1, 100 * ms},
		{"p0 is the min", hundred, 0, 1 * ms},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l Latencies
			for _, d := range tt.d {
				l.Add(d)
			}
			if got := l.Percentile(tt.p); got != tt.want {
				t.Errorf("Percentile(%v) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func TestParseStatusKiB(t *testing.T) {
	tests := []struct {
		name   string
		status string
		want   int64
		ok     bool
	}{
		{"linux", "Name:\ttiendo\nVmPeak:\t  900 kB\nVmHWM:\t   40960 kB\nVmRSS:\t 30000 kB\n", 40960 << 10, true},
		{"missing", "Name:\ttiendo\nVmRSS:\t 30000 kB\n", 0, false},
		{"other unit", "VmHWM:\t 12 MB\n", 0, false},
		{"not a number", "VmHWM:\t lots kB\n", 0, false},
		{"negative", "VmHWM:\t -5 kB\n", 0, false},
		{"prefix of another field", "VmHWMX:\t 5 kB\n", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseStatusKiB([]byte(tt.status), "VmHWM")
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("parseStatusKiB = %d, %v; want %d, ok %v", got, err, tt.want, tt.ok)
			}
		})
	}
}

func TestPeakRSSOfThisProcess(t *testing.T) {
	n, err := PeakRSS(os.Getpid())
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	if n < 1<<20 {
		t.Errorf("peak RSS %d bytes: a Go test binary holds more than a MiB", n)
	}
}

func FuzzParseStatusKiB(f *testing.F) {
	f.Add([]byte("VmHWM:\t 40960 kB\n"))
	f.Add([]byte("VmHWM: 99999999999999999999 kB"))
	f.Fuzz(func(t *testing.T, status []byte) {
		n, err := parseStatusKiB(status, "VmHWM")
		if err == nil && (n < 0 || n%1024 != 0) {
			t.Errorf("parseStatusKiB = %d without error", n)
		}
	})
}

func TestParseStatCPU(t *testing.T) {
	tests := []struct {
		name string
		stat string
		want time.Duration
		ok   bool
	}{
		{"plain", "42 (tiendo) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 9 0 100 0", 3 * time.Second, true},
		{"name with spaces and parens", "42 (a (b) c) S 1 42 42 0 -1 4194560 100 0 0 0 7 3 0 0", 100 * time.Millisecond, true},
		{"short", "42 (x) S 1 2", 0, false},
		{"no name", "42 x S", 0, false},
		{"not a number", "42 (x) S 1 42 42 0 -1 4194560 100 0 0 0 a 3 0 0", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseStatCPU(tt.stat)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("parseStatCPU = %v, %v; want %v, ok %v", got, err, tt.want, tt.ok)
			}
		})
	}
}

func FuzzParseStatCPU(f *testing.F) {
	f.Add("42 (tiendo) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 0 0")
	f.Fuzz(func(t *testing.T, stat string) {
		if d, err := parseStatCPU(stat); err == nil && d < 0 {
			t.Errorf("negative CPU time %v", d)
		}
	})
}
