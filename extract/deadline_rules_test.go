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
		// Holiday work takes the day written.
		{"holiday: dịp Giỗ Tổ",
			"Yêu cầu Công an huyện bảo đảm trật tự an toàn giao thông trong dịp Giỗ Tổ Hùng Vương 18/4/2024.",
			[]GoldTask{gt("Công an huyện", "bảo đảm trật tự an toàn giao thông", "date", "2024-04-18")}},
		// Dates that are not deadlines.
		{"a cited document's date is not a deadline",
			"Thực hiện Công văn số 512/UBND-VX ngày 05/3/2024 của UBND tỉnh, UBND huyện đề nghị các xã rà soát hộ cận nghèo.",
			[]GoldTask{gt("các xã", "rà soát hộ cận nghèo", "none", "")}},
		{"a purpose period is not a deadline",
			"Giao Phòng Nông nghiệp xây dựng kế hoạch phát triển cây ăn quả giai đoạn 2024 - 2030.",
			[]GoldTask{gt("Phòng Nông nghiệp", "xây dựng kế hoạch phát triển cây ăn quả", "none", "")}},
		{"a past date in narrative is not a deadline",
			"Ngày 2/3/2024, UBND huyện đã tổ chức hội nghị sơ kết. UBND huyện đề nghị các xã đẩy mạnh thu thuế sử dụng đất phi nông nghiệp.",
			[]GoldTask{gt("các xã", "đẩy mạnh thu thuế", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) { checkClass(t, c.rule, c.text, vn.NewDate(2024, 3, 10), c.tasks) })
	}
}
