package extract

import (
	"testing"

	"tiendo/vn"
)

// TestIntakeDeadlineClasses holds the classes of deadline writing of issue 14
// item 3 and intake-patterns.md (D1–D…), each with phrasings invented for
// the test rather than copied from the corpus. The document date is
// 10/3/2024 unless the text dates itself.
func TestIntakeDeadlineClasses(t *testing.T) {
	cases := []struct {
		class, text string
		tasks       []GoldTask
	}{
		// D1: the deadline is the next sentence, with no subject of its own.
		{"D1 Thời gian hoàn thành",
			"Giao Phòng Tài chính - Kế hoạch rà soát nguồn vốn sự nghiệp môi trường. Thời gian hoàn thành trước ngày 25/4/2024.",
			[]GoldTask{gt("Phòng Tài chính - Kế hoạch", "rà soát nguồn vốn", "date", "2024-04-25")}},
		{"D1 Thời hạn:",
			"Đề nghị Trung tâm Y tế huyện kiểm tra các bếp ăn tập thể. Thời hạn: ngày 30/5/2024.",
			[]GoldTask{gt("Trung tâm Y tế huyện", "kiểm tra các bếp ăn tập thể", "date", "2024-05-30")}},
		{"D1 Xong trước",
			"UBND xã yêu cầu Ban Quản lý chợ sắp xếp lại các quầy hàng. Xong trước 15/4.",
			[]GoldTask{gt("Ban Quản lý chợ", "sắp xếp lại các quầy hàng", "date", "2024-04-15")}},
		{"D1 Hạn chót nộp",
			"Các trường học gửi danh sách học sinh đạt giải về Phòng Giáo dục. Hạn chót nộp là ngày 20 tháng 3 năm 2024.",
			[]GoldTask{gt("Các trường học", "gửi danh sách học sinh đạt giải", "date", "2024-03-20")}},
		{"D1 the next line, with an hour and a weekday",
			"Hội Cựu chiến binh xã tổ chức gặp mặt hội viên nhân dịp kỷ niệm ngày thành lập.\nThời gian: 8h00 ngày 6/12/2024 (Thứ Sáu).",
			[]GoldTask{gt("Hội Cựu chiến binh xã", "tổ chức gặp mặt hội viên", "date", "2024-12-06")}},
		{"D1 any order of time words: Thời gian thực hiện hoàn thành",
			"Chủ tịch UBND huyện giao UBND các xã rà soát, sửa chữa các trụ sở làm việc.\n\nThời gian thực hiện hoàn thành trước ngày 1-7-2024.",
			[]GoldTask{gt("UBND các xã", "rà soát, sửa chữa các trụ sở", "date", "2024-07-01")}},
		{"D1 Thời hạn naming the work, with no colon",
			"Đề nghị Phòng Nội vụ rà soát biên chế các trường học. Thời hạn gửi kết quả về UBND huyện trước ngày 12/4/2024.",
			[]GoldTask{gt("Phòng Nội vụ", "rà soát biên chế", "date", "2024-04-12")}},
		{"D1 the due time of the report on the whole directive dates each item",
			"Bộ trưởng yêu cầu UBND tỉnh Cà Mau kiểm tra việc giao đất rừng ven biển.\n\nĐồng thời, xử lý nghiêm các tổ chức, cá nhân vi phạm. Thời hạn báo cáo Bộ được ấn định trước 15.4.2024.",
			[]GoldTask{gt("UBND tỉnh Cà Mau", "kiểm tra việc giao đất", "date", "2024-04-15"),
				gt("UBND tỉnh Cà Mau", "xử lý nghiêm các tổ chức", "date", "2024-04-15")}},
		{"D1 the report's due time does not reach another body's work before",
			"Giao Sở Tài chính thẩm định dự toán của các dự án. Đề nghị Sở Xây dựng kiểm tra chất lượng công trình trường học. Thời hạn báo cáo UBND tỉnh trước ngày 20/4/2024.",
			[]GoldTask{gt("Sở Tài chính", "thẩm định dự toán", "none", ""),
				gt("Sở Xây dựng", "kiểm tra chất lượng công trình", "date", "2024-04-20")}},
		{"D-campaign seeing to the campaign's work ends when it is due",
			"UBND phường đề nghị các tổ dân phố, trường học ra quân dọn vệ sinh đường phố đến hết ngày 24/3/2024.\n\nGiao Công an phường, Đoàn Thanh niên kiểm tra, đôn đốc việc dọn vệ sinh tại các tuyến phố chính.",
			[]GoldTask{gt("các tổ dân phố, trường học", "ra quân dọn vệ sinh", "date", "2024-03-24"),
				gt("Công an phường, Đoàn Thanh niên", "kiểm tra, đôn đốc việc dọn vệ sinh", "date", "2024-03-24")}},
		{"D-campaign seeing to other work takes no date from it",
			"UBND phường đề nghị các tổ dân phố, trường học ra quân dọn vệ sinh đường phố đến hết ngày 24/3/2024.\n\nGiao Công an phường kiểm tra việc lấn chiếm vỉa hè, lòng đường.",
			[]GoldTask{gt("các tổ dân phố, trường học", "ra quân dọn vệ sinh", "date", "2024-03-24"),
				gt("Công an phường", "kiểm tra việc lấn chiếm", "none", "")}},
		{"D-campaign seeing to it after a sentence with no task, with có trách nhiệm",
			"Tin tức\n\nUBND huyện đề nghị các cơ quan, trường học treo cờ Tổ quốc từ ngày 25/3/2024 đến hết ngày 30/3/2024. Đây là dịp giáo dục truyền thống cho thế hệ trẻ.\nUBND các xã có trách nhiệm chỉ đạo, kiểm tra việc treo cờ tại khu dân cư.",
			[]GoldTask{gt("các cơ quan, trường học", "treo cờ Tổ quốc", "date", "2024-03-30"),
				gt("UBND các xã", "kiểm tra việc treo cờ", "date", "2024-03-30")}},
		{"D1 Dự kiến hoàn thành xong",
			"Đề nghị Ban Quản lý dự án huyện lập hồ sơ mời thầu gói thầu số 3. Dự kiến hoàn thành xong trong tháng 5/2024.",
			[]GoldTask{gt("Ban Quản lý dự án huyện", "lập hồ sơ mời thầu", "period", "2024-05-31")}},
		{"D1 a next sentence with work of its own is no deadline line",
			"Đề nghị Ban Quản lý dự án huyện lập hồ sơ mời thầu gói thầu số 3. Thời gian tổ chức hội nghị tiếp xúc cử tri trước ngày 20/5/2024.",
			[]GoldTask{gt("Ban Quản lý dự án huyện", "lập hồ sơ mời thầu", "none", "")}},
		{"D1 weekday between the cue and the day",
			"Yêu cầu Phòng Giáo dục và Đào tạo báo cáo số học sinh bỏ học trước thứ Sáu (15/3).",
			[]GoldTask{gt("Phòng Giáo dục và Đào tạo", "báo cáo số học sinh bỏ học", "date", "2024-03-15")}},
		{"D1 the work named as a noun, then only its time",
			"Theo kế hoạch, Ban Thường vụ Huyện ủy sẽ tổ chức học tập Nghị quyết Đại hội cho cán bộ chủ chốt. Việc học tập Nghị quyết ở cấp huyện và cơ sở sẽ hoàn thành trong tháng 12/2024.",
			[]GoldTask{gt("Ban Thường vụ Huyện ủy", "tổ chức học tập Nghị quyết", "period", "2024-12-31")}},
		{"D1 an aside in brackets between the task and the hand-over of its report",
			"Sở Nội vụ đề nghị UBND các xã xây dựng báo cáo sơ kết công tác cải cách hành chính.\n\n(Có đề cương chi tiết gửi kèm)\n\nBáo cáo sơ kết công tác cải cách hành chính gửi về Sở Nội vụ trước ngày 15 tháng 5 năm 2024.",
			[]GoldTask{gt("UBND các xã", "xây dựng báo cáo sơ kết", "date", "2024-05-15")}},
		{"D2 ; hoàn thành, báo cáo … stays with the task",
			"UBND tỉnh giao UBND huyện Yên Sơn kiểm tra, rà soát lại hồ sơ của các hộ dân tái định cư; hoàn thành, báo cáo UBND tỉnh kết quả thực hiện trong tháng 5/2024.",
			[]GoldTask{gt("UBND huyện Yên Sơn", "kiểm tra, rà soát lại hồ sơ", "period", "2024-05-31")}},
		{"D1 từ nay đến tháng …",
			"Chủ tịch UBND huyện yêu cầu các đơn vị quyết tâm trong thời gian từ nay đến tháng 6/2024 xử lý dứt điểm các sai phạm tại chợ trung tâm.",
			[]GoldTask{gt("các đơn vị", "xử lý dứt điểm các sai phạm", "period", "2024-06-30")}},
		{"D1 a labelled time with the work named and a condition after it",
			"UBND huyện yêu cầu Chủ tịch UBND các xã tổ chức tặng quà cho các gia đình chính sách.\n\nThời gian tặng quà phải hoàn thành trong ngày 1-4; trường hợp vì lý do khách quan, người dân được nhận quà chậm nhất không quá ngày 15-4.",
			[]GoldTask{gt("Chủ tịch UBND các xã", "tổ chức tặng quà", "date", "2024-04-01")}},
		{"D1 a lead-in's time dates the paragraphs it announces",
			"Đảng ủy Văn phòng yêu cầu cấp ủy các chi bộ trực thuộc thực hiện tốt một số nội dung tuyên truyền trong tháng 4/2024 như sau:\n\nTập trung tuyên truyền các nội dung theo Hướng dẫn của Ban Tuyên giáo.",
			[]GoldTask{gt("cấp ủy các chi bộ trực thuộc", "Tập trung tuyên truyền các nội dung", "period", "2024-04-30")}},
		{"D13 a fronted time after a cited schedule, shared by the clauses after ;",
			"Theo tiến độ, từ nay đến tháng 9/2024, Huyện đoàn tập trung chỉ đạo đại hội đoàn cấp cơ sở; lấy ý kiến đóng góp vào dự thảo văn kiện; hoàn thiện các văn kiện trình đại hội.",
			[]GoldTask{gt("Huyện đoàn", "tập trung chỉ đạo đại hội đoàn", "period", "2024-09-30"),
				gt("Huyện đoàn", "lấy ý kiến đóng góp", "period", "2024-09-30"), gt("Huyện đoàn", "hoàn thiện các văn kiện", "period", "2024-09-30")}},
		{"D13 a clause with its own time keeps it",
			"Từ nay đến tháng 9/2024, Huyện đoàn tập trung chỉ đạo đại hội đoàn cấp cơ sở; hoàn thiện các văn kiện trước ngày 15/8/2024.",
			[]GoldTask{gt("Huyện đoàn", "tập trung chỉ đạo đại hội đoàn", "period", "2024-09-30"),
				gt("Huyện đoàn", "hoàn thiện các văn kiện", "date", "2024-08-15")}},
		{"D13 a past report after the same frame is no task",
			"Từ đầu năm đến tháng 3/2024, Huyện đoàn đã chỉ đạo 12 đại hội đoàn cấp cơ sở.", nil},
		{"D15 the time written before: trong khoảng thời gian nêu trên",
			"UBND các xã tuyên truyền, vận động nhân dân treo cờ Tổ quốc từ ngày 24/3 đến hết ngày 30/3/2024, đồng thời thông báo đến các cơ quan, đơn vị trên địa bàn treo cờ trong khoảng thời gian nêu trên.",
			[]GoldTask{gt("UBND các xã", "tuyên truyền, vận động nhân dân", "date", "2024-03-30"), gt("UBND các xã", "thông báo đến các cơ quan", "date", "2024-03-30")}},
		{"D15 no time written before, no time",
			"UBND huyện yêu cầu UBND các xã thông báo đến các cơ quan, đơn vị trên địa bàn treo cờ trong khoảng thời gian nêu trên.",
			[]GoldTask{gt("UBND các xã", "thông báo đến các cơ quan", "none", "")}},
		{"D1 a subject-less request to finish and send the result",
			"Giao Sở Kế hoạch và Đầu tư chủ trì tham gia ý kiến vào dự thảo Chỉ thị về phát triển bền vững (Sao gửi Công văn kèm theo). Yêu cầu hoàn thiện gửi ý kiến tham gia về Bộ Kế hoạch và Đầu tư trước ngày 28/3/2024.",
			[]GoldTask{gt("Sở Kế hoạch và Đầu tư", "tham gia ý kiến vào dự thảo", "date", "2024-03-28")}},
		{"D1 a bare next sentence is not a deadline of a result",
			"Năm 2023, Hội Cựu chiến binh xã đã tổ chức gặp mặt hội viên. Thời gian: ngày 6/12/2023.", nil},
		// D2: a deadline clause after ";" belongs to the task before it.
		{"D2 ; hoàn thành trước",
			"Giao Công an huyện phối hợp với Đội Quản lý thị trường kiểm tra các cơ sở kinh doanh pháo; hoàn thành trước ngày 31/3/2024.",
			[]GoldTask{gt("Công an huyện", "kiểm tra các cơ sở kinh doanh pháo", "date", "2024-03-31")}},
		{"D2 ; thời gian hoàn thành",
			"Yêu cầu Phòng Nội vụ rà soát vị trí việc làm của công chức xã; thời gian hoàn thành trong tháng 4/2024.",
			[]GoldTask{gt("Phòng Nội vụ", "rà soát vị trí việc làm", "period", "2024-04-30")}},
		{"D2 ; xong trước, two tasks",
			"Giao Phòng Kinh tế lập danh mục công trình thủy lợi cần sửa chữa; xong trước 30/4/2024; Phòng Tài nguyên và Môi trường kiểm tra các mỏ cát trái phép.",
			[]GoldTask{
				gt("Phòng Kinh tế", "lập danh mục công trình thủy lợi", "date", "2024-04-30"),
				gt("Phòng Tài nguyên và Môi trường", "kiểm tra các mỏ cát", "none", ""),
			}},
		// D3: the date of an event is the deadline of the task to hold it.
		{"D3 vào chiều ngày",
			"Đề nghị Đoàn Thanh niên xã tổ chức lễ ra quân mùa hè tình nguyện vào chiều ngày 2/6/2024 tại sân vận động xã.",
			[]GoldTask{gt("Đoàn Thanh niên xã", "tổ chức lễ ra quân", "date", "2024-06-02")}},
		{"D3 trong ngày",
			"UBND phường yêu cầu các khu phố treo cờ Tổ quốc trong ngày 30/4/2024 và ngày 1/5/2024.",
			[]GoldTask{gt("các khu phố", "treo cờ Tổ quốc", "date", "2024-05-01")}},
		{"D3 an occasion of listed days is dated by the last",
			"Đề nghị Công an huyện bảo đảm an ninh trật tự dịp lễ 30-4, 1-5.",
			[]GoldTask{gt("Công an huyện", "bảo đảm an ninh trật tự", "date", "2024-05-01")}},
		{"D3 an event after Theo kế hoạch,",
			"Theo kế hoạch, Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ X sẽ diễn ra trong hai ngày 24 và 25-4.",
			[]GoldTask{gt("Đảng bộ xã Tân Lập", "Đại hội đại biểu Đảng bộ xã Tân Lập", "date", "2024-04-25")}},
		{"D3 a fronted Theo … that is no schedule opens no event",
			"Theo báo cáo của UBND xã, Đại hội Hội Nông dân xã đã diễn ra thành công ngày 20/2/2024.", nil},
		{"D3 an event named inside a sentence dates the work that readies it",
			"Chủ tịch UBND huyện sẽ chủ trì buổi tiếp công dân định kỳ vào ngày 15/4/2024. UBND huyện giao Văn phòng HĐND và UBND huyện chuẩn bị hạ tầng kỹ thuật tại các điểm cầu.",
			[]GoldTask{gt("Chủ tịch UBND huyện", "chủ trì buổi tiếp công dân", "date", "2024-04-15"), gt("Văn phòng HĐND và UBND huyện", "chuẩn bị hạ tầng kỹ thuật", "date", "2024-04-15")}},
		{"D3 an event in the headline dates the work that names it",
			"Chuẩn bị chu đáo cho lễ khởi công trường học vùng biên vào ngày 9/4/2024\n\nUBND huyện đề nghị các đơn vị liên quan chủ động xử lý các vấn đề phát sinh, bảo đảm lễ khởi công diễn ra an toàn.",
			[]GoldTask{gt("các đơn vị liên quan", "chủ động xử lý các vấn đề phát sinh", "date", "2024-04-09")}},
		{"D3 a headline that opens with a meeting reports it",
			"Hội nghị triển khai kế hoạch số 245/KH-UBND ngày 20/3/2024 của UBND quận\n\nSau khi nghe ý kiến của các đại biểu dự hội nghị, Phó Chủ tịch UBND quận giao các đơn vị xây dựng kế hoạch cụ thể; thực hiện bảo đảm các nội dung mà kế hoạch đề ra.",
			[]GoldTask{gt("các đơn vị", "xây dựng kế hoạch cụ thể", "none", ""), gt("các đơn vị", "thực hiện bảo đảm các nội dung", "none", "")}},
		{"D3 an event held in the past dates nothing",
			"UBND huyện đã tổ chức Hội nghị tổng kết vào ngày 5/3/2024. UBND huyện giao Phòng Nội vụ chuẩn bị hồ sơ khen thưởng.",
			[]GoldTask{gt("Phòng Nội vụ", "chuẩn bị hồ sơ khen thưởng", "none", "")}},
		{"D3 a pilot congress: Đại hội điểm …",
			"Đại hội điểm Đoàn cấp cơ sở sẽ diễn ra từ nay đến 20/4, Đại hội Đoàn cấp huyện trước ngày 30/6.",
			[]GoldTask{gt("Đoàn cấp cơ sở", "Đại hội điểm Đoàn cấp cơ sở", "date", "2024-04-20")}},
		{"D3 dự kiến tổ chức trước ngày",
			"Đại hội Hội Nông dân xã dự kiến tổ chức trước ngày 20/5/2024.",
			[]GoldTask{gt("Hội Nông dân xã", "Đại hội Hội Nông dân xã", "date", "2024-05-20")}},
		// D4: a day and month with no year take the document's year.
		{"D4 day.month, dots",
			"Hà Nội, ngày 02 tháng 4 năm 2024\nĐề nghị các chi bộ hoàn thành kiểm điểm giữa nhiệm kỳ trước ngày 25.4.",
			[]GoldTask{gt("các chi bộ", "hoàn thành kiểm điểm giữa nhiệm kỳ", "date", "2024-04-25")}},
		{"D4 day tháng month",
			"Yêu cầu các trạm y tế báo cáo số ca sốt xuất huyết trước ngày 5 tháng 4.",
			[]GoldTask{gt("các trạm y tế", "báo cáo số ca sốt xuất huyết", "date", "2024-04-05")}},
		// D5: each year of a list, or every year, recurs.
		{"D5 từng năm",
			"Giao Phòng Văn hóa và Thông tin tổ chức hội thi văn nghệ quần chúng trong từng năm 2024, 2025 và 2026.",
			[]GoldTask{gt("Phòng Văn hóa và Thông tin", "tổ chức hội thi văn nghệ", "recurring", "")}},
		{"D5 hằng năm trước ngày",
			"Các xã báo cáo kết quả thực hiện chương trình hằng năm trước ngày 15/12.",
			[]GoldTask{gt("Các xã", "báo cáo kết quả thực hiện chương trình", "recurring", "")}},
		// D6: items inherit the date of the sentence or heading that
		// announces them.
		{"D6 announcing sentence",
			"Để hoàn thành trước ngày 30/4/2024, UBND huyện yêu cầu UBND các xã thực hiện các nội dung sau:\n- Rà soát hộ nghèo phát sinh.\n- Lập danh sách hộ cần hỗ trợ nhà ở.",
			[]GoldTask{
				gt("UBND các xã", "Rà soát hộ nghèo phát sinh", "date", "2024-04-30"),
				gt("UBND các xã", "Lập danh sách hộ cần hỗ trợ nhà ở", "date", "2024-04-30"),
			}},
		{"D6 time heading",
			"Thời gian thực hiện: trong quý II/2024.\n1. Phòng Y tế kiểm tra an toàn thực phẩm tại chợ.\n2. Trạm Y tế các xã tuyên truyền phòng bệnh tay chân miệng.",
			[]GoldTask{
				gt("Phòng Y tế", "kiểm tra an toàn thực phẩm", "period", "2024-06-30"),
				gt("Trạm Y tế các xã", "tuyên truyền phòng bệnh", "period", "2024-06-30"),
			}},
		// D7: a report with its own schedule after ";" is its own task.
		{"D7 ; báo cáo định kỳ hằng quý",
			"Giao Hạt Kiểm lâm thường xuyên tuần tra các khu rừng phòng hộ; báo cáo kết quả định kỳ hằng quý trước ngày 20 tháng cuối quý về UBND huyện.",
			[]GoldTask{
				gt("Hạt Kiểm lâm", "tuần tra các khu rừng phòng hộ", "continuous", ""),
				gt("Hạt Kiểm lâm", "báo cáo kết quả định kỳ hằng quý", "recurring", ""),
			}},
		{"D7 ; báo cáo hằng tuần",
			"Yêu cầu các phường theo dõi chặt chẽ tình hình dịch bệnh; báo cáo nhanh vào thứ Năm hằng tuần.",
			[]GoldTask{
				gt("các phường", "theo dõi chặt chẽ tình hình dịch bệnh", "none", ""),
				gt("các phường", "báo cáo nhanh vào thứ Năm hằng tuần", "recurring", ""),
			}},
		// D8: a period gives its last day.
		{"D8 trong quý", "Giao Ban Quản lý dự án hoàn thiện hồ sơ quyết toán công trình trong quý II/2024.",
			[]GoldTask{gt("Ban Quản lý dự án", "hoàn thiện hồ sơ quyết toán", "period", "2024-06-30")}},
		{"D8 trong tháng, no year", "Đề nghị các trường hoàn thành sửa chữa phòng học trong tháng 8.",
			[]GoldTask{gt("các trường", "hoàn thành sửa chữa phòng học", "period", "2024-08-31")}},
		{"D8 đến hết năm", "Phòng Tư pháp số hóa sổ hộ tịch đến hết năm 2024.",
			[]GoldTask{gt("Phòng Tư pháp", "số hóa sổ hộ tịch", "period", "2024-12-31")}},
		// D10: a limit counted from the document's own date.
		{"D10 trong vòng … kể từ ngày ký",
			"Yêu cầu Phòng Kinh tế kiểm tra, xác minh nội dung phản ánh của công dân, báo cáo UBND huyện trong vòng 15 ngày kể từ ngày ký.",
			[]GoldTask{gt("Phòng Kinh tế", "kiểm tra, xác minh nội dung phản ánh", "date", "2024-03-25")}},
		{"D10 ngày làm việc",
			"Giao Văn phòng UBND tỉnh tổng hợp ý kiến các sở trong thời hạn 5 ngày làm việc kể từ ngày ban hành văn bản này.",
			[]GoldTask{gt("Văn phòng UBND tỉnh", "tổng hợp ý kiến các sở", "date", "2024-03-15")}},
		// D3 (holidays): work for a holiday takes the day written.
		{"D3 trong dịp Lễ",
			"Đề nghị Công an xã bố trí lực lượng trực bảo đảm an ninh trong dịp nghỉ Lễ 30/4/2024.",
			[]GoldTask{gt("Công an xã", "bố trí lực lượng trực", "date", "2024-04-30")}},
		// D9: a daily or weekly duty recurs (DOMAIN §4; vn.RecurDaily).
		{"D9 trước 16 giờ hằng ngày",
			"Yêu cầu UBND các xã tổng hợp số liệu thiệt hại do mưa lũ, báo cáo Ban Chỉ huy trước 16 giờ hằng ngày.",
			[]GoldTask{gt("UBND các xã", "tổng hợp số liệu thiệt hại", "recurring", "")}},
		{"D9 thứ Sáu hằng tuần",
			"Giao Văn phòng HĐND và UBND xã tổng hợp tiến độ giải ngân, báo cáo Chủ tịch vào thứ Sáu hằng tuần.",
			[]GoldTask{gt("Văn phòng HĐND và UBND xã", "tổng hợp tiến độ giải ngân", "recurring", "")}},
		// D11: a time line whose label names the activity ("Thời gian treo
		// cờ:", "Thời gian ra quân:") dates the items under the
		// announcement; a span "từ ngày … đến hết ngày …" ends on its last day.
		{"D11 Thời gian treo cờ: từ … đến hết ngày …",
			"UBND xã thông báo việc treo cờ Tổ quốc như sau:\nThời gian treo cờ: Từ ngày 28/4/2024 đến hết ngày 1/5/2024.\n1. Các cơ quan, đơn vị, trường học trên địa bàn xã thực hiện treo cờ Tổ quốc tại trụ sở.\n2. Ban nhân dân các thôn vận động các hộ gia đình treo cờ.",
			[]GoldTask{
				gt("Các cơ quan, đơn vị, trường học trên địa bàn xã", "thực hiện treo cờ Tổ quốc", "date", "2024-05-01"),
				gt("Ban nhân dân các thôn", "vận động các hộ gia đình treo cờ", "date", "2024-05-01"),
			}},
		{"D11 Thời gian ra quân: a single day",
			"UBND phường tổ chức ra quân tổng vệ sinh như sau:\nThời gian ra quân: sáng ngày 24/3/2024.\n- Các tổ dân phố huy động nhân dân khơi thông cống rãnh.",
			[]GoldTask{gt("Các tổ dân phố", "khơi thông cống rãnh", "date", "2024-03-24")}},
		{"D11 a label with more than a time is not a time line",
			"UBND xã thông báo như sau:\nThời gian qua, các thôn đã treo cờ đến hết ngày 1/5/2024.\n- Các thôn tổng hợp kết quả.",
			[]GoldTask{gt("Các thôn", "tổng hợp kết quả", "none", "")}},
		// D12: the cut-off of the data a report covers ("tính đến ngày",
		// "từ đầu năm học đến ngày") is not its deadline; the hand-over
		// of the same report a sentence later is.
		{"D12 từ đầu năm học đến ngày, then Trước ngày … phải báo cáo",
			"Sở đề nghị các trường báo cáo tình hình sĩ số học sinh từ đầu năm học đến ngày 15/3. Trước ngày 18/3, các trường phải báo cáo Sở các nội dung trên.",
			[]GoldTask{gt("các trường", "báo cáo tình hình sĩ số", "date", "2024-03-18")}},
		{"D12 số liệu tính đến ngày … gửi trước ngày …",
			"Giao Phòng Tài chính tổng hợp số liệu giải ngân tính đến ngày 31/3/2024, gửi UBND huyện trước ngày 5/4/2024.",
			[]GoldTask{gt("Phòng Tài chính", "tổng hợp số liệu giải ngân", "date", "2024-04-05")}},
		{"D12 tính đến hết ngày, no deadline",
			"Đề nghị các xã rà soát số hộ nghèo tính đến hết ngày 29/2/2024.",
			[]GoldTask{gt("các xã", "rà soát số hộ nghèo", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) { checkClass(t, c.text, vn.NewDate(2024, 3, 10), c.tasks) })
	}
}

// checkClass extracts text as of date and fails with the differences from
// the expected tasks (references are not compared), listing what was found.
func checkClass(t *testing.T, text string, date vn.Date, tasks []GoldTask) {
	t.Helper()
	checkTasks(t, Extract(text, date), tasks)
}
