package e2e

import (
	"strings"
	"testing"
)

// TestNewWardOfficer: an officer of a ward created by the 2025 reform
// signs in to the demo and finds today's work, the returned report among
// it, with no task overdue for years.
func TestNewWardOfficer(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("hbt.canbo")
	if n := b.total(); n == 0 {
		t.Fatal("the new ward's officer has no work")
	}
	page := b.text("main")
	for _, want := range []string{"Thống kê hộ kinh doanh sử dụng vỉa hè", "Rà soát, lập danh sách công trình xây dựng không phép"} {
		if !strings.Contains(page, want) {
			t.Errorf("the officer's list lacks %q", want)
		}
	}
	if strings.Contains(page, "hết hiệu lực") {
		t.Error("the officer's list shows an ended unit")
	}
	b.shot("02c-phuong-moi")
}
