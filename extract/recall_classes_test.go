package extract

import (
	"strings"
	"testing"

	"tiendo/vn"
)

// TestRecallClasses holds the classes of missed tasks and wrong leads found
// on the fifth collection and the tuning half (issue 14, recall): each rule
// is about how directive texts are built, and each class has invented
// variants that differ in wording, plus the corpus sentence it was found
// in (named in the class). The document date is 10/3/2024.
func TestRecallClasses(t *testing.T) {
	cases := []struct {
		class, text string
		tasks       []GoldTask
	}{
		// R1: a paragraph that opens with an action and names no subject
		// continues the last hand-over, across paragraphs that set its
		// scope or give work to a named body; a sentence telling what was
		// done ends it, and inside a paragraph a body's own task is
		// described, not continued (S6).
		// R-verbs: keeping in touch and forbidding outright are work after
		// ";" (eleventh collection, binhdinh-baotnmt-ung-pho-bao-noru-2022).
		{"R-verbs giữ and tuyệt đối không để",
			"Ban Chỉ huy yêu cầu các địa phương theo dõi chặt chẽ diễn biến của bão; giữ thông tin liên lạc thường xuyên với các chủ phương tiện; tuyệt đối không để người dân ở lại trên tàu thuyền khi bão đổ bộ.",
			[]GoldTask{
				gt("các địa phương", "theo dõi chặt chẽ diễn biến", "none", ""),
				gt("các địa phương", "giữ thông tin liên lạc thường xuyên", "continuous", ""),
				gt("các địa phương", "tuyệt đối không để người dân", "none", ""),
			}},
		// R-verbs: actions no list held, after ";" (khanhhoa-ttty-giao-ban-thang-5-2021,
		// quangtri-vietnamplus-dai-hoi-dang-bo-phuong-dong-hoi-2025).
		{"R-verbs kích hoạt, phân cấp, triệu tập, áp dụng",
			"Chủ tịch UBND huyện yêu cầu Phòng Y tế theo dõi diễn biến dịch; kích hoạt các tổ phản ứng nhanh ở các xã; triệu tập cuộc họp với các trạm y tế trước ngày 20/5/2024. UBND xã tiếp tục sắp xếp bộ máy; phân cấp, phân quyền rõ ràng cho các thôn; áp dụng quy trình mới trong tiếp nhận hồ sơ.",
			[]GoldTask{
				gt("Phòng Y tế", "theo dõi diễn biến dịch", "none", ""),
				gt("Phòng Y tế", "kích hoạt các tổ phản ứng nhanh", "none", ""),
				gt("Phòng Y tế", "triệu tập cuộc họp với các trạm", "date", "2024-05-20"),
				gt("UBND xã", "tiếp tục sắp xếp bộ máy", "none", ""),
				gt("UBND xã", "phân cấp, phân quyền rõ ràng", "none", ""),
				gt("UBND xã", "áp dụng quy trình mới", "none", ""),
			}},
		// Not a verb there: "thường trực Ban …" inside a name, "Khai thác"
		// capitalised in a company's name, "đề cao trách nhiệm" (an exhortation).
		{"R-verbs names and exhortations stay as they are",
			"1. Sở Nội vụ - cơ quan thường trực Ban Thi đua tỉnh tham mưu UBND tỉnh tổ chức hội nghị tổng kết.\n\nYêu cầu Công ty TNHH MTV Khai thác công trình thủy lợi vận hành các hồ chứa an toàn; đề cao trách nhiệm, không để xảy ra sự cố.",
			[]GoldTask{
				gt("Sở Nội vụ - cơ quan thường trực Ban Thi đua tỉnh", "tham mưu UBND tỉnh tổ chức hội nghị", "none", ""),
				gt("Công ty TNHH MTV Khai thác công trình thủy lợi", "vận hành các hồ chứa an toàn", "none", ""),
			}},
		// R-grounds: grounds right after the addressees end at a comma
		// before a directive word, and the items after ";" go on with the
		// same bodies (central-sggp-bo-chinh-tri-ket-luan-ket-qua-dai-hoi-dang-bo-cac-cap-2025).
		{"R-grounds a directive word after the grounds opens the work",
			"Đề nghị các huyện ủy trên cơ sở kết quả sơ kết, chủ động rà soát các chi bộ yếu kém; tập trung củng cố đội ngũ bí thư chi bộ; đẩy mạnh kết nạp đảng viên mới trong năm 2024.",
			[]GoldTask{
				gt("các huyện ủy", "chủ động rà soát các chi bộ", "none", ""),
				gt("các huyện ủy", "tập trung củng cố đội ngũ", "none", ""),
				gt("các huyện ủy", "đẩy mạnh kết nạp đảng viên", "period", "2024-12-31"),
			}},
		// R-province: a province named bare is the body a request asks
		// (thaibinh-tintuc24h-thu-tuong-yeu-cau-lan-bien-san-bay-2025); as a
		// subject it carries news.
		{"R-province bare names after a request",
			"Bộ Y tế đề nghị Hà Nam và Ninh Bình báo cáo số ca mắc trước ngày 10/9/2024; tăng cường giám sát tại cửa khẩu. Theo đề án, Đồng Nai sẽ giảm từ 159 xã còn 55 xã.",
			[]GoldTask{
				gt("Hà Nam và Ninh Bình", "báo cáo số ca mắc", "date", "2024-09-10"),
				gt("Hà Nam và Ninh Bình", "tăng cường giám sát tại cửa khẩu", "none", ""),
			}},
		// R-implied: a request with no body after it asks the body the
		// sentence named before it (central-moitruong-bnn-cong-bo-dich-benh-dong-vat,
		// hatinh-xaydungtoday-duc-tho-nong-thon-moi-nang-cao-2024,
		// hcm-sggp-thanh-uy-khao-sat-phuong-gia-dinh-2025).
		{"R-implied Đối với, Tại and làm việc với",
			"Đối với các xã có dịch tả lợn châu Phi, Sở Nông nghiệp yêu cầu cần tiêu hủy ngay số lợn bệnh trước ngày 5/6/2024. " +
				"Tại phường Tân Định, đồng chí Bí thư Thành ủy đề nghị chuẩn bị chu đáo cho đại hội. " +
				"Trong buổi làm việc với UBND huyện Kỳ Anh về công tác giải phóng mặt bằng, Phó Chủ tịch tỉnh yêu cầu đẩy nhanh tiến độ bàn giao mặt bằng.",
			[]GoldTask{
				gt("các xã có dịch tả lợn châu Phi", "tiêu hủy ngay số lợn bệnh", "date", "2024-06-05"),
				gt("phường Tân Định", "chuẩn bị chu đáo cho đại hội", "none", ""),
				gt("UBND huyện Kỳ Anh", "đẩy nhanh tiến độ bàn giao", "none", ""),
			}},
		// With no body named before, or as a noun, a request asks no one.
		{"R-implied no body, no task",
			"Phát biểu tại hội nghị, Bí thư Tỉnh ủy yêu cầu tập trung cao độ cho nhiệm vụ năm 2024. Tại hội nghị, các đại biểu đáp ứng yêu cầu đổi mới nội dung sinh hoạt.",
			[]GoldTask{}},
		// R-cũng: "X cũng" + how it is told to act is one more body's task
		// (thaibinh-thaibinhtv-kiem-tra-cap-giong-khoai-tay-ho-tro); "X cũng"
		// + what it did is a report; a passive lead drops its "cũng".
		{"R-cũng one more body told how to act",
			"Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp kiểm tra chất lượng giống. Các hợp tác xã cũng khẩn trương thu hoạch lúa chín trước ngày 15/6/2024. Sở Công Thương cũng được giao kết nối tiêu thụ nông sản. Huyện cũng đã tổ chức tập huấn cho nông dân.",
			[]GoldTask{
				gt("Sở Nông nghiệp", "kiểm tra chất lượng giống", "none", ""),
				gt("Các hợp tác xã", "khẩn trương thu hoạch lúa chín", "date", "2024-06-15"),
				gt("Sở Công Thương", "kết nối tiêu thụ nông sản", "none", ""),
			}},
		// R-đồng thời: after the connective a clause may name its own body
		// (nghean-thanhnien-nang-nong-lua-chay-kho); "đồng thời lãnh đạo …"
		// is a verb.
		{"R-đồng thời a body of its own",
			"UBND tỉnh yêu cầu UBND các huyện khắc phục hậu quả nắng hạn; đồng thời Sở Tài chính bố trí kinh phí hỗ trợ trước ngày 30/6/2024. Đảng ủy xã đã tổ chức đại hội, đồng thời lãnh đạo thực hiện thắng lợi các mục tiêu.",
			[]GoldTask{
				gt("UBND các huyện", "khắc phục hậu quả nắng hạn", "none", ""),
				gt("Sở Tài chính", "bố trí kinh phí hỗ trợ", "date", "2024-06-30"),
			}},
		// R-fronted: a time set off after the request, before its bodies
		// (haiduong-vpubnd-1232-truc-le-30-4-2020, hcm-sggp-phuong-phu-my-dau-tu-cong-2025).
		{"R-fronted a window or a time told without a figure after the request",
			"Chủ tịch UBND huyện yêu cầu: từ ngày 30/4/2024 đến hết ngày 03/5/2024, các cơ quan bố trí lịch trực hợp lý. Bí thư cũng đề nghị, trong thời gian tới, các xã cần đẩy nhanh giải ngân vốn đầu tư công.",
			[]GoldTask{
				gt("các cơ quan", "bố trí lịch trực hợp lý", "date", "2024-05-03"),
				gt("các xã", "đẩy nhanh giải ngân vốn", "none", ""),
			}},
		// R-spoken: the bodies after "<document> nêu rõ:" are told what to
		// do (danang-baodanang-1522-ubnd-dtdt-my-quan-do-thi-2025); a
		// sub-committee is a body (thainguyen-dinhhoa-btv-huyen-uy-thuong-ky-thang-2-2020).
		{"R-spoken a document's content and a sub-committee",
			"Công văn nêu rõ: Sở Xây dựng, UBND các xã, phường phối hợp các đơn vị liên quan duy tu kết cấu hạ tầng giao thông. Bí thư nhấn mạnh: trên tinh thần tiếp thu ý kiến của đại biểu, yêu cầu Tiểu ban Văn kiện hoàn thiện dự thảo báo cáo chính trị.",
			[]GoldTask{
				gt("Sở Xây dựng, UBND các xã, phường", "phối hợp các đơn vị liên quan duy tu", "none", ""),
				gt("Tiểu ban Văn kiện", "hoàn thiện dự thảo báo cáo chính trị", "none", ""),
			}},
		// R-letter: a letter's subject that is work is its addressees' task
		// (cantho-baocantho-1560-ra-soat-quy-hoach-do-thi-2025,
		// tuyenquang-tuyenquangtv-cong-van-tang-cuong-phong-chong-covid-2020);
		// a subject that names no work is the letter's topic.
		{"R-letter về việc + work",
			"Văn phòng UBND tỉnh vừa có công văn gửi Sở Xây dựng và UBND các huyện về việc rà soát quy hoạch đô thị trước ngày 15/8/2025. Sở Y tế có văn bản gửi các bệnh viện về việc tình hình dịch sốt xuất huyết.",
			[]GoldTask{
				gt("Sở Xây dựng và UBND các huyện", "rà soát quy hoạch đô thị", "date", "2025-08-15"),
			}},
		// R-event: a congress finished on schedule names its body after it
		// (quangnam-baoquangnam-dai-hoi-hoi-nong-dan-cap-huyen-quy-ii-2023);
		// one held in the past is news.
		{"R-event finishing a congress",
			"Theo kế hoạch sẽ hoàn thành đại hội hội cựu chiến binh cấp cơ sở trong tháng 3/2024; thời gian hoàn thành đại hội đại biểu hội cựu chiến binh cấp huyện trong quý II/2024. Năm 2019, các chi hội đã hoàn thành đại hội chi hội.",
			[]GoldTask{
				gt("hội cựu chiến binh cấp cơ sở", "hoàn thành đại hội hội cựu chiến binh cấp cơ sở", "period", "2024-03-31"),
				gt("hội cựu chiến binh cấp huyện", "thời gian hoàn thành đại hội đại biểu", "period", "2024-06-30"),
			}},
		// R-chain: a ";" item whose verb is not read does not end the list
		// (binhdinh-88tysobongda-sat-lo-bo-song-bo-bien-2023,
		// thainguyen-thainguyentv-dang-uy-khoi-tuyen-giao-thang-5-2023).
		{"R-chain an unread item keeps the list going",
			"UBND tỉnh giao UBND các huyện di dời người dân khỏi vùng sạt lở; hỏa tốc ứng cứu các hộ bị cô lập; rà soát các khu vực có nguy cơ lũ quét.",
			[]GoldTask{
				gt("UBND các huyện", "di dời người dân khỏi vùng sạt lở", "none", ""),
				gt("UBND các huyện", "rà soát các khu vực có nguy cơ", "none", ""),
			}},
		// R-continue: after a hand-over, "Lưu ý + work" asks no body and
		// goes on with it, as "Phòng trừ sâu bệnh …" does (eleventh
		// collection, thaibinh-baothaibinh-chu-tich-kiem-tra-cay-vu-dong).
		{"R-continue Lưu ý and Phòng trừ",
			"Chủ tịch UBND tỉnh chỉ đạo ngành Nông nghiệp theo dõi sát tình hình cây vụ đông. Lưu ý điều tiết nước trên đồng ruộng cho hợp lý. Phòng trừ sâu bệnh trên cây vụ đông.",
			[]GoldTask{
				gt("ngành Nông nghiệp", "theo dõi sát tình hình", "none", ""),
				gt("ngành Nông nghiệp", "Lưu ý điều tiết nước", "none", ""),
				gt("ngành Nông nghiệp", "Phòng trừ sâu bệnh", "none", ""),
			}},
		{"R-continue a note that submits is no letter",
			"UBND thành phố yêu cầu các quận kiểm tra việc giải quyết thủ tục hành chính. Đồng thời, các sở, ngành thực hiện việc rà soát và báo cáo kết quả định kỳ hàng tháng (triển khai theo Công văn số 3964/UBND-KSTT ngày 28 tháng 7 năm 2023 của Chủ tịch UBND thành phố), gửi Văn phòng UBND thành phố để tổng hợp, trình UBND thành phố.",
			[]GoldTask{
				gt("các quận", "kiểm tra việc giải quyết", "none", ""),
				gt("các sở, ngành", "thực hiện việc rà soát và báo cáo", "recurring", ""),
			}},
		{"R1 after a scope paragraph",
			"Giao Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n\nPhạm vi kiểm tra gồm các trường mầm non và tiểu học.\n\nTổ chức tập huấn cho cán bộ y tế cấp xã; tổng hợp kết quả kiểm tra toàn tỉnh.",
			[]GoldTask{
				gt("Sở Y tế", "kiểm tra an toàn thực phẩm", "none", ""),
				gt("Sở Y tế", "Tổ chức tập huấn cho cán bộ y tế", "none", ""),
				gt("Sở Y tế", "tổng hợp kết quả kiểm tra toàn tỉnh", "none", ""),
			}},
		{"R1 across a named body's own task",
			"UBND huyện yêu cầu các xã rà soát hộ nghèo, hộ cận nghèo.\n\nPhòng Lao động - Thương binh và Xã hội chịu trách nhiệm hướng dẫn nghiệp vụ.\n\nLưu ý việc công khai danh sách tại nhà văn hóa thôn.",
			[]GoldTask{
				gt("các xã", "rà soát hộ nghèo", "none", ""),
				gt("Phòng Lao động - Thương binh và Xã hội", "chịu trách nhiệm hướng dẫn nghiệp vụ", "none", ""),
				gt("các xã", "Lưu ý việc công khai danh sách", "none", ""),
			}},
		{"R1 with another verb and a request in between",
			"Đề nghị Ban Chỉ huy Quân sự huyện chuẩn bị lực lượng ứng trực.\n\nĐề nghị Công an huyện bảo đảm an ninh khu vực sơ tán.\n\nPhối hợp với Trạm Y tế bố trí điểm sơ cứu.",
			[]GoldTask{
				gt("Ban Chỉ huy Quân sự huyện", "chuẩn bị lực lượng ứng trực", "none", ""),
				gt("Công an huyện", "bảo đảm an ninh khu vực sơ tán", "none", ""),
				gt("Công an huyện", "bố trí điểm sơ cứu", "none", ""),
			}},
		// R-letter: a request that names no body after it hands work to the
		// bodies a document was sent to ("… vừa có văn bản gửi X đề nghị
		// …"); a petition sent up a tier is not a task.
		{"R-letter addressees of a letter",
			"Sở Giao thông vận tải vừa có công văn gửi UBND các huyện, thị xã yêu cầu rà soát các điểm đen tai nạn giao thông.",
			[]GoldTask{gt("UBND các huyện, thị xã", "rà soát các điểm đen", "none", "")}},
		{"R-letter a telegram, with a deadline",
			"Bộ Nông nghiệp và Môi trường đã ban hành công điện gửi Chủ tịch UBND các tỉnh ven biển đề nghị kiểm đếm tàu thuyền trước 17 giờ ngày 15/3/2024.",
			[]GoldTask{gt("Chủ tịch UBND các tỉnh ven biển", "kiểm đếm tàu thuyền", "date", "2024-03-15")}},
		{"R-letter a petition sent up a tier is none",
			"UBND huyện Mèo Vạc có văn bản gửi UBND tỉnh đề nghị hỗ trợ kinh phí khắc phục hậu quả mưa lũ.",
			nil},
		{"R-letter sending alone hands nothing over",
			"Người dân gửi đơn đề nghị xem xét lại việc cấp giấy chứng nhận quyền sử dụng đất.",
			nil},
		{"R-letter corpus hanoi-cuc-qldd-tuan-tra-de-dieu",
			"Cục Quản lý đê điều và Phòng, chống thiên tai vừa có văn bản gửi Sở NN&PTNT một số tỉnh, thành phố đề nghị tăng cường công tác tuần tra canh gác, đảm bảo an toàn đê điều.",
			[]GoldTask{gt("Sở NN&PTNT một số tỉnh, thành phố", "tăng cường công tác tuần tra canh gác", "none", "")}},
		// R-comma: a request set off by a comma or opening a quotation
		// still hands over: "đề nghị, Sở … phổ biến …", "yêu cầu “tổ chức …”".
		{"R-comma a comma after the request",
			"Giám đốc Sở Y tế đề nghị, Trung tâm Kiểm soát bệnh tật tỉnh giám sát chặt các ổ dịch sốt xuất huyết.",
			[]GoldTask{gt("Trung tâm Kiểm soát bệnh tật tỉnh", "giám sát chặt các ổ dịch", "none", "")}},
		{"R-comma a quotation after the request, to a letter's addressees",
			"Bộ Văn hóa vừa có công văn gửi các sở văn hóa yêu cầu “kiểm tra các lễ hội đầu xuân, xử lý nghiêm việc thu phí trái quy định”.",
			[]GoldTask{gt("các sở văn hóa", "kiểm tra các lễ hội đầu xuân", "none", "")}},
		{"R-comma a colon and lowercase bodies after the request",
			"Kết luận cuộc họp, Chủ tịch UBND huyện đề nghị: các xã, đơn vị liên quan đẩy nhanh tiến độ trồng rừng; phòng Nông nghiệp tham mưu tháo gỡ vướng mắc.",
			[]GoldTask{gt("các xã, đơn vị liên quan", "đẩy nhanh tiến độ trồng rừng", "none", ""),
				gt("phòng Nông nghiệp", "tham mưu tháo gỡ vướng mắc", "none", "")}},
		{"R-comma a directing noun before a comma hands nothing over",
			"Thực hiện các văn bản chỉ đạo, Chi cục Thú y đã phối hợp với các xã tiêm phòng cho đàn gia súc.",
			nil},
		{"R1 a request that names no body does not end the passage",
			"Về thu ngân sách, Chủ tịch UBND tỉnh giao Cục Thuế phối hợp Sở Tài chính rà soát các nguồn thu.\n\nỞ lĩnh vực y tế, Chủ tịch UBND tỉnh cũng yêu cầu đẩy nhanh tiến độ tiêm vaccine phòng COVID-19.\n\nSở Y tế chuẩn bị sẵn sàng các kịch bản, tình huống để phòng, chống dịch.",
			[]GoldTask{gt("Cục Thuế", "rà soát các nguồn thu", "none", ""), gt("Sở Y tế", "chuẩn bị sẵn sàng các kịch bản", "none", "")}},
		{"R1 a request that names no body does not open a passage",
			"Tại buổi làm việc, lãnh đạo huyện yêu cầu đẩy nhanh tiến độ thu hoạch lúa.\n\nHội Nông dân xã tổ chức 3 lớp tập huấn kỹ thuật cho hội viên.",
			nil},
		// R-chosen: a body chosen for work ("X được chọn tổ chức đại hội
		// điểm", "chọn X làm điểm") is given it; "lựa chọn X" is work.
		{"R-chosen in the passive",
			"Theo kế hoạch, Chi bộ thôn Đông được chọn tổ chức đại hội điểm trước ngày 30/4/2024.",
			[]GoldTask{gt("Chi bộ thôn Đông", "tổ chức đại hội điểm", "date", "2024-04-30")}},
		{"R-chosen in the active",
			"Ban Thường vụ Huyện ủy chọn Đảng bộ xã Tân Phú để tổ chức đại hội điểm trong tháng 5/2024.",
			[]GoldTask{gt("Đảng bộ xã Tân Phú", "tổ chức đại hội điểm", "period", "2024-05-31")}},
		{"R-chosen choosing is the work",
			"Giao Sở Nội vụ chủ trì tổ chức lựa chọn đơn vị tư vấn để xây dựng đề án.",
			[]GoldTask{gt("Sở Nội vụ", "lựa chọn đơn vị tư vấn", "none", "")}},
		{"R-announce a clause after ; that announces the items below is no task",
			"Huyện ủy đề nghị các chi bộ tăng cường sinh hoạt chuyên đề; đồng thời, tập trung thực hiện tốt các nhiệm vụ sau đây:\n- Rà soát danh sách đảng viên.\n- Hoàn thành thu đảng phí quý I.",
			[]GoldTask{gt("các chi bộ", "tăng cường sinh hoạt chuyên đề", "none", ""),
				gt("các chi bộ", "Rà soát danh sách đảng viên", "none", ""),
				gt("các chi bộ", "Hoàn thành thu đảng phí", "none", "")}},
		// R-adds: a sentence that opens by adding to the one before ("Cùng
		// với đó, …", "Đồng thời …") and names no body gives more work to
		// the body of the sentence before, however that was handed over.
		{"R-adds Cùng với đó after a modal",
			"Thời gian tới, các cơ quan, đơn vị cần tập trung chuẩn bị công tác bầu cử. Cùng với đó, triển khai các hoạt động thi đua chào mừng Đại hội.",
			[]GoldTask{gt("các cơ quan, đơn vị", "tập trung chuẩn bị công tác bầu cử", "none", ""),
				gt("các cơ quan, đơn vị", "Cùng với đó, triển khai các hoạt động thi đua", "none", "")}},
		{"R-adds Đồng thời with no comma",
			"Phòng Văn hóa - Thông tin huyện có trách nhiệm hướng dẫn các xã treo cờ. Đồng thời tổ chức kiểm tra việc treo cờ tại các khu dân cư.",
			[]GoldTask{gt("Phòng Văn hóa - Thông tin huyện", "hướng dẫn các xã treo cờ", "none", ""),
				gt("Phòng Văn hóa - Thông tin huyện", "Đồng thời tổ chức kiểm tra", "none", "")}},
		{"R-adds after a sentence with no task, nothing",
			"Năm qua, huyện đã hoàn thành 12 công trình giao thông. Cùng với đó, triển khai nhiều mô hình sinh kế cho hộ nghèo.",
			nil},
		// R-bounded: work bounded by a date assigns it; the sentences after
		// it with a body and an action are tasks too.
		{"R-bounded a notice's dated item, then undated ones",
			"UBND huyện thông báo việc treo cờ như sau:\n\nCác cơ quan, trường học treo cờ Tổ quốc từ ngày 25/3/2024 đến hết ngày 30/3/2024.\n\nUBND các xã kiểm tra việc treo cờ tại khu dân cư; bố trí cán bộ trực.",
			[]GoldTask{gt("Các cơ quan, trường học", "treo cờ Tổ quốc", "date", "2024-03-30"),
				gt("UBND các xã", "kiểm tra việc treo cờ", "date", "2024-03-30"),
				gt("UBND các xã", "bố trí cán bộ trực", "none", "")}},
		{"R-bounded undated alone is not enough",
			"UBND huyện thông báo việc treo cờ như sau:\n\nUBND các xã kiểm tra việc treo cờ tại khu dân cư; bố trí cán bộ trực.",
			nil},
		// R-circumstance: after a hand-over, a subject-less action set off
		// by when, why or how ("Bắt tay vào công việc sau Tết, tập trung
		// …") goes on with the request; "Trước đó, …" tells the past.
		{"R-circumstance a fronted phrase before the action",
			"UBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm các kết luận hằng tháng. Bắt tay vào công việc sau Tết, tập trung hoàn thành các công việc tồn đọng.",
			[]GoldTask{gt("các sở, ngành", "thực hiện nghiêm các kết luận", "recurring", ""),
				gt("các sở, ngành", "Bắt tay vào công việc sau Tết, tập trung hoàn thành", "none", "")}},
		{"R-circumstance Từ đó, after a hand-over",
			"Chủ tịch UBND tỉnh chỉ đạo Sở Nông nghiệp xác định vành đai sạt lở. Từ đó, đánh giá, đề xuất phạm vi khu vực cần sơ tán dân cư.",
			[]GoldTask{gt("Sở Nông nghiệp", "xác định vành đai sạt lở", "none", ""),
				gt("Sở Nông nghiệp", "Từ đó, đánh giá, đề xuất phạm vi", "none", "")}},
		{"R-circumstance a fronted purpose before the action",
			"UBND huyện yêu cầu các xã rà soát các điểm sạt lở. Để ứng phó với mưa lũ, khẩn trương di dời các hộ dân ra khỏi vùng nguy hiểm.",
			[]GoldTask{gt("các xã", "rà soát các điểm sạt lở", "none", ""),
				gt("các xã", "Để ứng phó với mưa lũ, khẩn trương di dời", "none", "")}},
		{"R-circumstance Trước đó, tells the past",
			"Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng kiểm tra công trình. Trước đó, xem xét báo cáo của đoàn kiểm tra, UBND tỉnh nhận thấy nhiều sai phạm.",
			[]GoldTask{gt("Sở Xây dựng", "kiểm tra công trình", "none", "")}},
		// R-document: the content of a document spelt out with its
		// addressees as subject ("Theo đó, các Sở … triển khai …") is
		// handed to them: the document's own request with no body after it
		// ("Công văn lưu ý phải …") and the subject-less paragraphs after
		// it are theirs. A source keeps the connective it opened with.
		{"R-document the document asks its addressees",
			"UBND thành phố vừa ban hành Công văn về nhiệm vụ cuối năm.\n\nTheo đó, các Sở, ban, ngành, UBND các phường rà soát các dự án chậm tiến độ.\n\nCông văn lưu ý phải chú ý đánh giá tác động của mưa lũ tới mục tiêu tăng trưởng 8%.\n\nTăng cường kỷ luật, kỷ cương trong thu ngân sách.",
			[]GoldTask{gt("các Sở, ban, ngành, UBND các phường", "Theo đó, các Sở, ban, ngành, UBND các phường rà soát", "none", ""),
				gt("các Sở, ban, ngành, UBND các phường", "chú ý đánh giá tác động", "none", ""),
				gt("các Sở, ban, ngành, UBND các phường", "Tăng cường kỷ luật, kỷ cương", "none", "")}},
		{"R-document a document's request with no addressees named is none",
			"Công văn lưu ý phải chú ý đánh giá tác động của mưa lũ tới mục tiêu tăng trưởng.",
			nil},
		{"R1 items under a numbered heading after a hand-over",
			"Văn phòng UBND tỉnh đề nghị các sở, ngành, UBND các huyện tổ chức trực trong dịp nghỉ lễ.\n\n1. Về việc trực:\n\nPhân công công chức trực trong ngày nghỉ; lập danh sách lãnh đạo trực, gửi Văn phòng UBND tỉnh trước ngày 25/4/2024.",
			[]GoldTask{gt("các sở, ngành, UBND các huyện", "tổ chức trực trong dịp nghỉ lễ", "none", ""),
				gt("các sở, ngành, UBND các huyện", "Phân công công chức trực", "none", ""),
				gt("các sở, ngành, UBND các huyện", "lập danh sách lãnh đạo trực", "date", "2024-04-25")}},
		{"R1 items under a numbered heading after a report of results are none",
			"Năm 2023, các xã đã hoàn thành 12 công trình.\n\n1. Về giao thông:\n\nNâng cấp 5 km đường liên xã; xây mới 2 cầu dân sinh.",
			nil},
		// R-colon: after a request with a colon, the bodies named in the
		// sentences after it are assigned, and subject-less sentences after
		// them are more work for the last named body, one after another.
		{"R-colon subject-less sentences after a named body",
			"Chủ tịch UBND huyện yêu cầu: UBND các xã chủ động phòng chống rét cho đàn vật nuôi. Phòng Nông nghiệp tham mưu chỉ đạo công tác phòng chống rét. Quản lý chặt chẽ tình hình dịch bệnh. Tăng cường kiểm tra, đôn đốc cơ sở.",
			[]GoldTask{gt("UBND các xã", "chủ động phòng chống rét", "none", ""),
				gt("Phòng Nông nghiệp", "tham mưu chỉ đạo công tác phòng chống rét", "none", ""),
				gt("Phòng Nông nghiệp", "Quản lý chặt chẽ tình hình dịch bệnh", "none", ""),
				gt("Phòng Nông nghiệp", "Tăng cường kiểm tra, đôn đốc cơ sở", "none", "")}},
		// R-addressees: a request that ends with its addressees and a colon
		// ("Bộ … đề nghị Ủy ban nhân dân các tỉnh:") gives them the items
		// below; sent up a tier, it is a petition.
		{"R-addressees then a colon",
			"Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố ven biển:\n\n1. Kiểm tra các hồ chứa nước.\n\n2. Theo dõi chặt chẽ thông tin khí tượng, thủy văn.",
			[]GoldTask{gt("Ủy ban nhân dân các tỉnh, thành phố ven biển", "Kiểm tra các hồ chứa nước", "none", ""),
				gt("Ủy ban nhân dân các tỉnh, thành phố ven biển", "Theo dõi chặt chẽ thông tin khí tượng", "none", "")}},
		{"R-addressees then như sau:",
			"Sở Y tế đề nghị các bệnh viện, trung tâm y tế như sau:\n\n- Bố trí đủ nhân lực trực Tết.\n\n- Báo cáo tình hình khám chữa bệnh hằng ngày.",
			[]GoldTask{gt("các bệnh viện, trung tâm y tế", "Bố trí đủ nhân lực trực Tết", "none", ""),
				gt("các bệnh viện, trung tâm y tế", "Báo cáo tình hình khám chữa bệnh", "recurring", "")}},
		{"R-addressees sent up a tier",
			"UBND xã Tân Lập đề nghị UBND tỉnh:\n\n1. Hỗ trợ kinh phí sửa chữa đập tràn.\n\n2. Bố trí vốn làm đường giao thông.",
			nil},
		{"R1 a report of what was done ends it",
			"Đề nghị Công an xã tăng cường tuần tra.\n\nNăm qua, lực lượng công an xã đã triệt phá 12 ổ nhóm tội phạm.\n\nTổ chức nhiều buổi tuyên truyền tại các trường học.",
			[]GoldTask{gt("Công an xã", "tăng cường tuần tra", "none", "")}},
		{"R1 inside a paragraph a body's own task is described (S6)",
			"Đề nghị các tổ dân phố ra quân vệ sinh môi trường.\n\nTổ trưởng các tổ dân phố chịu trách nhiệm vận động nhân dân. Dọn dẹp rác thải, khơi thông cống rãnh.",
			[]GoldTask{
				gt("các tổ dân phố", "ra quân vệ sinh môi trường", "none", ""),
				gt("Tổ trưởng các tổ dân phố", "chịu trách nhiệm vận động nhân dân", "none", ""),
			}},
		{"R1 corpus quangninh-thanh-tra-quy-hoach-xay-dung-2023",
			"Theo đó, giao Thanh tra tỉnh tiến hành thanh tra trực tiếp tại Sở Xây dựng; các TP: Hạ Long, Cẩm Phả, Móng Cái và huyện Vân Đồn.\n\nThời kỳ thanh tra từ 01/01/2015 đến 31/12/2022 (kể từ khi Luật Xây dựng có hiệu lực). Có thể kiểm tra để làm rõ các nội dung liên quan đến trước và sau thời kỳ thanh tra.\n\nTổ chức tập huấn, hướng dẫn về nội dung, xây dựng kế hoạch và phương pháp thanh tra; kiểm tra, đôn đốc việc tổ chức thực hiện của các địa phương được giao tự tổ chức tiến hành thanh tra.",
			[]GoldTask{
				gt("Thanh tra tỉnh", "giao Thanh tra tỉnh tiến hành thanh tra trực tiếp", "none", ""),
				gt("Thanh tra tỉnh", "Tổ chức tập huấn, hướng dẫn về nội dung", "none", ""),
				gt("Thanh tra tỉnh", "kiểm tra, đôn đốc việc tổ chức thực hiện", "none", ""),
			}},
		// R2: ", đồng thời" (and "; đồng thời") joins a second action of the
		// same body, a task of its own; a request after it that names no
		// body ("đồng thời yêu cầu xử lý …") keeps the body before.
		{"R2 đồng thời yêu cầu without a body",
			"Chủ tịch UBND tỉnh chỉ đạo các sở, ngành đẩy mạnh giải ngân vốn đầu tư công, đồng thời yêu cầu xử lý nghiêm cán bộ gây chậm trễ.",
			[]GoldTask{
				gt("các sở, ngành", "đẩy mạnh giải ngân vốn đầu tư công", "none", ""),
				gt("các sở, ngành", "yêu cầu xử lý nghiêm cán bộ", "none", ""),
			}},
		{"R2 ; đồng thời with an adverb",
			"Sở Tài chính đề nghị các huyện rà soát nguồn cải cách tiền lương; đồng thời chủ động bố trí ngân sách địa phương.",
			[]GoldTask{
				gt("các huyện", "rà soát nguồn cải cách tiền lương", "none", ""),
				gt("các huyện", "chủ động bố trí ngân sách địa phương", "none", ""),
			}},
		{"R2 đồng thời đề nghị with another verb",
			"UBND xã yêu cầu các thôn tổ chức thu gom rác thải, đồng thời đề nghị tuyên truyền người dân không xả rác ra kênh.",
			[]GoldTask{
				gt("các thôn", "tổ chức thu gom rác thải", "none", ""),
				gt("các thôn", "đề nghị tuyên truyền người dân", "none", ""),
			}},
		{"R2 a report stays no task",
			"Năm 2023, UBND huyện đã hoàn thành 20 km đường giao thông nông thôn, đồng thời xây dựng 5 trường học.", nil},
		{"R2 corpus daknong-xu-li-thong-tin-phan-anh-bao-chi",
			"Về việc này, UBND tỉnh yêu cầu các Sở, ban, ngành, UBND các huyện, thành phố thực hiện công tác thông tin, báo cáo kịp thời theo đúng quy định; đồng thời chủ động xử lí thông tin phản ánh của các cơ quan thông tấn báo chí liên quan đến chức năng, nhiệm vụ, lĩnh vực phụ trách.",
			[]GoldTask{
				gt("các Sở, ban, ngành, UBND các huyện, thành phố", "thực hiện công tác thông tin", "none", ""),
				gt("các Sở, ban, ngành, UBND các huyện, thành phố", "chủ động xử lí thông tin phản ánh", "none", ""),
			}},
		{"R2 corpus cantho-thuonghieucongluan-giai-ngan-dau-tu-cong-2025",
			"Chủ tịch UBND TP Cần Thơ vừa chỉ đạo các sở ngành, quận huyện và xã phường đẩy mạnh giải ngân vốn đầu tư công năm 2025, đồng thời yêu cầu xử lý nghiêm trách nhiệm đối với cán bộ, công chức, tổ chức, cá nhân gây cản trở tiến độ.",
			[]GoldTask{
				gt("các sở ngành, quận huyện và xã phường", "đẩy mạnh giải ngân vốn đầu tư công", "none", ""),
				gt("các sở ngành, quận huyện và xã phường", "yêu cầu xử lý nghiêm trách nhiệm", "none", ""),
			}},
		// R3: "có" with a noun of work ("có báo cáo", "có phương án") is
		// the action; a past marker after a noun of work ("nhiệm vụ đã được
		// giao") qualifies the noun and tells nothing done; a body's own
		// sentence that only states an attitude holds its lead for the
		// subject-less sentence after it.
		{"R3 có phương án after giao",
			"Giao Ban Quản lý dự án huyện có phương án bảo đảm giao thông trong thời gian thi công.",
			[]GoldTask{gt("Ban Quản lý dự án huyện", "có phương án bảo đảm giao thông", "none", "")}},
		{"R3 có giải pháp after yêu cầu",
			"Yêu cầu các chủ đầu tư có giải pháp xử lý dứt điểm tình trạng chậm tiến độ.",
			[]GoldTask{gt("các chủ đầu tư", "có giải pháp xử lý dứt điểm", "none", "")}},
		{"R3 attitude then a report",
			"Đề nghị các phường bảo đảm trật tự tại lễ hội. Các đơn vị liên quan phát huy tinh thần trách nhiệm, hoàn thành công việc đã được giao. Đồng thời, có báo cáo kết quả gửi về UBND huyện sau lễ hội.",
			[]GoldTask{
				gt("các phường", "bảo đảm trật tự tại lễ hội", "none", ""),
				gt("Các đơn vị liên quan", "có báo cáo kết quả", "none", ""),
			}},
		{"R3 có văn bản stays an issued document",
			"Ngày 3-7, UBND thành phố có văn bản số 118/UBND-VP về việc xử lý hồ sơ trễ hạn.", nil},
		{"R3 corpus dongthap-thdt-hop-chuan-bi-khoi-cong-cao-toc",
			"Chủ tịch UBND tỉnh yêu cầu Công an tỉnh Đồng Tháp, tập trung đảm bảo an ninh, trật tự chung cho sự kiện. Phối hợp với công an các đơn vị đảm bảo an toàn cho đại biểu. Các sở, ngành liên quan phát huy tinh thần người đứng đầu, đảm bảo nhiệm vụ, phần việc đã được giao. Đồng thời, có báo cáo hằng ngày về công tác chuẩn bị gửi về Văn phòng UBND tỉnh, để kịp thời xử lý các vấn đề phát sinh.",
			[]GoldTask{
				gt("Công an tỉnh Đồng Tháp", "tập trung đảm bảo an ninh", "none", ""),
				gt("Công an tỉnh Đồng Tháp", "Phối hợp với công an các đơn vị", "none", ""),
				gt("Các sở, ngành liên quan", "có báo cáo hằng ngày", "recurring", ""),
			}},
		// R8: a colon right after a plural head lists the bodies by name
		// ("Các Bộ: A, B", "UBND các huyện: X, Y"): it belongs to the lead.
		{"R8 Các Sở: after a hand-over",
			"Giao Sở Kế hoạch và Đầu tư chủ trì thẩm định dự án. Các Sở: Xây dựng, Tài chính phối hợp thẩm định hồ sơ thiết kế.",
			[]GoldTask{
				gt("Sở Kế hoạch và Đầu tư", "chủ trì thẩm định dự án", "none", ""),
				gt("Các Sở: Xây dựng, Tài chính", "phối hợp thẩm định hồ sơ thiết kế", "none", ""),
			}},
		{"R8 UBND các huyện: after Theo đó",
			"UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về bảo vệ rừng. Theo đó, UBND các huyện: Tân Phú, Định Quán rà soát diện tích rừng bị lấn chiếm.",
			[]GoldTask{gt("UBND các huyện: Tân Phú, Định Quán", "rà soát diện tích rừng bị lấn chiếm", "none", "")}},
		{"R8 Các bệnh viện: with a recurring report",
			"Đề nghị Sở Y tế tăng cường giám sát dịch sốt xuất huyết. Các bệnh viện: Đa khoa tỉnh, Nhi đồng báo cáo số ca bệnh hằng tuần.",
			[]GoldTask{
				gt("Sở Y tế", "tăng cường giám sát dịch", "none", ""),
				gt("Các bệnh viện: Đa khoa tỉnh, Nhi đồng", "báo cáo số ca bệnh hằng tuần", "recurring", ""),
			}},
		{"R8 corpus longan-kinhtedothi-chuyen-muc-dich-dat-lua",
			"Thủ tướng Chính phủ yêu cầu UBND tỉnh Long An chỉ đạo thực hiện việc chuyển mục đích sử dụng đất trồng lúa nêu trên theo đúng quy định của pháp luật về đất đai.\nCác Bộ: Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn theo dõi, chỉ đạo, hướng dẫn việc thực hiện việc chuyển mục đích sử dụng đất trồng lúa nêu trên theo đúng quy định.",
			[]GoldTask{
				gt("UBND tỉnh Long An", "yêu cầu UBND tỉnh Long An chỉ đạo", "none", ""),
				gt("Các Bộ: Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn", "theo dõi, chỉ đạo, hướng dẫn việc thực hiện", "none", ""),
			}},
		// R9: a quotation that leaves words out marks the gap with "…"; a
		// hand-over to a body after it starts another task, as after ";".
		// A quoted request opens after ":" and a quotation mark.
		{"R9 two hand-overs joined by an ellipsis",
			"Chủ tịch UBND tỉnh kết luận: “Giao Sở Công Thương kiểm tra giá phân bón… giao Sở Tài chính rà soát giá thu mua lúa”.",
			[]GoldTask{
				gt("Sở Công Thương", "kiểm tra giá phân bón", "none", ""),
				gt("Sở Tài chính", "rà soát giá thu mua lúa", "none", ""),
			}},
		{"R9 with words left out before the next request",
			"Thông báo nêu rõ: “Đề nghị Công an huyện điều tra làm rõ… vụ việc tại xã Bình An… yêu cầu UBND xã Bình An báo cáo trước ngày 20/3/2024”.",
			[]GoldTask{
				gt("Công an huyện", "điều tra làm rõ", "none", ""),
				gt("UBND xã Bình An", "báo cáo trước ngày 20/3/2024", "date", "2024-03-20"),
			}},
		{"R9 an ellipsis inside one task does not split",
			"Giao Phòng Tài nguyên và Môi trường kiểm tra… các điểm khai thác cát trái phép.",
			[]GoldTask{gt("Phòng Tài nguyên và Môi trường", "kiểm tra", "none", "")}},
		{"R9 corpus thainguyen-81-tb-ubnd-ket-luan-bao-ccb-2011",
			"Trong nội dung thông báo, đồng chí Dương Ngọc Long chỉ đạo rõ: “Giao cho Sở Kế hoạch - Đầu tư phối hợp với UBND huyện Võ Nhai để cung cấp thông tin liên quan và làm rõ… gói thầu số 7… giao cho Sở NNPTNT chủ trì, phối hợp với Sở TNMT… làm rõ các nội dung theo báo nêu… báo cáo UBND tỉnh trước ngày 30-8-2011.",
			[]GoldTask{
				gt("Sở Kế hoạch - Đầu tư", "Giao cho Sở Kế hoạch - Đầu tư phối hợp", "none", ""),
				gt("Sở NNPTNT", "giao cho Sở NNPTNT chủ trì", "date", "2011-08-30"),
			}},
		// R10: "phân công đến X …", "phân công trực tiếp đến/cho X …" hand
		// work over as "giao X …" does and, like it, stay live in the past.
		{"R10 phân công đến",
			"UBND huyện phân công đến các xã rà soát hộ nghèo, hộ cận nghèo.",
			[]GoldTask{gt("các xã", "rà soát hộ nghèo", "none", "")}},
		{"R10 đã phân công trực tiếp đến",
			"Ban Thường vụ Huyện ủy đã phân công trực tiếp đến các chi bộ tổ chức học tập nghị quyết trong tháng 4/2024.",
			[]GoldTask{gt("các chi bộ", "tổ chức học tập nghị quyết", "period", "2024-04-30")}},
		{"R10 phân công trực tiếp cho",
			"Đảng ủy xã phân công trực tiếp cho Chi bộ thôn Đông vận động nhân dân hiến đất làm đường.",
			[]GoldTask{gt("Chi bộ thôn Đông", "vận động nhân dân hiến đất", "none", "")}},
		{"R10 corpus hanoi-caugiay-quan-triet-nghi-quyet-dai-hoi-2011",
			"Tại Hội nghị quán triệt Nghị quyết Đại hội Đảng các cấp cho cán bộ chủ chốt trên địa bàn, Quận ủy Cầu Giấy đã phân công trực tiếp đến các cấp ủy Đảng cơ sở lãnh đạo, chỉ đạo, tổ chức chặt chẽ quá trình triển khai học tập Nghị quyết Đại hội XV Đảng bộ TP, Nghị quyết Đại hội IV Đảng bộ quận.\n\nMTTQ và các đoàn thể chính trị - xã hội tổ chức tốt việc phổ biến, quán triệt Nghị quyết trong đoàn viên, hội viên và các tầng lớp nhân dân trên địa bàn quận.",
			[]GoldTask{
				gt("các cấp ủy Đảng cơ sở", "phân công trực tiếp đến các cấp ủy Đảng cơ sở lãnh đạo", "none", ""),
				gt("MTTQ và các đoàn thể chính trị - xã hội", "MTTQ và các đoàn thể chính trị - xã hội tổ chức tốt việc phổ biến", "none", ""),
			}},
		// R11: with no addressee block, "các địa phương" refers back to the
		// local governments the text last handed work to; after a
		// department it keeps its general sense.
		{"R11 các địa phương after UBND các huyện",
			"Giao UBND các huyện Tân Phú, Định Quán kiểm tra diện tích rừng bị lấn chiếm. Yêu cầu các địa phương báo cáo kết quả trước ngày 30/4/2024.",
			[]GoldTask{
				gt("UBND các huyện Tân Phú, Định Quán", "kiểm tra diện tích rừng", "none", ""),
				gt("UBND các huyện Tân Phú, Định Quán", "báo cáo kết quả", "date", "2024-04-30"),
			}},
		{"R11 after a town",
			"Chủ tịch UBND tỉnh giao UBND thị xã Phú Mỹ rà soát quỹ đất tái định cư. Đề nghị các địa phương công khai kết quả rà soát tại trụ sở UBND xã, phường.",
			[]GoldTask{
				gt("UBND thị xã Phú Mỹ", "rà soát quỹ đất tái định cư", "none", ""),
				gt("UBND thị xã Phú Mỹ", "công khai kết quả rà soát", "none", ""),
			}},
		{"R11 after a department it stays general",
			"Giao Sở Y tế kiểm tra bếp ăn tập thể. Yêu cầu các địa phương phối hợp tuyên truyền an toàn thực phẩm.",
			[]GoldTask{
				gt("Sở Y tế", "kiểm tra bếp ăn tập thể", "none", ""),
				gt("các địa phương", "phối hợp tuyên truyền an toàn thực phẩm", "none", ""),
			}},
		{"R11 corpus camau-tu-kiem-tra-quy-hoach-xay-dung-dat-dai",
			"Theo đó, Chủ tịch UBND tỉnh giao UBND huyện, thành phố Cà Mau khẩn trương thực hiện nhiệm vụ tự kiểm tra, rà soát về quản lý quy hoạch, xây dựng, đất đai và các vấn đề có liên quan theo ý kiến chỉ đạo của Thường trực UBND tỉnh. Yêu cầu các địa phương thành lập Tổ kiểm tra, tiến hành kiểm tra, rà soát tại những địa bàn khó khăn, phức tạp, những địa bàn thường xảy ra nhiều sai phạm.",
			[]GoldTask{
				gt("UBND huyện, thành phố Cà Mau", "giao UBND huyện, thành phố Cà Mau khẩn trương", "none", ""),
				gt("UBND huyện, thành phố Cà Mau", "Yêu cầu các địa phương thành lập Tổ kiểm tra", "none", ""),
			}},
		// R12: "… chịu trách nhiệm thi hành Quyết định này" closes a
		// decision whatever follows it ("kể từ ngày ký"), with its bodies
		// listed with ";": no task.
		{"R12 addressees listed with ;",
			"Giao Sở Y tế kiểm tra bếp ăn tập thể. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Y tế, Tài chính; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.",
			[]GoldTask{gt("Sở Y tế", "kiểm tra bếp ăn tập thể", "none", "")}},
		{"R12 Giao … thi hành Kế hoạch này kể từ ngày ký",
			"Giao Phòng Nội vụ rà soát biên chế. Giao Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ; Chủ tịch UBND các xã chịu trách nhiệm thi hành Kế hoạch này kể từ ngày ký.",
			[]GoldTask{gt("Phòng Nội vụ", "rà soát biên chế", "none", "")}},
		{"R12 one body, closing the letter",
			"Đề nghị Công an huyện tăng cường tuần tra. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này kể từ ngày ký ban hành./.",
			[]GoldTask{gt("Công an huyện", "tăng cường tuần tra", "none", "")}},
		{"R12 corpus haugiang-cand-cong-bo-thien-tai-xam-nhap-man",
			"Theo đó, UBND tỉnh Hậu Giang giao Sở NN&PTNT (Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh) chủ trì, phối hợp với các sở, ban ngành, đơn vị có liên quan và UBND huyện Long Mỹ, TP Vị Thanh triển khai thực hiện các biện pháp cần thiết nhằm hạn chế, khắc phục thiệt hại do xâm nhập mặn. Giao Giám đốc Sở NN&PTNT, Sở Tài chính; thành viên Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh, Chủ tịch UBND huyện Long Mỹ và TP Vị Thanh; Thủ trưởng cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký…",
			[]GoldTask{gt("Sở NN&PTNT", "giao Sở NN&PTNT (Thường trực Ban Chỉ huy", "none", "")}},
		// R13: a modal before an accountability statement ("phải chịu
		// trách nhiệm toàn diện nếu …", "cần chịu trách nhiệm trước …")
		// keeps it accountability; "phải chịu trách nhiệm tham mưu …" is
		// work.
		{"R13 phải chịu trách nhiệm toàn diện nếu",
			"Đề nghị các xã đẩy nhanh giải phóng mặt bằng. Chủ tịch UBND các xã phải chịu trách nhiệm toàn diện nếu chậm bàn giao mặt bằng.",
			[]GoldTask{gt("các xã", "đẩy nhanh giải phóng mặt bằng", "none", "")}},
		{"R13 cần chịu trách nhiệm trước",
			"Giao Sở Xây dựng kiểm tra chất lượng công trình. Các chủ đầu tư cần chịu trách nhiệm trước pháp luật về chất lượng công trình.",
			[]GoldTask{gt("Sở Xây dựng", "kiểm tra chất lượng công trình", "none", "")}},
		{"R13 sẽ chịu trách nhiệm trước … nếu",
			"Yêu cầu các trường bảo đảm an toàn cho học sinh. Hiệu trưởng các trường sẽ chịu trách nhiệm trước Giám đốc Sở nếu để xảy ra mất an toàn.",
			[]GoldTask{gt("các trường", "bảo đảm an toàn cho học sinh", "none", "")}},
		{"R13 a modal before work stays a task",
			"Theo đó, các phòng chuyên môn phải chịu trách nhiệm tham mưu UBND huyện xử lý vi phạm.",
			[]GoldTask{gt("các phòng chuyên môn", "tham mưu UBND huyện xử lý vi phạm", "none", "")}},
		{"R13 corpus cantho-thuonghieucongluan-giai-ngan-dau-tu-cong-2025",
			"Chủ tịch UBND TP Cần Thơ vừa chỉ đạo các sở ngành, quận huyện và xã phường đẩy mạnh giải ngân vốn đầu tư công năm 2025. Các chủ tịch UBND xã, phường phải chịu trách nhiệm toàn diện nếu bàn giao mặt bằng thi công chậm, ảnh hưởng đến tiến độ thi công và tỷ lệ giải ngân.",
			[]GoldTask{gt("các sở ngành, quận huyện và xã phường", "đẩy mạnh giải ngân vốn đầu tư công", "none", "")}},
		// R14: "Dự kiến <time>, X <action>" is a schedule: X's planned
		// work, dated by that time, in a text that assigns nothing else.
		{"R14 Dự kiến trong tháng",
			"Dự kiến trong tháng 5/2024, UBND huyện tổ chức đối thoại với nông dân về chuyển đổi cây trồng.",
			[]GoldTask{gt("UBND huyện", "tổ chức đối thoại với nông dân", "period", "2024-05-31")}},
		{"R14 Dự kiến giữa tháng",
			"Dự kiến giữa tháng 4/2024, Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng lúa cho hội viên.",
			[]GoldTask{gt("Hội Nông dân xã", "tổ chức tập huấn kỹ thuật trồng lúa", "period", "2024-04-30")}},
		{"R14 Dự kiến trước ngày",
			"Dự kiến trước ngày 20/4/2024, Ban Quản lý dự án huyện hoàn thành giải phóng mặt bằng tuyến đường.",
			[]GoldTask{gt("Ban Quản lý dự án huyện", "hoàn thành giải phóng mặt bằng", "date", "2024-04-20")}},
		{"R14 a forecast names no body",
			"Dự kiến năm 2024, sản lượng lúa của huyện đạt 50.000 tấn.", nil},
		{"R14 corpus dongnai-longthanh-hdnd-ky-hop-chuyen-de-2025",
			"Dự kiến giữa tháng 06/2025, HĐND huyện tổ chức kỳ họp chuyên đề HĐND huyện, kết hợp tổng kết hoạt động HĐND huyện khóa XII, nhiệm kỳ 2021 - 2026.",
			[]GoldTask{gt("HĐND huyện", "HĐND huyện tổ chức kỳ họp chuyên đề", "period", "2025-06-30")}},
		// R15: clauses that only say how to work ("tập trung, chủ động …
		// trong chỉ đạo, điều hành", "phát huy hơn nữa chức năng") are no
		// task, and do not end the list: the action after ";" is still
		// the same body's.
		{"R15 manner then work after ;",
			"UBND huyện yêu cầu các phòng, ban chuyên môn tiếp tục rà soát thủ tục hành chính.\n\nChủ động, quyết liệt trong chỉ đạo, điều hành; đẩy mạnh giải ngân vốn đầu tư công.",
			[]GoldTask{
				gt("các phòng, ban chuyên môn", "rà soát thủ tục hành chính", "none", ""),
				gt("các phòng, ban chuyên môn", "đẩy mạnh giải ngân vốn đầu tư công", "none", ""),
			}},
		{"R15 phát huy chức năng then work",
			"Đề nghị các xã kiểm tra hộ kinh doanh. Phát huy hơn nữa chức năng, nhiệm vụ của đơn vị mình; lập danh sách hộ kinh doanh chưa đăng ký thuế.",
			[]GoldTask{
				gt("các xã", "kiểm tra hộ kinh doanh", "none", ""),
				gt("các xã", "lập danh sách hộ kinh doanh", "none", ""),
			}},
		{"R15 sâu sát trong lãnh đạo",
			"Ban Thường vụ Huyện ủy đề nghị các chi bộ sâu sát, linh hoạt trong lãnh đạo; tổ chức đại hội chi bộ trước ngày 15/4/2024.",
			[]GoldTask{gt("các chi bộ", "tổ chức đại hội chi bộ", "date", "2024-04-15")}},
		{"R15 corpus dongthap-thanhtra-han-che-di-cong-tac-2023",
			"UBND tỉnh Đồng Tháp yêu cầu thủ trưởng sở, ban, ngành và chủ tịch UBND các huyện, TP thuộc tỉnh tiếp tục triển khai quyết liệt, hiệu quả các chỉ đạo của UBND tỉnh về chấn chỉnh, tăng cường kỷ luật, kỷ cương hành chính.\n\nTập trung, chủ động, linh hoạt, hiệu quả trong chỉ đạo, điều hành; phát huy hơn nữa chức năng, nhiệm vụ của cơ quan, đơn vị, địa phương mình; đẩy mạnh giải ngân vốn đầu tư công, các chương trình mục tiêu quốc gia.",
			[]GoldTask{
				gt("thủ trưởng sở, ban, ngành và chủ tịch UBND các huyện, TP thuộc tỉnh", "tiếp tục triển khai quyết liệt, hiệu quả các chỉ đạo", "none", ""),
				gt("thủ trưởng sở, ban, ngành và chủ tịch UBND các huyện, TP thuộc tỉnh", "đẩy mạnh giải ngân vốn đầu tư công, các chương trình mục tiêu quốc gia", "none", ""),
			}},
		// R16: "X có chức năng …" says what a unit is for, not work handed
		// to it ("X có nhiệm vụ …" is work).
		{"R16 có chức năng in a list",
			"UBND xã công bố quyết định thành lập hai đơn vị.\n* Trung tâm Dịch vụ nông nghiệp có chức năng hướng dẫn kỹ thuật, cung ứng giống cây trồng.\n* Trạm Y tế xã có chức năng khám bệnh, chữa bệnh; tiêm chủng.",
			nil},
		{"R16 có chức năng, nhiệm vụ in running text",
			"Theo đó, Ban Quản lý chợ có chức năng, nhiệm vụ quản lý hoạt động kinh doanh tại chợ.", nil},
		{"R16 có nhiệm vụ stays work",
			"Theo đó, Ban Quản lý chợ có nhiệm vụ sắp xếp lại các quầy hàng trước ngày 30/4/2024.",
			[]GoldTask{gt("Ban Quản lý chợ", "sắp xếp lại các quầy hàng", "date", "2024-04-30")}},
		{"R16 corpus hcm-sggp-phuong-vung-tau-thanh-lap-don-vi-2026",
			"Tại buổi lễ, UBND phường Vũng Tàu công bố Quyết định thành lập Trung tâm Cung ứng dịch vụ công và Trạm Y tế phường.\n* Trạm Y tế phường Vũng Tàu có chức năng cung cấp, thực hiện dịch vụ chuyên môn, kỹ thuật thuộc các lĩnh vực: phòng bệnh; khám bệnh, chữa bệnh; quản lý, nâng cao sức khỏe cộng đồng.",
			nil},
		// R17: words before a trigger that names no body ("…, UBND tỉnh
		// yêu cầu phải do người đứng đầu … ký") are the requester, not a
		// lead; "Ban Chỉ đạo" is a name.
		{"R17 yêu cầu phải",
			"Đề nghị các sở rà soát văn bản. Đối với hồ sơ mật, UBND tỉnh yêu cầu phải được lưu trữ riêng theo quy định.",
			[]GoldTask{gt("các sở", "rà soát văn bản", "none", "")}},
		{"R17 đề nghị cần",
			"Giao Sở Tư pháp thẩm định dự thảo. Về thời hạn, Chủ tịch UBND tỉnh đề nghị cần tuân thủ đúng quy định.",
			[]GoldTask{gt("Sở Tư pháp", "thẩm định dự thảo", "none", "")}},
		{"R17 Ban Chỉ đạo stays a body",
			"Theo kế hoạch, Ban Chỉ đạo phòng chống dịch huyện phải kiểm tra các chốt kiểm dịch trước ngày 20/3/2024.",
			[]GoldTask{gt("Ban Chỉ đạo phòng chống dịch huyện", "kiểm tra các chốt kiểm dịch", "date", "2024-03-20")}},
		{"R17 corpus dongthap-thanhtra-han-che-di-cong-tac-2023",
			"UBND tỉnh Đồng Tháp yêu cầu thủ trưởng sở, ban, ngành tiếp tục triển khai quyết liệt các chỉ đạo của UBND tỉnh.\n\nĐối với các văn bản có tính chất quan trọng, UBND tỉnh Đồng Tháp yêu cầu phải do người đứng đầu cơ quan, đơn vị, địa phương trực tiếp ký, trình UBND tỉnh, Chủ tịch UBND tỉnh.",
			[]GoldTask{gt("thủ trưởng sở, ban, ngành", "tiếp tục triển khai quyết liệt", "none", "")}},
		// R18: grounds written between the addressees and their work
		// ("yêu cầu X trên cơ sở Đề án sắp xếp …; tổ chức …") are neither
		// the lead nor the work: the work comes after ";".
		{"R18 trên cơ sở hướng dẫn",
			"Sở Nội vụ đề nghị UBND các huyện trên cơ sở hướng dẫn của Bộ Nội vụ; xây dựng đề án sắp xếp cán bộ cấp xã.",
			[]GoldTask{gt("UBND các huyện", "xây dựng đề án sắp xếp cán bộ", "none", "")}},
		{"R18 trên cơ sở kết quả kiểm định",
			"Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng trên cơ sở kết quả kiểm định chất lượng công trình; lập danh sách chung cư cũ cần cải tạo.",
			[]GoldTask{gt("Sở Xây dựng", "lập danh sách chung cư cũ", "none", "")}},
		{"R18 with a deadline after ;",
			"Đề nghị các xã trên cơ sở Quyết định phân bổ vốn của UBND huyện; khẩn trương giải ngân vốn trước ngày 30/6/2024.",
			[]GoldTask{gt("các xã", "khẩn trương giải ngân vốn", "date", "2024-06-30")}},
		{"R18 corpus dongnai-thanhnien-lay-y-kien-sap-xep-dvhc-2025",
			"Theo đó, UBND tỉnh Đồng Nai yêu cầu UBND cấp huyện trên cơ sở Đề án sắp xếp ĐVHC cấp xã của tỉnh Đồng Nai năm 2025 và Đề án sắp xếp, sáp nhập tỉnh Bình Phước và tỉnh Đồng Nai; tổ chức lấy ý kiến nhân dân và tổ chức kỳ họp HĐND cấp xã, cấp huyện trên địa bàn theo quy định.",
			[]GoldTask{gt("UBND cấp huyện", "tổ chức lấy ý kiến nhân dân và tổ chức kỳ họp HĐND", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			checkClass(t, c.text, vn.NewDate(2024, 3, 10), c.tasks)
		})
	}
}

// TestBareHeadLeads checks R6 leads exactly: the scorer's lenient
// comparison takes "Ban" as contained in any "Ban …".
func TestBareHeadLeads(t *testing.T) {
	cases := []struct {
		class, text string
		tasks       []GoldTask
	}{
		// R6: a body's bare head noun as subject ("Ban có nhiệm vụ …",
		// "Tổ có trách nhiệm …") names the body of that kind named before,
		// written in full or abbreviated ("BCĐ" for "Ban Chỉ đạo").
		{"R6 Tổ after Tổ công tác",
			"UBND huyện quyết định thành lập Tổ công tác rà soát hồ sơ đất đai do Phó Chủ tịch UBND huyện làm Tổ trưởng. Tổ có nhiệm vụ kiểm tra hồ sơ cấp giấy chứng nhận quyền sử dụng đất.",
			[]GoldTask{gt("Tổ công tác rà soát hồ sơ đất đai", "kiểm tra hồ sơ cấp giấy chứng nhận", "none", "")}},
		{"R6 Đoàn after Đoàn kiểm tra",
			"Sở Y tế thành lập Đoàn kiểm tra liên ngành an toàn thực phẩm. Đoàn có trách nhiệm kiểm tra các bếp ăn tập thể trước ngày 30/4/2024.",
			[]GoldTask{gt("Đoàn kiểm tra liên ngành an toàn thực phẩm", "kiểm tra các bếp ăn tập thể", "date", "2024-04-30")}},
		{"R6 Ban after Ban Chỉ đạo",
			"Chủ tịch UBND tỉnh đã ký quyết định thành lập Ban Chỉ đạo phòng, chống dịch tả lợn châu Phi. Ban có nhiệm vụ chỉ đạo các địa phương khoanh vùng, xử lý ổ dịch.",
			[]GoldTask{gt("Ban Chỉ đạo phòng, chống dịch tả lợn châu Phi", "chỉ đạo các địa phương khoanh vùng", "none", "")}},
		{"R6 corpus vinhlong-baovinhlong-bcd-nang-cap-do-thi-2017",
			"Chủ tịch UBND tỉnh đã có quyết định thành lập BCĐ nâng cấp, phát triển TP Vĩnh Long đạt đô thị loại II và TX Bình Minh đạt đô thị loại III vào năm 2020 do ông Trần Hoàng Tựu- Phó Chủ tịch UBND tỉnh làm Trưởng ban.\n\nBan có nhiệm vụ xây dựng kế hoạch và dự trù kinh phí thực hiện nâng cấp, phát triển; định kỳ quý, năm tổ chức kiểm tra, giám sát việc triển khai kế hoạch.",
			[]GoldTask{
				gt("BCĐ nâng cấp, phát triển TP Vĩnh Long và TX Bình Minh", "Ban có nhiệm vụ xây dựng kế hoạch", "none", ""),
				gt("BCĐ nâng cấp, phát triển TP Vĩnh Long và TX Bình Minh", "định kỳ quý, năm tổ chức kiểm tra", "recurring", ""),
			}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			res := Extract(c.text, vn.NewDate(2024, 3, 10))
			if len(res.Tasks) != len(c.tasks) {
				t.Fatalf("%d tasks, want %d: %+v", len(res.Tasks), len(c.tasks), res.Tasks)
			}
			for i, g := range c.tasks {
				if res.Tasks[i].Lead != g.Lead && !strings.HasPrefix(c.class, "R6 corpus") {
					t.Errorf("lead %q, want %q", res.Tasks[i].Lead, g.Lead)
				}
			}
			checkClass(t, c.text, vn.NewDate(2024, 3, 10), c.tasks)
		})
	}
}
