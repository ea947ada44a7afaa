package extract

import (
	"testing"

	"tiendo/vn"
)

// TestDeadlineBeforeLead is D13: a time set off by a comma right before
// the lead bounds that lead's work, whether the lead opens the clause or
// follows the verb that hands the work over. Invented variants first
// (other verbs, units, date forms), then the corpus sentence
// (bacninh-so-noi-vu-ra-soat-cbccvc-2025). The document date is 10/3/2024.
func TestDeadlineBeforeLead(t *testing.T) {
	cases := []struct {
		class, text string
		date        vn.Date
		tasks       []GoldTask
	}{
		{"after yêu cầu, chậm nhất ngày",
			"UBND huyện yêu cầu chậm nhất ngày 25/3/2024, Phòng Tài chính - Kế hoạch phải tổng hợp nhu cầu vốn sự nghiệp.", vn.Date{},
			[]GoldTask{gt("Phòng Tài chính - Kế hoạch", "tổng hợp nhu cầu vốn", "date", "2024-03-25")}},
		{"after đề nghị, trước ngày day.month",
			"Chủ tịch UBND xã đề nghị trước ngày 20.3, các thôn gửi danh sách hộ nghèo phát sinh về Văn phòng UBND xã.", vn.Date{},
			[]GoldTask{gt("các thôn", "gửi danh sách hộ nghèo", "date", "2024-03-20")}},
		{"after chỉ đạo, trong tháng",
			"Giám đốc Sở Y tế chỉ đạo trong tháng 4/2024, các bệnh viện tuyến huyện hoàn thành kiểm tra hệ thống khí y tế.", vn.Date{},
			[]GoldTask{gt("các bệnh viện tuyến huyện", "hoàn thành kiểm tra hệ thống khí y tế", "period", "2024-04-30")}},
		{"a start is not a bound",
			"UBND tỉnh yêu cầu từ ngày 15/3/2024, các ban quản lý chợ tạm dừng buôn bán gia cầm sống.", vn.Date{},
			[]GoldTask{gt("các ban quản lý chợ", "tạm dừng buôn bán gia cầm sống", "none", "")}},
		{"corpus: chậm nhất đến ngày 7/8, year of the article",
			"Về nhiệm vụ trọng tâm trong thời gian tới, Chủ tịch UBND tỉnh Bắc Ninh yêu cầu chậm nhất đến ngày 7/8, Sở Nội vụ phải hoàn thành rà soát đội ngũ CBCCVC, nhất là ở các xã, phường.",
			vn.NewDate(2025, 8, 5),
			[]GoldTask{gt("Sở Nội vụ", "Sở Nội vụ phải hoàn thành rà soát", "date", "2025-08-07")}},
	}
	for _, c := range cases {
		date := c.date
		if date == (vn.Date{}) {
			date = vn.NewDate(2024, 3, 10)
		}
		t.Run(c.class, func(t *testing.T) { checkClass(t, c.text, date, c.tasks) })
	}
}

