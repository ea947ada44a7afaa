package extract

import (
	"testing"

	"tiendo/vn"
)

// TestIntakePrecisionClasses holds the classes of false tasks found on
// texts annotated before the extractor was run on them (the fifth
// collection, testdata/intake/tune): each class has invented phrasings
// that differ in wording, and the corpus sentence it was found in, named
// in the case. The document date is 10/3/2024.
func TestIntakePrecisionClasses(t *testing.T) {
	cases := []struct {
		class, text string
		tasks       []GoldTask
	}{
		// P1: a modal or trigger inside brackets belongs to an aside, not
		// to the clause ("bên phải" is a side, not "must").
		{"P1 corpus quangnam-dailoc caption",
			"Đồng chí Nguyễn Hảo- Bí thư Huyện ủy, Chủ tịch HĐND huyện (thứ nhất tính từ bên phải qua) nhận khen thưởng tại Hội nghị", nil},
		// P-place: what a place will be — its size, people, seat — is no
		// work (tuyenquang-vietnamnet-bi-thu-chu-tich-truoc-sap-nhap-2025,
		// cantho-plo-tru-so-xa-phuong-sau-sap-nhap-2025); what it will do is.
		{"P-place size and seat",
			"Sau sắp xếp, xã Hòa Bình mới sẽ có diện tích tự nhiên 45 km2, dân số hơn 30.000 người. Phường Tân An sẽ có trụ sở tại UBND phường An Cư hiện nay. UBND xã Hòa Bình sẽ tổ chức bàn giao hồ sơ trước ngày 30/6/2025.",
			[]GoldTask{gt("UBND xã Hòa Bình", "tổ chức bàn giao hồ sơ", "date", "2025-06-30")}},
		// "các cấp độ" is a level of risk, not the bodies of every level.
		{"P-levels of risk are no bodies",
			"Bộ Y tế yêu cầu các cấp độ dịch được đánh giá hằng tuần.", nil},
		// A body that led and directed, in the past, hands nothing over
		// (hanoi-laodongthudo-dang-bo-phuong-tay-ho-hoi-nghi-lan-thu-iv-2025).
		{"P-past led and directed",
			"Trong 6 tháng qua, Đảng ủy phường đã lãnh đạo, chỉ đạo hệ thống chính trị hoàn thành khối lượng công việc rất lớn.", nil},
		// P-caption: a photo's caption with its credit tells what the photo
		// shows (gialai-baogialai-3214-ubnd-nl-dich-ta-heo-2023,
		// hcm-sggp-de-an-kenh-rach-ba-phuong-2025), and the request before it
		// goes on past it; a clause that opens by citing the document it
		// carries out is grounds (nghean-baonghean-chuyen-de-cong-tac-trong-tam-2025).
		{"P-caption credits and cited grounds",
			"UBND tỉnh yêu cầu các huyện tổ chức tiêm phòng cho đàn lợn.\n\nCán bộ thú y huyện Krông Pa phun khử khuẩn khu vực lò giết mổ. Ảnh: Minh Hà\n\nSóc Trăng phải tập trung đầu tư hạ tầng chiến lược - Ảnh 1\n\nTăng cường kiểm soát vận chuyển lợn qua địa bàn.\n\nThực hiện Kết luận số 148-KL/TW ngày 08/4/2025 của Bộ Chính trị; thời gian qua, các cấp ủy đã chủ động triển khai.",
			[]GoldTask{gt("các huyện", "tổ chức tiêm phòng cho đàn lợn", "none", ""),
				gt("các huyện", "Tăng cường kiểm soát vận chuyển lợn", "none", "")}},
		// "đáp ứng yêu cầu": a request made a noun by two words before it.
		{"P-request as a noun after two words",
			"Hàng hóa nhập khẩu phải đáp ứng yêu cầu các cơ quan quản lý kiểm tra chất lượng tại cửa khẩu.", nil},
		{"P1 caption from the left",
			"Giám đốc Sở Y tế (đứng giữa, bên phải) trao quà cho các y bác sĩ.", nil},
		{"P1 an aside that quotes a request",
			"Trưởng Công an xã (người được Chủ tịch yêu cầu báo cáo) trình bày tại cuộc họp.", nil},
		{"P1 square brackets",
			"Phó Chủ tịch UBND huyện [cần kiểm tra lại chức danh] dự buổi làm việc.", nil},
		{"P1 the modal outside the brackets stays",
			"UBND các xã (trừ xã Hòa Bình) phải hoàn thành kiểm kê đất đai trước ngày 30/4/2024.",
			[]GoldTask{gt("UBND các xã (trừ xã Hòa Bình)", "hoàn thành kiểm kê đất đai", "date", "2024-04-30")}},

		// P-past: a direction told in the past, with a manner between "đã"
		// and "chỉ đạo", hands nothing over again; a chair "chủ trì làm
		// việc" holds a meeting.
		{"P-past đã trực tiếp chỉ đạo … phải",
			"Thời gian qua, UBND huyện đã trực tiếp chỉ đạo các xã, thị trấn phải tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng.", nil},
		{"P-past đã kịp thời chỉ đạo",
			"Ngay sau sự cố, Sở Công Thương đã kịp thời chỉ đạo Điện lực tỉnh khắc phục đường dây bị đứt.", nil},
		{"P-past a live direction stays",
			"Chủ tịch UBND huyện trực tiếp chỉ đạo các xã tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng trước ngày 30/4/2024.",
			[]GoldTask{gt("các xã", "tập trung tháo gỡ vướng mắc", "date", "2024-04-30")}},
		{"P-past chủ trì làm việc",
			"Sáng 12/3, Phó Chủ tịch UBND tỉnh chủ trì làm việc với lãnh đạo các huyện về tiến độ giải ngân vốn đầu tư công.", nil},
		{"P-past chủ trì, then the work, stays",
			"Sở Tài chính chủ trì thẩm định dự toán kinh phí tổ chức lễ hội.",
			[]GoldTask{gt("Sở Tài chính", "thẩm định dự toán", "none", "")}},
		// P-proposal: a body's proposal, told, is its view, not work.
		{"P-proposal a commune proposes",
			"Theo đó, UBND xã đề nghị các thôn rà soát điểm tập kết rác. UBND xã đề xuất giữ nguyên khung giờ thu gom rác như hiện nay.",
			[]GoldTask{gt("các thôn", "rà soát điểm tập kết rác", "none", "")}},
		{"P-proposal handed over, a proposal is work",
			"Giao Sở Tài chính đề xuất phương án bố trí kinh phí sửa chữa trụ sở.",
			[]GoldTask{gt("Sở Tài chính", "đề xuất phương án bố trí kinh phí", "none", "")}},
		// P-grounds: "; căn cứ … để …" gives the grounds and aim of the work
		// before, not work of its own.
		{"P-grounds after ; continue the work",
			"UBND tỉnh giao Sở Xây dựng chủ trì, làm việc với các đơn vị liên quan; căn cứ quy định hiện hành để hướng dẫn chủ đầu tư lập hồ sơ.",
			[]GoldTask{gt("Sở Xây dựng", "giao Sở Xây dựng chủ trì", "none", "")}},
		// (The report that ends the sentence dates the work before it too.)
		{"P-grounds a clause with its own time stays a task",
			"UBND tỉnh giao Sở Xây dựng chủ trì, làm việc với các đơn vị liên quan; căn cứ kết quả làm việc, báo cáo UBND tỉnh trước ngày 30/3/2024.",
			[]GoldTask{gt("Sở Xây dựng", "giao Sở Xây dựng chủ trì", "date", "2024-03-30"),
				gt("Sở Xây dựng", "căn cứ kết quả làm việc, báo cáo", "date", "2024-03-30")}},
		// P-dateline: a news lead's meeting ("Sáng 16/9, UBND tỉnh tổ chức
		// Phiên họp …") is the meeting reported.
		{"P-dateline a meeting reported",
			"Sáng 16/3, UBND huyện tổ chức hội nghị sơ kết công tác quý I để chuẩn bị nội dung trình HĐND huyện trong tháng 4/2024.", nil},
		{"P-dateline work other than the meeting stays",
			"Chiều 12/3, Chủ tịch UBND huyện yêu cầu các xã hoàn thành thu thuế trước ngày 30/4/2024.",
			[]GoldTask{gt("các xã", "hoàn thành thu thuế", "date", "2024-04-30")}},
		// P-prevent: what a request aims to prevent ("Để không có trường hợp
		// …,") is no condition on it; a condition stays one.
		{"P-prevent a purpose naming a case to prevent",
			"Để không có trường hợp bệnh dại xuất hiện, UBND phường yêu cầu các tổ trưởng tổ dân phố vận động các hộ dân tiêm phòng cho chó, mèo.",
			[]GoldTask{gt("các tổ trưởng tổ dân phố", "vận động các hộ dân tiêm phòng", "none", "")}},
		{"P-prevent a condition stays a condition",
			"Trường hợp có khó khăn, vướng mắc, đề nghị các đơn vị báo cáo về Sở Y tế.", nil},
		// P-approval: a numbered item that approves ("3. Đồng ý chủ trương
		// …") is the meeting's decision, not the list's work.
		{"P-approval an item after a list of requests",
			"Chủ tịch UBND huyện kết luận như sau:\n\n1. Yêu cầu Chủ tịch UBND các xã:\n- Đẩy nhanh tiến độ giải phóng mặt bằng.\n\n2. Đồng ý chủ trương cho Trường THCS Tân Lập sửa chữa phòng học.",
			[]GoldTask{gt("Chủ tịch UBND các xã", "Đẩy nhanh tiến độ giải phóng mặt bằng", "none", "")}},
		// P-status: "sẽ" before a new status ("… sẽ chính thức đi vào hoạt
		// động", "… sẽ có hiệu lực") tells what will be, not work.
		{"P-status a body will start operating",
			"Lễ công bố diễn ra sáng 30/6/2025, đánh dấu thời khắc 126 xã, phường mới sẽ chính thức đi vào hoạt động.", nil},
		{"P-status a rule will take effect",
			"Theo kế hoạch, quy chế mới sẽ có hiệu lực từ ngày 1/7/2025.", nil},
		{"P-count a count as a subject is news of results",
			"Năm 2023, 12 xã đã hoàn thành xây dựng nông thôn mới.", nil},
		{"P-count communes counted when chosen are a selection",
			"Theo đó, An Giang chọn 06 xã bổ sung thực hiện xây dựng xã nông thôn mới giai đoạn 2021 - 2025.", nil},
		{"P-event a conference directed is no body",
			"Tổng Bí thư phát biểu chỉ đạo Hội nghị trực tuyến toàn quốc triển khai công tác bầu cử, sáng 21/1/2021.", nil},
		{"P-event an association is a body",
			"UBND tỉnh đề nghị Hội Nông dân tỉnh phối hợp tuyên truyền về bầu cử.",
			[]GoldTask{gt("Hội Nông dân tỉnh", "phối hợp tuyên truyền", "none", "")}},
		{"P-giaoban a review meeting is no hand-over",
			"Sáng nay, UBND huyện tổ chức giao ban tháng 9 đánh giá kết quả thực hiện nhiệm vụ.", nil},
		{"P-comma a speaker before a comma is no subject",
			"UBND tỉnh yêu cầu các xã rà soát các điểm sạt lở. Chủ tịch tỉnh nhấn mạnh, sẽ xử lý nghiêm những tổ chức, cá nhân làm chậm trễ.",
			[]GoldTask{gt("các xã", "rà soát các điểm sạt lở", "none", "")}},
		{"P-comma a list of bodies is no subject and its work",
			"Theo kế hoạch, các cơ quan, tổ chức Trung ương được tổ chức theo ngành dọc tại tỉnh.", nil},
		{"P-status what will no longer be done",
			"Bí thư Thành ủy Trần Lưu Quang thông tin sẽ không tiếp tục sắp xếp phường, xã tại thành phố.", nil},
		{"P-status a commitment to keep doing stays one",
			"UBND phường sẽ không ngừng nâng cao chất lượng phục vụ người dân.",
			[]GoldTask{gt("UBND phường", "nâng cao chất lượng phục vụ", "none", "")}},
		// P-thanks: thanking the reader is courtesy, not work.
		{"P-thanks an answer to a petition closes with thanks",
			"UBND phường đã chỉ đạo tổ dân phố thu gom rác. UBND phường chân thành cảm ơn ý kiến phản ánh của Ông/Bà và mong tiếp tục nhận được phản ánh trong thời gian tới.", nil},
		// P2: a belief or hope before "sẽ" makes what follows the
		// speaker's expectation, not a body's commitment.
		{"P2 corpus daknong speech",
			"Chủ tịch Quốc hội tin tưởng, tiếp nối truyền thống cách mạng vẻ vang, tinh thần “đi sau, vượt trước”, với khát vọng và quyết tâm lớn, với bản lĩnh và nghị lực, cùng sự đoàn kết, đồng lòng, Đắk Nông sẽ sớm trở thành “Tỉnh mạnh - Dân giàu - Thiên nhiên tươi đẹp - Xã hội nghĩa tình”.", nil},
		{"P2 hy vọng", "Bộ trưởng hy vọng thời gian tới ngành giáo dục tỉnh sẽ có nhiều chuyển biến.", nil},
		{"P2 mong muốn with cần", "Đồng chí Bí thư mong muốn Đảng bộ xã cần phát huy truyền thống đoàn kết.", nil},
		{"P2 kỳ vọng with phải", "Thứ trưởng kỳ vọng các trường phải trở thành trung tâm văn hóa của địa phương.", nil},
		{"P2 a commitment without a belief stays",
			"UBND phường sẽ tổ chức đối thoại với các hộ dân vào ngày 20/3/2024.",
			[]GoldTask{gt("UBND phường", "tổ chức đối thoại", "date", "2024-03-20")}},

		// P3: a request to regard something as something asks for an
		// attitude, with no work to follow up.
		{"P3 corpus danang-syt",
			"Sở Y tế yêu cầu thủ trưởng đơn vị xem công tác ứng phó và khắc phục hậu quả do thiên tai là nhiệm vụ trọng tâm của giai đoạn hiện nay.", nil},
		{"P3 coi … là", "UBND huyện đề nghị các xã coi công tác phòng cháy là nhiệm vụ thường xuyên.", nil},
		{"P3 xác định … là", "Ban Thường vụ Huyện ủy yêu cầu các chi bộ xác định chuyển đổi số là nhiệm vụ trọng tâm năm 2024.", nil},
		{"P3 xem xét is work", "Đề nghị Sở Tài chính xem xét, bố trí kinh phí cho dự án trước ngày 30/4/2024.",
			[]GoldTask{gt("Sở Tài chính", "bố trí kinh phí cho dự án", "date", "2024-04-30")}},

		// P4: "chịu trách nhiệm trước … về …" is accountability however it
		// is opened, when the words before it name no work.
		{"P4 corpus danang-syt",
			"Sở Y tế đề nghị các bệnh viện tăng cường kiểm tra cơ số thuốc. Tập trung chỉ đạo quyết liệt và chịu trách nhiệm trước Giám đốc Sở Y tế cũng như Ủy ban nhân dân thành phố về công tác phòng, chống thiên tai của đơn vị.",
			[]GoldTask{gt("các bệnh viện", "kiểm tra cơ số thuốc", "none", "")}},
		{"P4 trực tiếp chỉ đạo và chịu trách nhiệm nếu",
			"UBND huyện yêu cầu Chủ tịch UBND các xã trực tiếp chỉ đạo và chịu trách nhiệm trước Chủ tịch UBND huyện nếu để xảy ra cháy rừng.", nil},
		{"P4 lãnh đạo, chịu hoàn toàn trách nhiệm về",
			"Đề nghị Hiệu trưởng các trường khẩn trương lãnh đạo, chịu hoàn toàn trách nhiệm về an toàn thực phẩm tại bếp ăn.", nil},
		{"P4 real work before it stays",
			"Yêu cầu các xã rà soát hộ nghèo và chịu trách nhiệm trước UBND huyện về số liệu báo cáo.",
			[]GoldTask{gt("các xã", "rà soát hộ nghèo", "none", "")}},

		// P5: a modal right after a noun naming work opens a relative
		// clause on that noun ("nhiệm vụ cần thực hiện"): no body's task.
		{"P5 probe: HĐND conclusion",
			"Kết luận cuộc họp, đồng chí Chủ tịch HĐND huyện kết luận một số nhiệm vụ cần tập trung thực hiện: yêu cầu UBND huyện tập trung chỉ đạo giải quyết kiến nghị của cử tri.",
			[]GoldTask{gt("UBND huyện", "giải quyết kiến nghị của cử tri", "none", "")}},
		{"P5 những hạn chế cần khắc phục", "Đoàn kiểm tra chỉ ra những hạn chế cần khắc phục trong công tác quản lý đất đai.", nil},
		{"P5 các nội dung sẽ được bàn", "Hội nghị thống nhất các nội dung sẽ trình kỳ họp HĐND huyện.", nil},
		{"P5 công việc phải làm ngay", "Bí thư nêu những công việc phải làm ngay sau Tết.", nil},
		{"P5 a body before the modal stays",
			"Phòng Nội vụ cần hoàn thành hồ sơ thi đua trước ngày 20/3/2024.",
			[]GoldTask{gt("Phòng Nội vụ", "hoàn thành hồ sơ thi đua", "date", "2024-03-20")}},

		// P6: "do X chủ trì" names the agent of a passive: who chairs what
		// the sentence talks about, not a body given work.
		{"P6 probe: meetings chaired by the chairman",
			"UBND tỉnh vừa có văn bản số 1523 về việc chấn chỉnh tình trạng lãnh đạo một số đơn vị chưa nghiêm túc tham dự các cuộc họp do Chủ tịch, Thường trực UBND tỉnh chủ trì, như: không tham dự hoặc cử không đúng thành phần.", nil},
		{"P6 do Sở chủ trì", "Các đơn vị đã tham gia đầy đủ các lớp tập huấn do Sở Tư pháp chủ trì, tổ chức.", nil},
		{"P6 do Ban Thường vụ chủ trì",
			"Hội nghị trực tuyến do Ban Thường vụ Tỉnh ủy chủ trì, kết nối tới các huyện, diễn ra trong một buổi.", nil},
		{"P6 a cause is not an agent",
			"Do thiếu kinh phí, UBND xã phải hoàn thành thủ tục xin hỗ trợ trước ngày 30/4/2024.",
			[]GoldTask{gt("UBND xã", "hoàn thành thủ tục xin hỗ trợ", "date", "2024-04-30")}},

		// P7: a verb with a result complement and no modal or target tells
		// how something turned out.
		{"P7 probe: the month's review",
			"Trong tháng 8 năm 2020, Thường trực HĐND huyện tổ chức thành công kỳ họp thứ 10 HĐND huyện bảo đảm theo quy định; phối hợp tổ chức tiếp xúc cử tri.", nil},
		{"P7 corpus quangnam-dailoc",
			"Theo đó, Đảng bộ huyện Đại Lộc hoàn thành xuất sắc nhiệm vụ năm 2021 và được Tỉnh ủy khen thưởng.", nil},
		{"P7 diễn ra thành công", "Theo kế hoạch, Đại hội Chi bộ thôn Đông diễn ra thành công vào ngày 5/3/2024.", nil},
		{"P7 a target stays",
			"Theo đó, Đảng bộ xã cần tổ chức thành công Đại hội trước ngày 30/6/2024.",
			[]GoldTask{gt("Đảng bộ xã", "tổ chức thành công Đại hội", "date", "2024-06-30")}},

		// P8: a verb of opinion or belief before the subject makes the
		// modal after it the speaker's view, reported.
		{"P8 probe: the press ought to",
			"(CLO) Thủ tướng cho rằng, báo chí truyền thông phải góp phần lan tỏa năng lượng tích cực trong xã hội, nhân rộng những gương người tốt, việc tốt.", nil},
		{"P8 nhận định", "Bộ trưởng nhận định, các địa phương cần nhiều thời gian hơn để thích ứng.", nil},
		{"P8 tin tưởng with a comma", "Bí thư Tỉnh ủy tin tưởng, Đảng bộ xã Hòa Bình sẽ hoàn thành các chỉ tiêu nghị quyết.", nil},
		{"P8 nhận xét", "Đoàn giám sát nhận xét, UBND xã phải làm rõ hơn nguyên nhân chậm giải ngân.", nil},
		{"P8 a reported direction stays",
			"Chủ tịch UBND tỉnh nhấn mạnh, các sở, ngành phải hoàn thành rà soát thủ tục hành chính trước ngày 30/4/2024.",
			[]GoldTask{gt("các sở, ngành", "hoàn thành rà soát thủ tục hành chính", "date", "2024-04-30")}},

		// P9: a lede and the body's restatement of it are one task: the
		// same lead, the same run of words.
		{"P9 corpus danang-hoan-thanh-dai-hoi",
			"Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức Đảng lãnh đạo, chỉ đạo việc tổ chức đại hội chi bộ trực thuộc Đảng ủy cơ sở, hoàn thành trước ngày 15-6-2024.\n\nTheo đó, Ban Thường vụ Thành ủy yêu cầu trước mắt các cấp ủy, tổ chức Đảng tập trung lãnh đạo, chỉ đạo tổ chức đại hội chi bộ trực thuộc Đảng ủy cơ sở và chi bộ cơ sở theo đúng tinh thần Chỉ thị số 35-CT/TW.",
			[]GoldTask{gt("các cấp ủy, tổ chức Đảng", "lãnh đạo, chỉ đạo việc tổ chức đại hội", "date", "2024-06-15")}},
		{"P9 the body dates the lede",
			"UBND tỉnh yêu cầu Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n\nCụ thể, Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong các khu công nghiệp, hoàn thành trước ngày 30/4/2024.",
			[]GoldTask{gt("Sở Y tế", "kiểm tra an toàn thực phẩm tại các bếp ăn tập thể", "date", "2024-04-30")}},
		{"P9 a longer list of the same bodies",
			"Chủ tịch UBND tỉnh đề nghị UBND các huyện rà soát hộ nghèo phát sinh sau lũ.\n\nTheo đó, đề nghị UBND các huyện, thị xã rà soát hộ nghèo phát sinh sau lũ, báo cáo Sở Lao động.",
			[]GoldTask{gt("UBND các huyện", "rà soát hộ nghèo phát sinh sau lũ", "none", "")}},
		{"P9 other work of the same lead stays",
			"UBND tỉnh yêu cầu Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n\nĐồng thời, Sở Y tế tổ chức tập huấn kiến thức an toàn thực phẩm cho chủ cơ sở kinh doanh.",
			[]GoldTask{
				gt("Sở Y tế", "kiểm tra an toàn thực phẩm tại các bếp ăn", "none", ""),
				gt("Sở Y tế", "tổ chức tập huấn kiến thức", "none", ""),
			}},
		{"P9 a body inside another's name is another body",
			"Theo kế hoạch, đại hội các chi bộ trực thuộc đảng bộ cơ sở huyện hoàn thành trước ngày 15.4; đại hội đảng bộ cơ sở hoàn thành trước ngày 30.6.",
			[]GoldTask{
				gt("các chi bộ trực thuộc đảng bộ cơ sở huyện", "đại hội các chi bộ", "date", "2024-04-15"),
				gt("đảng bộ cơ sở", "đại hội đảng bộ cơ sở", "date", "2024-06-30"),
			}},

		// P10: a report's section of results tells what was done, whatever
		// its verbs; a directive's section of the same title asks for it.
		{"P10 corpus quangnam-bc-chi-dao-dieu-hanh",
			"Báo cáo công tác chỉ đạo điều hành của UBND tỉnh, tình hình KT-XH tháng 2 và 2 tháng năm 2024; nhiệm vụ công tác trọng tâm tháng 3/2024\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CỦA UBND TỈNH THÁNG 2/2024\n\nTrong tháng 2/2024, UBND tỉnh tập trung chỉ đạo các Sở, ngành, địa phương tiếp tục tháo gỡ các khó khăn, vướng mắc trong sản xuất kinh doanh; duy trì các tổ công tác hỗ trợ các doanh nghiệp.\n\nTriển khai thực hiện các Nghị quyết của Tỉnh ủy; chỉ đạo các ngành chuẩn bị nội dung các báo cáo, đề án để trình kỳ họp HĐND tỉnh vào tháng 7/2024.", nil},
		{"P10 a commune's report, results then tasks",
			"BÁO CÁO\nKết quả công tác quý I và nhiệm vụ quý II năm 2024\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n\nUBND xã chỉ đạo các thôn ra quân làm đường giao thông nông thôn; Công an xã tổ chức tuần tra 24 đợt.\n\nII. NHIỆM VỤ QUÝ II\n\nĐề nghị Công an xã tăng cường tuần tra bảo đảm an ninh trật tự trong dịp lễ 30/4.",
			// Work for an occasion takes its day (README, deadline rules).
			[]GoldTask{gt("Công an xã", "tăng cường tuần tra", "date", "2024-04-30")}},
		{"P10 đánh giá tình hình in a report",
			"BÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2023\n\nI. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2023\n\n1. Về nông nghiệp\n\n- Phòng Nông nghiệp hướng dẫn nông dân gieo cấy đúng lịch thời vụ.\n- Các xã hoàn thành kiên cố hóa 12 km kênh mương.", nil},
		{"P10 a directive's evaluation section holds tasks",
			"CHỈ THỊ\nVề lập kế hoạch đầu tư công năm 2025\n\nI. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024\n\nCác sở, ngành, địa phương khẩn trương đánh giá tình hình thực hiện kế hoạch đầu tư công năm 2024, gửi Sở Kế hoạch và Đầu tư trước ngày 30/4/2024.",
			[]GoldTask{gt("Các sở, ngành, địa phương", "đánh giá tình hình thực hiện kế hoạch", "date", "2024-04-30")}},

		// P11: a later sentence whose only work is to hand the result over,
		// with no schedule of its own, is the last step of the lead's work.
		{"P11 corpus quangninh-thanh-tra",
			"Đồng thời, giao UBND các địa phương thành lập đoàn thanh tra để thanh tra tại địa phương.\n\nĐồng thời, UBND các địa phương tổng hợp và báo cáo kết quả thanh tra về Thanh tra tỉnh để tổng hợp chung báo cáo Thanh tra Chính phủ và UBND tỉnh theo đúng chỉ đạo.",
			[]GoldTask{gt("UBND các địa phương", "thành lập đoàn thanh tra", "none", "")}},
		{"P11 gửi",
			"Đề nghị các trường rà soát hồ sơ học sinh khuyết tật.\n\nCác trường gửi danh sách về Phòng Giáo dục để tổng hợp.",
			[]GoldTask{gt("các trường", "rà soát hồ sơ học sinh khuyết tật", "none", "")}},
		{"P11 nộp, with the first dated",
			"Yêu cầu các hợp tác xã kiểm kê tài sản trước ngày 15/4/2024. Các hợp tác xã nộp biên bản kiểm kê cho Phòng Kinh tế.",
			[]GoldTask{gt("các hợp tác xã", "kiểm kê tài sản", "date", "2024-04-15")}},
		{"P11 a report with its own schedule stays",
			"Đề nghị các xã rà soát hộ nghèo. Các xã báo cáo kết quả về Phòng Lao động định kỳ hằng tháng trước ngày 20.",
			[]GoldTask{
				gt("các xã", "rà soát hộ nghèo", "none", ""),
				gt("Các xã", "báo cáo kết quả về Phòng Lao động", "recurring", ""),
			}},
		{"P11 another lead's report stays",
			"Đề nghị các xã rà soát hộ nghèo. Phòng Lao động báo cáo UBND huyện kết quả rà soát toàn huyện.",
			[]GoldTask{
				gt("các xã", "rà soát hộ nghèo", "none", ""),
				gt("Phòng Lao động", "báo cáo UBND huyện kết quả", "none", ""),
			}},

		// P12: work that waits for a notice, a request or a need has no
		// time of its own; a state lasting until a notice is timed by it.
		{"P12 corpus phutho-tiep-cong-dan",
			"Theo đó, tại các điểm cầu cấp xã, phường, Chủ tịch UBND cấp xã sẽ trực tiếp tham gia khi có thông báo của Ban Tiếp công dân tỉnh, đảm bảo sự phối hợp chặt chẽ giữa các cấp.", nil},
		{"P12 khi được yêu cầu", "Đề nghị các doanh nghiệp cung cấp hồ sơ, tài liệu khi được yêu cầu.", nil},
		{"P12 khi có phát sinh", "Yêu cầu Trạm Y tế xã báo cáo ngay về Trung tâm Y tế khi có phát sinh ca bệnh.", nil},
		{"P12 until a notice is not waiting for one",
			"Yêu cầu UBND các xã tạm dừng tổ chức lễ hội cho đến khi có thông báo mới.",
			[]GoldTask{gt("UBND các xã", "tạm dừng tổ chức lễ hội", "none", "")}},

		// P13: the closing formula with a report asked only if a problem
		// arises: the formula carries out the text, the report is a condition.
		{"P13 probe: Bình Định religious festivals letter",
			"Theo đó, Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền.", nil},
		{"P13 khi có vướng mắc", "Yêu cầu các phòng, ban nghiêm túc thực hiện và phản ánh về Văn phòng khi có vướng mắc.", nil},
		{"P13 trường hợp", "Đề nghị các xã tổ chức thực hiện và xin ý kiến UBND huyện trong trường hợp có khó khăn.", nil},
		{"P13 work before the report stays",
			"Đề nghị các xã rà soát đất công và báo cáo UBND huyện nếu phát hiện lấn chiếm.",
			[]GoldTask{gt("các xã", "rà soát đất công", "none", "")}},

		// P14: after "phối hợp với", a ";" separates partners; the work
		// after them is the same task's.
		{"P14 probe: Đắk Lắk reorganisation letter",
			"UBND tỉnh Đắk Lắk vừa có văn bản đề nghị các cấp ủy, tổ chức Đảng; các cơ quan, đơn vị khẩn trương, chủ động phối hợp với các sở, ban, ngành; cơ quan đơn vị liên quan của tỉnh sắp xếp, sáp nhập triển khai phương án sắp xếp tổ chức bộ máy.",
			[]GoldTask{gt("các cấp ủy, tổ chức Đảng; các cơ quan, đơn vị", "phương án sắp xếp tổ chức bộ máy", "none", "")}},
		{"P14 chủ trì, phối hợp với … ; …",
			"Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính; UBND các huyện kiểm tra giá vật liệu xây dựng.",
			[]GoldTask{gt("Sở Xây dựng", "kiểm tra giá vật liệu xây dựng", "none", "")}},
		{"P14 phối hợp cùng",
			"Đề nghị Đoàn Thanh niên xã phối hợp cùng Hội Phụ nữ; các chi hội nông dân ra quân dọn vệ sinh kênh mương.",
			[]GoldTask{gt("Đoàn Thanh niên xã", "ra quân dọn vệ sinh kênh mương", "none", "")}},
		{"P14 work after the partners closes the list",
			"Giao Sở Y tế phối hợp với Sở Tài chính lập dự toán mua vắc xin; UBND các huyện rà soát đối tượng tiêm.",
			[]GoldTask{
				gt("Sở Y tế", "lập dự toán mua vắc xin", "none", ""),
				gt("UBND các huyện", "rà soát đối tượng tiêm", "none", ""),
			}},

		// P15: what must hold while the work is done is a requirement on
		// that work, not work of its own.
		{"P15 corpus danang-syt",
			"Sở Y tế yêu cầu các cơ sở y tế tổ chức trực 24/24 giờ. Sở cũng lưu ý các đơn vị phải đảm bảo an toàn cho nhân viên y tế, người lao động trong quá trình thực hiện.",
			[]GoldTask{gt("các cơ sở y tế", "tổ chức trực 24/24 giờ", "none", "")}},
		{"P15 bảo đảm trật tự during building",
			"Đề nghị các nhà thầu bảo đảm an toàn giao thông, vệ sinh môi trường trong quá trình thi công.", nil},
		{"P15 cần đảm bảo during organisation",
			"Các chi hội cần đảm bảo tiết kiệm, không phô trương hình thức trong suốt quá trình tổ chức.", nil},
		{"P15 work with a time stays",
			"Đề nghị Công an xã bảo đảm an ninh trật tự trong thời gian diễn ra lễ hội từ ngày 15/3/2024 đến ngày 17/3/2024.",
			[]GoldTask{gt("Công an xã", "bảo đảm an ninh trật tự", "date", "2024-03-17")}},

		// P16: a request made to a higher tier of government is a
		// petition: it asks and assigns nothing.
		{"P16 district to province",
			"UBND tỉnh yêu cầu các sở rà soát thiệt hại. Lãnh đạo UBND huyện đề nghị UBND tỉnh quan tâm hỗ trợ kinh phí khắc phục hậu quả lũ lụt.",
			[]GoldTask{gt("các sở", "rà soát thiệt hại", "none", "")}},
		{"P16 commune to district", "UBND xã Thạch Kênh đề nghị UBND huyện Thạch Hà sớm cấp kinh phí sửa chữa trường học.", nil},
		{"P16 province to the centre", "UBND tỉnh đề nghị Thủ tướng Chính phủ xem xét bổ sung vốn cho dự án.", nil},
		{"P16 the tier of a fronted place does not count",
			"Tại buổi làm việc với UBND xã Kỳ Tân, Phó Chủ tịch UBND tỉnh đề nghị UBND huyện Kỳ Anh hỗ trợ xã hoàn thiện hồ sơ đất đai.",
			[]GoldTask{gt("UBND huyện Kỳ Anh", "hoàn thiện hồ sơ đất đai", "none", "")}},
		{"P16 downward stays",
			"UBND huyện đề nghị UBND các xã hoàn thành thu thuế sử dụng đất trước ngày 30/4/2024.",
			[]GoldTask{gt("UBND các xã", "hoàn thành thu thuế", "date", "2024-04-30")}},
		// P17: no work of its own (seventh collection): a request only to
		// carry out what was written, a request to learn from a fault, and
		// a legal-text site's record line.
		{"P17 nghiêm túc triển khai thực hiện, không chủ quan",
			"Chủ tịch UBND tỉnh cũng yêu cầu Thủ trưởng các sở, ngành nghiêm túc triển khai thực hiện, không chủ quan, lơ là, mất cảnh giác./.", nil},
		{"P17 concrete work after nghiêm túc stays",
			"Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện việc kiểm tra thân nhiệt tại cơ quan.",
			[]GoldTask{gt("Thủ trưởng các sở, ngành", "kiểm tra thân nhiệt", "none", "")}},
		{"P17 rút kinh nghiệm",
			"Các văn bản trên đề nghị thủ trưởng các sở, ngành rút kinh nghiệm, không để lặp lại khuyết điểm.", nil},
		{"P17 a record line of a legal-text site",
			"- Cơ quan ban hành: Tỉnh Lâm Đồng\n- Người ký: Nguyễn Văn A\nTình trạng hiệu lực: Còn hiệu lực", nil},
		{"P17 a news page's record lines",
			"Cập nhật ngày: 27/12/2017 - 00:02\n\nĐoàn giám sát yêu cầu Chi bộ UBND xã khắc phục tồn tại, hạn chế.\nThực hiện: Thanh Loan",
			[]GoldTask{gt("Chi bộ UBND xã", "khắc phục tồn tại, hạn chế", "none", "")}},
		{"P17 a notice's closing formula without biết",
			"Chủ tịch UBND tỉnh giao Sở Tài nguyên và Môi trường kiểm tra các điểm ô nhiễm chất thải nông thôn.\n\nVăn phòng UBND tỉnh thông báo để Sở Tài nguyên và Môi trường, các cơ quan liên quan thực hiện./.",
			[]GoldTask{gt("Sở Tài nguyên và Môi trường", "kiểm tra các điểm ô nhiễm", "none", "")}},
		{"P17 bare chịu trách nhiệm after a condition",
			"UBND tỉnh yêu cầu các huyện hoàn thành giải phóng mặt bằng trước ngày 25/3/2024. Sau thời gian trên, địa phương nào không hoàn thành, Chủ tịch UBND các huyện sẽ phải chịu trách nhiệm.",
			[]GoldTask{gt("các huyện", "hoàn thành giải phóng mặt bằng", "date", "2024-03-25")}},
		{"P16 xã hội is no tier",
			"Các tổ chức chính trị - xã hội đề nghị UBND huyện tổ chức đối thoại với nhân dân.",
			[]GoldTask{gt("UBND huyện", "tổ chức đối thoại với nhân dân", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			checkClass(t, c.text, vn.NewDate(2024, 3, 10), c.tasks)
		})
	}
}

// TestRecordLines checks which lines are a page's record of itself, not
// text: a byline names people, so a label that names bodies is kept.
func TestRecordLines(t *testing.T) {
	for _, c := range []struct {
		line   string
		record bool
	}{
		{"Người ký: Nguyễn Văn A", true},
		{"Cập nhật ngày: 27/12/2017 - 00:02", true},
		{"Thực hiện: Thanh Loan", true},
		{"Tin, ảnh: Minh Hà - Quốc Tuấn", true},
		{"Thực hiện: Ban Chỉ huy Quân sự xã, Đoàn Thanh niên.", false},
		{"Thực hiện: UBND các xã", false},
		{"Thực hiện: các phòng, ban chuyên môn", false},
	} {
		if got := metadataLabelRe.MatchString(c.line); got != c.record {
			t.Errorf("%q: record line %v, want %v", c.line, got, c.record)
		}
	}
}

// TestNameLines: a byline's name after a text's end ("Hợp Nhất", from
// phuyen-thanhtra-thu-tuong-chuyen-muc-dich-dat-lua) is no continuation of
// the work before it, though "hợp nhất" is a verb.
func TestNameLines(t *testing.T) {
	for _, c := range []struct {
		line string
		name bool
	}{
		{"Hợp Nhất", true},
		{"Minh Hà", true},
		{"Tổ Chức Thực Hiện", true},
		{"Hợp nhất các trạm y tế", false},
		{"Tổ chức Đại hội", false},
		{"UBND xã", false},
		{"Ngày 5/3", false},
	} {
		if got := nameLine(c.line); got != c.name {
			t.Errorf("%q: name line %v, want %v", c.line, got, c.name)
		}
	}
	runTaskCases(t, vn.NewDate(2024, 5, 2), []taskCase{
		{"a byline after the last task",
			"Thủ tướng yêu cầu UBND tỉnh chỉ đạo chuyển mục đích sử dụng đất theo quy định.\n\nBộ Tài nguyên và Môi trường theo dõi, hướng dẫn thực hiện./.\n\nHợp Nhất",
			[]GoldTask{gt("UBND tỉnh", "chỉ đạo chuyển mục đích", "none", ""),
				gt("Bộ Tài nguyên và Môi trường", "theo dõi, hướng dẫn thực hiện", "none", "")}},
	})
}
