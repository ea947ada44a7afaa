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
