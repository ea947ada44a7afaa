package extract

import (
	"fmt"
	"strings"
	"testing"

	"tiendo/vn"
)

// TestIntakeCorpusClasses holds the classes found on the tuning half of the
// development corpus (testdata/intake/tune): each case is an invented
// example of the class, named with the corpus text it was found in. The
// document date is 10/3/2024.
func TestIntakeCorpusClasses(t *testing.T) {
	cases := []struct {
		class, corpus, text string
		tasks               []GoldTask
	}{
		// C1: a clause read as a subject. A past or degree adverb, reported
		// speech or a contrast inside the words before "cần/phải/sẽ" means
		// the modal qualifies an object; "cần được" is passive.
		{"C1 past verb before a modal on the object", "binhthuan-lagi-ubkt-giam-sat-chuyen-de-2024",
			"Qua kiểm tra, Đoàn kiểm tra đã nêu rõ những hạn chế cần khắc phục; đề nghị Chi bộ Trường Tiểu học Hòa Bình xây dựng kế hoạch khắc phục.",
			[]GoldTask{gt("Chi bộ Trường Tiểu học Hòa Bình", "xây dựng kế hoạch khắc phục", "none", "")}},
		{"C1 reported speech and contrast", "quangnam-phuocson-phien-hop-thuong-ky-thang-8-2023",
			"Phát biểu kết luận, Chủ tịch UBND xã cho rằng, tiến độ thu ngân sách còn chậm, nhưng nhiều việc cần được tháo gỡ.",
			nil},
		{"C1 degree adverb", "thainguyen-81-tb-ubnd-ket-luan-bao-ccb-2011",
			"Tòa soạn rất cảm ơn sự hợp tác của Sở Y tế và sẽ tiếp tục đưa tin.",
			nil},
		{"C1 copula stays a task", "hanoi-caugiay-quan-triet-nghi-quyet-dai-hoi-2011",
			"Ban Dân vận Huyện ủy là cơ quan chủ trì theo dõi việc thực hiện.",
			[]GoldTask{gt("Ban Dân vận Huyện ủy", "chủ trì theo dõi việc thực hiện", "none", "")}},
		// C3: a subject-less sentence after a request continues the request;
		// after a body acting by itself it only describes (S6 stays one task).
		{"C3 request goes on in the next sentence", "quangnam-phuocson-phien-hop-thuong-ky-thang-8-2023",
			"Kết luận cuộc họp, Chủ tịch UBND xã đề nghị Công an xã rà soát các điểm tụ tập đua xe; lập danh sách thanh thiếu niên có nguy cơ. Tăng cường tuần tra vào ban đêm.",
			[]GoldTask{
				gt("Công an xã", "rà soát các điểm tụ tập đua xe", "none", ""),
				gt("Công an xã", "lập danh sách thanh thiếu niên", "none", ""),
				gt("Công an xã", "Tăng cường tuần tra vào ban đêm", "none", ""),
			}},
		{"C3 not after a body acting by itself", "quangnam-phuocson-phien-hop-thuong-ky-thang-8-2023",
			"Đề nghị các tổ dân phố tổ chức ra quân làm sạch môi trường. Tổ trưởng các tổ dân phố chịu trách nhiệm vận động nhân dân. Dọn dẹp rác thải, khơi thông cống rãnh.",
			[]GoldTask{
				gt("các tổ dân phố", "tổ chức ra quân làm sạch môi trường", "none", ""),
				gt("Tổ trưởng các tổ dân phố", "chịu trách nhiệm vận động nhân dân", "none", ""),
			}},
		// N: "đã chỉ đạo X …" reports what was done; "đã giao X …" and "vừa
		// chỉ đạo X …" are live assignments.
		{"N past directing is a report", "kontum-ket-qua-tra-loi-cu-tri-2024",
			"Sau khi tiếp nhận kiến nghị, UBND huyện đã chỉ đạo Phòng Kinh tế và Hạ tầng kiểm tra, xử lý dứt điểm.",
			nil},
		{"N past giao and vừa chỉ đạo stay tasks", "hue-huongso-tra-loi-phan-anh-tan-da",
			"UBND tỉnh đã giao Sở Xây dựng chủ trì rà soát quy hoạch. UBND huyện vừa chỉ đạo các xã ven biển kiểm tra tàu cá.",
			[]GoldTask{
				gt("Sở Xây dựng", "chủ trì rà soát quy hoạch", "none", ""),
				gt("các xã ven biển", "kiểm tra tàu cá", "none", ""),
			}},
		// X: exhortations to members in general are not tasks.
		{"X every member ought to", "thanhhoa-bch-tinh-uy-hoi-nghi-25-2023",
			"Mỗi cán bộ, công chức, nhất là người đứng đầu cơ quan phải gương mẫu, tận tụy với công việc.",
			nil},
		{"X party members ought to", "hanoi-badinh-dienbien-chi-bo-10-2014",
			"Đồng chí Bí thư Đảng ủy phường mong muốn các đồng chí đoàn viên phải đoàn kết, xung kích trong mọi phong trào.",
			nil},
		// F: a request to carry out the text itself restates its items.
		{"F enforcement formula", "dongthap-lapvo-tb-treo-co-bau-cu-2021",
			"1. Các cơ quan, đơn vị treo cờ Tổ quốc từ ngày 1 đến hết ngày 2 tháng 9 năm 2024.\n\n" +
				"UBND xã đề nghị các ban, ngành, đoàn thể xã, các thôn thực hiện nghiêm nội dung Kế hoạch này./.",
			[]GoldTask{gt("Các cơ quan, đơn vị", "treo cờ Tổ quốc", "date", "2024-09-02")}},
		{"F the spirit of the notice", "angiang-olam-treo-quoc-ky-thuong-binh-liet-si-2025",
			"1. Các hộ dân treo cờ Tổ quốc từ ngày 25 đến hết ngày 27/7/2024.\n\n" +
				"Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị và các hộ dân trên địa bàn xã thực hiện nghiêm tinh thần Thông báo này.",
			[]GoldTask{gt("Các hộ dân", "treo cờ Tổ quốc", "date", "2024-07-27")}},
		{"F the content in the notice", "hanoi-phucla-thao-bang-ron-ha-co-quoc-khanh-2019",
			"1. Các tổ dân phố treo cờ Tổ quốc đến hết ngày 2/9/2024.\n\n" +
				"Trên đây là thông báo về việc treo cờ Tổ quốc, đề nghị các ban ngành liên quan, các tổ dân phố thực hiện tốt nội dung trong thông báo.",
			[]GoldTask{gt("Các tổ dân phố", "treo cờ Tổ quốc", "date", "2024-09-02")}},
		// T: a time fronted without a comma before the subject.
		{"T fronted time before the subject", "hue-huongso-tra-loi-phan-anh-tan-da",
			"Thời gian tới UBND xã sẽ bố trí lực lượng kiểm tra thường xuyên tại chợ đêm.",
			[]GoldTask{gt("UBND xã", "sẽ bố trí lực lượng kiểm tra", "continuous", "")}},
		// I: in a list item an action after ";" with its own schedule is
		// its own task; a manner clause or a deadline stays.
		{"I item with a scheduled action after ;", "ninhthuan-55-2007-qd-ke-hoach-tien-bo-phu-nu",
			"Điều 2. Tổ chức thực hiện:\n\n1. Sở Nội vụ - cơ quan thường trực Hội đồng thi đua tỉnh giúp Hội đồng tham mưu UBND tỉnh triển khai Kế hoạch; tổ chức sơ kết hằng năm việc thực hiện Kế hoạch.\n\n" +
				"2. Sở Tài chính bố trí kinh phí thực hiện; phát huy vai trò của các quỹ; hoàn thành cấp phát trước ngày 30.6.",
			[]GoldTask{
				gt("Sở Nội vụ - cơ quan thường trực Hội đồng thi đua tỉnh", "tham mưu UBND tỉnh triển khai Kế hoạch", "none", ""),
				gt("Sở Nội vụ - cơ quan thường trực Hội đồng thi đua tỉnh", "tổ chức sơ kết hằng năm", "recurring", ""),
				gt("Sở Tài chính", "bố trí kinh phí thực hiện", "date", "2024-06-30"),
			}},
		{"D vào tháng dates a pilot", "kiengiang-giangthanh-dai-hoi-mttq-2018",
			"Theo kế hoạch, Ban Thường trực Hội Nông dân huyện giao Hội Nông dân xã Tân Hòa tổ chức đại hội điểm vào tháng 11/2024.",
			[]GoldTask{gt("Hội Nông dân xã Tân Hòa", "tổ chức đại hội điểm", "period", "2024-11-30")}},
		{"T four-word fronted time", "hue-huongso-tra-loi-phan-anh-tan-da",
			"Trong thời gian tới UBND thị trấn sẽ phối hợp kiểm tra các quán ăn vỉa hè.",
			[]GoldTask{gt("UBND thị trấn", "sẽ phối hợp kiểm tra các quán ăn", "none", "")}},
		// U: heads of bodies by title; "và yêu cầu" after another verb.
		{"U title heads and a coordinated request", "hcm-pgd-binhchanh-thu-quy-phong-chong-thien-tai-2016",
			"Đề nghị Hiệu trưởng các trường Mầm non, Chánh Văn phòng các Sở kiểm tra danh sách học sinh. " +
				"Phó Chủ tịch UBND xã ghi nhận ý kiến của các đại biểu và yêu cầu Ban Văn hóa xã hoàn thiện dự thảo đề án.",
			[]GoldTask{
				gt("Hiệu trưởng các trường Mầm non, Chánh Văn phòng các Sở", "kiểm tra danh sách học sinh", "none", ""),
				gt("Ban Văn hóa xã", "hoàn thiện dự thảo đề án", "none", ""),
			}},
		// P: the public alone is no addressee to follow up; a request made
		// in the past to a body, with its work live, is a task
		// (hanoi-badinh: "đã động viên và giao nhiệm vụ cho cấp ủy …").
		{"P the public, and a live request told in the past", "hue-huongso-tra-loi-phan-anh-tan-da",
			"Tổ kiểm tra đã lập biên bản và yêu cầu Công ty Hòa Phát dừng thi công. Đề nghị người dân không đổ rác ra lòng đường.",
			[]GoldTask{gt("Công ty Hòa Phát", "dừng thi công", "none", "")}},
		// Q: "X nào … thì …" is a condition inside the task before; a
		// sentence "Các đơn vị thực hiện trước ngày …" dates it.
		{"Q condition and a generic deadline sentence", "hcm-pgd-binhchanh-thu-quy-phong-chong-thien-tai-2016",
			"Đề nghị các trường rà soát số học sinh chưa có bảo hiểm y tế. Trường nào chưa lập danh sách thì khẩn trương lập theo mẫu đính kèm.\n" +
				"Các đơn vị hoàn thành trước ngày 15/4/2024.",
			[]GoldTask{gt("các trường", "rà soát số học sinh chưa có bảo hiểm", "date", "2024-04-15")}},
		// L: a subject that is a list of bodies going on backwards over
		// commas; a bare "địa phương" in a preceding phrase does not.
		{"L list subject over commas", "bariavungtau-syt-tong-hop-doi-tuong-tiem",
			"UBND tỉnh vừa ban hành Kế hoạch số 77/KH-UBND về tiêm chủng.\n\nTheo đó các trường học, trạm y tế xã phối hợp lập danh sách trẻ chưa tiêm. " +
				"Trên cơ sở đề xuất của các đơn vị, địa phương, Sở Tài chính có nhiệm vụ bố trí kinh phí.",
			[]GoldTask{
				gt("các trường học, trạm y tế xã", "phối hợp lập danh sách trẻ chưa tiêm", "none", ""),
				gt("Sở Tài chính", "có nhiệm vụ bố trí kinh phí", "none", ""),
			}},
		// H: a section title in capitals is no task; grounds after "Căn cứ"
		// separated by ";" are one clause up to the request.
		{"H title in capitals and grounds with ;", "thanhhoa-15-ct-ubnd-ke-hoach-dtc-trung-han-2019",
			"Giám đốc Sở Y tế yêu cầu các bệnh viện tuyến huyện triển khai công tác năm 2024 với các nội dung sau:\n\n" +
				"1. RÀ SOÁT TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHUYÊN MÔN NĂM 2023 VÀ KẾ HOẠCH GIAI ĐOẠN TỚI\n\n" +
				"Căn cứ kế hoạch của ngành; các quyết định giao chỉ tiêu năm 2023; kết quả kiểm tra cuối năm, yêu cầu các bệnh viện tuyến huyện khẩn trương đánh giá việc thực hiện chỉ tiêu chuyên môn.",
			[]GoldTask{gt("các bệnh viện tuyến huyện", "khẩn trương đánh giá việc thực hiện chỉ tiêu", "none", "")}},
		// E: a schedule of events ("Theo kế hoạch, …"): the event is the
		// subject, or the object of "tiến hành/tổ chức" after a time; the
		// lead is the body that holds it; "và" before the next event splits.
		{"E schedule, events as subjects, day.month from the text's year", "quangnam-nuithanh-dai-hoi-chi-bo-2015",
			"Từ tháng 10.2023 đến nay, nhiều chi hội đã tổ chức xong đại hội.\n\n" +
				"Theo kế hoạch, đại hội các chi hội trực thuộc hoàn thành trước ngày 20.3; đại hội Hội Nông dân xã hoàn thành từ tháng 4 - 5 và Đại hội đại biểu Hội Nông dân huyện hoàn thành trong tháng 7.2024.",
			[]GoldTask{
				gt("các chi hội trực thuộc", "đại hội các chi hội trực thuộc hoàn thành", "date", "2024-03-20"),
				gt("Hội Nông dân xã", "đại hội Hội Nông dân xã hoàn thành", "period", "2024-05-31"),
				gt("Hội Nông dân huyện", "Đại hội đại biểu Hội Nông dân huyện", "period", "2024-07-31"),
			}},
		{"E schedule, time then tiến hành đại hội", "angiang-thoaison-trien-khai-van-ban-dai-hoi-2019",
			"Theo kế hoạch, tháng 2-2025, tiến hành đại hội các chi đoàn trực thuộc; từ tháng 3 đến tháng 4-2025 tiến hành Đại hội chi, tổ hội cơ sở.",
			[]GoldTask{
				gt("các chi đoàn trực thuộc", "đại hội các chi đoàn trực thuộc", "period", "2025-02-28"),
				gt("chi, tổ hội cơ sở", "Đại hội chi, tổ hội cơ sở", "period", "2025-04-30"),
			}},
		{"E dự kiến before the event", "kiengiang-giangthanh-dai-hoi-mttq-2018",
			"Dự kiến Đại hội Hội Cựu chiến binh các xã hoàn thành trong tháng 6/2024.",
			[]GoldTask{gt("Hội Cựu chiến binh các xã", "Dự kiến Đại hội Hội Cựu chiến binh", "period", "2024-06-30")}},
		{"E a past event is no task", "quangnam-nuithanh-dai-hoi-chi-bo-2015",
			"Tháng 3-2024, tiến hành đại hội các chi bộ đã hoàn thành.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			date := vn.NewDate(2024, 3, 10)
			if strings.HasPrefix(c.class, "E ") {
				date = vn.Date{} // news excerpts without a date line
			}
			res := Extract(c.text, date)
			g := Gold{Tasks: c.tasks}
			var diffs []string
			ScoreText(c.corpus, g, res, func(f string, a ...any) { diffs = append(diffs, fmt.Sprintf(f, a...)) })
			if diffs = dropRefs(diffs); len(diffs) > 0 {
				for _, tk := range res.Tasks {
					t.Logf("task lead %q source %q deadline %s %v", tk.Lead, tk.Source, tk.Deadline.Kind, tk.Deadline.Date)
				}
				t.Errorf("%s", strings.Join(diffs, "\n"))
			}
		})
	}
}
