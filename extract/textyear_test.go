package extract

import (
	"testing"

	"tiendo/vn"
)

// TestTextYear checks the year a text with no date line is read in: the
// latest month written with a year, else a full date, a school year, a
// "năm …" that is not a horizon, an anniversary of a national event, and
// last a cited document's number.
func TestTextYear(t *testing.T) {
	cases := []struct {
		name, text string
		want       vn.Date
	}{
		{"a month with its year", "Từ tháng 11.2014 đến nay … trong tháng 8.2015 hoàn thành.", vn.NewDate(2015, 1, 1)},
		{"a horizon is not the year", "Chương trình phát triển nhà ở đến năm 2030; vụ đông xuân năm 2024.", vn.NewDate(2024, 1, 1)},
		{"an anniversary of the August Revolution",
			"Hà Nội phát động treo cờ chào mừng 80 năm Cách mạng Tháng Tám và Quốc khánh 2-9.", vn.NewDate(2025, 1, 1)},
		{"an anniversary of the Party's founding",
			"Các phường treo cờ mừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam.", vn.NewDate(2026, 1, 1)},
		{"war invalids and martyrs' day, written with a hyphen",
			"Các xã thăm hỏi gia đình chính sách nhân 75 năm Ngày Thương binh - Liệt sĩ trước ngày 27/7.", vn.NewDate(2022, 1, 1)},
		{"Uncle Hồ's birthday", "Tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh trong tháng 5.", vn.NewDate(2025, 1, 1)},
		{"the south's liberation", "Chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước, các phường treo cờ.", vn.NewDate(2025, 1, 1)},
		{"a local party committee's founding gives no year",
			"Kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh, các xã treo cờ từ ngày 1/3.", vn.Date{}},
		{"a written year comes before an anniversary",
			"Chào mừng 80 năm Quốc khánh, trong tháng 8/2024 các xã chỉnh trang đường làng.", vn.NewDate(2024, 1, 1)},
		{"a cited number, last", "Thực hiện Công văn 2209/2021 của Sở Y tế.", vn.NewDate(2021, 1, 1)},
		{"a map's scale is no year", "Các phường điều chỉnh quy hoạch phân khu tỷ lệ 1/2000, gửi Sở Xây dựng trước ngày 15-8.", vn.Date{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := textYear(c.text); got != c.want {
				t.Errorf("textYear = %v, want %v", got, c.want)
			}
		})
	}
}
