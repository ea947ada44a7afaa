package demo

import (
	"fmt"

	"tiendo"
	"tiendo/vn"
)

// liveTasks are the current reporting month's work of phường Hai Bà Trưng
// and Sở Xây dựng, laid out from today and from, the first day of the
// reporting month that contains today (under the service's cut-offs), so
// that whatever day the demo is loaded — the first of the month included —
// the month's dashboard has tasks assigned in it, completed on time in it
// and overdue, and the new ward's officer has work due this week, a report
// waiting for confirmation, a returned report and, for the leader, an
// extension to decide. Every date lies within six weeks of today, so only
// units in force since the reform are involved. The tasks are
// invented and kept generic.
func liveTasks(today, from vn.Date) []taskSpec {
	// mid is a day of the current month up to today: a completion reported
	// on it counts in the month even when today is its first day.
	mid := from.AddDays(today.Sub(from) / 2)
	ago := func(n int) vn.Date { return today.AddDays(-n) }
	ahead := func(n int) vn.Date { return today.AddDays(n) }
	no := func(n int, unit string, on vn.Date) string {
		return fmt.Sprintf("Báo cáo số %d/BC-%s ngày %s", n, unit, on.Format())
	}
	const ward, kt, vhxh = "HN-HAIBATRUNG-UBND", "HN-HAIBATRUNG-KTHTDT", "HN-HAIBATRUNG-VHXH"
	return []taskSpec{
		{ // done on time within the month
			Clause: "Kết luận giao ban UBND phường", By: ward, Category: tiendo.CategoryDirective,
			Title:    "Ra quân xử lý lấn chiếm vỉa hè, lòng đường trên phố Bà Triệu, Lò Đúc",
			Deadline: beforeDay(ahead(3)), Assigned: from.AddDays(-12), Place: "Bà Triệu; Lò Đúc",
			Leads: []lead{{Org: kt, Story: seq(
				done(mid, "Đã ra quân 3 đợt; xử lý 41 trường hợp lấn chiếm, thu dọn 18 biển quảng cáo sai quy định.", no(12, "KTHTĐT", mid)),
				confirm(earlier(mid.AddDays(1), today)))}},
		},
		{ // overdue by a few days
			Clause: "Kết luận giao ban UBND phường", By: ward, Category: tiendo.CategoryDirective,
			Title:  "Rà soát, lập danh sách công trình xây dựng không phép, sai phép trên địa bàn phường",
			Output: "Danh sách, báo cáo", Deadline: beforeDay(ago(3)), Assigned: ago(24),
			Leads: []lead{{Org: kt, Story: report(ago(10), 60, "Đã rà soát 7/11 tổ dân phố; phát hiện 5 công trình sai phép.")}},
		},
		{ // assigned on the month's first day, due this week
			Clause: "Chương trình công tác tháng của UBND phường", By: ward, Category: tiendo.CategoryProgramme,
			Title:    "Kiểm tra an toàn hệ thống chiếu sáng, cây xanh trước mùa mưa bão trên các tuyến phố chính",
			Deadline: beforeDay(ahead(4)), Assigned: from,
			Leads: []lead{{Org: kt, Story: report(mid, 30, "Đã kiểm tra tuyến Đại Cồ Việt, Trần Khát Chân.")}},
		},
		{ // reported done, waiting for the office
			Clause: "Kết luận giao ban UBND phường", By: ward, Category: tiendo.CategoryDirective, Urgent: true,
			Title:    "Báo cáo kết quả thu gom, xử lý rác thải, phế thải xây dựng đổ trộm tại các điểm nóng",
			Deadline: beforeDay(ahead(2)), Assigned: ago(20),
			Leads: []lead{{Org: kt, Story: done(ago(1), "Đã xóa 6/6 điểm đổ trộm phế thải; lắp camera giám sát tại 2 điểm.", no(15, "KTHTĐT", ago(1)))}},
		},
		{ // returned with a reason
			Clause: "Kết luận giao ban UBND phường", By: ward, Category: tiendo.CategoryDirective,
			Title:  "Thống kê hộ kinh doanh sử dụng vỉa hè có thu phí trên địa bàn phường",
			Output: "Danh sách, số liệu", Deadline: beforeDay(ahead(6)), Assigned: ago(18),
			Leads: []lead{{Org: kt, Story: seq(
				done(ago(3), "Đã thống kê 212 hộ kinh doanh sử dụng vỉa hè.", no(14, "KTHTĐT", ago(3))),
				giveBack(ago(2), "Chưa tách số hộ đã nộp phí và chưa nộp phí; đề nghị bổ sung theo mẫu của Sở Tài chính."))}},
		},
		{ // an extension waiting for the ward's leader
			Clause: "Chương trình công tác tháng của UBND phường", By: ward, Category: tiendo.CategoryProgramme,
			Title:    "Tổ chức tuyên truyền Quy tắc ứng xử nơi công cộng tại các tổ dân phố",
			Deadline: beforeDay(ahead(1)), Assigned: ago(21),
			Leads: []lead{{Org: vhxh, Story: seq(
				report(ago(7), 50, "Đã tuyên truyền tại 12/24 tổ dân phố."),
				ask(ago(1), ahead(15), "Nhiều tổ dân phố đề nghị lùi lịch sinh hoạt sang tuần sau do trùng lịch bầu cử tổ trưởng."))}},
		},
		{ // the city's department: overdue by a day
			Clause: "Chỉ đạo của UBND Thành phố", By: "HN-UBND", Category: tiendo.CategoryDirective,
			Title:  "Báo cáo tình hình cấp phép xây dựng và quản lý trật tự xây dựng tại các phường nội đô sau sắp xếp",
			Output: "Báo cáo UBND Thành phố", Deadline: beforeDay(ago(1)), Assigned: ago(26),
			Leads: []lead{{Org: "HN-SXD", Story: report(ago(8), 70, "Đã tổng hợp số liệu của 42/51 phường.")}},
		},
		{ // the city's department: done on time today
			Clause: "Chỉ đạo của UBND Thành phố", By: "HN-UBND", Category: tiendo.CategoryDirective,
			Title:    "Hướng dẫn các phường, xã thực hiện thẩm quyền cấp giấy phép xây dựng theo phân cấp mới",
			Deadline: beforeDay(ahead(5)), Assigned: from.AddDays(-5),
			Leads: []lead{{Org: "HN-SXD", Story: seq(
				done(today, "Đã ban hành văn bản hướng dẫn gửi 126 phường, xã.", no(208, "SXD", today)),
				confirm(today))}},
		},
		{ // assigned to the ward today, with the department cooperating
			Clause: "Chỉ đạo của UBND Thành phố", By: "HN-UBND", Coop: []string{"HN-SXD"}, Category: tiendo.CategoryDirective,
			Title:  "Rà soát, báo cáo nhà chung cư cũ nguy hiểm cấp D trên địa bàn phường",
			Output: "Báo cáo, danh sách", Deadline: beforeDay(ahead(14)), Assigned: today,
			Leads: []lead{{Org: ward}},
		},
	}
}

// beforeDay is the deadline phrase for a date.
func beforeDay(x vn.Date) string { return "trước ngày " + x.Format() }

// earlier returns the earlier of two dates.
func earlier(a, b vn.Date) vn.Date {
	if a.After(b) {
		return b
	}
	return a
}
