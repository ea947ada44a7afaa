package extract

import (
	"testing"

	"tiendo/vn"
)

// TestContentWithoutDeadline checks that a task's content is the work
// alone: the deadline phrase goes, and so do the words that only said
// "be done by" before it.
func TestContentWithoutDeadline(t *testing.T) {
	cases := []struct{ text, content string }{
		{"UBND tỉnh giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm, hoàn thành trước ngày 15/3/2024.",
			"Chủ trì kiểm tra an toàn thực phẩm"},
		{"Đề nghị UBND các xã rà soát hộ nghèo; thời gian hoàn thành trước ngày 20/4/2024.",
			"Rà soát hộ nghèo"},
		{"Yêu cầu Phòng Kinh tế lập danh sách công trình, hoàn tất trong tháng 5/2024.",
			"Lập danh sách công trình"},
		{"Giao Công an xã tổng hợp số liệu, thực hiện xong trước ngày 30/6/2024.",
			"Tổng hợp số liệu"},
		// Without a separator the verb is the work itself.
		{"Giao Sở Xây dựng hoàn thành dự án trước ngày 31/12/2024.", "Hoàn thành dự án"},
	}
	for _, c := range cases {
		res := Extract(c.text, vn.NewDate(2024, 3, 10))
		if len(res.Tasks) != 1 {
			t.Errorf("%q: %d tasks, want 1", c.text, len(res.Tasks))
			continue
		}
		if got := res.Tasks[0].Content; got != c.content {
			t.Errorf("%q: content %q, want %q", c.text, got, c.content)
		}
	}
}
