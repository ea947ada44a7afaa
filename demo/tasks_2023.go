package demo

import (
	"tiendo"
	"tiendo/vn"
)

// Seed 002: the People's Committee's meeting of 03/4/2023. The Chair asks
// the units to learn from 2022's shortcomings and to focus on four groups
// of issues; no deadline is given, so the default applies. The monthly
// duty of the same conclusion is played by the successor ward's recurring
// series (tasks_recent.go): a 2023 series would need an instance a month
// until today, long after the district ended.
var seed002Tasks = []taskSpec{
	{
		Clause: "Kết luận phiên họp thành viên UBND quận tháng 3/2023",
		Source: "yêu cầu các cơ quan, đơn vị nghiêm túc nhìn nhận, đánh giá, rút kinh nghiệm và có phương hướng khắc phục các tồn tại, hạn chế đã được chỉ ra của năm 2022 và 3 tháng đầu năm 2023 đối với một số nhiệm vụ liên quan đến công tác cải cách hành chính, giải quyết đơn thư, khiếu nại, tố cáo, công tác quản lý nhà nước trên các lĩnh vực kinh tế, đô thị, văn hóa - xã hội",
		Title:  "Nhìn nhận, đánh giá, rút kinh nghiệm và đề ra phương hướng khắc phục các tồn tại, hạn chế năm 2022 và 3 tháng đầu năm 2023",
		Output: "Báo cáo giải pháp khắc phục", By: "HBT-UBND", Assigner: "Nguyễn Quang Trung",
		Category: tiendo.CategoryConclusion, Assigned: d(2023, 4, 3),
		Leads: []lead{
			{Org: "HBT-NV", Story: closed(d(2023, 4, 14), "Đã báo cáo giải pháp khắc phục hạn chế trong công tác cải cách hành chính.", "Báo cáo số 76/BC-NV ngày 14/4/2023")},
			{Org: "HBT-TTRA", Story: closed(d(2023, 5, 5), "Đã rà soát 38 đơn thư tồn đọng, đề xuất giải pháp giải quyết dứt điểm.", "Báo cáo số 21/BC-TTr ngày 05/5/2023")},
			{Org: "HBT-QLDT", Story: seq(
				done(d(2023, 4, 12), "Đã báo cáo tồn tại trong quản lý trật tự xây dựng.", "Báo cáo số 91/BC-QLĐT ngày 12/4/2023"),
				giveBack(d(2023, 4, 13), "Chưa nêu rõ số vụ vi phạm trật tự xây dựng tồn đọng và lộ trình xử lý."),
				closed(d(2023, 4, 17), "Bổ sung: 14 vụ vi phạm trật tự xây dựng tồn đọng, lộ trình xử lý đến hết quý III/2023.", "Báo cáo số 95/BC-QLĐT ngày 17/4/2023"))},
			{Org: "HBT-TCKH", Story: seq(report(d(2023, 4, 14), 50, "Đã tổng hợp tình hình giải ngân vốn đầu tư công quý I."),
				closed(d(2023, 4, 28), "Đã báo cáo giải pháp đẩy nhanh giải ngân vốn đầu tư công.", "Báo cáo số 88/BC-TCKH ngày 28/4/2023"))},
		},
	},
	{
		Clause: "Kết luận phiên họp thành viên UBND quận tháng 3/2023",
		Source: "triển khai các nhiệm vụ trong thời gian tới tập trung vào 04 nhóm vấn đề: Đầu tư xây dựng, trật tự xây dựng, quản lý đô thị, cải cách hành chính, đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong chỉ đạo, điều hành",
		Title:  "Triển khai nhiệm vụ thời gian tới tập trung vào 04 nhóm vấn đề: đầu tư xây dựng, trật tự xây dựng, quản lý đô thị, cải cách hành chính và chuyển đổi số",
		By:     "HBT-UBND", Assigner: "Nguyễn Quang Trung", Category: tiendo.CategoryConclusion, Assigned: d(2023, 4, 3),
		Leads: []lead{
			{Org: "HBT-BQLDA", Story: seq(
				ask(d(2023, 4, 14), d(2023, 6, 30), "Vướng mắc giải phóng mặt bằng tại dự án cải tạo trường học; cần thêm thời gian hoàn thiện thủ tục."),
				grant(d(2023, 4, 17), vn.Date{}, "Đồng ý gia hạn đến ngày 30/6/2023."),
				review(d(2023, 6, 15), 60, "Giải ngân đạt 41% kế hoạch vốn được giao.", "Một số dự án vướng mắc mặt bằng.",
					"Đề nghị Trung tâm Phát triển quỹ đất đẩy nhanh bàn giao mặt bằng."),
				closed(d(2023, 7, 20), "Giải ngân đạt 58% kế hoạch vốn; hoàn thành bàn giao mặt bằng 2 dự án.", "Báo cáo số 142/BC-BQLDA ngày 20/7/2023"))},
			{Org: "HBT-NV", Story: closed(d(2023, 4, 17), "Đã triển khai kế hoạch chuyển đổi số, ứng dụng công nghệ thông tin trong chỉ đạo, điều hành năm 2023.", "Báo cáo số 80/BC-NV ngày 17/4/2023")},
			{Org: "HBT-QLDT", Story: seq(
				review(d(2023, 4, 28), 40, "Đã lập kế hoạch kiểm tra trật tự xây dựng theo từng phường.",
					"Lực lượng kiểm tra mỏng; một số công trình vi phạm kéo dài.", "Đề nghị Công an quận phối hợp cưỡng chế."),
				report(d(2023, 9, 29), 65, "Đã xử lý 9/14 vụ vi phạm trật tự xây dựng tồn đọng."))},
		},
	},
}

