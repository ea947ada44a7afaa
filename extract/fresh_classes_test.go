package extract

import (
	"testing"

	"tiendo/vn"
)

// TestFreshClasses holds the classes found on h-nat's fresh batch (the
// fifth collection's second unseen batch, issue 14) and the tuning half:
// each rule is about how directive texts are written, with invented
// variants that differ in wording (verbs, units, date forms, punctuation)
// and the corpus sentence it was found in (named in the class). Leads are
// compared exactly. The document date is 10/3/2024.
func TestFreshClasses(t *testing.T) {
	cases := []struct {
		class, text string
		tasks       []GoldTask
	}{
		// F1: a time written between the hand-over verb and the addressees,
		// with no comma, dates the work (a list's items too) and is not part
		// of the lead.
		{"F1 month before a list lead-in",
			"Chủ tịch UBND xã yêu cầu tháng 4/2024 Công an xã, Ban Chỉ huy Quân sự xã tập trung thực hiện các nội dung sau:\n\n1. Tuần tra bảo vệ các chốt cửa rừng.",
			[]GoldTask{gt("Công an xã, Ban Chỉ huy Quân sự xã", "Tuần tra bảo vệ các chốt cửa rừng", "period", "2024-04-30")}},
		{"F1 'trong quý' before one addressee",
			"Sở Y tế đề nghị trong quý II/2024 các trung tâm y tế rà soát danh mục thuốc thiết yếu.",
			[]GoldTask{gt("các trung tâm y tế", "rà soát danh mục thuốc thiết yếu", "period", "2024-06-30")}},
		{"F1 'trước ngày' with a day.month",
			"UBND huyện giao trước ngày 30.4 Phòng Tài chính - Kế hoạch tổng hợp nhu cầu vốn của các xã.",
			[]GoldTask{gt("Phòng Tài chính - Kế hoạch", "tổng hợp nhu cầu vốn", "date", "2024-04-30")}},
		{"F1 a comma after the time still works",
			"Ban Thường vụ yêu cầu trong tháng 5, các chi bộ hoàn thành kiểm điểm giữa nhiệm kỳ.",
			[]GoldTask{gt("các chi bộ", "hoàn thành kiểm điểm giữa nhiệm kỳ", "period", "2024-05-31")}},
		{"F1 corpus hanoi-phucloi-hdnd-phuong-giao-ban-thang-11-2018",
			"Kết luận cuộc họp, ông Dương Ngọc Dũng Bí thư Đảng ủy, Chủ tịch HĐND phường đề nghị tháng 12/2018 thường trực HĐND, các ban HĐND phường tập trung thực hiện tốt một số nội dung sau:\n\n- Duy trì trực tiếp công dân theo định kỳ của Thường trực HĐND, đại biểu HĐND.",
			[]GoldTask{gt("thường trực HĐND, các ban HĐND phường", "Duy trì trực tiếp công dân", "continuous", "")}},
		// F2: under a list's announcement, each sentence of an item that
		// opens with what to do is a task of its own; a sentence that only
		// hands the result over stays with the item.
		{"F2 two sentences in a numbered item",
			"UBND phường đề nghị các tổ dân phố thực hiện các nội dung sau:\n\n1. Rà soát hộ gia đình chưa đăng ký tạm trú. Tổ chức họp dân phổ biến quy định về phòng cháy.",
			[]GoldTask{gt("các tổ dân phố", "Rà soát hộ gia đình chưa đăng ký", "none", ""), gt("các tổ dân phố", "Tổ chức họp dân phổ biến", "none", "")}},
		{"F2 a dated second sentence in a bullet",
			"Sở Giáo dục và Đào tạo yêu cầu các trường thực hiện tốt một số việc sau:\n\n- Kiểm tra hệ thống điện trong lớp học. Hoàn thiện hồ sơ kiểm định chất lượng trước ngày 15/5/2024.",
			[]GoldTask{gt("các trường", "Kiểm tra hệ thống điện", "none", ""), gt("các trường", "Hoàn thiện hồ sơ kiểm định", "date", "2024-05-15")}},
		{"F2 a hand-over sentence stays with the item",
			"Ban Chỉ đạo huyện yêu cầu các xã thực hiện nghiêm các nội dung sau:\n\n1. Thống kê người lao động trở về từ nước ngoài. Báo cáo ngay cho Ban Chỉ đạo huyện các trường hợp nghi nhiễm.",
			[]GoldTask{gt("các xã", "Thống kê người lao động trở về", "none", "")}},
		{"F2 corpus hanoi-phucloi-hdnd-phuong-giao-ban-thang-11-2018",
			"Kết luận cuộc họp, ông Dương Ngọc Dũng Bí thư Đảng ủy, Chủ tịch HĐND phường đề nghị tháng 12/2018 thường trực HĐND, các ban HĐND phường tập trung thực hiện tốt một số nội dung sau:\n\n- Duy trì trực tiếp công dân theo định kỳ của Thường trực HĐND, đại biểu HĐND. Tập trung cho kỳ họp thứ 7, HĐND phường dự kiến tổ chức vào ngày 26/12/2018, đặc biệt quan tâm làm tốt việc chuẩn bị dự thảo.",
			[]GoldTask{gt("thường trực HĐND, các ban HĐND phường", "Duy trì trực tiếp công dân", "continuous", ""),
				gt("thường trực HĐND, các ban HĐND phường", "Tập trung cho kỳ họp thứ 7", "date", "2018-12-26")}},
		// F3: a proposal that a superior hand work over ("kiến nghị/đề
		// xuất X chỉ đạo/giao Y …") is nobody's task yet; a hand-over
		// the superior itself makes still is.
		{"F3 'đề xuất … giao' is a proposal",
			"Sở Tài chính đề xuất UBND tỉnh giao các huyện rà soát tài sản công dôi dư sau sắp xếp.",
			nil},
		{"F3 'kiến nghị … yêu cầu' with a comma",
			"Thanh tra huyện kiến nghị Chủ tịch UBND huyện, yêu cầu Phòng Tài nguyên và Môi trường thu hồi đất sử dụng sai mục đích.",
			nil},
		{"F3 a proposal beside a real hand-over",
			"Công an tỉnh kiến nghị Bộ Công an chỉ đạo các đơn vị nghiệp vụ hỗ trợ điều tra. UBND tỉnh giao Sở Tư pháp rà soát các quy định liên quan.",
			[]GoldTask{gt("Sở Tư pháp", "UBND tỉnh giao Sở Tư pháp rà soát", "none", "")}},
		{"F3 a proposal named as a noun before a real hand-over",
			"Theo đề xuất của Sở Nội vụ, UBND tỉnh giao Sở Tài chính bố trí kinh phí cho các xã. Trên cơ sở kiến nghị của Thanh tra tỉnh, Chủ tịch UBND tỉnh yêu cầu UBND huyện Tân Lạc thu hồi đất.",
			[]GoldTask{gt("Sở Tài chính", "giao Sở Tài chính bố trí kinh phí", "none", ""), gt("UBND huyện Tân Lạc", "yêu cầu UBND huyện Tân Lạc thu hồi đất", "none", "")}},
		{"F3 corpus baclieu-daidoanket-kien-nghi-xu-ly-nha-thau-de-dong-2022",
			"Sở NN&PTNT Bạc Liêu vừa có báo cáo số 265/BC-SNN ngày 14/6, kiến nghị UBND tỉnh, chỉ đạo chủ đầu tư xử lý nhà thầu thi công ì ạch, có dấu hiệu sai thiết kế các công trình cống ngăn triều tuyến đê Đông.",
			nil},
		// F4: carrying out work named only as given elsewhere ("các
		// nhiệm vụ được giao", "chỉ đạo của Trung ương và của tỉnh")
		// restates duties; work named by what it is stays a task.
		{"F4 'nhiệm vụ được giao' after 'quyết liệt'",
			"Bí thư Đảng ủy xã yêu cầu các chi bộ tập trung triển khai quyết liệt các nhiệm vụ được giao.",
			nil},
		{"F4 'chức năng, nhiệm vụ được phân công' with another verb",
			"Giám đốc Sở đề nghị các phòng, đơn vị thực hiện tốt chức năng, nhiệm vụ được phân công.",
			nil},
		{"F4 'chỉ đạo của Tỉnh ủy'",
			"UBND huyện yêu cầu các xã, thị trấn nghiêm túc thực hiện chỉ đạo của Tỉnh ủy. Phòng Nội vụ rà soát biên chế các xã.",
			[]GoldTask{gt("Phòng Nội vụ", "Phòng Nội vụ rà soát biên chế", "none", "")}},
		{"F4 named work is still a task",
			"Chủ tịch UBND tỉnh yêu cầu các sở, ngành triển khai quyết liệt các nhiệm vụ phòng, chống thiên tai.",
			[]GoldTask{gt("các sở, ngành", "triển khai quyết liệt các nhiệm vụ phòng, chống thiên tai", "none", "")}},
		{"F4 corpus bacninh-sap-xep-tru-so-cap-xa-truoc-10-6",
			"Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn yêu cầu các sở, ngành, địa phương triển khai nghiêm túc chỉ đạo của Trung ương và của tỉnh.",
			nil},
		{"F4 corpus tuyenquang-thangtin-ky-hop-chuyen-de-hdnd-xa",
			"Phát biểu bế mạc kỳ họp, lãnh đạo HĐND xã đề nghị UBND xã, các ngành, đoàn thể tập trung triển khai quyết liệt các nhiệm vụ được giao; đồng thời kêu gọi sự đồng thuận, tham gia tích cực của nhân dân trong việc thực hiện các mục tiêu phát triển của địa phương.",
			nil},
		// F5: a target given in the passive ("X được giao chỉ tiêu …") is
		// X's task, as "X được giao chủ trì …" is; told as past it is not.
		{"F5 a conscription target with a year",
			"Năm 2024, huyện Tân Phú được giao chỉ tiêu tuyển quân 120 thanh niên.",
			[]GoldTask{gt("huyện Tân Phú", "huyện Tân Phú được giao chỉ tiêu tuyển quân", "period", "2024-12-31")}},
		{"F5 an enrolment target, plural subject",
			"Các trường trung học phổ thông được giao chỉ tiêu tuyển sinh lớp 10 theo Quyết định của UBND tỉnh.",
			[]GoldTask{gt("Các trường trung học phổ thông", "được giao chỉ tiêu tuyển sinh", "none", "")}},
		{"F5 a health target with a quarter",
			"Trung tâm Y tế huyện được giao chỉ tiêu tiêm chủng đầy đủ cho 95% trẻ em dưới 1 tuổi trong quý II/2024.",
			[]GoldTask{gt("Trung tâm Y tế huyện", "được giao chỉ tiêu tiêm chủng", "period", "2024-06-30")}},
		{"F5 a target given in the past is reported",
			"Năm 2023, huyện đã được giao chỉ tiêu trồng 200 ha rừng và đã hoàn thành.",
			nil},
		{"F5 corpus kontum-tv-tp-kon-tum-cay-an-qua-mac-ca-2022",
			"(kontumtv.vn) – Trong năm 2022, thành phố Kon Tum được giao chỉ tiêu phát triển 350ha cây ăn quả và 60ha cây mắc ca.",
			[]GoldTask{gt("thành phố Kon Tum", "thành phố Kon Tum được giao chỉ tiêu phát triển", "period", "2022-12-31")}},
		// F6: "Xác định X là nhiệm vụ trọng tâm" names a priority, not
		// work; the action written after ";" in the same sentence is the
		// task, with the lead of the request it continues.
		{"F6 priority then work after ';'",
			"UBND tỉnh yêu cầu các huyện đẩy mạnh giải ngân vốn đầu tư công. Xác định giải phóng mặt bằng là khâu then chốt; hoàn thành bàn giao mặt bằng dự án đường ven biển trong quý II/2024.",
			[]GoldTask{gt("các huyện", "đẩy mạnh giải ngân", "none", ""), gt("các huyện", "hoàn thành bàn giao mặt bằng", "period", "2024-06-30")}},
		{"F6 another priority word and a clause of attitude between",
			"Chủ tịch UBND huyện yêu cầu Phòng Giáo dục và Đào tạo rà soát đội ngũ giáo viên. Xác định chuyển đổi số là một trong những nhiệm vụ quan trọng; lấy hiệu quả làm thước đo; triển khai phần mềm quản lý hồ sơ học sinh trước ngày 30/6/2024.",
			[]GoldTask{gt("Phòng Giáo dục và Đào tạo", "rà soát đội ngũ giáo viên", "none", ""), gt("Phòng Giáo dục và Đào tạo", "triển khai phần mềm quản lý hồ sơ", "date", "2024-06-30")}},
		{"F6 a priority alone is no task",
			"Đề nghị các xã tăng cường tuần tra bảo vệ rừng. Xác định phòng cháy chữa cháy rừng là nhiệm vụ trọng tâm, xuyên suốt.",
			[]GoldTask{gt("các xã", "tăng cường tuần tra bảo vệ rừng", "none", "")}},
		{"F6 corpus hagiang-tb-220-vpcp-thu-tuong-lam-viec-2023",
			"Theo đó, Thủ tướng yêu cầu lãnh đạo tỉnh Hà Giang chú trọng đầu tư phát triển kết cấu hạ tầng kinh tế - xã hội.\n\nXác định công tác quy hoạch là nhiệm vụ trọng tâm, trọng điểm; quy hoạch phải đi trước một bước, phải có tư duy đổi mới, tầm nhìn dài hạn; hoàn thành công tác lập, trình phê duyệt Quy hoạch tỉnh Hà Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 trong Quý III năm 2023.",
			[]GoldTask{gt("lãnh đạo tỉnh Hà Giang", "chú trọng đầu tư phát triển", "none", ""), gt("lãnh đạo tỉnh Hà Giang", "hoàn thành công tác lập, trình phê duyệt", "period", "2023-09-30")}},
		// F7: a headline (a short line with no closing punctuation before
		// more text) opens another item: it does not go on with the work
		// handed over in the item before; a last line that lost its full
		// stop still does.
		{"F7 next item's headline on a tag page",
			"Tỉnh chỉ đạo làm đường tránh lũ\n\nUBND tỉnh vừa giao Sở Xây dựng rà soát các tuyến đường tránh lũ.\n\nKhởi công cầu Bến Đá vào quý III\n\nTheo chủ đầu tư, dự án đã hoàn tất thủ tục.",
			[]GoldTask{gt("Sở Xây dựng", "giao Sở Xây dựng rà soát", "none", "")}},
		{"F7 a headline opening with 'Tăng cường'",
			"Sở Y tế đề nghị các bệnh viện bảo đảm thuốc, vật tư trong dịp Tết.\n\nTăng cường kiểm tra an toàn thực phẩm dịp cuối năm\n\nĐoàn liên ngành đã kiểm tra 40 cơ sở.",
			[]GoldTask{gt("các bệnh viện", "đề nghị các bệnh viện bảo đảm thuốc", "none", "")}},
		{"F7 a last line without a full stop goes on",
			"Đề nghị Ban Chỉ huy Quân sự huyện chuẩn bị lực lượng ứng trực.\n\nPhối hợp với Trạm Y tế bố trí điểm sơ cứu",
			[]GoldTask{gt("Ban Chỉ huy Quân sự huyện", "chuẩn bị lực lượng ứng trực", "none", ""), gt("Ban Chỉ huy Quân sự huyện", "bố trí điểm sơ cứu", "none", "")}},
		{"F7 corpus binhthuan-thuonggiao-tag-ubnd-muoi-san-bay-2021",
			"UBND tỉnh Bình Thuận vừa chỉ đạo Sở Nông nghiệp và Phát triển Nông thôn phối hợp các đơn vị liên quan triển khai kế hoạch sản xuất muối niên vụ 2021 một cách hiệu quả.\n\nSẽ thi công sân bay Phan Thiết trong cuối tháng 3/2021\n\nTheo thượng tướng Trần Đơn Thứ trưởng Bộ Quốc phòng, thủ tục đầu tư phần quân sự tại dự án Cảng hàng không Phan Thiết đến nay cơ bản hoàn chỉnh.",
			[]GoldTask{gt("Sở Nông nghiệp và Phát triển Nông thôn", "vừa chỉ đạo Sở Nông nghiệp", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			res := Extract(c.text, vn.NewDate(2024, 3, 10))
			if len(res.Tasks) != len(c.tasks) {
				t.Fatalf("%d tasks, want %d: %+v", len(res.Tasks), len(c.tasks), res.Tasks)
			}
			for i, g := range c.tasks {
				if res.Tasks[i].Lead != g.Lead {
					t.Errorf("lead %q, want %q", res.Tasks[i].Lead, g.Lead)
				}
			}
			checkClass(t, c.text, vn.NewDate(2024, 3, 10), c.tasks)
		})
	}
}
