package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// PeakRSS returns the peak resident set size of process pid in bytes
// (VmHWM of /proc/PID/status; Linux only).
func PeakRSS(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	return parseStatusKiB(data, "VmHWM")
}

// RSS returns the resident set size of process pid in bytes (VmRSS of
// /proc/PID/status; Linux only).
func RSS(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	return parseStatusKiB(data, "VmRSS")
}

// parseStatusKiB reads a "Field:   123 kB" line of a /proc status file and
// returns the value in bytes.
func parseStatusKiB(status []byte, field string) (int64, error) {
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), field+":")
		if !ok {
			continue
		}
		num, unit, _ := strings.Cut(strings.TrimSpace(rest), " ")
		n, err := strconv.ParseInt(num, 10, 64)
		if err != nil || n < 0 || n > 1<<50 || strings.TrimSpace(unit) != "kB" {
			return 0, fmt.Errorf("bench: bad %s line %q", field, sc.Text())
		}
		return n << 10, nil
	}
	return 0, fmt.Errorf("bench: no %s in status", field)
}
