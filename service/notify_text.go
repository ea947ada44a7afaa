package service

import (
	"fmt"

	"tiendo"
	"tiendo/vn"
)

// reminderText is the Vietnamese title and body of a task reminder:
// polite before the deadline, firmer at each step after it.
func reminderText(t tiendo.ReminderTask, due tiendo.DueReminder, cal *vn.Calendar, today vn.Date, rules tiendo.ReminderRules) (string, string) {
	late := cal.WorkingDaysBetween(t.Due, today)
	switch due.Rule {
	case tiendo.RuleDueSoon:
		return "Nhiệm vụ sắp đến hạn: " + t.Title,
			fmt.Sprintf("Nhiệm vụ có thời hạn hoàn thành ngày %s (còn %d ngày làm việc). Đề nghị đơn vị cập nhật tiến độ và bảo đảm hoàn thành đúng hạn.",
				t.Due.Format(), cal.WorkingDaysBetween(today, t.Due))
	case tiendo.RuleOverdue:
		return "Nhiệm vụ đã quá hạn: " + t.Title,
			fmt.Sprintf("Nhiệm vụ đã quá thời hạn hoàn thành ngày %s. Đề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả.", t.Due.Format())
	case tiendo.RuleStale:
		since := t.LastUpdate
		if since.IsZero() {
			since = t.AssignedOn
		}
		return "Nhiệm vụ chưa cập nhật tiến độ: " + t.Title,
			fmt.Sprintf("Nhiệm vụ chưa có báo cáo tiến độ từ ngày %s. Đề nghị đơn vị cập nhật tình hình thực hiện.", since.Format())
	}
	switch due.Action {
	case tiendo.ActionExplanation:
		return "Yêu cầu giải trình: " + t.Title,
			fmt.Sprintf("Nhiệm vụ đã quá hạn %d ngày làm việc (thời hạn %s). Đề nghị thủ trưởng đơn vị chủ trì giải trình nguyên nhân và đề xuất giải pháp, thời hạn %s.",
				late, t.Due.Format(), cal.AddWorkingDays(today, rules.ExplanationWorkingDays).Format())
	case tiendo.ActionLeaderNotice:
		return "Báo cáo lãnh đạo: nhiệm vụ quá hạn " + t.Title,
			fmt.Sprintf("Nhiệm vụ đã quá hạn %d ngày làm việc (thời hạn %s) và vẫn chưa hoàn thành dù đã được đôn đốc. Kính báo cáo đồng chí lãnh đạo giao nhiệm vụ.",
				late, t.Due.Format())
	}
	return fmt.Sprintf("Đôn đốc lần %d: %s", due.Step+1, t.Title),
		fmt.Sprintf("Nhiệm vụ đã quá hạn %d ngày làm việc (thời hạn %s). Đề nghị đơn vị khẩn trương hoàn thành, báo cáo kết quả.", late, t.Due.Format())
}

// stepText is the Vietnamese title and body of a workflow step's
// notification; a return carries its reason.
func stepText(ev step) (string, string) {
	t := ev.Task
	due := "không có thời hạn"
	if !t.Due.IsZero() {
		due = "thời hạn " + t.Due.Format()
	}
	withReason := func(body, label string) string {
		if ev.Reason != "" {
			return body + " " + label + ": " + ev.Reason
		}
		return body
	}
	switch ev.Kind {
	case tiendo.NotifyAssigned:
		return "Nhiệm vụ mới được giao: " + t.Title, "Đơn vị được giao thực hiện nhiệm vụ, " + due + "."
	case tiendo.NotifyDelegated:
		return "Nhiệm vụ được phân công: " + t.Title, "Nhiệm vụ được phân công thực hiện, " + due + "."
	case tiendo.NotifyReported:
		return "Đơn vị báo cáo hoàn thành: " + t.Title, "Đơn vị chủ trì báo cáo đã hoàn thành nhiệm vụ. Đề nghị văn phòng xem xét, xác nhận hoặc trả lại."
	case tiendo.NotifyReturned:
		return "Báo cáo bị trả lại: " + t.Title, withReason("Văn phòng trả lại báo cáo hoàn thành.", "Lý do trả lại")
	case tiendo.NotifyConfirmed:
		return "Đã xác nhận hoàn thành: " + t.Title, withReason("Văn phòng xác nhận nhiệm vụ đã hoàn thành.", "Ghi chú")
	case tiendo.NotifyExtensionAsked:
		return "Đề nghị gia hạn: " + t.Title, withReason("Đơn vị chủ trì đề nghị gia hạn nhiệm vụ ("+due+").", "Lý do")
	case tiendo.NotifyExtensionApproved:
		return "Đồng ý gia hạn: " + t.Title, withReason("Lãnh đạo đồng ý gia hạn, "+due+".", "Ý kiến")
	case tiendo.NotifyExtensionDeclined:
		return "Không đồng ý gia hạn: " + t.Title, withReason("Lãnh đạo không đồng ý gia hạn, giữ "+due+".", "Ý kiến")
	case tiendo.NotifyPostponed:
		return "Nhiệm vụ tạm dừng: " + t.Title, withReason("Nhiệm vụ được tạm dừng.", "Lý do")
	case tiendo.NotifyResumed:
		return "Nhiệm vụ tiếp tục: " + t.Title, withReason("Nhiệm vụ được tiếp tục thực hiện, "+due+".", "Ghi chú")
	case tiendo.NotifyWithdrawn:
		return "Nhiệm vụ bị thu hồi: " + t.Title, withReason("Nhiệm vụ đã được thu hồi.", "Lý do")
	case tiendo.NotifyExplained:
		return "Đã nhận giải trình: " + t.Title, ev.Reason
	case tiendo.NotifyMentioned:
		return "Được nhắc đến trong ý kiến: " + t.Title, ev.Reason
	}
	return t.Title, ev.Reason
}
