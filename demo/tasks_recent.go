package demo

import (
	"fmt"

	"tiendo"
	"tiendo/vn"
)

// recentTasks are the new wards' tasks since the reform, laid out relative
// to today so that the demo always has work in progress, due soon, just
// overdue, awaiting confirmation, returned and pending an extension. These
// tasks and their reports are invented and kept generic.
func recentTasks(today vn.Date) []taskSpec {
	ago := func(n int) vn.Date { return later(today.AddDays(-n), reformStart) }
	ahead := func(n int) vn.Date { return today.AddDays(n) }
	by := func(x vn.Date) string { return "trước ngày " + x.Format() }
	evidence := func(n int, unit string, on vn.Date) string {
		return fmt.Sprintf("Báo cáo số %d/BC-%s ngày %s", n, unit, on.Format())
	}
	// monthly is the history of the monthly report's instances: the past
	// ones sent and confirmed (the second one late), the current one being
	// prepared, the next not started.
	monthly := func(i int, assigned, due vn.Date) story {
		switch {
		case due.Before(today):
			on := later(due.AddDays(-1), assigned)
			if next := vn.NewDate(due.Year, due.Month+1, due.Day); i == 1 && next.Before(today) {
				on = due.AddDays(4)
			}
			return closed(on, fmt.Sprintf("Đã gửi báo cáo tháng %d/%d.", due.Month, due.Year), evidence(100+i, "UBND", on))
		case i == 0 || vn.NewDate(due.Year, due.Month-1, due.Day).Before(today):
			return report(later(today.AddDays(-2), assigned), 40, "Đang tổng hợp số liệu của các tổ dân phố.")
		}
		return nil
	}
	start := ago(150)
	return []taskSpec{
		{
			Clause: "Chế độ báo cáo định kỳ của UBND Thành phố",
			Title:  "Tổng hợp, đánh giá, báo cáo tiến độ thực hiện các nhiệm vụ, chỉ tiêu được giao và nhiệm vụ mới phát sinh",
			Output: "Báo cáo tháng", By: "HN-UBND", Category: tiendo.CategoryDirective, Regular: true,
			Deadline: "định kỳ hàng tháng trước ngày 25", Assigned: start,
			Leads: []lead{{Org: "HN-HAIBATRUNG-UBND", Instances: monthly}},
		},
		{
			Clause: "Chỉ đạo của UBND Thành phố về bảo đảm trật tự đô thị",
			Title:  "Kiểm tra, xử lý vi phạm trật tự đô thị, lấn chiếm vỉa hè, lòng đường trên các tuyến phố điểm",
			By:     "HN-UBND", Category: tiendo.CategoryDirective, Deadline: "thường xuyên", Assigned: start.AddDays(3),
			Place: "Bà Triệu; Phố Huế; Đại Cồ Việt – Trần Khát Chân",
			Leads: []lead{{Org: "HN-HAIBATRUNG-UBND", Story: seq(
				report(between(start, today, 1, 3), 0, "Đã ra quân 4 đợt; xử lý 86 trường hợp lấn chiếm vỉa hè."),
				report(between(start, today, 2, 3), 0, "Duy trì kiểm tra hằng ngày trên phố Huế và Bà Triệu; tái vi phạm giảm rõ rệt."),
				review(ago(3), 0, "Lũy kế xử lý 212 trường hợp vi phạm.", "Tình trạng trông giữ xe trái phép buổi tối còn tái diễn.",
					"Đề nghị Công an phường bố trí lực lượng tuần tra buổi tối."))}},
		},
		{
			Clause: "Chỉ đạo của UBND Thành phố về phòng cháy, chữa cháy nhà chung cư",
			Title:  "Rà soát, kiểm tra công tác phòng cháy, chữa cháy tại các nhà chung cư cũ trên địa bàn phường",
			Output: "Báo cáo kết quả kiểm tra", By: "HN-UBND", Category: tiendo.CategoryDirective, Urgent: true,
			Deadline: by(ahead(10)), Assigned: ago(40),
			Leads: []lead{{Org: "HN-HAIBATRUNG-UBND", Story: seq(
				report(ago(20), 40, "Đã rà soát 9/21 nhà chung cư cũ."),
				toOrg(today, "HN-HAIBATRUNG-KTHTDT", "Kiểm tra hiện trạng hệ thống phòng cháy, chữa cháy tại 12 nhà chung cư cũ còn lại", ahead(5),
					report(today, 30, "Đã kiểm tra 4/12 nhà chung cư.")))}},
		},
		{
			Doc: "86/KH-UBND", Clause: "Mục III.2",
			Title: "Tuyên truyền, hướng dẫn kỹ năng thoát nạn, cứu hộ cứu nạn cho cư dân các nhà chung cư cũ",
			By:    "HN-HAIBATRUNG-UBND", Category: tiendo.CategoryProgramme, Deadline: by(ago(10)), Assigned: ago(48),
			Leads: []lead{{Org: "HN-HAIBATRUNG-VHXH", Story: seq(
				report(ago(30), 50, "Đã tổ chức 3 buổi tuyên truyền tại các khu tập thể."),
				closed(ago(12), "Đã tổ chức 7 buổi tuyên truyền, hướng dẫn cho hơn 900 lượt cư dân.", evidence(41, "VHXH", ago(12))))}},
		},
		{
			Doc: "86/KH-UBND", Clause: "Mục III.3",
			Title:  "Lập danh sách nhà chung cư cũ có nguy cơ mất an toàn, đề xuất phương án khắc phục",
			Output: "Danh sách, phương án", By: "HN-HAIBATRUNG-UBND", Category: tiendo.CategoryProgramme,
			Deadline: by(ahead(25)), Assigned: ago(48),
			Leads: []lead{{Org: "HN-HAIBATRUNG-KTHTDT"}},
		},
		{
			Clause: "Chỉ đạo của UBND Thành phố về tuyến phố văn minh đô thị",
			Title:  "Chỉnh trang, duy trì tuyến phố văn minh đô thị Đại La – Minh Khai",
			By:     "HN-UBND", Category: tiendo.CategoryDirective, Deadline: by(ago(12)), Assigned: ago(58),
			Place: "Đại La – Minh Khai",
			Leads: []lead{{Org: "HN-BACHMAI-UBND", Story: seq(
				report(ago(30), 50, "Đã lát lại vỉa hè đoạn Đại La."),
				review(ago(14), 80, "Đã hoàn thành lát vỉa hè, sơn kẻ vạch 2/3 tuyến.",
					"Một đoạn vướng di dời tủ điện của đơn vị điện lực.",
					"Đề nghị UBND Thành phố chỉ đạo đơn vị điện lực phối hợp di dời."))}},
		},
		{
			Clause: "Chỉ đạo của UBND Thành phố về chuyển đổi số",
			Title:  "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận từ các phường trước sắp xếp",
			By:     "HN-UBND", Category: tiendo.CategoryDirective, Deadline: by(ahead(8)), Assigned: ago(55),
			Leads: []lead{{Org: "HN-BACHMAI-UBND", Story: seq(
				report(ago(20), 60, "Đã số hóa 8.400/14.000 hồ sơ."),
				ask(ago(4), ahead(40), "Khối lượng hồ sơ tiếp nhận từ các phường cũ lớn hơn dự kiến (khoảng 14.000 hồ sơ)."))}},
		},
		{
			Doc: "57/KH-UBND", Clause: "Mục II.1",
			Title: "Tổng hợp danh sách hộ kinh doanh vi phạm lấn chiếm vỉa hè, dừng đỗ xe sai quy định trên các tuyến Giải Phóng, Bạch Mai, Minh Khai",
			By:    "HN-BACHMAI-UBND", Category: tiendo.CategoryProgramme, Deadline: by(ahead(12)), Assigned: ago(33),
			Leads: []lead{{Org: "HN-BACHMAI-KTHTDT", Story: seq(
				done(ago(6), "Đã tổng hợp danh sách 146 hộ vi phạm.", evidence(52, "KTHTĐT", ago(6))),
				giveBack(ago(4), "Số liệu chưa khớp với báo cáo của Công an phường; đề nghị rà soát, thống nhất trước khi gửi."))}},
		},
		{
			Clause: "Chỉ đạo của UBND Thành phố về thu ngân sách",
			Title:  "Báo cáo kết quả thực hiện chỉ tiêu thu ngân sách nhà nước trên địa bàn phường",
			By:     "HN-UBND", Category: tiendo.CategoryDirective, Deadline: by(ago(5)), Assigned: ago(40),
			Leads: []lead{{Org: "HN-VINHTUY-UBND", Story: done(ago(6), "Thu ngân sách đạt 81% dự toán giao.", evidence(88, "UBND", ago(6)))}},
		},
		{
			Clause: "Chương trình công tác của UBND phường",
			Title:  "Tổ chức Ngày hội văn hóa, thể thao phường",
			By:     "HN-VINHTUY-UBND", Category: tiendo.CategoryProgramme, Deadline: by(ago(2)), Assigned: ago(50),
			Leads: []lead{{Org: "HN-VINHTUY-VHXH", Story: seq(
				report(ago(30), 20, "Đã xây dựng kế hoạch, chương trình ngày hội."),
				postpone(ago(20), "Tạm dừng chờ hoàn thành sửa chữa nhà văn hóa phường."))}},
		},
		{
			Clause: "Chỉ đạo của UBND Thành phố",
			Title:  "Lập phương án cải tạo chợ dân sinh trên địa bàn phường",
			By:     "HN-UBND", Category: tiendo.CategoryDirective, Deadline: by(ahead(30)), Assigned: ago(60),
			Leads: []lead{{Org: "HN-VINHTUY-UBND", Story: withdraw(ago(25),
				"Nhiệm vụ chuyển cho Ban Quản lý dự án đầu tư xây dựng của Thành phố theo phân cấp mới.")}},
		},
		{
			Clause: "Chỉ đạo của UBND Thành phố về sắp xếp đơn vị hành chính",
			Title:  "Kiện toàn Ban Chỉ đạo 197 phường sau sắp xếp đơn vị hành chính",
			By:     "HN-UBND", Category: tiendo.CategoryDirective, Deadline: by(ago(44)), Assigned: ago(59),
			Leads: []lead{{Org: "HN-VINHTUY-UBND", Story: closed(ago(46), "Đã ban hành quyết định kiện toàn Ban Chỉ đạo 197 phường.", evidence(61, "UBND", ago(46)))}},
		},
		{
			Clause: "Chỉ đạo của UBND Thành phố về an sinh xã hội",
			Title:  "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn phường",
			By:     "HN-UBND", Category: tiendo.CategoryDirective, Deadline: by(ago(40)), Assigned: ago(60),
			Leads: []lead{{Org: "HN-BACHMAI-UBND", Story: closed(ago(33), "Đã rà soát, cập nhật danh sách 37 hộ nghèo, 52 hộ cận nghèo.", evidence(64, "UBND", ago(33)))}},
		},
	}
}

// later returns the later of two dates.
func later(a, b vn.Date) vn.Date {
	if a.Before(b) {
		return b
	}
	return a
}

// between returns the date num/den of the way from a to b.
func between(a, b vn.Date, num, den int) vn.Date { return a.AddDays(b.Sub(a) * num / den) }
