package demo

import (
	"tiendo"
	"tiendo/vn"
)

// Seed 004: the conference of 25/12/2019 deploying 245/KH-UBND. The Vice-
// Chair concluded: every unit builds its own plan "trước ngày 06/01/2020"
// (one task per unit), the urban management office carries the plan out
// continuously, and the wards keep implementing 141/KH-UBND (fire teams).

// plan245 is a unit's own plan for 245/KH-UBND, reported done and confirmed.
func plan245(on vn.Date, evidence string) story {
	return closed(on, "Đã ban hành kế hoạch của đơn vị triển khai Kế hoạch số 245/KH-UBND, phân công cụ thể cho từng bộ phận, tổ dân phố.", evidence)
}

var seed004Tasks = []taskSpec{
	{
		Doc: "245/KH-UBND", Clause: "Kết luận Hội nghị triển khai ngày 25/12/2019",
		Source: "xây dựng kế hoạch cụ thể triển khai thực hiện kế hoạch số 245/KH-UBND, ngày 20/12/2019 của UBND Quận trước ngày 06/01/2020",
		Title:  "Xây dựng kế hoạch cụ thể triển khai thực hiện Kế hoạch số 245/KH-UBND ngày 20/12/2019 của UBND quận",
		Output: "Kế hoạch của đơn vị", By: "HBT-UBND", Assigner: "Nguyễn Quang Trung",
		Category: tiendo.CategoryConclusion, Deadline: "trước ngày 06/01/2020", Assigned: d(2019, 12, 25),
		Leads: []lead{
			{Org: "HBT-QLDT", Story: seq(report(d(2019, 12, 30), 60, "Đã hoàn thành dự thảo, đang lấy ý kiến các phòng, ban liên quan."),
				plan245(d(2020, 1, 3), "Kế hoạch số 02/KH-QLĐT ngày 03/01/2020"))},
			{Org: "HBT-VHTT", Story: plan245(d(2020, 1, 6), "Kế hoạch số 01/KH-VHTT ngày 06/01/2020")},
			{Org: "HBT-TCKH", Story: plan245(d(2020, 1, 10), "Kế hoạch số 03/KH-TCKH ngày 10/01/2020")},
			{Org: "HBT-CA", Story: plan245(d(2020, 1, 6), "Kế hoạch số 12/KH-CAQ ngày 06/01/2020")},
			{Org: "HBT-BACHDANG-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 01/KH-UBND ngày 06/01/2020")},
			{Org: "HBT-BACHKHOA-UBND", Story: plan245(d(2020, 1, 3), "Kế hoạch số 02/KH-UBND ngày 03/01/2020")},
			{Org: "HBT-BACHMAI-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 03/KH-UBND ngày 06/01/2020")},
			{Org: "HBT-CAUDEN-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 01/KH-UBND ngày 06/01/2020")},
			{Org: "HBT-DONGMAC-UBND", Story: plan245(d(2020, 1, 2), "Kế hoạch số 01/KH-UBND ngày 02/01/2020")},
			{Org: "HBT-DONGNHAN-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 02/KH-UBND ngày 06/01/2020")},
			{Org: "HBT-DONGTAM-UBND", Story: plan245(d(2020, 1, 3), "Kế hoạch số 01/KH-UBND ngày 03/01/2020")},
			{Org: "HBT-LEDAIHANH-UBND", Story: seq(
				ask(d(2020, 1, 2), d(2020, 1, 15), "Phường có 12 nhà chung cư cao tầng, cần thêm thời gian rà soát hiện trạng quản lý, vận hành trước khi ban hành kế hoạch."),
				grant(d(2020, 1, 3), vn.Date{}, "Đồng ý gia hạn đến ngày 15/01/2020."),
				plan245(d(2020, 1, 14), "Kế hoạch số 04/KH-UBND ngày 14/01/2020"))},
			{Org: "HBT-MINHKHAI-UBND", Story: seq(report(d(2020, 1, 8), 50, "Đang hoàn thiện dự thảo kế hoạch."),
				plan245(d(2020, 2, 3), "Kế hoạch số 09/KH-UBND ngày 03/02/2020"))},
			{Org: "HBT-NGUYENDU-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 02/KH-UBND ngày 06/01/2020")},
			{Org: "HBT-PHAMDINHHO-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 01/KH-UBND ngày 06/01/2020")},
			{Org: "HBT-PHOHUE-UBND", Story: seq(report(d(2019, 12, 30), 50, "Đã rà soát 4 nhà chung cư trên địa bàn, đang xây dựng dự thảo kế hoạch."),
				plan245(d(2020, 1, 4), "Kế hoạch số 02/KH-UBND ngày 04/01/2020"))},
			{Org: "HBT-QUYNHLOI-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 01/KH-UBND ngày 06/01/2020")},
			{Org: "HBT-QUYNHMAI-UBND", Story: review(d(2020, 1, 10), 40,
				"Đã rà soát hiện trạng các khu tập thể cũ trên địa bàn.",
				"Thiếu cán bộ phụ trách đô thị; một số ban quản trị chưa phối hợp cung cấp thông tin.",
				"Đề nghị Phòng Quản lý đô thị hướng dẫn mẫu kế hoạch.")},
			{Org: "HBT-THANHLUONG-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 01/KH-UBND ngày 06/01/2020")},
			{Org: "HBT-THANHNHAN-UBND", Story: seq(
				ask(d(2020, 1, 3), d(2020, 1, 20), "Chờ ý kiến của các ban quản trị nhà chung cư trên địa bàn."),
				refuse(d(2020, 1, 6), "Thời hạn do UBND quận ấn định tại hội nghị; đề nghị phường khẩn trương hoàn thành."),
				plan245(d(2020, 1, 9), "Kế hoạch số 03/KH-UBND ngày 09/01/2020"))},
			{Org: "HBT-TRUONGDINH-UBND", Story: seq(
				done(d(2020, 1, 5), "Đã ban hành kế hoạch của phường.", "Kế hoạch số 01/KH-UBND ngày 05/01/2020"),
				giveBack(d(2020, 1, 7), "Kế hoạch chưa phân công cụ thể cho từng tổ dân phố và chưa có danh sách nhà chung cư cần kiểm tra; đề nghị bổ sung."),
				plan245(d(2020, 1, 13), "Kế hoạch số 01a/KH-UBND ngày 13/01/2020"))},
			{Org: "HBT-VINHTUY-UBND", Story: plan245(d(2020, 1, 6), "Kế hoạch số 02/KH-UBND ngày 06/01/2020")},
		},
	},
	{
		Doc: "245/KH-UBND", Clause: "Kết luận Hội nghị triển khai ngày 25/12/2019",
		Source: "tổ chức chỉ đạo, thực hiện đảm bảo các nội dung mà kế hoạch đề ra",
		Title:  "Tổ chức chỉ đạo, thực hiện bảo đảm các nội dung Kế hoạch số 245/KH-UBND đề ra; theo dõi, tổng hợp kết quả",
		By:     "HBT-UBND", Assigner: "Nguyễn Quang Trung", Coop: []string{"HBT-VHTT", "HBT-CA"},
		Category: tiendo.CategoryConclusion, Deadline: "thường xuyên", Assigned: d(2019, 12, 25),
		Leads: []lead{{Org: "HBT-QLDT", Story: seq(
			toPerson(d(2020, 1, 8), "Nguyễn Duy Minh"),
			review(d(2020, 6, 30), 30, "Đã kiểm tra 45/128 nhà chung cư; hướng dẫn 20 ban quản trị kiện toàn theo quy định.",
				"Nhiều nhà chung cư tái định cư chưa thành lập ban quản trị.",
				"Đề nghị UBND các phường đôn đốc tổ chức hội nghị nhà chung cư."),
			report(d(2021, 12, 31), 60, "Lũy kế đã kiểm tra 96/128 nhà chung cư."),
			report(d(2023, 12, 29), 85, "Lũy kế đã kiểm tra 121/128 nhà chung cư; 7 nhà còn vướng tranh chấp kinh phí bảo trì."))}},
	},
	{
		Doc: "141/KH-UBND", Clause: "Kết luận Hội nghị ngày 25/12/2019 (tiếp tục thực hiện Kế hoạch số 141/KH-UBND)",
		Source: "Tiếp tục thực hiện kế hoạch số 141/KH-UBND của UBND quận, yêu cầu UBND các phường hoàn thiện qui chế hoạt động các đội PCCC cơ sở, thực hiện chế độ báo cáo kết quả theo qui định.",
		Title:  "Hoàn thiện quy chế hoạt động các đội phòng cháy chữa cháy cơ sở tại chung cư cũ, thực hiện chế độ báo cáo kết quả theo quy định",
		Output: "Quy chế hoạt động đội PCCC cơ sở; báo cáo kết quả", By: "HBT-UBND", Assigner: "Nguyễn Quang Trung",
		Category: tiendo.CategoryConclusion, Assigned: d(2019, 12, 25),
		Leads: []lead{
			{Org: "HBT-PHOHUE-UBND", Story: seq(
				review(d(2020, 1, 8), 50, "Đã kiện toàn 3/5 đội PCCC cơ sở tại các nhà chung cư.",
					"Hai nhà chung cư chưa có ban quản trị nên chưa thành lập được đội.", ""),
				report(d(2020, 3, 10), 80, "Đã ban hành quy chế hoạt động 4/5 đội PCCC cơ sở."))},
			{Org: "HBT-TRUONGDINH-UBND", Story: closed(d(2020, 1, 7), "Đã ban hành quy chế hoạt động các đội PCCC cơ sở và gửi báo cáo kết quả.", "Báo cáo số 05/BC-UBND ngày 07/01/2020")},
			{Org: "HBT-QUYNHMAI-UBND", Story: seq(report(d(2020, 1, 20), 60, "Đã kiện toàn 6/9 đội PCCC cơ sở."),
				closed(d(2020, 2, 20), "Đã hoàn thiện quy chế hoạt động 9/9 đội PCCC cơ sở.", "Báo cáo số 11/BC-UBND ngày 20/02/2020"))},
			{Org: "HBT-THANHNHAN-UBND", Story: closed(d(2020, 1, 8), "Đã hoàn thiện quy chế hoạt động các đội PCCC cơ sở tại khu tập thể Thanh Nhàn.", "Báo cáo số 03/BC-UBND ngày 08/01/2020")},
			{Org: "HBT-BACHKHOA-UBND"},
			{Org: "HBT-DONGTAM-UBND", Story: closed(d(2020, 1, 6), "Đã hoàn thiện quy chế hoạt động các đội PCCC cơ sở.", "Báo cáo số 02/BC-UBND ngày 06/01/2020")},
		},
	},
}
