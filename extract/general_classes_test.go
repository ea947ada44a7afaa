package extract

import (
	"strings"
	"testing"

	"tiendo/vn"
)

// TestIntakeGeneralClasses holds classes of directive language found by
// writing texts of each kind the intake takes (letters, news of meetings,
// party reviews) rather than by reading the corpus: each class has several
// invented phrasings. The document date is 10/3/2024.
func TestIntakeGeneralClasses(t *testing.T) {
	cases := []struct {
		class, text string
		tasks       []GoldTask
	}{
		// G1: a numbered line that only names bodies and ends with ":"
		// gives the lead of the items under it.
		{"G1 numbered name line then bullets",
			"UBND tỉnh yêu cầu:\n\n2. UBND các huyện, thị xã, thành phố:\n- Tăng cường kiểm tra, xử lý vi phạm đất đai.\n- Chỉ đạo UBND cấp xã cập nhật biến động đất đai.",
			[]GoldTask{
				gt("UBND các huyện, thị xã, thành phố", "xử lý vi phạm đất đai", "none", ""),
				gt("UBND các huyện, thị xã, thành phố", "cập nhật biến động đất đai", "none", ""),
			}},
		{"G1 lettered name line",
			"a) Sở Y tế:\n- Chỉ đạo các bệnh viện bảo đảm đủ thuốc, vật tư trước ngày 30/4/2024.\n- Hướng dẫn các cơ sở y tế tư nhân báo cáo số ca bệnh hằng tuần.",
			[]GoldTask{
				gt("Sở Y tế", "bảo đảm đủ thuốc", "date", "2024-04-30"),
				gt("Sở Y tế", "Hướng dẫn các cơ sở y tế tư nhân", "recurring", ""), // a weekly report recurs
			}},
		{"G1 a title line is not a name", "II. NHIỆM VỤ TRỌNG TÂM:\n- Sở Tài chính bố trí kinh phí thực hiện.",
			[]GoldTask{gt("Sở Tài chính", "bố trí kinh phí thực hiện", "none", "")}},
		// G2: after a plural, a collective noun spelt like a verb is a name.
		{"G2 các tổ chức chính trị - xã hội",
			"Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền, vận động nhân dân chấp hành pháp luật.",
			[]GoldTask{gt("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội", "vận động nhân dân chấp hành", "none", "")}},
		{"G2 các cơ sở giáo dục", "Sở Giáo dục yêu cầu các cơ sở giáo dục kiểm tra bếp ăn bán trú.",
			[]GoldTask{gt("các cơ sở giáo dục", "kiểm tra bếp ăn bán trú", "none", "")}},
		{"G2 the verb after a plural still acts", "Đề nghị các đơn vị tổ chức tập huấn nghiệp vụ trong quý II/2024.",
			[]GoldTask{gt("các đơn vị", "tổ chức tập huấn nghiệp vụ", "period", "2024-06-30")}},
		// G3: the closing formula names nothing to do.
		{"G3 closing nghiêm túc thực hiện",
			"Giao Sở Nội vụ rà soát biên chế.\n\nYêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện./.",
			[]GoldTask{gt("Sở Nội vụ", "rà soát biên chế", "none", "")}},
		{"G3 closing tổ chức triển khai thực hiện có hiệu quả",
			"Đề nghị các phòng, ban chuyên môn tổ chức triển khai thực hiện có hiệu quả nội dung trên.", nil},
		{"G3 thực hiện with an object stays a task",
			"Đề nghị các xã thực hiện việc chi trả trợ cấp trước ngày 15/4/2024.",
			[]GoldTask{gt("các xã", "thực hiện việc chi trả trợ cấp", "date", "2024-04-15")}},
		// G4: the hand-over is the last trigger before the addressees;
		// "Phát biểu chỉ đạo, …" names a speech.
		{"G4 speech verb before the trigger",
			"Phát biểu chỉ đạo, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy tập trung lãnh đạo hoàn thành các chỉ tiêu năm 2024.",
			[]GoldTask{gt("các cấp ủy", "tập trung lãnh đạo hoàn thành", "none", "")}},
		{"G4 kết luận chỉ đạo then đề nghị",
			"Kết luận chỉ đạo, Chủ tịch UBND huyện đề nghị Phòng Nông nghiệp hướng dẫn nông dân gieo sạ đúng lịch thời vụ.",
			[]GoldTask{gt("Phòng Nông nghiệp", "hướng dẫn nông dân gieo sạ", "none", "")}},
		// G5: "lưu ý X cần …" hands over like "đề nghị".
		{"G5 lưu ý",
			"Ông cũng lưu ý các cơ quan, đơn vị cần quan tâm hơn đến công tác phát triển đảng viên.",
			[]GoldTask{gt("các cơ quan, đơn vị", "quan tâm hơn đến công tác phát triển", "none", "")}},
		{"G5 lưu ý with a verb", "Đồng chí Phó Chủ tịch lưu ý các xã ven biển rà soát phương án sơ tán dân trước mùa mưa bão.",
			[]GoldTask{gt("các xã ven biển", "rà soát phương án sơ tán", "none", "")}},
		// G6: an event of a list of bodies keeps the whole list.
		{"G6 event of các xã, thị trấn",
			"Đại hội Đảng bộ các xã, thị trấn hoàn thành trong quý I/2025.",
			[]GoldTask{gt("Đảng bộ các xã, thị trấn", "Đại hội Đảng bộ các xã, thị trấn", "period", "2025-03-31")}},
		// G7: a fronted adverbial of time before the subject.
		{"G7 Kết thúc …, subject",
			"Theo kế hoạch, Công an các huyện tăng cường tuần tra. Kết thúc đợt cao điểm, các đơn vị báo cáo kết quả về Công an tỉnh trước ngày 28/2/2024.",
			[]GoldTask{
				gt("Công an các huyện", "tăng cường tuần tra", "none", ""),
				gt("các đơn vị", "báo cáo kết quả về Công an tỉnh", "date", "2024-02-28"),
			}},
		{"G7 Sau khi …, subject",
			"Giao Phòng Tư pháp thẩm định dự thảo quy chế. Sau khi có ý kiến thẩm định, Văn phòng HĐND và UBND huyện hoàn chỉnh dự thảo trình UBND huyện.",
			[]GoldTask{
				gt("Phòng Tư pháp", "thẩm định dự thảo quy chế", "none", ""),
				gt("Văn phòng HĐND và UBND huyện", "hoàn chỉnh dự thảo", "none", ""),
			}},
		{"G7 a fronted purpose opens what the issuer does",
			"Giao Sở Y tế hướng dẫn phòng dịch. Nhằm bảo đảm an toàn, UBND tỉnh xin thông báo tạm hoãn tiếp công dân.",
			[]GoldTask{gt("Sở Y tế", "hướng dẫn phòng dịch", "none", "")}},
		// G8: a sentence whose verb is not read does not end the passage
		// that assigns work; a narrative one does.
		{"G8 passage goes on past an unread sentence",
			"Theo kế hoạch, Công an các huyện tăng cường tuần tra. Đội Cảnh sát cơ động túc trực 24/24 giờ. Phòng Cảnh sát hình sự chủ trì đấu tranh với tội phạm có tổ chức.",
			[]GoldTask{
				gt("Công an các huyện", "tăng cường tuần tra", "none", ""),
				gt("Phòng Cảnh sát hình sự", "đấu tranh với tội phạm", "none", ""),
			}},
		{"G8 a narrative sentence ends it",
			"Theo kế hoạch, Công an các huyện tăng cường tuần tra. Năm 2023, Công an tỉnh triệt phá 45 băng nhóm. Phòng Cảnh sát hình sự bắt giữ 320 đối tượng.",
			[]GoldTask{gt("Công an các huyện", "tăng cường tuần tra", "none", "")}},
		// G10: a plan's item as a heading with its attributes below it.
		{"G10 chủ trì and thời gian lines",
			"1. Tổ chức lễ phát động Tháng hành động\n- Đơn vị chủ trì: Phòng Y tế huyện.\n- Đơn vị phối hợp: Trung tâm Y tế huyện, UBND các xã.\n- Thời gian: Trước ngày 25/4/2024.\n\n" +
				"2. Kiểm tra liên ngành về an toàn thực phẩm\n- Cơ quan thực hiện: Đoàn kiểm tra liên ngành huyện.\n- Thời gian thực hiện: Từ ngày 15/4 đến ngày 15/5/2024.",
			[]GoldTask{
				gt("Phòng Y tế huyện", "Tổ chức lễ phát động", "date", "2024-04-25"),
				gt("Đoàn kiểm tra liên ngành huyện", "Kiểm tra liên ngành", "date", "2024-05-15"),
			}},
		{"G10 attributes as plain lines, period",
			"a) Rà soát, cập nhật cơ sở dữ liệu hộ nghèo\nCơ quan chủ trì: Phòng Lao động - Thương binh và Xã hội.\nThời gian hoàn thành: Quý II/2024.",
			[]GoldTask{gt("Phòng Lao động - Thương binh và Xã hội", "cập nhật cơ sở dữ liệu hộ nghèo", "period", "2024-06-30")}},
		{"G10 the attribute replaces the list's lead",
			"UBND huyện giao các phòng, ban thực hiện các nhiệm vụ sau:\n1. Xây dựng kế hoạch chuyển đổi số năm 2024.\n- Chủ trì: Phòng Văn hóa và Thông tin.",
			[]GoldTask{gt("Phòng Văn hóa và Thông tin", "Xây dựng kế hoạch chuyển đổi số", "none", "")}},
		{"G10 a deadline on the line after an item",
			"3. Phòng Văn hóa và Thông tin chỉ đạo Đài Truyền thanh tăng cường tuyên truyền.\nThời gian: trong tháng 4/2024.",
			[]GoldTask{gt("Phòng Văn hóa và Thông tin", "tăng cường tuyên truyền", "period", "2024-04-30")}},
		{"G10 a label before the subject",
			"5. Chế độ báo cáo: UBND các xã báo cáo kết quả về Phòng Y tế trước ngày 20/5/2024.",
			[]GoldTask{gt("UBND các xã", "báo cáo kết quả về Phòng Y tế", "date", "2024-05-20")}},
		{"G10 attribute lines with no item above are not tasks",
			"Thời gian: sáng ngày 14/9/2024.\nĐịa điểm: Hội trường UBND xã.", nil},
		// G11: a news item's title sums up its body; it is not read.
		{"G11 title restates the body",
			"Bộ Nội vụ đề nghị các địa phương tạm dừng sáp nhập sở, ngành\n\nGD&TĐ - Để sắp xếp tổ chức bộ máy, Bộ Nội vụ đề nghị UBND các tỉnh, thành phố tạm dừng việc sáp nhập các cơ quan chuyên môn.",
			[]GoldTask{gt("UBND các tỉnh, thành phố", "tạm dừng việc sáp nhập", "none", "")}},
		{"G11 a one-line text is read", "Đề nghị các xã rà soát hộ nghèo trước ngày 30/6/2024",
			[]GoldTask{gt("các xã", "rà soát hộ nghèo", "date", "2024-06-30")}},
		// G12: a trigger after a label's colon ("Điều 2: Giao cho …").
		{"G12 Điều 2: Giao",
			"QUYẾT ĐỊNH:\nĐiều 1: Phê duyệt chương trình chăm sóc sức khỏe nhân dân.\nĐiều 2: Giao cho Sở Y tế tổ chức triển khai và phối hợp với các địa phương thực hiện tốt chương trình.",
			[]GoldTask{gt("Sở Y tế", "Giao cho Sở Y tế tổ chức triển khai", "none", "")}},
		// G13: a name that holds a verb after a comma is not a later hand-over.
		{"G13 Đoàn kiểm tra, chỉ đạo …",
			"Chủ tịch UBND tỉnh đề nghị các Đoàn kiểm tra, chỉ đạo công tác phòng chống thiên tai trực tiếp xuống cơ sở để đôn đốc địa phương.",
			[]GoldTask{gt("các Đoàn kiểm tra, chỉ đạo công tác phòng chống thiên tai", "đề nghị các Đoàn kiểm tra", "none", "")}},
		// G14: accountability "đối với", an announcing lead-in of the issuer,
		// a body's own reception schedule.
		{"G14 chịu trách nhiệm đối với",
			"Giao các phòng tự kiểm tra việc cấp phép. Thủ trưởng cơ quan, đơn vị chịu trách nhiệm đối với những trường hợp báo cáo không trung thực.",
			[]GoldTask{gt("các phòng", "tự kiểm tra việc cấp phép", "none", "")}},
		{"G14 the issuer announces its items",
			"UBND xã Long Phụng ban hành Kế hoạch cải cách hành chính năm 2025 trên địa bàn xã, cụ thể như sau:\n- Công chức Tư pháp - Hộ tịch rà soát thủ tục hành chính.",
			[]GoldTask{gt("Công chức Tư pháp - Hộ tịch", "rà soát thủ tục hành chính", "none", "")}},
		{"G14 a reception schedule",
			"Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau: Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày thứ Tư hằng tuần.", nil},
		{"G14 a reception schedule as a list item",
			"Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau:\n- Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày thứ Năm hằng tuần.\n- Công chức Tư pháp tiếp công dân thường xuyên tại trụ sở.", nil},
		{"G14 a reception on a day is a task",
			"Chủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân định kỳ tháng 11 vào ngày 11/11/2024.",
			[]GoldTask{gt("Chủ tịch UBND tỉnh", "chủ trì buổi tiếp công dân", "date", "2024-11-11")}},
		// G15: the hand-over of the same deliverable a sentence later.
		{"G15 Báo cáo gửi về … trước",
			"Giao các sở, ngành giải trình những nội dung khác nhau. Báo cáo gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/4/2024. Gửi kèm file vào hòm thư điện tử.",
			[]GoldTask{gt("các sở, ngành", "giải trình những nội dung", "date", "2024-04-05")}},
		{"G15 Trước ngày …, subject phải báo cáo",
			"Bộ đề nghị các sở báo cáo nhanh tình hình biến động sĩ số. Trước ngày 18/3, các địa phương phải báo cáo Bộ một số nội dung.",
			[]GoldTask{gt("các sở", "báo cáo nhanh tình hình", "date", "2024-03-18")}},
		{"G15 another body's report is its own task",
			"Giao Sở Tài chính rà soát các khoản chi. Sở Kế hoạch và Đầu tư báo cáo UBND tỉnh về tiến độ giải ngân trước ngày 30/4/2024.",
			[]GoldTask{
				gt("Sở Tài chính", "rà soát các khoản chi", "none", ""),
				gt("Sở Kế hoạch và Đầu tư", "báo cáo UBND tỉnh về tiến độ", "date", "2024-04-30"),
			}},
		// G16: honorifics before a role ("các ông xóm trưởng"), hamlets.
		{"G16 các ông xóm trưởng",
			"Ủy ban nhân dân xã yêu cầu các ông xóm trưởng thực hiện nghiêm một số nội dung sau:\n1. Nắm bắt thông tin người dân đến địa bàn.\n2. Báo cáo UBND xã danh sách người về từ vùng dịch trước ngày 15/3/2024.",
			[]GoldTask{
				gt("các ông xóm trưởng", "Nắm bắt thông tin người dân", "none", ""),
				gt("các ông xóm trưởng", "Báo cáo UBND xã danh sách", "date", "2024-03-15"),
			}},
		{"G16 các bà chi hội trưởng and trưởng xóm",
			"Hội Phụ nữ xã đề nghị các bà chi hội trưởng vận động hội viên tham gia hiến máu. Trưởng xóm các xóm thông báo lịch tiêm chủng đến từng hộ.",
			[]GoldTask{
				gt("các bà chi hội trưởng", "vận động hội viên tham gia hiến máu", "none", ""),
				gt("Trưởng xóm các xóm", "thông báo lịch tiêm chủng", "none", ""),
			}},
		// G17: exhortations to discipline are not tasks; the request goes on.
		{"G17 chấp hành giờ giấc then real work",
			"Chủ tịch UBND xã kết luận: Đề nghị cán bộ, công chức xã chấp hành tốt giờ giấc làm việc, kỷ luật, kỷ cương hành chính. Tiếp tục hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
			[]GoldTask{gt("cán bộ, công chức xã", "hướng dẫn người dân sử dụng dịch vụ công", "none", "")}},
		{"G17 nêu cao tinh thần trách nhiệm",
			"Yêu cầu các phòng, ban nêu cao tinh thần trách nhiệm trong thực thi công vụ.", nil},
		{"G17 chấp hành with work stays a task",
			"Yêu cầu các cơ sở kinh doanh xăng dầu chấp hành chế độ báo cáo định kỳ hằng quý.",
			[]GoldTask{gt("các cơ sở kinh doanh xăng dầu", "chấp hành chế độ báo cáo", "recurring", "")}},
		// G18: a subject that holds a document's number is a clause about it.
		{"G18 nhận được Báo cáo số …",
			"Ngày 4/12/2024, UBND tỉnh ban hành Công văn số 2221/UBND-TH. UBND tỉnh nhận được Báo cáo số 552/BC-HĐND của HĐND tỉnh về tổng hợp ý kiến thẩm tra.", nil},
		// G19: a list item names its bodies, a colon, then the work.
		{"G19 Sở: Chủ trì …",
			"Chủ tịch UBND tỉnh chỉ thị:\n1. Sở Y tế: Chủ trì, phối hợp với các cơ quan liên quan theo dõi chặt chẽ tình hình dịch bệnh.\n" +
				"2. Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Ngãi: Tăng cường thời lượng tuyên truyền trong tháng 6/2024.",
			[]GoldTask{
				gt("Sở Y tế", "theo dõi chặt chẽ tình hình dịch bệnh", "none", ""),
				gt("Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Ngãi", "Tăng cường thời lượng tuyên truyền", "period", "2024-06-30"),
			}},
		{"G19 a label that is not a body stays a label",
			"- Nội dung: Tuyên truyền về phòng chống dịch bệnh.\n- Hình thức: Tổ chức hội nghị trực tuyến.", nil},
		// G20: a time phrase between the addressees and their work is the
		// deadline, not part of the lead.
		{"G20 đề nghị X trong tháng 5 tập trung …",
			"Đồng chí Trưởng ban đề nghị các cơ quan báo chí trong tháng 5 tập trung tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh.",
			[]GoldTask{gt("các cơ quan báo chí", "tập trung tuyên truyền kỷ niệm", "period", "2024-05-31")}},
		{"G20 yêu cầu X trước ngày … báo cáo",
			"Yêu cầu UBND các xã trước ngày 20/3/2024 báo cáo kết quả rà soát hộ nghèo.",
			[]GoldTask{gt("UBND các xã", "báo cáo kết quả rà soát hộ nghèo", "date", "2024-03-20")}},
		// G21: a request to the public assigns no task, but the passage
		// assigns work: the bodies named after it act.
		{"G21 đề nghị phụ huynh, then bodies",
			"UBND phường thông báo lịch tiêm vắc xin sởi như sau:\n\nĐề nghị phụ huynh đưa trẻ đến tiêm đúng lịch.\n\n" +
				"Trạm Y tế phường chuẩn bị đầy đủ vắc xin, vật tư. Các tổ dân phố thông báo rộng rãi đến từng hộ gia đình trước ngày 20/3/2024.",
			[]GoldTask{
				gt("Trạm Y tế phường", "chuẩn bị đầy đủ vắc xin", "none", ""),
				gt("Các tổ dân phố", "thông báo rộng rãi đến từng hộ", "date", "2024-03-20"),
			}},
		// G22: nouns spelt with a verb's syllable do not start a predicate.
		{"G22 công trình, chương trình, giao thông",
			"Theo đó, Công ty Khai thác công trình thủy lợi điều tiết nước hợp lý. Ban Quản lý chương trình mục tiêu quốc gia rà soát danh mục dự án. Ban An toàn giao thông huyện tăng cường tuyên truyền.",
			[]GoldTask{
				gt("Công ty Khai thác công trình thủy lợi", "điều tiết nước hợp lý", "none", ""),
				gt("Ban Quản lý chương trình mục tiêu quốc gia", "rà soát danh mục dự án", "none", ""),
				gt("Ban An toàn giao thông huyện", "tăng cường tuyên truyền", "none", ""),
			}},
		// G23: a hard-wrapped paragraph is read as one; a subject-less
		// "Chỉ đạo X …" after a narrative sentence goes on telling.
		{"G23 wrapped lines",
			"Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các\nxã kiểm tra hiện trạng sử dụng đất công; báo cáo UBND huyện trước\nngày 30/4/2024.",
			[]GoldTask{gt("Phòng Tài nguyên và Môi trường", "kiểm tra hiện trạng sử dụng đất công", "date", "2024-04-30")}},
		{"G23 narrative goes on without a subject",
			"UBND tỉnh đã tổ chức Hội nghị tổng kết 5 năm xây dựng nông thôn mới.\nTổ chức các đoàn công tác kiểm tra tại một số huyện. Chỉ đạo các\nhuyện, thành phố xây dựng kế hoạch thực hiện năm 2016.", nil},
		{"G23 a request after narrative is still one",
			"Năm 2023, huyện đã hoàn thành 95% chỉ tiêu. Yêu cầu các xã rà soát hộ nghèo trước ngày 30/4/2024.",
			[]GoldTask{gt("các xã", "rà soát hộ nghèo", "date", "2024-04-30")}},
		// G24: items take the deadline written above them.
		{"G24 lead-in with a deadline",
			"UBND huyện yêu cầu các xã, thị trấn thực hiện các nội dung sau, hoàn thành trước ngày 30/4/2024:\n1. Rà soát danh sách hộ nghèo.\n2. Lập kế hoạch hỗ trợ nhà ở trong tháng 5/2024.",
			[]GoldTask{
				gt("các xã, thị trấn", "Rà soát danh sách hộ nghèo", "date", "2024-04-30"),
				gt("các xã, thị trấn", "Lập kế hoạch hỗ trợ nhà ở", "period", "2024-05-31"),
			}},
		{"G24 thường xuyên in the lead-in",
			"Yêu cầu Phòng Nội vụ thường xuyên thực hiện các nhiệm vụ sau:\n- Theo dõi tình hình cán bộ, công chức.",
			[]GoldTask{gt("Phòng Nội vụ", "Theo dõi tình hình cán bộ", "continuous", "")}},
		{"G24 a time heading",
			"3. Trong quý II/2024:\n- Phòng Tài chính - Kế hoạch bố trí kinh phí cho các xã.\n- Phòng Y tế kiểm tra an toàn thực phẩm trước ngày 15/4/2024.\n\nII. TỔ CHỨC THỰC HIỆN\n- Phòng Nội vụ tổng hợp kết quả.",
			[]GoldTask{
				gt("Phòng Tài chính - Kế hoạch", "bố trí kinh phí cho các xã", "period", "2024-06-30"),
				gt("Phòng Y tế", "kiểm tra an toàn thực phẩm", "date", "2024-04-15"),
				gt("Phòng Nội vụ", "tổng hợp kết quả", "none", ""),
			}},
		// G25: a time fronted before the subject dates the work; before a
		// hand-over only a bounding one does.
		{"G25 Trước ngày …, subject phải",
			"Theo kế hoạch, trước ngày 18/4, các địa phương phải báo cáo Bộ số liệu học sinh bỏ học.",
			[]GoldTask{gt("các địa phương", "báo cáo Bộ số liệu học sinh", "date", "2024-04-18")}},
		{"G25 Sáng …, subject acts",
			"Theo kế hoạch, sáng 20/3/2024, các chi đoàn ra quân làm sạch bãi biển.",
			[]GoldTask{gt("các chi đoàn", "ra quân làm sạch bãi biển", "date", "2024-03-20")}},
		{"G25 Sáng …, a request made that day",
			"Sáng 14/3/2024, Chủ tịch UBND tỉnh yêu cầu các sở rà soát thủ tục đầu tư.",
			[]GoldTask{gt("các sở", "rà soát thủ tục đầu tư", "none", "")}},
		{"G25 Trong tháng 5, đề nghị …",
			"Trong tháng 5/2024, đề nghị các xã tổ chức tuyên truyền phòng chống đuối nước.",
			[]GoldTask{gt("các xã", "tổ chức tuyên truyền phòng chống đuối nước", "period", "2024-05-31")}},
		{"G24 an announcing sentence's deadline",
			"UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo, UBND các huyện tập trung thực hiện một số giải pháp cấp bách trước ngày 30/4/2024.\n\n" +
				"Tăng cường kiểm tra an toàn thực phẩm tại bếp ăn bán trú. Rà soát hệ thống phòng cháy tại các trường học trong tháng 5/2024.",
			[]GoldTask{
				gt("Sở Giáo dục và Đào tạo, UBND các huyện", "kiểm tra an toàn thực phẩm", "date", "2024-04-30"),
				gt("Sở Giáo dục và Đào tạo, UBND các huyện", "Rà soát hệ thống phòng cháy", "period", "2024-05-31"),
			}},
		// G26: a plan's aims and requirements are not tasks.
		{"G26 MỤC ĐÍCH, YÊU CẦU section",
			"I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tăng cường khối đại đoàn kết toàn dân tộc.\n2. Yêu cầu\n- Các khu dân cư tổ chức Ngày hội thiết thực, tránh hình thức.\n- Các cơ quan, đơn vị phải bảo đảm tiết kiệm, an toàn.\n\n" +
				"II. TỔ CHỨC THỰC HIỆN\n1. Ủy ban MTTQ Việt Nam xã hướng dẫn các khu dân cư tổ chức Ngày hội.",
			[]GoldTask{gt("Ủy ban MTTQ Việt Nam xã", "hướng dẫn các khu dân cư", "none", "")}},
		{"G26 numbered sections",
			"1. Mục đích, yêu cầu:\n- Các đơn vị phải nghiêm túc, tránh hình thức.\n2. Nội dung thực hiện\n- Phòng Văn hóa tổ chức hội thi trong tháng 4/2024.",
			[]GoldTask{gt("Phòng Văn hóa", "tổ chức hội thi", "period", "2024-04-30")}},
		// G27: contractors and investors carry tasks.
		{"G27 nhà thầu, chủ đầu tư",
			"Phó Chủ tịch UBND tỉnh yêu cầu UBND huyện vận động các hộ dân bàn giao mặt bằng. Các nhà thầu cần bố trí đủ máy móc, nhân lực. Chủ đầu tư phải hoàn thiện hồ sơ quyết toán trong quý III/2024.",
			[]GoldTask{
				gt("UBND huyện", "vận động các hộ dân bàn giao", "none", ""),
				gt("Các nhà thầu", "bố trí đủ máy móc", "none", ""),
				gt("Chủ đầu tư", "hoàn thiện hồ sơ quyết toán", "period", "2024-09-30"),
			}},
		// G28: work bounded by a date is work to do, with no trigger before.
		{"G28 subject, action, trước ngày",
			"Quý III, Đảng ủy đã lãnh đạo hoàn thành tốt các chỉ tiêu. Các chi bộ trực thuộc hoàn thành đại hội trước ngày 15/11/2024.",
			[]GoldTask{gt("Các chi bộ trực thuộc", "hoàn thành đại hội", "date", "2024-11-15")}},
		{"G28 a result within a year is no task",
			"Trong năm 2023, lực lượng bảo vệ an ninh ở cơ sở đã phối hợp chặt chẽ với Công an xã. Các xã hoàn thành chỉ tiêu trong năm 2023 đã đề ra.", nil},
		// G29: "Quý cơ quan" names the letter's addressees politely.
		{"G29 đề nghị Quý cơ quan, đơn vị",
			"Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã, thành phố.\n\nSở Tài chính đề nghị Quý cơ quan, đơn vị báo cáo tình hình thực hiện dự toán, gửi về Sở Tài chính trước ngày 20/6/2024.\n\nRất mong nhận được sự phối hợp của Quý cơ quan, đơn vị./.",
			[]GoldTask{gt("Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", "báo cáo tình hình thực hiện dự toán", "date", "2024-06-20")}},
		// G30: the closing words of a letter carry out the text itself; a
		// condition before a request makes it what to do if.
		{"G30 closings with the text as object or at the letter's end",
			"Giao Sở Nội vụ rà soát biên chế.\n\nĐề nghị Thủ trưởng các đơn vị quán triệt, tổ chức thực hiện nghiêm túc nội dung Công văn này.\nUBND tỉnh yêu cầu các đơn vị quan tâm, phối hợp thực hiện./.",
			[]GoldTask{gt("Sở Nội vụ", "rà soát biên chế", "none", "")}},
		{"G30 a bare request in running text stays a task",
			"Văn phòng có trách nhiệm tổng hợp danh sách các đơn vị. Yêu cầu UBND các xã, thị trấn phối hợp và tổ chức thực hiện.",
			[]GoldTask{
				gt("Văn phòng", "tổng hợp danh sách các đơn vị", "none", ""),
				gt("UBND các xã, thị trấn", "phối hợp và tổ chức thực hiện", "none", ""),
			}},
		{"G30 nếu có khó khăn, đề nghị …",
			"Giao Sở Nội vụ rà soát biên chế. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Sở Nội vụ để tổng hợp.",
			[]GoldTask{gt("Sở Nội vụ", "rà soát biên chế", "none", "")}},
		{"G14 accountability in a list item",
			"Chủ tịch UBND huyện kết luận:\n1. Giao Phòng Tài chính thẩm định dự toán.\n2. UBND xã Đồng Tâm chịu trách nhiệm trước Chủ tịch UBND huyện về tiến độ bàn giao mặt bằng.",
			[]GoldTask{gt("Phòng Tài chính", "thẩm định dự toán", "none", "")}},
		{"G27 chủ rừng",
			"Chi cục Kiểm lâm có nhiệm vụ hướng dẫn các chủ rừng xây dựng phương án phòng cháy. Các chủ rừng phải bố trí lực lượng trực 24/24 giờ trong những ngày nắng nóng.",
			[]GoldTask{
				gt("Chi cục Kiểm lâm", "hướng dẫn các chủ rừng", "none", ""),
				gt("Các chủ rừng", "bố trí lực lượng trực", "none", ""),
			}},
		// G31: a meeting named after the work is where the direction was
		// given; named before it, the request was met there.
		{"G31 quoted direction attributed to a meeting",
			"\"Xã, phường phải tổ chức giao ban thường xuyên. Chủ tịch UBND phải báo cáo đầy đủ công việc cho Bí thư\" - đó là chỉ đạo của Bí thư Tỉnh ủy tại hội nghị giao ban ngày 24/9.",
			[]GoldTask{
				gt("Xã, phường", "phải tổ chức giao ban thường xuyên", "continuous", ""),
				gt("Chủ tịch UBND", "phải báo cáo đầy đủ công việc", "none", ""),
			}},
		{"G31 a report asked and given in the meeting",
			"Tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở báo cáo tình hình giải ngân.", nil},
		// G32: a lowercase verb after "các phòng" acts; a capitalised one names.
		{"G32 các phòng + verb",
			"Yêu cầu các phòng báo cáo tình hình giải ngân trước ngày 15/4/2024. Phòng Quản lý đô thị kiểm tra trật tự xây dựng.",
			[]GoldTask{
				gt("các phòng", "báo cáo tình hình giải ngân", "date", "2024-04-15"),
				gt("Phòng Quản lý đô thị", "kiểm tra trật tự xây dựng", "none", ""),
			}},
		// G33: the passive of a request.
		{"G33 được yêu cầu, được đề nghị",
			"Theo công văn, các địa phương được yêu cầu hoàn thành rà soát hộ nghèo trước ngày 30/4/2024. Sở Y tế được đề nghị hướng dẫn các bệnh viện bảo đảm đủ thuốc.",
			[]GoldTask{
				gt("các địa phương", "hoàn thành rà soát hộ nghèo", "date", "2024-04-30"),
				gt("Sở Y tế", "hướng dẫn các bệnh viện", "none", ""),
			}},
		// G34: voters' petitions are not tasks; the answer's assignment is.
		{"G34 cử tri đề nghị, then the answer",
			"Cử tri xã Tân Lập đề nghị UBND huyện sớm đầu tư sửa chữa tuyến đường liên xã.\n\nTrả lời: UBND huyện đã giao Phòng Kinh tế và Hạ tầng khảo sát, lập dự toán sửa chữa trong năm 2025.\n\nNhân dân kiến nghị các cơ quan chức năng xử lý khai thác cát trái phép.",
			[]GoldTask{gt("Phòng Kinh tế và Hạ tầng", "khảo sát, lập dự toán sửa chữa", "period", "2025-12-31")}},
		// G35 ("…; đồng thời + action" continues the lead) was tried and
		// dropped: it raised the tuning half and lowered the checking half.
		// G36: a fronted topic ("Trong công tác …,", "Về …,") before a
		// subject-less action continues the request before it.
		{"G36 Trong công tác …, after đề nghị",
			"Chủ tịch UBND huyện đề nghị các xã làm tốt công tác tiêm phòng cho đàn gia súc. Trong công tác tuyên truyền, tăng cường phát thanh trên loa truyền thanh về dịch bệnh.",
			[]GoldTask{gt("các xã", "làm tốt công tác tiêm phòng", "none", ""), gt("các xã", "tăng cường phát thanh", "none", "")}},
		{"G36 Về …, after yêu cầu",
			"Bí thư Huyện ủy yêu cầu các chi bộ rà soát, sàng lọc đảng viên. Về công tác phát triển đảng, chú trọng kết nạp đoàn viên ưu tú.",
			[]GoldTask{gt("các chi bộ", "rà soát, sàng lọc đảng viên", "none", ""), gt("các chi bộ", "chú trọng kết nạp đoàn viên", "none", "")}},
		// G37: a document reported by its summary alone ("vừa có văn bản
		// chỉ đạo X …") is X's task when no items follow.
		{"G37 vừa có văn bản chỉ đạo, alone",
			"UBND huyện vừa có văn bản chỉ đạo các xã, thị trấn tăng cường phòng chống rét cho đàn gia súc.",
			[]GoldTask{gt("các xã, thị trấn", "phòng chống rét cho đàn gia súc", "none", "")}},
		{"G37 vừa có công văn chỉ đạo, then narrative",
			"Sở Y tế vừa có công văn chỉ đạo các bệnh viện bảo đảm đủ thuốc, vật tư y tế trong dịp Tết.\n\nNăm 2023, các bệnh viện đã tiếp nhận 12.000 lượt bệnh nhân.",
			[]GoldTask{gt("các bệnh viện", "bảo đảm đủ thuốc", "none", "")}},
		{"G37 a summary of measures in general, alone, is the task",
			"Chủ tịch UBND tỉnh vừa có công văn hỏa tốc chỉ đạo các sở, ngành triển khai các giải pháp cấp bách để chống ngập úng.",
			[]GoldTask{gt("các sở, ngành", "triển khai các giải pháp cấp bách", "none", "")}},
		{"G37 a summary of measures in general gives way to the items that spell it out",
			"UBND huyện vừa có văn bản chỉ đạo các xã thực hiện một số giải pháp phòng chống rét. Theo đó, các xã kiểm tra chuồng trại; bố trí đủ thức ăn dự trữ cho đàn gia súc.",
			[]GoldTask{gt("các xã", "kiểm tra chuồng trại", "none", ""), gt("các xã", "bố trí đủ thức ăn", "none", "")}},
		{"G37 a letter's addressees and its request with no verb of request between",
			"Bộ trưởng Bộ Y tế đã có điện khẩn gửi Sở Y tế các tỉnh miền núi phối hợp với chính quyền địa phương rà soát số ca mắc sởi.",
			[]GoldTask{gt("Sở Y tế các tỉnh miền núi", "rà soát số ca mắc sởi", "none", "")}},
		// A letter sent on a subject that is work gives it to its
		// addressees (2026-12-08: five such ledes in the tuning gold were
		// tasks; the rest spell the letter out after it, see R-letter); a
		// subject that names no work is the letter's topic.
		{"G37 a letter sent on a subject that is work",
			"UBND thành phố vừa có công văn gửi Sở Xây dựng và UBND các phường về việc rà soát trụ sở làm việc sau sắp xếp.",
			[]GoldTask{gt("Sở Xây dựng và UBND các phường", "rà soát trụ sở làm việc", "none", "")}},
		{"G37 a letter sent on a topic names no request",
			"UBND thành phố vừa có công văn gửi Sở Xây dựng và UBND các phường về việc tình hình trụ sở làm việc sau sắp xếp.",
			nil},
		{"G37 a letter sent up a tier is a petition",
			"UBND xã Tân Lập có văn bản gửi UBND tỉnh hỗ trợ kinh phí sửa chữa đập tràn.",
			nil},
		// G38: a schedule called off in the next sentence ("Tuy nhiên, …
		// tạm dừng / tạm hoãn …") is no task.
		{"G38 tạm dừng after a schedule",
			"Theo kế hoạch, Đại hội Chi bộ thôn Đông tổ chức trước ngày 20/3/2024. Tuy nhiên, do dịch bệnh, Huyện ủy đã tạm dừng đại hội đến khi có chỉ đạo mới.", nil},
		{"G38 tạm hoãn after a dated duty",
			"Các xã hoàn thành chi trả trợ cấp trước ngày 15/4/2024. Tuy nhiên, việc chi trả được tạm hoãn theo chỉ đạo của tỉnh.", nil},
		// G39: "còn" (also) in a subject tells one more result.
		{"G39 các chi hội còn …",
			"Năm qua, các cơ sở hội đã vận động được 500 suất quà. Các chi hội còn thành lập 12 mô hình sinh kế cho phụ nữ nghèo.", nil},
		{"G39 Hội Nông dân xã còn …",
			"Theo kế hoạch, Hội Nông dân xã còn phối hợp tổ chức 3 lớp tập huấn kỹ thuật trước ngày 30/4/2024.", nil},
		// G40: a party cell's manner of leading ("đổi mới phương thức lãnh
		// đạo", "bám sát nghị quyết") is an exhortation, not work.
		{"G40 đổi mới phương thức lãnh đạo",
			"Đồng chí Bí thư đề nghị Chi bộ cần tiếp tục đổi mới phương thức lãnh đạo, gần dân, sát dân.", nil},
		{"G40 bám sát nghị quyết",
			"Bí thư Đảng ủy yêu cầu các chi bộ tiếp tục bám sát nghị quyết của Đảng ủy, phát huy vai trò hạt nhân chính trị.", nil},
		{"G40 trackable work of a cell stays",
			"Đề nghị các chi bộ đổi mới nội dung sinh hoạt chi bộ trong quý II/2024.",
			[]GoldTask{gt("các chi bộ", "đổi mới nội dung sinh hoạt", "period", "2024-06-30")}},
		// G41: "Nhiệm vụ (trong) thời gian tới," / "Phương hướng thời gian
		// tới," opens the work ahead after a report of results.
		{"G41 Nhiệm vụ thời gian tới",
			"Thời gian qua, Thường trực HĐND xã đã giám sát 3 chuyên đề. Nhiệm vụ thời gian tới, các Ban HĐND chủ động hoàn thành kế hoạch giám sát về y tế.",
			[]GoldTask{gt("các Ban HĐND", "hoàn thành kế hoạch giám sát", "none", "")}},
		{"G41 Phương hướng thời gian tới",
			"Năm 2023, Hội Nông dân xã đã hỗ trợ 30 hộ vay vốn. Phương hướng thời gian tới, Hội Nông dân xã tiếp tục phối hợp với Ngân hàng Chính sách xã hội giải ngân vốn vay.",
			[]GoldTask{gt("Hội Nông dân xã", "giải ngân vốn vay", "none", "")}},
		// G42: a commune's staff named by their field ("các chuyên môn",
		// "bộ phận chuyên môn").
		{"G42 các chuyên môn",
			"Chủ tịch UBND xã chỉ đạo các chuyên môn rà soát hộ nghèo, cận nghèo trước ngày 30/4/2024.",
			[]GoldTask{gt("các chuyên môn", "rà soát hộ nghèo", "date", "2024-04-30")}},
		{"G42 các chuyên môn, đơn vị thuộc thẩm quyền",
			"Chủ tịch UBND xã yêu cầu các chuyên môn, đơn vị thuộc thẩm quyền đẩy nhanh tiến độ giải ngân các dự án.",
			[]GoldTask{gt("các chuyên môn, đơn vị thuộc thẩm quyền", "giải ngân các dự án", "none", "")}},
		// G43: a meeting described by who chairs it is no task.
		{"G43 Hội nghị do … chủ trì",
			"UBND huyện yêu cầu các xã báo cáo kết quả trước ngày 20/3/2024. Hội nghị do đồng chí Phó Chủ tịch UBND huyện chủ trì, gồm đại diện các phòng, ban.",
			[]GoldTask{gt("các xã", "báo cáo kết quả", "date", "2024-03-20")}},
		{"G43 Cuộc họp do … chủ trì",
			"Theo đó, các phòng rà soát hồ sơ tồn đọng. Cuộc họp do đồng chí Chánh Văn phòng chủ trì, gồm lãnh đạo các phòng.",
			[]GoldTask{gt("các phòng", "rà soát hồ sơ tồn đọng", "none", "")}},
		// G44: a colon inside a request opens its items on the same line;
		// the sentences after it are that lead's tasks.
		{"G44 các nội dung như: then sentences",
			"Kết luận phiên họp, Chủ tịch UBND xã yêu cầu các đơn vị thực hiện tốt các nội dung như: Rà soát hộ nghèo, cận nghèo. Đẩy nhanh giải ngân vốn đầu tư công. Quản lý chặt chẽ đất công.",
			[]GoldTask{gt("các đơn vị", "Rà soát hộ nghèo", "none", ""), gt("các đơn vị", "Đẩy nhanh giải ngân", "none", ""),
				gt("các đơn vị", "Quản lý chặt chẽ đất công", "none", "")}},
		{"G44 những việc sau: then sentences",
			"Giám đốc Sở đề nghị các phòng chuyên môn làm ngay những việc sau: Tổng hợp số liệu quý I. Cập nhật phần mềm quản lý hồ sơ.",
			[]GoldTask{gt("các phòng chuyên môn", "Tổng hợp số liệu quý I", "none", ""), gt("các phòng chuyên môn", "Cập nhật phần mềm", "none", "")}},
		// G45: carrying out "nhiệm vụ được giao" names no work.
		{"G45 chủ động thực hiện nhiệm vụ được giao",
			"Theo đó, công chức chuyên môn chủ động thực hiện nhiệm vụ được giao đảm bảo thời gian, chất lượng.", nil},
		{"G45 hoàn thành tốt nhiệm vụ được giao",
			"Đề nghị các đồng chí trưởng thôn hoàn thành tốt nhiệm vụ được giao.", nil},
		// G46: "Nổi bật, chỉ đạo …" picks out a result told before.
		{"G46 Nổi bật, chỉ đạo … after a report",
			"Thời gian qua, Thường trực HĐND xã đã bám sát chương trình công tác. Nổi bật, chỉ đạo UBND xã trả lời kiến nghị của cử tri sau kỳ họp.", nil},
		{"G46 Trong đó, chỉ đạo … after a report",
			"Năm 2023, Đảng ủy xã đã lãnh đạo hoàn thành 15/17 chỉ tiêu. Trong đó, chỉ đạo các chi bộ kết nạp 12 đảng viên mới.", nil},
		// G47: a subject list from a plural at the clause start goes on
		// through bare nouns to a longer name.
		{"G47 … đơn vị, lực lượng vũ trang",
			"Theo đó, các cơ quan, đơn vị, lực lượng vũ trang treo cờ Tổ quốc tại trụ sở từ ngày 23/3/2024 đến hết ngày 26/3/2024.",
			[]GoldTask{gt("các cơ quan, đơn vị, lực lượng vũ trang", "treo cờ Tổ quốc", "date", "2024-03-26")}},
		{"G47 … trường học, ban cán sự các thôn",
			"Theo đó, các cơ quan, trường học, ban cán sự các thôn tổ chức tổng vệ sinh khu dân cư.",
			[]GoldTask{gt("các cơ quan, trường học, ban cán sự các thôn", "tổng vệ sinh khu dân cư", "none", "")}},
		// G48: an adverb between the trigger and the addressees is not
		// part of the lead.
		{"G48 yêu cầu trước mắt",
			"Ban Thường vụ Huyện ủy yêu cầu trước mắt các chi bộ rà soát danh sách đảng viên.",
			[]GoldTask{gt("các chi bộ", "rà soát danh sách đảng viên", "none", "")}},
		{"G48 đề nghị trong thời gian tới",
			"UBND huyện đề nghị trong thời gian tới các xã tăng cường kiểm tra an toàn thực phẩm.",
			[]GoldTask{gt("các xã", "kiểm tra an toàn thực phẩm", "none", "")}},
		// G49: a list item written as a sentence with its own subject: an
		// action after ";" is that subject's next task, as in running text.
		{"G49 numbered notice item with ;",
			"UBND xã thông báo như sau:\n1. Trạm Y tế xã tuyên truyền phòng chống sốt xuất huyết.\n2. Các thôn trên địa bàn xã tổ chức phun hóa chất diệt muỗi; tổng vệ sinh khu dân cư, khơi thông cống rãnh.",
			[]GoldTask{gt("Trạm Y tế xã", "tuyên truyền phòng chống", "none", ""), gt("Các thôn trên địa bàn xã", "phun hóa chất diệt muỗi", "none", ""),
				gt("Các thôn trên địa bàn xã", "tổng vệ sinh khu dân cư", "none", "")}},
		{"G49 bulleted item with ;",
			"Phân công thực hiện:\n- Công an xã tăng cường tuần tra ban đêm; kiểm tra các cơ sở kinh doanh có điều kiện về an ninh.",
			[]GoldTask{gt("Công an xã", "tăng cường tuần tra", "none", ""), gt("Công an xã", "kiểm tra các cơ sở kinh doanh", "none", "")}},
		// G51: work reported in progress ("đang") with a completion target
		// is the body's task; progress alone, or work done, is not.
		{"G51 Hiện nay, … đang …, bảo đảm … hoàn thành trong tháng",
			"Hiện nay, các huyện ủy đang tích cực chỉ đạo, bảo đảm việc tổ chức đại hội chi bộ hoàn thành trong tháng 4/2024.",
			[]GoldTask{gt("các huyện ủy", "đại hội chi bộ hoàn thành", "period", "2024-04-30")}},
		{"G51 … đang khẩn trương …, phấn đấu hoàn thành trước ngày",
			"Các xã đang khẩn trương rà soát hộ nghèo, phấn đấu hoàn thành trước ngày 30/4/2024.",
			[]GoldTask{gt("Các xã", "rà soát hộ nghèo", "date", "2024-04-30")}},
		{"G51 progress alone", "Các xã đang rà soát hồ sơ hộ nghèo trên địa bàn.", nil},
		{"G51 work done", "Các xã đã hoàn thành rà soát hộ nghèo trước ngày 30/4/2024.", nil},
		// G52: work left to the addressee's judgement ("(nếu cần)", "nếu
		// cần thiết" closing the clause) is not a task; a bounded "nếu có"
		// object still is.
		{"G52 (nếu cần) closing a continuation",
			"Giao UBND các huyện rà soát các dự án chậm tiến độ. Chủ động trao đổi với Sở Xây dựng trong quá trình rà soát (nếu cần).",
			[]GoldTask{gt("UBND các huyện", "rà soát các dự án chậm tiến độ", "none", "")}},
		{"G52 nếu cần thiết after the work",
			"Đề nghị Công an huyện bảo đảm an ninh trật tự tại lễ hội; Ban Chỉ huy quân sự huyện hỗ trợ lực lượng nếu cần thiết.",
			[]GoldTask{gt("Công an huyện", "bảo đảm an ninh trật tự", "none", "")}},
		{"G52 (nếu có) names an object, the task stays",
			"Đề nghị các xã báo cáo khó khăn, vướng mắc (nếu có) trước ngày 20/3/2024.",
			[]GoldTask{gt("các xã", "báo cáo khó khăn", "date", "2024-03-20")}},
		// G53: an office's standing service to the public, told by its own
		// subject ("X tiếp nhận, giải quyết thủ tục/hồ sơ …"), is not a
		// task; handed over, or dated, it is.
		{"G53 news of opening hours",
			"Thành phố sẽ tiếp nhận hồ sơ vào sáng thứ Bảy. Cụ thể, Sở Tư pháp sẽ tiếp nhận thủ tục cấp phiếu lý lịch tư pháp. Các văn phòng công chứng tiếp nhận, giải quyết hồ sơ công chứng, chứng thực.", nil},
		{"G53 handed over it is work",
			"UBND tỉnh giao Trung tâm Phục vụ hành chính công tiếp nhận, giải quyết hồ sơ đất đai vào sáng thứ Bảy.",
			[]GoldTask{gt("Trung tâm Phục vụ hành chính công", "giải quyết hồ sơ đất đai", "none", "")}},
		{"G53 with a date it is work",
			"Các xã tiếp nhận hồ sơ hỗ trợ thiệt hại do bão trước ngày 30/4/2024.",
			[]GoldTask{gt("Các xã", "tiếp nhận hồ sơ hỗ trợ thiệt hại", "date", "2024-04-30")}},
		// G54: "phát huy vai trò …", "phát huy những kết quả đạt được" urge a
		// manner of working, with nothing to follow up; the work beside
		// them is still a task.
		{"G54 phát huy vai trò after a request",
			"Đề nghị Ủy ban MTTQ các xã tổ chức hội nghị lấy ý kiến cử tri đúng quy trình; phát huy vai trò mạnh hơn của các tổ chức thành viên.",
			[]GoldTask{gt("Ủy ban MTTQ các xã", "tổ chức hội nghị lấy ý kiến cử tri", "none", "")}},
		{"G54 phát huy những kết quả đạt được",
			"Giao các phòng, ban tổng kết công tác phòng, chống thiên tai năm 2023; phát huy những kết quả đạt được, khắc phục những hạn chế.",
			[]GoldTask{gt("các phòng, ban", "tổng kết công tác phòng, chống thiên tai", "none", "")}},
		{"G54 phát huy hơn nữa vai trò, a sentence alone",
			"Yêu cầu các chi bộ phát huy hơn nữa vai trò hạt nhân chính trị ở cơ sở.", nil},
		// G55: a closing request to carry out and complete the work with a
		// deadline ("… nghiêm túc triển khai thực hiện và hoàn thành … trước
		// ngày …") dates the undated tasks before it and is none itself.
		{"G55 closing request with a deadline dates the work",
			"Giao Sở Xây dựng kiểm tra các dự án nhà ở. Giao UBND các huyện rà soát quy hoạch chi tiết.\n\nChủ tịch UBND tỉnh yêu cầu Sở Xây dựng và UBND các huyện nghiêm túc triển khai thực hiện và hoàn thành các nội dung trên trước ngày 30/6/2024.",
			[]GoldTask{
				gt("Sở Xây dựng", "kiểm tra các dự án nhà ở", "date", "2024-06-30"),
				gt("UBND các huyện", "rà soát quy hoạch chi tiết", "date", "2024-06-30"),
			}},
		{"G55 a task's own deadline stays",
			"Giao Sở Tài chính thẩm định dự toán trước ngày 15/4/2024. Giao Kho bạc tỉnh kiểm soát chi.\nYêu cầu các đơn vị khẩn trương triển khai thực hiện, hoàn thành trong tháng 5/2024.",
			[]GoldTask{
				gt("Sở Tài chính", "thẩm định dự toán", "date", "2024-04-15"),
				gt("Kho bạc tỉnh", "kiểm soát chi", "period", "2024-05-31"),
			}},
		{"G55 with nothing before it, it is a task",
			"Yêu cầu các xã nghiêm túc triển khai thực hiện và hoàn thành việc chi trả trợ cấp trước ngày 30/4/2024.",
			[]GoldTask{gt("các xã", "hoàn thành việc chi trả trợ cấp", "date", "2024-04-30")}},
		// G56: an urging letter recites a hand-over, reports it undone
		// ("Tuy nhiên, đến nay … chưa …") and asks the same body again: one
		// task, the renewed one; asked of another body, both stay.
		{"G56 reminder renews the recited hand-over",
			"Ngày 05/01/2024, UBND huyện có Công văn số 12/UBND giao Phòng Tài nguyên và Môi trường rà soát hồ sơ cấp giấy chứng nhận của hộ ông Lê Văn A.\n\nTuy nhiên, đến nay Phòng Tài nguyên và Môi trường vẫn chưa báo cáo kết quả.\n\nUBND huyện đề nghị Phòng Tài nguyên và Môi trường khẩn trương báo cáo kết quả trước ngày 20/3/2024.",
			[]GoldTask{gt("Phòng Tài nguyên và Môi trường", "khẩn trương báo cáo kết quả", "date", "2024-03-20")}},
		{"G56 asked of another body, both stay",
			"UBND huyện giao Phòng Kinh tế kiểm tra các cơ sở sản xuất gạch.\nĐến nay, Phòng Kinh tế chưa thực hiện.\nĐề nghị Thanh tra huyện đôn đốc Phòng Kinh tế báo cáo trước ngày 25/3/2024.",
			[]GoldTask{
				gt("Phòng Kinh tế", "kiểm tra các cơ sở sản xuất gạch", "none", ""),
				gt("Thanh tra huyện", "đôn đốc Phòng Kinh tế", "date", "2024-03-25"),
			}},
		{"G56 undone with no renewed request keeps the task",
			"UBND huyện giao Phòng Kinh tế kiểm tra các cơ sở sản xuất gạch. Đến nay, việc kiểm tra chưa hoàn thành.",
			[]GoldTask{gt("Phòng Kinh tế", "kiểm tra các cơ sở sản xuất gạch", "none", "")}},
		// G9: a day.month takes the document's year, unless that falls more
		// than six months before the document.
		{"G9 news after the date", "Ngày 20/8/2024\nTheo kế hoạch, đại hội các chi bộ hoàn thành trước ngày 15.7.",
			[]GoldTask{gt("các chi bộ", "đại hội các chi bộ", "date", "2024-07-15")}},
		{"G9 a letter late in the year", "Hà Nội, ngày 20 tháng 11 năm 2024\nĐề nghị các phòng gửi báo cáo tổng kết trước ngày 10/1.",
			[]GoldTask{gt("các phòng", "gửi báo cáo tổng kết", "date", "2025-01-10")}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			date := vn.NewDate(2024, 3, 10)
			if strings.HasPrefix(c.class, "G9") {
				date = vn.Date{}
			}
			checkClass(t, c.text, date, c.tasks)
		})
	}
}