// TestDeadlineOfScheduledEvent is D14: once a text schedules an event
// ("Hội nghị … sẽ diễn ra vào ngày …", "Đại hội … dự kiến tổ chức từ … đến
// …"), a later task without a date of its own, in a sentence that names
// the event, is work for it and is due by its day. Invented variants
// first, then the corpus sentences (phutho-bi-thu-tiep-dan-thang-11-2025,
// bacgiang-dai-hoi-dang-bo-tinh-xix-2020).
func TestDeadlineOfScheduledEvent(t *testing.T) {
	cases := []struct {
		class, text string
		date        vn.Date
		tasks       []GoldTask
	}{
		{"Để buổi … đạt hiệu quả, two tasks after ;",
			"Buổi đối thoại giữa Chủ tịch UBND xã với thanh niên sẽ diễn ra vào chiều ngày 26/3/2024 tại nhà văn hóa xã.\n\nĐể buổi đối thoại đạt hiệu quả, UBND xã đề nghị Đoàn Thanh niên xã tổng hợp ý kiến của đoàn viên; Công an xã bảo đảm an ninh trật tự.", vn.Date{},
			[]GoldTask{
				gt("Đoàn Thanh niên xã", "tổng hợp ý kiến của đoàn viên", "date", "2024-03-26"),
				gt("Công an xã", "bảo đảm an ninh trật tự", "date", "2024-03-26"),
			}},
		{"a window, named inside the task",
			"Hội thi văn nghệ quần chúng của Hội Liên hiệp Phụ nữ huyện sẽ diễn ra từ ngày 12 đến hết ngày 14/4/2024 tại sân vận động huyện. UBND huyện yêu cầu các xã cử đội văn nghệ tham gia Hội thi; Trung tâm Y tế huyện bố trí xe cứu thương trực tại Hội thi.", vn.Date{},
			[]GoldTask{
				gt("Hội Liên hiệp Phụ nữ huyện", "Hội thi văn nghệ quần chúng", "date", "2024-04-14"),
				gt("các xã", "cử đội văn nghệ", "date", "2024-04-14"),
				gt("Trung tâm Y tế huyện", "bố trí xe cứu thương", "date", "2024-04-14"),
			}},
		{"a task with its own time keeps it",
			"Hội nghị tổng kết năm của ngành sẽ được tổ chức ngày 29/3/2024. Sở đề nghị các phòng chuyên môn gửi báo cáo phục vụ Hội nghị trước ngày 22/3/2024; Văn phòng Sở thường xuyên cập nhật tài liệu Hội nghị.", vn.Date{},
			[]GoldTask{
				gt("các phòng chuyên môn", "gửi báo cáo phục vụ Hội nghị", "date", "2024-03-22"),
				gt("Văn phòng Sở", "cập nhật tài liệu Hội nghị", "continuous", ""),
			}},
		{"a task that does not name the event is not its work",
			"Kỳ thi tuyển sinh lớp 10 sẽ diễn ra ngày 3/6/2024. Sở Giáo dục và Đào tạo đề nghị các trường rà soát thiết bị phòng học bộ môn.", vn.Date{},
			[]GoldTask{gt("các trường", "rà soát thiết bị phòng học", "none", "")}},
		{"work after the event is not due by it",
			"Đại hội Đoàn xã dự kiến tổ chức ngày 24/3/2024. Sau Đại hội, Đoàn xã đề nghị Ban Chấp hành mới xây dựng chương trình công tác toàn khóa.", vn.Date{},
			[]GoldTask{
				gt("Đoàn xã", "Đại hội Đoàn xã", "date", "2024-03-24"),
				gt("Ban Chấp hành mới", "xây dựng chương trình công tác", "none", ""),
			}},
		{"a past event dates nothing",
			"Hội nghị sơ kết quý I đã diễn ra vào ngày 5/3/2024. Tại Hội nghị, Chủ tịch UBND huyện yêu cầu các xã đẩy nhanh tiến độ giải ngân vốn đầu tư công.", vn.Date{},
			[]GoldTask{gt("các xã", "đẩy nhanh tiến độ giải ngân", "none", "")}},
		{"corpus: a congress window, its preparation and its publicity",
			"Theo đó, Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX, nhiệm kỳ 2020 - 2025 dự kiến sẽ tổ chức từ 13 giờ 00 phút ngày 13/10/2020 đến hết buổi sáng ngày 16/10/2020.\n\nBan Thường vụ Tỉnh ủy yêu cầu các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy sắp xếp kế hoạch hoạt động cho phù hợp; chỉ đạo tổ chức thông tin, tuyên truyền kịp thời, thường xuyên trước, trong và sau Đại hội; chỉ đạo đẩy mạnh các phong trào thi đua chào mừng Đại hội.",
			vn.NewDate(2020, 9, 25),
			[]GoldTask{
				gt("Đảng bộ tỉnh Bắc Giang", "dự kiến sẽ tổ chức từ 13 giờ 00 phút", "date", "2020-10-16"),
				gt("các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "sắp xếp kế hoạch hoạt động cho phù hợp", "date", "2020-10-16"),
				gt("các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "chỉ đạo tổ chức thông tin, tuyên truyền", "continuous", ""),
				gt("các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "chỉ đạo đẩy mạnh các phong trào thi đua", "date", "2020-10-16"),
			}},
		{"corpus: the reception and the requests to prepare it",
			"Theo đó, buổi tiếp dân sẽ diễn ra từ 14 giờ 30 phút ngày 28/11/2025 tại Trụ sở số 01 Ban Tiếp công dân tỉnh.\n\nĐể buổi tiếp dân diễn ra hiệu quả, Ban Nội chính Tỉnh ủy đề nghị Văn phòng UBND tỉnh chỉ đạo Ban Tiếp công dân chuẩn bị đầy đủ cơ sở vật chất; Ban Tổ chức Tỉnh ủy nghiên cứu, tham mưu nội dung liên quan; Công an tỉnh bảo đảm an ninh trật tự; Đảng ủy, UBND xã Chí Đám rà soát hồ sơ, tài liệu về quá trình công tác của cụ Lương Văn Cúc.",
			vn.NewDate(2025, 11, 27),
			[]GoldTask{
				gt("Văn phòng UBND tỉnh", "đề nghị Văn phòng UBND tỉnh chỉ đạo", "date", "2025-11-28"),
				gt("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy nghiên cứu, tham mưu", "date", "2025-11-28"),
				gt("Công an tỉnh", "Công an tỉnh bảo đảm an ninh trật tự", "date", "2025-11-28"),
				gt("Đảng ủy, UBND xã Chí Đám", "UBND xã Chí Đám rà soát hồ sơ", "date", "2025-11-28"),
			}},
	}
	for _, c := range cases {
		date := c.date
		if date == (vn.Date{}) {
			date = vn.NewDate(2024, 3, 10)
		}
		t.Run(c.class, func(t *testing.T) { checkClass(t, c.text, date, c.tasks) })
	}
}