// Seed 000: the BCĐ 197 review meeting of 26/4/2023 (72/KH-BCĐ). The three
// tasks of its closing paragraph; the wards' teams get one task each.
var seed000Tasks = []taskSpec{
	{
		Doc: "72/KH-BCĐ", Clause: "Kết luận hội nghị giao ban BCĐ 197 quận ngày 26/4/2023",
		Source: "BCĐ 197 quận sẽ nghiên cứu, nhân rộng các mô hình, cách làm hay, sáng tạo có hiệu quả trong công tác kiểm tra, xử lý có tác dụng làm thay đổi nhận thức người dân trong việc đảm bảo trật tự giao thông, đô thị, công cộng",
		Title:  "Nghiên cứu, nhân rộng các mô hình, cách làm hay, sáng tạo trong kiểm tra, xử lý vi phạm trật tự giao thông, đô thị, công cộng",
		By:     "HBT-BCD197", Assigner: "Nguyễn Mạnh Hùng", Category: tiendo.CategoryConclusion, Assigned: d(2023, 4, 26),
		Leads: []lead{{Org: "HBT-BCD197", Story: seq(
			report(d(2023, 5, 31), 70, "Đã tổng hợp 9 mô hình, cách làm hay của các phường."),
			closed(d(2023, 6, 15), "Đã nhân rộng mô hình “tuyến phố văn minh đô thị” ra 6 phường.", "Báo cáo số 35/BC-BCĐ ngày 15/6/2023"))}},
	},
	{
		Doc: "72/KH-BCĐ", Clause: "Kết luận hội nghị giao ban BCĐ 197 quận ngày 26/4/2023",
		Source: "Các tổ tuyên truyền, kiểm tra của BCĐ 197 các phường chủ động phối hợp các lực lượng chức năng của BCĐ 197 quận làm điểm tại các tuyến phố văn minh đô thị, trực tiếp đi từng tuyến phố hướng dẫn các cơ sở kinh doanh, các hộ dân việc sắp xếp phương tiện, bố trí lối đi dành cho người đi bộ",
		Title:  "Làm điểm tại các tuyến phố văn minh đô thị; đi từng tuyến phố hướng dẫn cơ sở kinh doanh, hộ dân sắp xếp phương tiện, bố trí lối đi cho người đi bộ",
		By:     "HBT-BCD197", Assigner: "Nguyễn Mạnh Hùng", Coop: []string{"HBT-CA", "HBT-QLDT"},
		Category: tiendo.CategoryConclusion, Assigned: d(2023, 4, 26),
		Leads: []lead{
			{Org: "HBT-PHOHUE-BCD197", Place: "phố Huế", Story: seq(
				report(d(2023, 5, 5), 50, "Đã hướng dẫn 120 hộ kinh doanh trên phố Huế sắp xếp phương tiện."),
				closed(d(2023, 5, 9), "Hoàn thành làm điểm tuyến phố Huế; bố trí lối đi cho người đi bộ trên toàn tuyến.", "Báo cáo số 18/BC-BCĐ ngày 09/5/2023"))},
			{Org: "HBT-LEDAIHANH-BCD197", Place: "phố Bà Triệu", Story: closed(d(2023, 5, 25), "Đã làm điểm đoạn phố Bà Triệu thuộc địa bàn phường.", "Báo cáo số 12/BC-BCĐ ngày 25/5/2023")},
			{Org: "HBT-TRUONGDINH-BCD197", Place: "phố Trương Định", Story: review(d(2023, 5, 8), 60,
				"Đã hướng dẫn 85 hộ kinh doanh dọc tuyến.", "Nhiều hộ tái lấn chiếm vỉa hè sau khi kiểm tra.",
				"Đề nghị Công an quận tăng cường xử lý.")},
		},
	},
	{
		Doc: "72/KH-BCĐ", Clause: "Kết luận hội nghị giao ban BCĐ 197 quận ngày 26/4/2023",
		Source: "Tập trung, ưu tiên giải quyết vi phạm về trật tự giao thông, đô thị, công cộng, vệ sinh môi trường trên các tuyến phố điểm BCĐ 197 quận đã đăng ký với BCĐ 197 Thành phố: Bà Triệu; Giải Phóng - Lê Duẩn; Phố Huế, Đại Cồ Việt - Trần Khát Chân; Đại La - Minh Khai - Vành Đai 2.",
		Title:  "Tập trung, ưu tiên giải quyết vi phạm trật tự giao thông, đô thị, công cộng, vệ sinh môi trường trên các tuyến phố điểm đã đăng ký với BCĐ 197 Thành phố",
		By:     "HBT-BCD197", Assigner: "Nguyễn Mạnh Hùng", Category: tiendo.CategoryConclusion, Urgent: true, Assigned: d(2023, 4, 26),
		Place: "Bà Triệu; Giải Phóng – Lê Duẩn; Phố Huế, Đại Cồ Việt – Trần Khát Chân; Đại La – Minh Khai – Vành đai 2",
		Leads: []lead{{Org: "HBT-BCD197", Story: seq(
			ask(d(2023, 5, 8), d(2023, 12, 31), "Khối lượng vi phạm lớn trên 4 tuyến phố điểm, cần triển khai theo từng đợt."),
			grant(d(2023, 5, 10), d(2023, 9, 30), "Gia hạn đến ngày 30/9/2023; báo cáo kết quả hằng tháng."),
			report(d(2023, 5, 31), 30, "Đã ra quân đợt 1 trên tuyến Bà Triệu và Phố Huế."),
			report(d(2023, 7, 31), 70, "Đã hoàn thành đợt 2 trên tuyến Giải Phóng – Lê Duẩn; xử lý 214 trường hợp vi phạm."),
			doneWithFile(d(2023, 9, 28), "Hoàn thành ra quân trên 4 tuyến phố điểm; duy trì kiểm tra thường xuyên.",
				"Báo cáo số 57/BC-BCĐ ngày 28/9/2023", "bao-cao-57-BC-BCD.txt"),
			confirm(d(2023, 10, 2)))}},
	},
}
