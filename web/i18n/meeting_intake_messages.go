package i18n

// Messages of the conclusion notice's intake on a meeting, the series and
// agenda forms, and the dashboard's targets table; Catalogue (i18n.go)
// joins them.
var meetingIntakeMessages = map[string]map[string]string{
	"vi": {
		"meeting.intake": "Nhập kết luận từ thông báo", "meeting.intake_text": "Nội dung thông báo kết luận",
		"meeting.intake_hint": "Dán toàn văn thông báo (hoặc chọn tệp .docx, .txt); hệ thống đề xuất các nhiệm vụ để kiểm tra trước khi giao.",
		"meeting.intake_file": "Hoặc chọn tệp", "meeting.intake_submit": "Đọc thông báo",
		"meeting.notice.intake": "Đã giao các nhiệm vụ theo thông báo kết luận.", "meeting.notice.discarded": "Đã hủy đề xuất.",
		"meeting.intake.review_title":     "Kiểm tra nhiệm vụ theo thông báo kết luận",
		"meeting.intake.review_lead":      "%s nhiệm vụ đề xuất từ thông báo kết luận phiên họp ngày %s. Kiểm tra đơn vị chủ trì, nội dung và thời hạn trước khi giao.",
		"meeting.intake.status.committed": "Đề xuất này đã được giao thành nhiệm vụ.", "meeting.intake.status.discarded": "Đề xuất này đã bị hủy.",
		"meeting.intake.source": "Văn bản đã dán", "meeting.intake.document": "Văn bản giao nhiệm vụ",
		"meeting.intake.document_hint": "Để trống số ký hiệu nếu thông báo chưa ban hành; nhiệm vụ vẫn gắn với phiên họp.",
		"meeting.intake.doc_number":    "Số, ký hiệu", "meeting.intake.doc_date": "Ngày ban hành", "meeting.intake.doc_summary": "Trích yếu",
		"meeting.intake.keep": "Giao nhiệm vụ này", "meeting.intake.coop": "Đơn vị phối hợp", "meeting.intake.from": "Trích từ",
		"meeting.intake.commit": "Giao các nhiệm vụ đã chọn", "meeting.intake.discard": "Hủy đề xuất",
		"dash.targets":       "Chỉ tiêu",
		"meeting.series_new": "Thêm cuộc họp định kỳ", "meeting.series_name": "Tên cuộc họp",
		"meeting.frequency": "Tần suất", "meeting.frequency.weekly": "Hằng tuần", "meeting.frequency.monthly": "Hằng tháng",
		"meeting.frequency.adhoc": "Đột xuất", "meeting.chair_hint": "Chức danh chủ trì, ví dụ: Chủ tịch UBND quận",
		"meeting.agenda": "Chương trình", "meeting.agenda_hint": "Mỗi nội dung một dòng",
		"meeting.series_create": "Thêm", "meeting.attendance_agenda": "Thành phần vắng mặt và chương trình",
		"meeting.notice.series": "Đã thêm cuộc họp định kỳ.", "meeting.notice.agenda": "Đã lưu thành phần và chương trình.",
	},
	"en": {
		"meeting.intake": "Conclusions from the notice", "meeting.intake_text": "Text of the conclusion notice",
		"meeting.intake_hint": "Paste the whole notice (or choose a .docx or .txt file); the tasks it assigns are proposed for review before they are assigned.",
		"meeting.intake_file": "Or choose a file", "meeting.intake_submit": "Read the notice",
		"meeting.notice.intake": "The tasks of the conclusion notice were assigned.", "meeting.notice.discarded": "The proposal was discarded.",
		"meeting.intake.review_title":     "Review the tasks of the conclusion notice",
		"meeting.intake.review_lead":      "%s tasks proposed from the conclusion notice of the meeting of %s. Check the lead units, content and deadlines before assigning.",
		"meeting.intake.status.committed": "This proposal has been assigned as tasks.", "meeting.intake.status.discarded": "This proposal was discarded.",
		"meeting.intake.source": "The pasted text", "meeting.intake.document": "Document assigning the tasks",
		"meeting.intake.document_hint": "Leave the number empty if the notice is not issued yet; the tasks stay linked to the meeting.",
		"meeting.intake.doc_number":    "Number and symbol", "meeting.intake.doc_date": "Issued on", "meeting.intake.doc_summary": "Summary",
		"meeting.intake.keep": "Assign this task", "meeting.intake.coop": "Cooperating units", "meeting.intake.from": "From",
		"meeting.intake.commit": "Assign the selected tasks", "meeting.intake.discard": "Discard the proposal",
		"dash.targets":       "Targets",
		"meeting.series_new": "New meeting series", "meeting.series_name": "Name",
		"meeting.frequency": "Frequency", "meeting.frequency.weekly": "Weekly", "meeting.frequency.monthly": "Monthly",
		"meeting.frequency.adhoc": "Ad hoc", "meeting.chair_hint": "The chairing position, e.g. Chairman of the district People's Committee",
		"meeting.agenda": "Agenda", "meeting.agenda_hint": "One item a line",
		"meeting.series_create": "Add", "meeting.attendance_agenda": "Absent units and agenda",
		"meeting.notice.series": "The meeting series was added.", "meeting.notice.agenda": "Attendance and agenda saved.",
	},
}
