package demo

import (
	"strings"

	"tiendo"
)

// Seed 001: the review meeting of 09/8/2022 on Long Biên's model streets
// (115-KH/QU). The conclusion assigns tasks to the wards, to the
// departments and to the Dân vận board; only the last has a deadline ("trong
// quý IV/2022"), the others get the default one.

// seed001 fills the fields every task of the conclusion shares.
func seed001(source, title string, leads ...lead) taskSpec {
	return taskSpec{Doc: "115-KH/QU", Clause: "Kết luận hội nghị giao ban ngày 09/8/2022", Source: source, Title: title,
		By: "LB-QU", Assigner: "Ngô Mạnh Điềm", Category: tiendo.CategoryConclusion, Assigned: d(2022, 8, 9), Leads: leads}
}

// ward001 gives each ward's task the ward's party committee as the
// cooperating unit: the conclusion addresses "Đảng ủy, UBND các phường".
func ward001(s taskSpec) taskSpec {
	leads := make([]lead, len(s.Leads))
	for i, ld := range s.Leads {
		ld.Coop = []string{strings.TrimSuffix(ld.Org, "-UBND") + "-DU"}
		leads[i] = ld
	}
	s.Leads = leads
	return s
}

var seed001Tasks = []taskSpec{
	ward001(seed001("Chủ động thực hiện kế hoạch đề ra, đảm bảo tiến độ, chất lượng công việc.",
		"Chủ động thực hiện kế hoạch xây dựng tuyến phố, chung cư kiểu mẫu, bảo đảm tiến độ, chất lượng công việc",
		lead{Org: "LB-BODE-UBND", At: "tuyến phố Phú Hựu", Story: closed(d(2022, 8, 22), "Tuyến Phú Hựu đã hoàn thành các hạng mục theo kế hoạch.", "Báo cáo số 112/BC-UBND ngày 22/8/2022")},
		lead{Org: "LB-PHUCLOI-UBND", At: "tuyến đường 21m Phúc Lợi", Story: closed(d(2022, 8, 23), "Tuyến 21m Phúc Lợi đã lắp đặt chiếu sáng, trồng cây xanh theo kế hoạch.", "Báo cáo số 98/BC-UBND ngày 23/8/2022")},
		lead{Org: "LB-NGOCLAM-UBND", Story: closed(d(2022, 9, 5), "Đã hoàn thành chỉnh trang tuyến phố kiểu mẫu của phường.", "Báo cáo số 76/BC-UBND ngày 05/9/2022")},
		lead{Org: "LB-GIATHUY-UBND", Story: closed(d(2022, 8, 19), "Đã hoàn thành các hạng mục theo kế hoạch.", "Báo cáo số 64/BC-UBND ngày 19/8/2022")})),
	ward001(seed001("Tiếp tục đẩy mạnh công tác tuyên truyền, vận động người dân ủng hộ, đồng thuận xây dựng, duy trì tuyến kiểu mẫu; phát huy vai trò của UBMTTQ, các đoàn thể chính trị - xã hội trong quá trình vận động.",
		"Đẩy mạnh tuyên truyền, vận động người dân ủng hộ xây dựng, duy trì tuyến kiểu mẫu; phát huy vai trò UBMTTQ, các đoàn thể",
		lead{Org: "LB-BODE-UBND", At: "tuyến phố Phú Hựu", Story: closed(d(2022, 8, 30), "Đã tổ chức 6 buổi tuyên truyền tại các tổ dân phố dọc tuyến Phú Hựu.", "Báo cáo số 118/BC-UBND ngày 30/8/2022")},
		lead{Org: "LB-PHUCLOI-UBND", Story: closed(d(2022, 8, 22), "100% hộ dân dọc tuyến đã ký cam kết duy trì tuyến kiểu mẫu.", "Báo cáo số 95/BC-UBND ngày 22/8/2022")},
		lead{Org: "LB-NGOCLAM-UBND", Story: closed(d(2022, 8, 23), "Đã phối hợp Ủy ban MTTQ phường vận động người dân tham gia.", "Báo cáo số 70/BC-UBND ngày 23/8/2022")},
		lead{Org: "LB-GIATHUY-UBND", Story: report(d(2022, 8, 20), 50, "Đang vận động các hộ kinh doanh dọc tuyến ký cam kết.")})),
	ward001(seed001("Tiếp tục huy động lực lượng duy trì thực hiện vệ sinh môi trường, chỉnh trang mặt tiền nhà, trụ sở.",
		"Huy động lực lượng duy trì vệ sinh môi trường, chỉnh trang mặt tiền nhà, trụ sở",
		lead{Org: "LB-BODE-UBND", Place: "tuyến phố Phú Hựu", Story: closed(d(2022, 8, 18), "Duy trì tổng vệ sinh hằng tuần; 42 hộ đã sơn sửa mặt tiền.", "Báo cáo số 108/BC-UBND ngày 18/8/2022")},
		lead{Org: "LB-PHUCLOI-UBND", Place: "tuyến đường 21m Phúc Lợi", Story: closed(d(2022, 8, 23), "Đã chỉnh trang trụ sở, mặt tiền các hộ dọc tuyến.", "Báo cáo số 97/BC-UBND ngày 23/8/2022")},
		lead{Org: "LB-NGOCLAM-UBND", Story: closed(d(2022, 8, 26), "Đã huy động đoàn viên thanh niên tổng vệ sinh các ngõ, ngách.", "Báo cáo số 72/BC-UBND ngày 26/8/2022")},
		lead{Org: "LB-GIATHUY-UBND", Story: seq(
			done(d(2022, 8, 22), "Đã tổ chức ra quân tổng vệ sinh.", "Báo cáo số 66/BC-UBND ngày 22/8/2022"),
			giveBack(d(2022, 8, 24), "Báo cáo chưa có kết quả chỉnh trang mặt tiền nhà, trụ sở; đề nghị bổ sung số liệu."),
			closed(d(2022, 8, 31), "Bổ sung: 27 hộ, 3 trụ sở cơ quan đã chỉnh trang mặt tiền.", "Báo cáo số 69/BC-UBND ngày 31/8/2022"))})),
	seed001("Phòng Tài chính Kế hoạch quan tâm bố trí kinh phí khi các đơn vị có đề xuất (theo quy định).",
		"Bố trí kinh phí xây dựng tuyến phố, chung cư kiểu mẫu khi các đơn vị có đề xuất (theo quy định)",
		lead{Org: "LB-TCKH", Story: closed(d(2022, 8, 22), "Đã thẩm định, bố trí kinh phí cho 3 phường có đề xuất.", "Báo cáo số 215/BC-TCKH ngày 22/8/2022")}),
	seed001("Phòng Văn hóa & thông tin nghiên cứu, hướng dẫn việc treo cờ theo đúng quy định.",
		"Nghiên cứu, hướng dẫn việc treo cờ trên các tuyến phố kiểu mẫu theo đúng quy định",
		lead{Org: "LB-VHTT", Story: closed(d(2022, 9, 12), "Đã ban hành hướng dẫn treo cờ Tổ quốc, cờ trang trí trên các tuyến kiểu mẫu.", "Hướng dẫn số 08/HD-VHTT ngày 12/9/2022")}),
	seed001("Trung tâm phát triển quỹ đất nghiên cứu mở rộng đầu tư, cải tạo thêm các tuyến xung quanh trụ sở Quận. Tham mưu phương án chiếu sáng phù hợp trên toàn Quận.",
		"Nghiên cứu mở rộng đầu tư, cải tạo thêm các tuyến quanh trụ sở Quận; tham mưu phương án chiếu sáng phù hợp trên toàn Quận",
		lead{Org: "LB-TTPTQD", Story: seq(
			ask(d(2022, 8, 19), d(2022, 10, 31), "Cần khảo sát hiện trạng hạ tầng 6 tuyến đường và lấy ý kiến đơn vị quản lý chiếu sáng."),
			refuse(d(2022, 8, 22), "Báo cáo kết quả khảo sát bước đầu trước; gia hạn sẽ xem xét sau khi có phương án sơ bộ."),
			review(d(2022, 10, 15), 50, "Đã khảo sát 4/6 tuyến quanh trụ sở Quận.",
				"Chưa thống nhất được nguồn vốn cải tạo hệ thống chiếu sáng.",
				"Đề nghị Phòng Tài chính – Kế hoạch cân đối vốn năm 2023."))}),
	seed001("Công an Quận chỉ đạo công an các phường quyết liệt trong xử lý các vi phạm về trật tự đô thị.",
		"Chỉ đạo công an các phường quyết liệt xử lý vi phạm trật tự đô thị trên các tuyến kiểu mẫu",
		lead{Org: "LB-CA", Story: closed(d(2022, 8, 22), "Đã chỉ đạo công an 14 phường ra quân; xử lý 63 trường hợp vi phạm.", "Báo cáo số 402/BC-CAQ ngày 22/8/2022")}),
	{Doc: "115-KH/QU", Clause: "Kết luận hội nghị giao ban ngày 09/8/2022",
		Source: "Phòng Quản lý đô thị phối hợp với Ban Dân vận Quận ủy theo dõi việc thực hiện các tuyến phố, chung cư kiểu mẫu.",
		Title:  "Theo dõi việc thực hiện các tuyến phố, chung cư kiểu mẫu", By: "LB-QU", Assigner: "Ngô Mạnh Điềm",
		Coop: []string{"LB-BDV"}, Category: tiendo.CategoryConclusion, Assigned: d(2022, 8, 9),
		Leads: []lead{{Org: "LB-QLDT", Story: closed(d(2022, 8, 23), "Đã lập sổ theo dõi 10 tuyến kiểu mẫu, báo cáo định kỳ.", "Báo cáo số 188/BC-QLĐT ngày 23/8/2022")}}},
	seed001("Tiếp thu kiến nghị của các đơn vị, tham mưu văn bản điều chỉnh, bổ sung các tuyến kiểu mẫu.",
		"Tiếp thu kiến nghị của các đơn vị, tham mưu văn bản điều chỉnh, bổ sung các tuyến kiểu mẫu",
		lead{Org: "LB-BDV", Story: closed(d(2022, 8, 19), "Đã tham mưu văn bản bổ sung 5 tuyến kiểu mẫu.", "Tờ trình số 21-TTr/BDVQU ngày 19/8/2022")}),
	seed001("Chủ động đánh giá các mô hình Dân vận khéo năm 2022, đề xuất khen thưởng, kịp thời lan tỏa, nhân rộng điển hình.",
		"Đánh giá các mô hình Dân vận khéo năm 2022, đề xuất khen thưởng, lan tỏa, nhân rộng điển hình",
		lead{Org: "LB-BDV", Story: closed(d(2022, 9, 15), "Đã đánh giá 24 mô hình; đề xuất khen thưởng 8 tập thể, 12 cá nhân.", "Báo cáo số 45-BC/BDVQU ngày 15/9/2022")}),
	{Doc: "115-KH/QU", Clause: "Kết luận hội nghị giao ban ngày 09/8/2022",
		Source: "Lựa chọn một tuyến phố, chung cư kiểu mẫu tổ chức tọa đàm nhân rộng trên toàn Quận trong quý IV/2022.",
		Title:  "Lựa chọn một tuyến phố, chung cư kiểu mẫu tổ chức tọa đàm nhân rộng trên toàn Quận",
		Output: "Tọa đàm", By: "LB-QU", Assigner: "Ngô Mạnh Điềm", Category: tiendo.CategoryConclusion,
		Deadline: "trong quý IV/2022", Assigned: d(2022, 8, 9),
		Leads: []lead{{Org: "LB-BDV", Story: seq(
			report(d(2022, 10, 20), 40, "Đã chọn tuyến Phú Hựu, phường Bồ Đề làm điểm tọa đàm."),
			closed(d(2022, 12, 20), "Đã tổ chức tọa đàm tại tuyến Phú Hựu với 120 đại biểu.", "Báo cáo số 61-BC/BDVQU ngày 20/12/2022"))}}},
}