func TestNewStyleTones(t *testing.T) {
	for in, want := range map[string]string{
		"hoá": "hóa", "thuỷ": "thủy", "hoạch": "hoạch", "khoảng": "khoảng", "hoàn": "hoàn", "quý": "quý",
		"kế hoạch hoá": "kế hoạch hóa", "Uỷ ban": "ủy ban", "hoà, hoè": "hòa, hòe",
	} {
		if got := lower(in); got != want {
			t.Errorf("lower(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDocumentDate: the signed date line wins over the grounds' dates that
// come before it in an excerpt; a news item's date line is read.
func TestDocumentDate(t *testing.T) {
	for text, want := range map[string]vn.Date{
		"Căn cứ Luật Tiếp công dân ngày 25/11/2013;\nCăn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014;\nTân Đoàn, ngày 05 tháng 01 năm 2026\nTHÔNG BÁO": vn.NewDate(2026, 1, 5),
		"Thoại Sơn: Triển khai các văn bản\n\n18/09/2019 - 07:33\n\nNgày 12/8/2019, Huyện ủy …":                                                         vn.NewDate(2019, 9, 18),
		"2025-09-24 Tin tức\n\nXã, phường phải tổ chức giao ban.":                                                                                       vn.NewDate(2025, 9, 24),
		"Ngày 14-7-2021, do tình hình dịch bệnh, Chủ tịch UBND tỉnh tạm hoãn tiếp công dân.":                                                            vn.NewDate(2021, 7, 14),
	} {
		if got := documentDate(text); got != want {
			t.Errorf("documentDate(%.40q) = %v, want %v", text, got, want)
		}
	}
}

// TestLeadBoundaries (G48, G50): the lead stops before an adverb after the
// trigger and before "lưu ý" (the scorer's lead match is lenient, so the
// exact lead is checked here).
func TestLeadBoundaries(t *testing.T) {
	for text, want := range map[string]string{
		"Đoàn giám sát đề nghị UBND huyện lưu ý việc tổ chức hội nghị lấy ý kiến cử tri đúng quy trình.": "UBND huyện",
		"Sở Giáo dục yêu cầu các trường lưu ý bảo đảm an toàn cho học sinh trong mùa mưa bão.":           "các trường",
		"Ban Thường vụ Huyện ủy yêu cầu trước mắt các chi bộ rà soát danh sách đảng viên.":               "các chi bộ",
		"UBND huyện đề nghị trong thời gian tới các xã tăng cường kiểm tra an toàn thực phẩm.":           "các xã",
	} {
		res := Extract(text, vn.NewDate(2024, 3, 10))
		if len(res.Tasks) != 1 || res.Tasks[0].Lead != want {
			t.Errorf("%.50q: tasks %+v, want one with lead %q", text, res.Tasks, want)
		}
	}
}
