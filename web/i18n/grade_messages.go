package i18n

// Messages of the grade sheet page; Catalogue (i18n.go) joins them.
var gradeMessages = map[string]map[string]string{
	"vi": {
		"nav.grades": "Xếp loại", "grade.title": "Đánh giá, xếp loại", "grade.rules": "Bộ tiêu chí",
		"grade.kind": "Đối tượng", "grade.kind.org": "Đơn vị", "grade.kind.person": "Cá nhân",
		"grade.range":       "Từ %s đến %s; kết quả nhiệm vụ tính đến ngày %s",
		"grade.col.subject": "Đối tượng", "grade.col.general": "Tiêu chí chung", "grade.col.tasks": "Kết quả nhiệm vụ",
		"grade.col.bonus": "Điểm thưởng", "grade.col.score": "Tổng điểm", "grade.col.band": "Xếp loại",
		"grade.capped": "điều chỉnh theo tỷ lệ tối đa", "grade.explain": "Diễn giải điểm",
		"grade.points": "Nhập điểm", "grade.general": "Điểm tiêu chí chung (tối đa %s)",
		"grade.bonus": "Điểm thưởng (tối đa %s)", "grade.note": "Ghi chú", "grade.save": "Lưu điểm",
		"grade.mark": "Ghi nhận lỗi hoặc nguyên nhân khách quan của một nhiệm vụ", "grade.task": "Số nhiệm vụ",
		"grade.errors": "Số lỗi lớn của sản phẩm", "grade.waived": "Đã xác nhận nguyên nhân khách quan (miễn trừ)",
		"grade.reason": "Nguyên nhân khách quan", "grade.mark_save": "Ghi nhận",
		"grade.none":          "Không có đơn vị hoặc cá nhân nào có nhiệm vụ đến hạn hoặc hoàn thành trong kỳ.",
		"grade.notice.points": "Đã lưu điểm; kết quả đã tính lại.", "grade.notice.mark": "Đã ghi nhận; kết quả đã tính lại.",
	},
	"en": {
		"nav.grades": "Grading", "grade.title": "Evaluation and grading", "grade.rules": "Rule set",
		"grade.kind": "Graded", "grade.kind.org": "Units", "grade.kind.person": "People",
		"grade.range":       "From %s to %s; task results as of %s",
		"grade.col.subject": "Graded", "grade.col.general": "General criteria", "grade.col.tasks": "Task results",
		"grade.col.bonus": "Bonus", "grade.col.score": "Score", "grade.col.band": "Grade",
		"grade.capped": "moved down by the cap", "grade.explain": "How the score is made",
		"grade.points": "Enter points", "grade.general": "General criteria points (at most %s)",
		"grade.bonus": "Bonus points (at most %s)", "grade.note": "Note", "grade.save": "Save points",
		"grade.mark": "Record a task's errors or confirmed objective cause", "grade.task": "Task number",
		"grade.errors": "Major errors in its product", "grade.waived": "Objective cause confirmed (waived)",
		"grade.reason": "Objective cause", "grade.mark_save": "Record",
		"grade.none":          "No unit or person has tasks due or completed in the period.",
		"grade.notice.points": "Points saved; the grades are recomputed.", "grade.notice.mark": "Recorded; the grades are recomputed.",
	},
}
