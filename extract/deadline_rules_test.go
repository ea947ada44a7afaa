package extract

import (
	"testing"

	"tiendo/vn"
)

// TestDeadlineRulesOfReadme checks each deadline rule of
// testdata/intake/README.md ("Deadline kinds", the collections'
// judgements) and intake-patterns.md (D1–D4, T4, T5) on invented wordings
// other than those of TestIntakeDeadlineClasses: other verbs, units, date
// forms and punctuation. The document date is 10/3/2024.
func TestDeadlineRulesOfReadme(t *testing.T) {
	cases := []struct {
		rule, text string
		tasks      []GoldTask
	}{
		// Kinds.
		{"period: đầu tháng is the month's last day",
			"Đề nghị Phòng Lao động - Thương binh và Xã hội chi trả trợ cấp Tết đầu tháng 4/2024.",
			[]GoldTask{gt("Phòng Lao động - Thương binh và Xã hội", "chi trả trợ cấp", "period", "2024-04-30")}},
		{"period: quý with a roman numeral",
			"UBND thị xã giao Ban Quản lý dự án tổ chức khởi công nhà văn hóa trung tâm trong quý III/2024.",
			[]GoldTask{gt("Ban Quản lý dự án", "tổ chức khởi công nhà văn hóa", "period", "2024-09-30")}},
		{"period: listed months, the last",
			"Giao Trung tâm Dịch vụ nông nghiệp hướng dẫn nông dân gieo mạ trong tháng 4 và tháng 5/2024.",
			[]GoldTask{gt("Trung tâm Dịch vụ nông nghiệp", "hướng dẫn nông dân gieo mạ", "period", "2024-05-31")}},
		{"period: a month by its name",
			"Ban Thường vụ Huyện ủy yêu cầu các chi bộ hoàn thành đánh giá, xếp loại đảng viên trong tháng Chạp.",
			[]GoldTask{gt("các chi bộ", "hoàn thành đánh giá, xếp loại", "period", "2024-12-31")}},
		{"a school year is not this year",
			"Sở Giáo dục và Đào tạo đề nghị các trường tổ chức dạy bù trong năm học 2023 - 2024.",
			[]GoldTask{gt("các trường", "tổ chức dạy bù", "none", "")}},
		{"recurring: hằng tháng",
			"Yêu cầu Chi cục Thuế tổng hợp số thu ngân sách, báo cáo UBND huyện hằng tháng.",
			[]GoldTask{gt("Chi cục Thuế", "tổng hợp số thu ngân sách", "recurring", "")}},
		{"continuous: liên tục",
			"Đề nghị Đồn Biên phòng tuần tra liên tục trên tuyến biên giới.",
			[]GoldTask{gt("Đồn Biên phòng", "tuần tra liên tục", "continuous", "")}},
		{"none: sớm",
			"UBND xã đề nghị Hợp tác xã nông nghiệp sớm nạo vét kênh tưới.",
			[]GoldTask{gt("Hợp tác xã nông nghiệp", "nạo vét kênh tưới", "none", "")}},
		// A window is dated by its end.
		{"window: từ ngày … đến ngày …",
			"Yêu cầu Đội Quản lý thị trường kiểm tra hàng hóa dịp Tết từ ngày 15/3 đến ngày 30/3/2024.",
			[]GoldTask{gt("Đội Quản lý thị trường", "kiểm tra hàng hóa", "date", "2024-03-30")}},
		// "trước tháng 3.2014" is the last day of the month before.
		{"trước tháng: the month before's last day",
			"Giao Phòng Nội vụ trình đề án vị trí việc làm trước tháng 5.2024.",
			[]GoldTask{gt("Phòng Nội vụ", "trình đề án vị trí việc làm", "period", "2024-04-30")}},
		// A day.month date takes the year of the text.
		{"day.month with a dash",
			"Đề nghị các trường mầm non báo cáo số trẻ ra lớp trước ngày 28-3.",
			[]GoldTask{gt("các trường mầm non", "báo cáo số trẻ ra lớp", "date", "2024-03-28")}},
		// The next sentence or line.
		{"next sentence: Hạn hoàn thành",
			"Giao Trung tâm Văn hóa huyện xây dựng phóng sự về nông thôn mới. Hạn hoàn thành: 15/4/2024.",
			[]GoldTask{gt("Trung tâm Văn hóa huyện", "xây dựng phóng sự", "date", "2024-04-15")}},
		{"next line: Thời gian nộp báo cáo: …",
			"Đề nghị các trường tiểu học tổng hợp số học sinh khuyết tật học hòa nhập.\nThời gian nộp báo cáo: trước ngày 22/3/2024.",
			[]GoldTask{gt("các trường tiểu học", "tổng hợp số học sinh khuyết tật", "date", "2024-03-22")}},
		{"next line: Hạn gửi hồ sơ: …",
			"Giao Phòng Văn hóa và Thông tin lựa chọn hồ sơ đề nghị công nhận gia đình văn hóa.\nHạn gửi hồ sơ về UBND huyện: ngày 5/4/2024.",
			[]GoldTask{gt("Phòng Văn hóa và Thông tin", "lựa chọn hồ sơ", "date", "2024-04-05")}},
		{"next sentence: Thời hạn triển khai: …",
			"Yêu cầu Công an các xã ra quân kiểm tra nồng độ cồn. Thời hạn triển khai: trong tháng 4/2024.",
			[]GoldTask{gt("Công an các xã", "ra quân kiểm tra nồng độ cồn", "period", "2024-04-30")}},
		// Inside the clause, in brackets or between commas.
		{"in brackets after the work",
			"Đề nghị Phòng Tài nguyên và Môi trường kiểm tra hiện trạng bãi rác thôn Đông (hoàn thành trước ngày 25/3/2024).",
			[]GoldTask{gt("Phòng Tài nguyên và Môi trường", "kiểm tra hiện trạng bãi rác", "date", "2024-03-25")}},
		{"a bracketed channel before the deadline",
			"Yêu cầu các xã báo cáo số hộ có nhà tạm về UBND huyện (qua Phòng Lao động - Thương binh và Xã hội) trước ngày 20/3/2024.",
			[]GoldTask{gt("các xã", "báo cáo số hộ có nhà tạm", "date", "2024-03-20")}},
		{"between the lead and the work, set off by commas",
			"Các trường mầm non, chậm nhất ngày 22/3/2024, phải hoàn thành kiểm tra bếp ăn bán trú.",
			[]GoldTask{gt("Các trường mầm non", "hoàn thành kiểm tra bếp ăn", "date", "2024-03-22")}},
		{"between the lead and the work, trước ngày, cần",
			"Phòng Nội vụ, trước ngày 25/3/2024, cần trình phương án sắp xếp thôn, tổ dân phố.",
			[]GoldTask{gt("Phòng Nội vụ", "trình phương án sắp xếp thôn", "date", "2024-03-25")}},
		{"between the lead and the work, a month, a list as lead",
			"UBND các xã, thị trấn, trong tháng 4/2024, phải hoàn thành cắm mốc hành lang thủy lợi.",
			[]GoldTask{gt("UBND các xã, thị trấn", "hoàn thành cắm mốc hành lang", "period", "2024-04-30")}},
		// After ";".
		{"; xong trước ngày, day.month",
			"Yêu cầu Ban Chỉ huy Quân sự xã rà soát thanh niên trong độ tuổi nhập ngũ; xong trước ngày 25.3.",
			[]GoldTask{gt("Ban Chỉ huy Quân sự xã", "rà soát thanh niên", "date", "2024-03-25")}},
		// An event's day.
		{"event: vào tối ngày",
			"Đề nghị Đoàn Thanh niên xã tổ chức đêm văn nghệ chào mừng vào tối ngày 25/3/2024.",
			[]GoldTask{gt("Đoàn Thanh niên xã", "tổ chức đêm văn nghệ", "date", "2024-03-25")}},
		// A campaign's date for the task after it.
		{"campaign: the next sentence's lead is part of the campaign's",
			"UBND xã yêu cầu các thôn hoàn thành phát quang hành lang đường trước ngày 30/3/2024. Trưởng các thôn chịu trách nhiệm huy động nhân dân tham gia.",
			[]GoldTask{
				gt("các thôn", "hoàn thành phát quang hành lang", "date", "2024-03-30"),
				gt("Trưởng các thôn", "huy động nhân dân", "date", "2024-03-30"),
			}},
		{"campaign: the next task works with the campaign's lead",
			"UBND xã yêu cầu các thôn hoàn thành phát quang hành lang đường giao thông trước ngày 30/3/2024. Đoàn Thanh niên xã phối hợp với các thôn huy động đoàn viên ra quân.",
			[]GoldTask{
				gt("các thôn", "hoàn thành phát quang hành lang", "date", "2024-03-30"),
				gt("Đoàn Thanh niên xã", "huy động đoàn viên ra quân", "date", "2024-03-30"),
			}},
		{"campaign: a body working with the lead, other words",
			"Sở Y tế đề nghị Trung tâm Kiểm soát bệnh tật tỉnh hoàn thành tiêm vắc xin sởi cho trẻ dưới 5 tuổi trước ngày 15/4/2024. Trạm Y tế các xã phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh lập danh sách trẻ chưa tiêm.",
			[]GoldTask{
				gt("Trung tâm Kiểm soát bệnh tật tỉnh", "hoàn thành tiêm vắc xin sởi", "date", "2024-04-15"),
				gt("Trạm Y tế các xã", "lập danh sách trẻ chưa tiêm", "date", "2024-04-15"),
			}},
		{"campaign: a body unrelated to the lead keeps none",
			"UBND xã yêu cầu các thôn hoàn thành phát quang hành lang đường giao thông trước ngày 30/3/2024. Hội Nông dân xã vận động hội viên chuyển đổi cây trồng.",
			[]GoldTask{
				gt("các thôn", "hoàn thành phát quang hành lang", "date", "2024-03-30"),
				gt("Hội Nông dân xã", "vận động hội viên chuyển đổi cây trồng", "none", ""),
			}},
		// Holiday work takes the day written.
		{"holiday: dịp Giỗ Tổ",
			"Yêu cầu Công an huyện bảo đảm trật tự an toàn giao thông trong dịp Giỗ Tổ Hùng Vương 18/4/2024.",
			[]GoldTask{gt("Công an huyện", "bảo đảm trật tự an toàn giao thông", "date", "2024-04-18")}},
		// The fourth collection's forms.
		{"hết ngày, no year",
			"Đề nghị các chi hội nộp quỹ hội đến hết ngày 31/3.",
			[]GoldTask{gt("các chi hội", "nộp quỹ hội", "date", "2024-03-31")}},
		{"giữa tháng is the month's last day",
			"Giao Phòng Quản lý đô thị hoàn thiện phương án chiếu sáng giữa tháng 5/2024.",
			[]GoldTask{gt("Phòng Quản lý đô thị", "hoàn thiện phương án chiếu sáng", "period", "2024-05-31")}},
		{"day.month.year with dots",
			"Yêu cầu Ban Quản lý rừng phòng hộ báo cáo diện tích rừng bị cháy trước ngày 22.3.2024.",
			[]GoldTask{gt("Ban Quản lý rừng phòng hộ", "báo cáo diện tích rừng", "date", "2024-03-22")}},
		{"next line: Thời gian with an hour and a weekday in brackets",
			"Đề nghị Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng cam.\nThời gian: 14h00 ngày 21/3/2024 (Thứ Năm).",
			[]GoldTask{gt("Hội Nông dân xã", "tổ chức tập huấn", "date", "2024-03-21")}},
		{"a fronted year dates the item",
			"Năm 2025, UBND xã sẽ hoàn thành cứng hóa đường trục thôn.",
			[]GoldTask{gt("UBND xã", "hoàn thành cứng hóa đường", "period", "2025-12-31")}},
		{"an overdue assignment reminded with a new date",
			"UBND huyện đã giao Phòng Tài chính - Kế hoạch thẩm định dự toán trước ngày 28/2/2024 nhưng đến nay chưa hoàn thành. Yêu cầu Phòng Tài chính - Kế hoạch hoàn thành trước ngày 20/3/2024.",
			[]GoldTask{gt("Phòng Tài chính - Kế hoạch", "Yêu cầu Phòng Tài chính - Kế hoạch hoàn thành", "date", "2024-03-20")}},
		{"overdue, song … vẫn chưa, reminded by đề nghị",
			"Sở Y tế đã có văn bản đề nghị Bệnh viện Đa khoa huyện báo cáo số ca tai biến sau tiêm trước ngày 1/3/2024, song đến nay bệnh viện vẫn chưa gửi. Sở Y tế đề nghị Bệnh viện Đa khoa huyện gửi báo cáo trước 16 giờ ngày 15/3/2024.",
			[]GoldTask{gt("Bệnh viện Đa khoa huyện", "gửi báo cáo trước 16 giờ", "date", "2024-03-15")}},
		{"overdue in the next sentence (dongthap-404), reminded with khẩn trương … trước ngày",
			"Ngày 2/2/2024, UBND xã giao Ban Công an xã xác minh đơn của ông Trần Văn Lộc; báo cáo UBND xã trong 15 ngày. Tuy nhiên, đến nay Ban Công an xã chưa báo cáo. UBND xã đề nghị Ban Công an xã khẩn trương báo cáo trước ngày 18/3/2024.",
			[]GoldTask{gt("Ban Công an xã", "khẩn trương báo cáo trước ngày", "date", "2024-03-18")}},
		{"the document's own date is not a deadline",
			"Bắc Giang, ngày 08 tháng 3 năm 2024\nĐề nghị Trung tâm Y tế huyện tăng cường giám sát bệnh sởi.",
			[]GoldTask{gt("Trung tâm Y tế huyện", "tăng cường giám sát bệnh sởi", "none", "")}},
		// A sentence that says more of the task ("Trong đó, …") does not
		// cut it off from the hand-over or deadline after it (h-dl2).
		{"elaboration between: Đặc biệt, then a hand-over",
			"Sở Y tế đề nghị các bệnh viện tổng hợp nhu cầu vắc xin năm 2024. Đặc biệt, chú ý số trẻ dưới 5 tuổi chưa tiêm đủ mũi. Báo cáo gửi về Sở Y tế trước ngày 20/3/2024.",
			[]GoldTask{gt("các bệnh viện", "tổng hợp nhu cầu vắc xin", "date", "2024-03-20")}},
		{"elaboration between: Trong đó, then a deadline sentence with a day.month",
			"UBND huyện yêu cầu các xã lập danh sách hộ nghèo cần hỗ trợ nhà ở. Trong đó, ưu tiên hộ có người khuyết tật. Thời gian hoàn thành trước ngày 30.4.",
			[]GoldTask{gt("các xã", "lập danh sách hộ nghèo", "date", "2024-04-30")}},
		{"elaboration between: Nhất là, then a labelled line",
			"Giao Phòng Tài chính - Kế hoạch tổng hợp nhu cầu vốn đầu tư công. Nhất là các công trình chuyển tiếp. Hạn hoàn thành: 15/5/2024.",
			[]GoldTask{gt("Phòng Tài chính - Kế hoạch", "tổng hợp nhu cầu vốn", "date", "2024-05-15")}},
		{"elaboration between: the corpus sentences (quangngai-btnmt-6137-bao-cao-bvmt-2019)",
			"Theo đó, Bộ Tài nguyên và Môi trường đề nghị UBND cấp tỉnh chỉ đạo các đơn vị chức năng xây dựng, hoàn thành báo cáo công tác bảo vệ môi trường cấp tỉnh theo đúng nội dung, mẫu hướng dẫn tại Thông tư số 19/2016/TT-BTNMT kèm theo đầy đủ kết quả thực hiện các chỉ tiêu về môi trường cấp tỉnh.\n\nTrong đó, tập trung báo cáo chi tiết thêm kết quả thực hiện các chỉ tiêu tại Phụ lục kèm theo Công văn này. Báo cáo gửi về Bộ Tài nguyên và Môi trường trước ngày 15/01/2020 để tổng hợp báo cáo Thủ tướng Chính phủ.",
			[]GoldTask{gt("UBND cấp tỉnh", "đề nghị UBND cấp tỉnh chỉ đạo", "date", "2020-01-15")}},
		// A time fronted before a paragraph, a time heading. (A time column is
		// read by Appendix, from a sheet or a document's table.)
		{"a quarter fronted before a paragraph dates its items",
			"Quý III/2024, Huyện ủy sẽ tổ chức sơ kết Nghị quyết về phát triển du lịch. Ban Tuyên giáo Huyện ủy biên soạn tài liệu tuyên truyền; Ban Dân vận Huyện ủy khảo sát mô hình dân vận khéo trước ngày 15/8/2024.",
			[]GoldTask{
				gt("Huyện ủy", "tổ chức sơ kết Nghị quyết", "period", "2024-09-30"),
				gt("Ban Tuyên giáo Huyện ủy", "biên soạn tài liệu tuyên truyền", "period", "2024-09-30"),
				gt("Ban Dân vận Huyện ủy", "khảo sát mô hình dân vận khéo", "date", "2024-08-15"),
			}},
		{"a month fronted before a paragraph, after Theo kế hoạch",
			"Theo kế hoạch, trong tháng 6/2024, Đoàn Thanh niên xã tổ chức ra quân chiến dịch tình nguyện hè. Hội Cựu chiến binh xã phối hợp giữ gìn trật tự tại các điểm sinh hoạt hè.",
			[]GoldTask{
				gt("Đoàn Thanh niên xã", "tổ chức ra quân chiến dịch", "period", "2024-06-30"),
				gt("Hội Cựu chiến binh xã", "phối hợp giữ gìn trật tự", "period", "2024-06-30"),
			}},
		{"a fronted year that dated no task is narrative",
			"Năm 2023, toàn huyện đã trồng mới 1.200 ha rừng. UBND huyện đề nghị các xã tiếp tục vận động nhân dân chăm sóc rừng trồng.",
			[]GoldTask{gt("các xã", "vận động nhân dân chăm sóc rừng", "none", "")}},
		{"a time heading with a colon",
			"Trước ngày 30/4/2024:\n- Phòng Giáo dục và Đào tạo rà soát đội ngũ giáo viên dôi dư.\n- Phòng Nội vụ thẩm định phương án sắp xếp trường lớp.",
			[]GoldTask{
				gt("Phòng Giáo dục và Đào tạo", "rà soát đội ngũ giáo viên", "date", "2024-04-30"),
				gt("Phòng Nội vụ", "thẩm định phương án sắp xếp", "date", "2024-04-30"),
			}},
		// A hand-over whose subject names the deliverable ("Danh sách được
		// lập gửi về …"), past a sentence on why the work is done (h-dl2).
		{"hand-over: Danh sách được lập gửi về, after Đây là cơ sở",
			"Phòng Nội vụ đề nghị các xã thống kê cán bộ không chuyên trách dôi dư. Đây là cơ sở để huyện xây dựng phương án bố trí. Danh sách được lập gửi về trước ngày 25.3.",
			[]GoldTask{gt("các xã", "thống kê cán bộ không chuyên trách", "date", "2024-03-25")}},
		{"hand-over: Hồ sơ nộp về, a full date",
			"Yêu cầu các trường lập danh sách giáo viên đủ điều kiện thăng hạng. Hồ sơ nộp về Phòng Giáo dục và Đào tạo trước ngày 5/4/2024.",
			[]GoldTask{gt("các trường", "lập danh sách giáo viên", "date", "2024-04-05")}},
		{"hand-over: Kết quả tổng hợp gửi, after Việc này nhằm",
			"UBND huyện giao các xã tổng hợp nhu cầu giống cây trồng vụ hè thu. Việc này nhằm chủ động nguồn giống. Kết quả tổng hợp gửi Phòng Nông nghiệp chậm nhất ngày 20/3/2024.",
			[]GoldTask{gt("các xã", "tổng hợp nhu cầu giống", "date", "2024-03-20")}},
		{"hand-over: the corpus sentences (hcm-sldtbxh-thong-ke-lao-dong-tu-do-2021), in this test's year",
			"Ngày 19.7, trao đổi với Thanh Niên, ông Lê Minh Tấn, Giám đốc Sở LĐ-TB-XH TP.HCM cho biết Sở này vừa có công văn khẩn đến UBND các quận huyện và TP.Thủ Đức đề nghị các địa phương rà soát, thống kê số liệu lao động tự do gặp khó khăn do ảnh hưởng của dịch Covid-19 , ngoài 6 nhóm công việc được quy định trước đó tại Công văn 2209/2021 của UBND TP.HCM. Đây là cơ sở để Sở LĐ-TB-XH đề xuất hỗ trợ cho lao động tự do trong thời gian thực hiện giãn cách xã hội và cách ly xã hội theo Chỉ thị 15 và Chỉ thị 16. Danh sách được lập gửi về trước ngày 24.7.",
			[]GoldTask{gt("các địa phương", "đề nghị các địa phương rà soát, thống kê", "date", "2024-07-24")}},
		// A labelled time line under a list dates its items (h-dl2).
		{"a time line closing a list: Thời gian thực hiện, a window",
			"UBND phường thông báo như sau:\n\n- Các tổ dân phố ra quân dọn vệ sinh các tuyến phố.\n\n- Đề nghị Đoàn Thanh niên phường thu gom rác tại bờ sông.\n\nThời gian thực hiện: từ ngày 15/3 đến ngày 20/3/2024.",
			[]GoldTask{
				gt("Các tổ dân phố", "ra quân dọn vệ sinh", "date", "2024-03-20"),
				gt("Đoàn Thanh niên phường", "thu gom rác", "date", "2024-03-20"),
			}},
		{"a time line closing a list: Thời gian treo băng rôn, a month written out",
			"Ban Chỉ đạo xã đề nghị:\n- Các thôn treo băng rôn tuyên truyền bầu cử tại nhà văn hóa;\n- Trạm Y tế xã kiểm tra an toàn thực phẩm tại các điểm bỏ phiếu;\nThời gian treo băng rôn: từ ngày 10 tháng 4 cho đến hết ngày 30 tháng 4 năm 2024.",
			[]GoldTask{
				gt("Các thôn", "treo băng rôn", "date", "2024-04-30"),
				gt("Trạm Y tế xã", "kiểm tra an toàn thực phẩm", "date", "2024-04-30"),
			}},
		{"a time line closing a list whose items are dated keeps their own",
			"UBND huyện giao:\n- Phòng Tài chính - Kế hoạch thẩm định dự toán trước ngày 15/4/2024.\n- Phòng Kinh tế - Hạ tầng kiểm tra hiện trường trước ngày 20/4/2024.\nThời gian tổng hợp: trước ngày 30/4/2024.",
			[]GoldTask{
				gt("Phòng Tài chính - Kế hoạch", "thẩm định dự toán", "date", "2024-04-15"),
				gt("Phòng Kinh tế - Hạ tầng", "kiểm tra hiện trường", "date", "2024-04-20"),
			}},
		{"a time line closing a list: the corpus lines (hue-vinhhien-thong-bao-treo-co-2021)",
			"UBND xã Vinh Hiền thông báo treo cờ và khẩu hiệu như sau:\n\n- Tại trụ sở, nơi làm việc của các cơ quan, đơn vị treo cờ Đảng, cờ Tổ quốc, khẩu hiệu chào mừng tại công sở - cơ quan;\n\n- Đối với các đoàn thể, đề nghị các đoàn thể vận động đoàn viên, hội viên của đoàn thể mình tích cực gương mẫu treo cờ Tổ quốc, và làm vệ sinh các tuyến đường tự quản theo quy định.\n\nThời gian treo: từ ngày 25 tháng 4 cho đến hết ngày 03 tháng 5 năm 2021.",
			[]GoldTask{gt("các đoàn thể", "đề nghị các đoàn thể vận động đoàn viên", "date", "2021-05-03")}},
		// Work that keeps to the schedule set takes its time (h-dl2).
		{"bảo đảm tiến độ: a supervising body keeps the campaign's date",
			"Huyện ủy yêu cầu các chi bộ hoàn thành đại hội trước ngày 30/4/2024. Các đảng ủy cơ sở chịu trách nhiệm hướng dẫn, kiểm tra bảo đảm tiến độ và chất lượng.",
			[]GoldTask{
				gt("các chi bộ", "hoàn thành đại hội", "date", "2024-04-30"),
				gt("Các đảng ủy cơ sở", "hướng dẫn, kiểm tra", "date", "2024-04-30"),
			}},
		{"đúng tiến độ đề ra: two sentences later, a period",
			"UBND huyện giao các xã hoàn thành kiểm kê rừng trong quý II/2024. Hạt Kiểm lâm phối hợp tập huấn cho cán bộ xã. Phòng Nông nghiệp theo dõi, đôn đốc đúng tiến độ đề ra.",
			[]GoldTask{
				gt("các xã", "hoàn thành kiểm kê rừng", "period", "2024-06-30"),
				gt("Hạt Kiểm lâm", "phối hợp tập huấn", "none", ""),
				gt("Phòng Nông nghiệp", "theo dõi, đôn đốc", "period", "2024-06-30"),
			}},
		{"a schedule with an object is the work's own",
			"UBND tỉnh yêu cầu Sở Y tế hoàn thành tiêm chủng đợt 1 trước ngày 15/4/2024. Ban Quản lý dự án đẩy nhanh thi công, đảm bảo tiến độ giải ngân vốn đầu tư công.",
			[]GoldTask{
				gt("Sở Y tế", "hoàn thành tiêm chủng", "date", "2024-04-15"),
				gt("Ban Quản lý dự án", "đẩy nhanh thi công", "none", ""),
			}},
		{"bảo đảm tiến độ: the corpus paragraphs (danang-hoan-thanh-dai-hoi-co-so-truoc-15-6-2020)",
			"ĐNO - Ngày 17-4, Ban Thường vụ Thành ủy có Công văn số 4182-CV/TU yêu cầu các cấp ủy, tổ chức Đảng lãnh đạo, chỉ đạo việc tổ chức đại hội chi bộ trực thuộc đảng uỷ cơ sở và chi bộ cơ sở, hoàn thành tổ chức đại hội cấp cơ sở trước ngày 15-6-2020.\n\nCấp ủy cấp trên chịu trách nhiệm chỉ đạo, kiểm tra, giám sát công tác chuẩn bị và quyết định tổ chức đại hội của các tổ chức Đảng cấp dưới bảo đảm tiến độ và các điều kiện về an toàn, phòng, chống dịch bệnh.",
			[]GoldTask{
				gt("các cấp ủy, tổ chức Đảng", "yêu cầu các cấp ủy, tổ chức Đảng lãnh đạo", "date", "2020-06-15"),
				gt("Cấp ủy cấp trên", "Cấp ủy cấp trên chịu trách nhiệm chỉ đạo", "date", "2020-06-15"),
			}},
		// Work for an anniversary written with its span is due by the day
		// it marks (h-dl2).
		{"anniversary: Hướng tới kỷ niệm, work in the next sentence",
			"Hướng tới kỷ niệm 95 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2026), Ban Thường vụ Huyện đoàn ban hành kế hoạch hoạt động. Theo đó, Huyện đoàn đề nghị các cơ sở đoàn tổ chức ra quân làm sạch các tuyến đường thanh niên tự quản.",
			[]GoldTask{gt("các cơ sở đoàn", "ra quân làm sạch", "date", "2026-03-26")}},
		{"anniversary: Chào mừng …, with an en dash, work in the same sentence",
			"Chào mừng kỷ niệm 80 năm Ngày Cách mạng tháng Tám thành công (19/8/1945–19/8/2025), UBND phường đề nghị các tổ dân phố treo cờ, băng rôn tại các trục đường chính.",
			[]GoldTask{gt("các tổ dân phố", "treo cờ, băng rôn", "date", "2025-08-19")}},
		{"anniversary: a task with a time of its own keeps it",
			"Nhân kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2025), Sở Y tế đề nghị các bệnh viện gửi danh sách đề nghị khen thưởng trước ngày 10/2/2025.",
			[]GoldTask{gt("các bệnh viện", "gửi danh sách đề nghị khen thưởng", "date", "2025-02-10")}},
		{"anniversary: a span of other days is no anniversary",
			"Chào mừng kỷ niệm chặng đường phát triển của huyện (1/7/1975 - 30/4/2025), UBND huyện đề nghị Phòng Văn hóa và Thông tin tổ chức triển lãm ảnh.",
			[]GoldTask{gt("Phòng Văn hóa và Thông tin", "tổ chức triển lãm ảnh", "none", "")}},
		{"anniversary, and a year in a cited title: the corpus paragraphs (angiang-btg-tuyen-truyen-chu-huy-man-2023)",
			"Thực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân, lãnh đạo tiền bối tiêu biểu của Đảng và cách mạng Việt Nam (17/3/1913 - 17/3/2023).\n\nBan Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền về sự kiện theo các nội dung nêu trong Hướng dẫn số 54-HD/BTGTU, ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2023.",
			[]GoldTask{gt("các địa phương, đơn vị", "đề nghị các địa phương, đơn vị quan tâm tuyên truyền", "date", "2023-03-17")}},
		{"anniversary: the corpus paragraphs (haugiang-phunghiep-hlhpn-chao-mung-8-3-2024)",
			"(HG) - Hướng tới kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2024) và 1984 năm Cuộc khởi nghĩa Hai Bà Trưng, Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Phụng Hiệp triển khai Kế hoạch tổ chức chuỗi hoạt động chào mừng.\n\nTheo đó, Hội Liên hiệp Phụ nữ huyện Phụng Hiệp tổ chức Hội thi “Ứng dụng công nghệ thông tin trong khởi nghiệp”; phối hợp Huyện đoàn, Liên đoàn Lao động huyện phát động hưởng ứng “Tuần lễ áo dài” từ ngày 1 đến 8-3.",
			[]GoldTask{
				gt("Hội Liên hiệp Phụ nữ huyện Phụng Hiệp", "tổ chức Hội thi", "date", "2024-03-08"),
				gt("Hội Liên hiệp Phụ nữ huyện Phụng Hiệp", "phát động hưởng ứng", "date", "2024-03-08"),
			}},
		// Dates that are not deadlines.
		{"a cited document's date is not a deadline",
			"Thực hiện Công văn số 512/UBND-VX ngày 05/3/2024 của UBND tỉnh, UBND huyện đề nghị các xã rà soát hộ cận nghèo.",
			[]GoldTask{gt("các xã", "rà soát hộ cận nghèo", "none", "")}},
		// A day after the verb that issued a document is its date (h-dl2).
		{"issued on a day: ban hành vào ngày",
			"UBND huyện giao Phòng Tư pháp rà soát, đề xuất bãi bỏ Quyết định số 27 do UBND huyện ban hành vào ngày 02/02/2024.",
			[]GoldTask{gt("Phòng Tư pháp", "rà soát, đề xuất bãi bỏ", "none", "")}},
		{"issued on a day: được ký vào sáng ngày",
			"Đề nghị các xã triển khai Kế hoạch phòng chống dịch tả lợn châu Phi được ký vào sáng ngày 5-3.",
			[]GoldTask{gt("các xã", "triển khai Kế hoạch phòng chống dịch", "none", "")}},
		{"issued on a day: phát hành vào ngày, then a real deadline",
			"Yêu cầu Chi cục Thống kê cập nhật số liệu theo niên giám phát hành vào ngày 28/2/2024, hoàn thành trước ngày 25/3/2024.",
			[]GoldTask{gt("Chi cục Thống kê", "cập nhật số liệu", "date", "2024-03-25")}},
		{"issued on a day: the corpus sentence (kiengiang-khoahocdoisong-go-lenh-cam-phan-lo)",
			"Theo đó, Phó Chánh Văn phòng UBND tỉnh Kiên Giang, ông Trần Công Danh cho biết đã ban hành thông báo kết luận của Chủ tịch UBND tỉnh về việc giao cho ngành chức năng nghiên cứu, tham mưu để trình xin ý kiến của Thường trực Tỉnh ủy và Ban Thường vụ Tỉnh ủy chấp thuận cho chấm dứt hiệu lực công văn số 651 do UBND tỉnh ban hành vào ngày 15/5/2018 đối với việc tạm dừng phân lô, tách thửa hoặc chuyển đổi mục đích sử dụng đất trên địa bàn huyện đảo Phú Quốc.",
			[]GoldTask{gt("ngành chức năng", "giao cho ngành chức năng nghiên cứu", "none", "")}},
		{"a news item's fronted day is when it happened",
			"Chiều 8/3, tại hội nghị giao ban, Chủ tịch UBND huyện yêu cầu các xã rà soát diện tích lúa bị nhiễm sâu cuốn lá.",
			[]GoldTask{gt("các xã", "rà soát diện tích lúa", "none", "")}},
		{"a news item's fronted day, then a modal",
			"Sáng 9/3, phát biểu tại buổi làm việc, Bí thư Huyện ủy nhấn mạnh các chi bộ cần đổi mới nội dung sinh hoạt.",
			[]GoldTask{gt("các chi bộ", "đổi mới nội dung sinh hoạt", "none", "")}},
		{"the span a report's data covers is not a deadline",
			"Đề nghị các xã báo cáo số vụ cháy rừng tính từ ngày 1/1/2024 đến ngày 29/2/2024.",
			[]GoldTask{gt("các xã", "báo cáo số vụ cháy rừng", "none", "")}},
		{"a purpose period is not a deadline",
			"Giao Phòng Nông nghiệp xây dựng kế hoạch phát triển cây ăn quả giai đoạn 2024 - 2030.",
			[]GoldTask{gt("Phòng Nông nghiệp", "xây dựng kế hoạch phát triển cây ăn quả", "none", "")}},
		{"a past date in narrative is not a deadline",
			"Ngày 2/3/2024, UBND huyện đã tổ chức hội nghị sơ kết. UBND huyện đề nghị các xã đẩy mạnh thu thuế sử dụng đất phi nông nghiệp.",
			[]GoldTask{gt("các xã", "đẩy mạnh thu thuế", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) { checkClass(t, c.text, vn.NewDate(2024, 3, 10), c.tasks) })
	}
}

// TestDeadlineYearOfText checks that a day written without its year takes
// the year of the text when no document date is given: from a news item's
// date line, a signed date line, or the months the text writes with a year.
func TestDeadlineYearOfText(t *testing.T) {
	cases := []struct {
		rule, text string
		tasks      []GoldTask
	}{
		{"a news item's date line",
			"Cập nhật lúc 09:15, Thứ Hai, 14/10/2019\nUBND tỉnh đề nghị các huyện báo cáo thiệt hại do mưa lũ trước ngày 20/10.",
			[]GoldTask{gt("các huyện", "báo cáo thiệt hại do mưa lũ", "date", "2019-10-20")}},
		{"a signed date line, the day early next year",
			"Lạng Sơn, ngày 25 tháng 11 năm 2022\nĐề nghị các phòng chuyên môn gửi báo cáo tổng kết năm trước ngày 10/01.",
			[]GoldTask{gt("các phòng chuyên môn", "gửi báo cáo tổng kết năm", "date", "2023-01-10")}},
		{"a month with its year elsewhere in the excerpt",
			"Từ tháng 9.2021 đến nay, huyện đã giải ngân 60% vốn. Huyện ủy yêu cầu các chi bộ hoàn thành kiểm điểm trước ngày 15.12.",
			[]GoldTask{gt("các chi bộ", "hoàn thành kiểm điểm", "date", "2021-12-15")}},
		// A school year runs from August of its first year (h-dl2).
		{"a school year, a day in its autumn",
			"Để chuẩn bị năm học 2019-2020, Sở Giáo dục và Đào tạo đề nghị các phòng giáo dục tổng hợp số học sinh bỏ học, báo cáo trước ngày 25/9.",
			[]GoldTask{gt("các phòng giáo dục", "tổng hợp số học sinh bỏ học", "date", "2019-09-25")}},
		{"a school year, a day in its spring",
			"Trong năm học 2022 - 2023, Phòng Giáo dục và Đào tạo yêu cầu các trường tiểu học nộp kế hoạch ôn tập trước ngày 15.3.",
			[]GoldTask{gt("các trường tiểu học", "nộp kế hoạch ôn tập", "date", "2023-03-15")}},
		{"a school year with an en dash, a dashed day",
			"Kết thúc học kỳ I năm học 2020–2021, Ban Giám hiệu đề nghị các tổ chuyên môn gửi danh sách học sinh giỏi trước ngày 30-11.",
			[]GoldTask{gt("các tổ chuyên môn", "gửi danh sách học sinh giỏi", "date", "2020-11-30")}},
		// With no other year, a cited document's number dates the text (h-dl2).
		{"a symbol's year: Công văn N/YYYY",
			"Thực hiện Công văn 415/2023 của UBND huyện, Phòng Y tế đề nghị các trạm y tế báo cáo số ca sốt xuất huyết trước ngày 20.9.",
			[]GoldTask{gt("các trạm y tế", "báo cáo số ca sốt xuất huyết", "date", "2023-09-20")}},
		{"a symbol's year: the latest of two",
			"Căn cứ Nghị định số 15/2018/NĐ-CP và Kế hoạch 27/2022/KH-UBND, Chi cục An toàn thực phẩm yêu cầu các chợ đầu mối hoàn thành kiểm tra trước ngày 30-11.",
			[]GoldTask{gt("các chợ đầu mối", "hoàn thành kiểm tra", "date", "2022-11-30")}},
		// A plan's horizon ("đến năm 2030", "trước năm 2025") is not the
		// text's year (fresh batch fa, 2026-12-07).
		{"a horizon year is passed over for the year of the text",
			"Chương trình phát triển nhà ở đến năm 2030 chưa được trình. Năm 2025, UBND tỉnh yêu cầu Sở Xây dựng hoàn thiện hồ sơ chương trình, báo cáo trước ngày 5/11.",
			[]GoldTask{gt("Sở Xây dựng", "hoàn thiện hồ sơ chương trình", "date", "2025-11-05")}},
		{"a horizon year alone dates nothing",
			"Chương trình phát triển nhà ở đến năm 2030 chưa được trình. UBND tỉnh yêu cầu Sở Xây dựng hoàn thiện hồ sơ chương trình, báo cáo trước ngày 5/11.",
			[]GoldTask{gt("Sở Xây dựng", "hoàn thiện hồ sơ chương trình", "none", "")}},
		{"a symbol's year gives way to a year written as such",
			"Theo Quyết định 102/2019 của Sở, năm 2021 UBND xã đề nghị các thôn nộp danh sách hộ nghèo trước ngày 15/10.",
			[]GoldTask{gt("các thôn", "nộp danh sách hộ nghèo", "date", "2021-10-15")}},
		{"a symbol's year: the corpus sentences (hcm-sldtbxh-thong-ke-lao-dong-tu-do-2021)",
			"Ngày 19.7, trao đổi với Thanh Niên, ông Lê Minh Tấn, Giám đốc Sở LĐ-TB-XH TP.HCM cho biết Sở này vừa có công văn khẩn đến UBND các quận huyện và TP.Thủ Đức đề nghị các địa phương rà soát, thống kê số liệu lao động tự do gặp khó khăn do ảnh hưởng của dịch Covid-19 , ngoài 6 nhóm công việc được quy định trước đó tại Công văn 2209/2021 của UBND TP.HCM. Đây là cơ sở để Sở LĐ-TB-XH đề xuất hỗ trợ cho lao động tự do trong thời gian thực hiện giãn cách xã hội và cách ly xã hội theo Chỉ thị 15 và Chỉ thị 16. Danh sách được lập gửi về trước ngày 24.7.",
			[]GoldTask{gt("các địa phương", "đề nghị các địa phương rà soát, thống kê", "date", "2021-07-24")}},
		{"a school year: the corpus sentence (bo-gddt-bao-cao-bien-dong-si-so-2010)",
			"Ngày 14/10, Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT về việc báo cáo tình hình biến động sĩ số học sinh học sinh đầu năm học 2010- 2011.\n\nĐể có cơ sở tổng hợp chung, Bộ GD&ĐT đề nghị các sở báo cáo nhanh tình hình biến động sĩ số học sinh thời điểm từ đầu năm học đến ngày 15/10. Trước ngày 18/10, các địa phương phải báo cáo Bộ GD&ĐT một số nội dung.",
			[]GoldTask{gt("các sở", "đề nghị các sở báo cáo nhanh", "date", "2010-10-18")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) { checkClass(t, c.text, vn.Date{}, c.tasks) })
	}
}

// TestDayWithoutYearInTextWithoutYear checks that a day written without
// its year, in a text that writes no year and has no document date, is
// still seen as a time: it closes the task before it rather than making a
// task of its own, and it schedules an event. The day stays unresolved.
func TestDayWithoutYearInTextWithoutYear(t *testing.T) {
	cases := []struct {
		name, text string
		want       []GoldTask
	}{
		{"; hoàn thành trước ngày …",
			"Giao Phòng Nội vụ rà soát hồ sơ cán bộ; hoàn thành trước ngày 15/3.",
			[]GoldTask{gt("Phòng Nội vụ", "rà soát hồ sơ cán bộ", "none", "")}},
		{"an event scheduled on a day",
			"Theo kế hoạch, Đại hội đại biểu Đảng bộ phường Vạn Hương lần thứ X sẽ diễn ra trong hai ngày 24 và 25-2.",
			[]GoldTask{gt("Đảng bộ phường Vạn Hương", "Đại hội đại biểu Đảng bộ phường Vạn Hương", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, vn.Date{})
			checkTasks(t, res, c.want)
			if len(res.Tasks) != len(c.want) {
				t.Errorf("%d tasks, want %d", len(res.Tasks), len(c.want))
			}
		})
	}
}
