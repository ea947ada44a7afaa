package demo

import (
	"tiendo"
	"tiendo/vn"
)

// The first half of 2025, before the reform: the district has the wards
// apply Nghị định 168/2024/NĐ-CP and prepare the hand-over of the
// reorganisation. Lê Đại Hành and Bạch Đằng still have open tasks on
// 30/6/2025: they move to phường Hai Bà Trưng, which finishes them in July
// (late, but the new ward carries no task overdue since before it existed).
var tasks2025 = []taskSpec{
	{
		Doc: "168/2024/NĐ-CP", Clause: "Triển khai Nghị định số 168/2024/NĐ-CP",
		Title:  "Tuyên truyền, phổ biến Nghị định số 168/2024/NĐ-CP đến tổ dân phố, hộ kinh doanh; ra quân xử lý vi phạm lấn chiếm vỉa hè, dừng đỗ xe sai quy định",
		Output: "Báo cáo kết quả", By: "HBT-UBND", Coop: []string{"HBT-CA"},
		Category: tiendo.CategoryLegal, Deadline: "trong quý I/2025", Assigned: d(2025, 1, 6),
		Leads: []lead{
			{Org: "HBT-PHOHUE-UBND", Story: seq(
				report(d(2025, 2, 14), 50, "Đã tuyên truyền đến 100% tổ dân phố; 312 hộ kinh doanh ký cam kết."),
				doneWithFile(d(2025, 3, 28), "Hoàn thành tuyên truyền và 3 đợt ra quân; xử lý 57 trường hợp vi phạm.",
					"Báo cáo số 31/BC-UBND ngày 28/3/2025", "bao-cao-31-BC-UBND.txt"),
				confirm(d(2025, 3, 31)))},
			{Org: "HBT-TRUONGDINH-UBND", Story: seq(
				done(d(2025, 3, 25), "Đã hoàn thành tuyên truyền và ra quân.", "Báo cáo số 27/BC-UBND ngày 25/3/2025"),
				giveBack(d(2025, 3, 27), "Chưa có số liệu hộ kinh doanh đã ký cam kết và số trường hợp vi phạm đã xử lý."),
				closed(d(2025, 4, 10), "Bổ sung: 268 hộ kinh doanh ký cam kết; xử lý 41 trường hợp vi phạm.", "Báo cáo số 33/BC-UBND ngày 10/4/2025"))},
			{Org: "HBT-LEDAIHANH-UBND", Story: seq(
				report(d(2025, 3, 20), 70, "Đã tuyên truyền tại 22/22 tổ dân phố; đang ra quân đợt 2."),
				closed(d(2025, 7, 15), "Phường Hai Bà Trưng (tiếp nhận từ phường Lê Đại Hành) hoàn thành ra quân đợt 2.", "Báo cáo số 05/BC-UBND ngày 15/7/2025"))},
			{Org: "HBT-BACHDANG-UBND", Story: seq(
				report(d(2025, 3, 15), 40, "Đã tuyên truyền tại 10/19 tổ dân phố."),
				closed(d(2025, 7, 25), "Phường Hai Bà Trưng (tiếp nhận từ phường Bạch Đằng) hoàn thành tuyên truyền tại 9 tổ dân phố còn lại.", "Báo cáo số 09/BC-UBND ngày 25/7/2025"))},
			{Org: "HBT-THANHNHAN-UBND", Story: closed(d(2025, 3, 31), "Hoàn thành tuyên truyền; xử lý 38 trường hợp vi phạm.", "Báo cáo số 29/BC-UBND ngày 31/3/2025")},
			{Org: "HBT-DONGTAM-UBND", Story: seq(
				ask(d(2025, 3, 25), d(2025, 4, 30), "Địa bàn có chợ dân sinh và nhiều tuyến phố kinh doanh, cần thêm một đợt ra quân."),
				grant(d(2025, 3, 27), vn.Date{}, "Đồng ý gia hạn đến ngày 30/4/2025."),
				closed(d(2025, 4, 28), "Hoàn thành 4 đợt ra quân; xử lý 66 trường hợp vi phạm.", "Báo cáo số 40/BC-UBND ngày 28/4/2025"))},
		},
	},
	{
		Clause: "Chỉ đạo của UBND quận về sắp xếp đơn vị hành chính cấp xã",
		Title:  "Rà soát, thống kê, bàn giao hồ sơ, tài liệu, tài sản, trụ sở phục vụ sắp xếp đơn vị hành chính cấp xã",
		Output: "Biên bản bàn giao", By: "HBT-UBND", Category: tiendo.CategoryDirective,
		Deadline: "trước ngày 30/06/2025", Assigned: d(2025, 5, 20),
		Leads: []lead{
			{Org: "HBT-PHOHUE-UBND", Story: closed(d(2025, 6, 27), "Đã bàn giao hồ sơ, tài liệu, tài sản cho phường Hai Bà Trưng.", "Biên bản bàn giao ngày 27/6/2025")},
			{Org: "HBT-TRUONGDINH-UBND", Story: closed(d(2025, 6, 30), "Đã bàn giao hồ sơ, tài liệu, tài sản cho phường Bạch Mai.", "Biên bản bàn giao ngày 30/6/2025")},
			{Org: "HBT-LEDAIHANH-UBND", Story: seq(
				report(d(2025, 6, 25), 80, "Đã thống kê xong hồ sơ, tài sản; chờ bàn giao trụ sở."),
				closed(d(2025, 7, 10), "Đã hoàn tất bàn giao trụ sở.", "Biên bản bàn giao ngày 10/7/2025"))},
			{Org: "HBT-BACHDANG-UBND", Story: seq(
				report(d(2025, 6, 20), 60, "Đã thống kê hồ sơ lưu trữ; đang kiểm kê tài sản."),
				closed(d(2025, 7, 8), "Đã hoàn tất kiểm kê, bàn giao tài sản.", "Biên bản bàn giao ngày 08/7/2025"))},
		},
	},
}
