package extract

import (
	"testing"

	"tiendo/vn"
)

// TestTimetable checks a schedule written as one sentence, its milestones
// after a colon and separated by ";", each opening with its time: each is
// a task of the body it names, or of the lead-in's subject, dated by its
// own time. A report of milestones met, a lead-in that hands work over
// and a single dated clause are read by other rules.
func TestTimetable(t *testing.T) {
	runTaskCases(t, vn.NewDate(2024, 3, 10), []taskCase{
		{"a lead-in with dự kiến, milestones with no subject",
			"Kế hoạch của huyện\n\nBan Chỉ đạo chuyển đổi số huyện dự kiến: trong tháng 4/2024 rà soát hạ tầng mạng tại các xã; từ tháng 5 đến tháng 7/2024 sẽ tập huấn kỹ năng số cho cán bộ xã.",
			[]GoldTask{gt("Ban Chỉ đạo chuyển đổi số huyện", "rà soát hạ tầng mạng", "period", "2024-04-30"),
				gt("Ban Chỉ đạo chuyển đổi số huyện", "tập huấn kỹ năng số", "period", "2024-07-31")}},
		{"a fronted place, a milestone with its own body",
			"Tin họp\n\nTại buổi làm việc, Sở Nội vụ và Sở Tài chính thống nhất lộ trình cụ thể: trước ngày 20/3/2024, hoàn thành dự thảo đề án; trước ngày 15/4/2024 UBND tỉnh cho ý kiến về dự thảo; trước ngày 30/4/2024 trình Ban Thường vụ Tỉnh ủy.",
			[]GoldTask{gt("Sở Nội vụ và Sở Tài chính", "hoàn thành dự thảo đề án", "date", "2024-03-20"),
				gt("UBND tỉnh", "UBND tỉnh cho ý kiến", "date", "2024-04-15"),
				gt("Sở Nội vụ và Sở Tài chính", "trình Ban Thường vụ Tỉnh ủy", "date", "2024-04-30")}},
		{"a congress in the schedule is its holder's",
			"Kế hoạch đại hội\n\nHuyện ủy dự kiến: từ tháng 4 đến tháng 5/2024 tiến hành đại hội các chi bộ trực thuộc; trong tháng 6/2024 tổ chức đại hội Đảng bộ huyện.",
			[]GoldTask{gt("các chi bộ trực thuộc", "đại hội các chi bộ trực thuộc", "period", "2024-05-31"),
				gt("Đảng bộ huyện", "đại hội Đảng bộ huyện", "period", "2024-06-30")}},
		{"congresses' time, labelled, two congresses joined by và",
			"Kế hoạch đại hội\n\nThời gian tiến hành đại hội hội cựu chiến binh cấp cơ sở hoàn thành trong quý II năm 2024 và Đại hội đại biểu Hội Cựu chiến binh huyện hoàn thành trong quý III năm 2024.",
			[]GoldTask{gt("hội cựu chiến binh cấp cơ sở", "đại hội hội cựu chiến binh cấp cơ sở", "period", "2024-06-30"),
				gt("Hội Cựu chiến binh huyện", "Đại hội đại biểu Hội Cựu chiến binh huyện", "period", "2024-09-30")}},
		{"milestones met are a report, not a schedule",
			"Kết quả thực hiện\n\nUBND xã cho biết tiến độ như sau: tháng 1/2024, đã hoàn thành rà soát hộ nghèo; tháng 2/2024, đã cấp thẻ bảo hiểm y tế cho 300 người.",
			nil},
		{"one dated clause among others is no schedule",
			"Tin họp\n\nHội nghị thống nhất các nội dung: trước ngày 20/3/2024 hoàn thành dự thảo; tăng cường tuyên truyền; nâng cao chất lượng hội viên; đổi mới phương thức hoạt động.",
			nil},
	})
}
