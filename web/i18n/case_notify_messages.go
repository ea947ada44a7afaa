package i18n

// Names of the notifications, reminders and audit actions of urban-order
// cases (issue 16 item 2); Catalogue (i18n.go) joins them.
var caseNotifyMessages = map[string]map[string]string{
	"vi": {
		"notif.kind.case_assigned": "Giao xử lý vụ việc", "notif.kind.case_closed": "Vụ việc đã xử lý xong",
		"notif.kind.case_due_soon": "Vụ việc sắp đến hạn", "notif.kind.case_overdue": "Vụ việc quá hạn",
		"audit.case.create": "Ghi nhận vụ việc", "audit.case.assign": "Giao xử lý vụ việc",
		"audit.case.step": "Cập nhật xử lý vụ việc", "audit.case.close": "Kết thúc vụ việc",
		"audit.case_kind.create": "Thêm loại vi phạm", "audit.case_kind.update": "Sửa loại vi phạm",
		"audit.weekly_list.submit": "Gửi danh sách tuần", "audit.weekly_list.process": "Chuyển danh sách tuần thành vụ việc",
	},
	"en": {
		"notif.kind.case_assigned": "Case assigned", "notif.kind.case_closed": "Case closed",
		"notif.kind.case_due_soon": "Case due soon", "notif.kind.case_overdue": "Case overdue",
		"audit.case.create": "Case recorded", "audit.case.assign": "Case assigned",
		"audit.case.step": "Case handling recorded", "audit.case.close": "Case closed",
		"audit.case_kind.create": "Violation kind added", "audit.case_kind.update": "Violation kind edited",
		"audit.weekly_list.submit": "Weekly list submitted", "audit.weekly_list.process": "Weekly list turned into cases",
	},
}
