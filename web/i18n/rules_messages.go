package i18n

// Messages of the rules page (/quy-dinh) and the grade page's tie-break
// line; Catalogue (i18n.go) joins them.
var rulesMessages = map[string]map[string]string{
	"vi": {
		"nav.rules": "Quy định", "rules.title": "Quy định áp dụng",
		"rules.intro": "Số lần gia hạn tối đa, thời hạn mặc định khi văn bản không ghi hạn và bộ tiêu chí đánh giá, xếp loại. " +
			"Mỗi phiên bản áp dụng từ ngày ghi đến trước ngày của phiên bản sau; một kỳ được xếp loại theo quy định có hiệu lực vào ngày cuối kỳ. " +
			"Quy định của thời gian đã qua không sửa được.",
		"rules.defaults": "Mặc định (NĐ 335/2025/NĐ-CP, QĐ 3814-QĐ/TU)", "rules.col.from": "Áp dụng từ",
		"rules.col.extensions": "Số lần gia hạn tối đa", "rules.col.deadline": "Thời hạn mặc định (ngày làm việc)",
		"rules.col.grading": "Bộ tiêu chí đánh giá", "rules.col.note": "Ghi chú", "rules.in_force": "Đang áp dụng", "rules.edit": "Sửa",
		"rules.summary":     "%s: tiêu chí chung %s, kết quả nhiệm vụ %s, thưởng %s điểm; số lượng %s%%, chất lượng %s%%, tiến độ %s%%; mức %s",
		"rules.summary_cap": "tối đa %s%% được xếp %s (vượt: xếp %s)", "rules.summary_tie": "bằng điểm xếp theo: %s",
		"rules.tie.not_done": "ít nhiệm vụ chưa hoàn thành hơn", "rules.tie.delays": "ít lần chậm tiến độ hơn",
		"rules.tie.finished": "hoàn thành nhiệm vụ cuối cùng sớm hơn", "rules.tie.tasks": "điểm kết quả nhiệm vụ cao hơn",
		"rules.tie.name": "thứ tự tên", "rules.tie_none": "(không dùng)", "rules.tie.score": "điểm cao hơn", "rules.then": ", rồi ",
		"rules.add": "Thêm phiên bản quy định", "rules.editing": "Sửa phiên bản áp dụng từ %s (chưa có hiệu lực)",
		"rules.effective_from": "Ngày áp dụng", "rules.effective_hint": "Từ hôm nay (%s) trở đi, dạng ngày/tháng/năm",
		"rules.max_extensions": "Số lần gia hạn tối đa", "rules.default_days": "Thời hạn mặc định khi không ghi hạn (ngày làm việc)",
		"rules.note": "Ghi chú (căn cứ văn bản)", "rules.general_max": "Điểm tiêu chí chung tối đa",
		"rules.task_max": "Điểm kết quả nhiệm vụ tối đa", "rules.bonus_max": "Điểm thưởng tối đa",
		"rules.quantity": "Tỷ trọng số lượng (%)", "rules.quality": "Tỷ trọng chất lượng (%)", "rules.progress": "Tỷ trọng tiến độ (%)",
		"rules.delay_deduction": "Trừ mỗi lần chậm (% điểm tiến độ)", "rules.error_deduction": "Trừ mỗi lỗi lớn (% điểm chất lượng)",
		"rules.explanation_late": "Trừ mỗi giải trình chậm (điểm)", "rules.explanation_missing": "Trừ mỗi lần không giải trình (điểm)",
		"rules.band_min": "Ngưỡng điểm: %s", "rules.cap": "Tỷ lệ tối đa được xếp %s (%%; để trống: không giới hạn)",
		"rules.tie": "Tiêu chí phân định thứ %d khi bằng điểm", "rules.tie_hint": "Sau các tiêu chí đã chọn, xếp theo thứ tự tên.",
		"rules.save": "Lưu quy định", "rules.notice.saved": "Đã lưu quy định.",
		"grade.tiebreak":      "Thứ tự khi bằng điểm (kể cả ở ngưỡng tỷ lệ tối đa): %s.",
		"grade.rules_version": "Quy định áp dụng từ %s", "grade.rules_default": "Quy định mặc định",
	},
	"en": {
		"nav.rules": "Rules", "rules.title": "Rules in force",
		"rules.intro": "The extension limit, the default deadline when a document gives none, and the grading rule sets. " +
			"Each version applies from its date until the next version's date; a period is graded by the rules in force on its last day. " +
			"The rules of days already past cannot be changed.",
		"rules.defaults": "Defaults (Decree 335/2025/NĐ-CP, Decision 3814-QĐ/TU)", "rules.col.from": "In force from",
		"rules.col.extensions": "Extension limit", "rules.col.deadline": "Default deadline (working days)",
		"rules.col.grading": "Grading rule sets", "rules.col.note": "Note", "rules.in_force": "In force", "rules.edit": "Edit",
		"rules.summary":     "%s: general criteria %s, task results %s, bonus %s points; quantity %s%%, quality %s%%, progress %s%%; bands %s",
		"rules.summary_cap": "at most %s%% graded %s (beyond: %s)", "rules.summary_tie": "equal scores ordered by: %s",
		"rules.tie.not_done": "fewer tasks not done", "rules.tie.delays": "fewer delays",
		"rules.tie.finished": "finished the last task earlier", "rules.tie.tasks": "more task-result points",
		"rules.tie.name": "name", "rules.tie_none": "(none)", "rules.tie.score": "higher score", "rules.then": ", then ",
		"rules.add": "Add a version of the rules", "rules.editing": "Edit the version in force from %s (not yet in force)",
		"rules.effective_from": "In force from", "rules.effective_hint": "Today (%s) or later, as day/month/year",
		"rules.max_extensions": "Extension limit", "rules.default_days": "Default deadline when none is written (working days)",
		"rules.note": "Note (legal basis)", "rules.general_max": "General criteria points at most",
		"rules.task_max": "Task-result points at most", "rules.bonus_max": "Bonus points at most",
		"rules.quantity": "Quantity share (%)", "rules.quality": "Quality share (%)", "rules.progress": "Progress share (%)",
		"rules.delay_deduction": "Per delay (% of progress points)", "rules.error_deduction": "Per major error (% of quality points)",
		"rules.explanation_late": "Per late explanation (points)", "rules.explanation_missing": "Per missing explanation (points)",
		"rules.band_min": "Threshold: %s", "rules.cap": "Share at most graded %s (%%; empty: no cap)",
		"rules.tie": "Tie-break criterion %d", "rules.tie_hint": "After the chosen criteria, the name decides.",
		"rules.save": "Save the rules", "rules.notice.saved": "Rules saved.",
		"grade.tiebreak":      "Order at equal scores (also at the cap): %s.",
		"grade.rules_version": "Rules in force from %s", "grade.rules_default": "Default rules",
	},
}
