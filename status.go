package tiendo

// Status is the stored lifecycle state of a task (docs/DOMAIN.md §8).
type Status string

// Statuses.
const (
	StatusAssigned           Status = "assigned"
	StatusInProgress         Status = "in_progress"
	StatusReportedDone       Status = "reported_done" // awaiting the office's confirmation
	StatusCompleted          Status = "completed"     // confirmed by the office
	StatusReturned           Status = "returned"      // sent back with a reason
	StatusExtensionRequested Status = "extension_requested"
	StatusPostponed          Status = "postponed"
	StatusWithdrawn          Status = "withdrawn"
)

// Statuses lists every status.
var Statuses = []Status{StatusAssigned, StatusInProgress, StatusReportedDone, StatusCompleted,
	StatusReturned, StatusExtensionRequested, StatusPostponed, StatusWithdrawn}

// Valid tells whether s is a known status.
func (s Status) Valid() bool { return contains(Statuses, s) }

// Open tells whether work on the task is still expected.
func (s Status) Open() bool { return s != StatusCompleted && s != StatusWithdrawn }

// Action is something a user does to a task that changes its status.
type Action string

// Actions.
const (
	ActStart            Action = "start"       // first progress report
	ActReportDone       Action = "report_done" // the unit says it is done
	ActConfirm          Action = "confirm"     // the office confirms completion
	ActReturn           Action = "return"      // the office sends it back
	ActRequestExtension Action = "request_extension"
	ActApproveExtension Action = "approve_extension"
	ActDeclineExtension Action = "decline_extension"
	ActPostpone         Action = "postpone"
	ActResume           Action = "resume"
	ActWithdraw         Action = "withdraw"
)

// transitions is the lifecycle: for each status, the actions allowed and
// where they lead.
var transitions = map[Status]map[Action]Status{
	StatusAssigned: {
		ActStart: StatusInProgress, ActReportDone: StatusReportedDone,
		ActRequestExtension: StatusExtensionRequested, ActPostpone: StatusPostponed, ActWithdraw: StatusWithdrawn,
	},
	StatusInProgress: {
		ActStart: StatusInProgress, ActReportDone: StatusReportedDone,
		ActRequestExtension: StatusExtensionRequested, ActPostpone: StatusPostponed, ActWithdraw: StatusWithdrawn,
	},
	StatusReturned: {
		ActStart: StatusInProgress, ActReportDone: StatusReportedDone,
		ActRequestExtension: StatusExtensionRequested, ActPostpone: StatusPostponed, ActWithdraw: StatusWithdrawn,
	},
	StatusReportedDone: {
		ActConfirm: StatusCompleted, ActReturn: StatusReturned, ActWithdraw: StatusWithdrawn,
	},
	StatusExtensionRequested: {
		ActStart:            StatusExtensionRequested, // progress may still be reported
		ActApproveExtension: StatusInProgress, ActDeclineExtension: StatusInProgress,
		ActReportDone: StatusReportedDone, ActWithdraw: StatusWithdrawn,
	},
	StatusPostponed: {
		ActResume: StatusInProgress, ActWithdraw: StatusWithdrawn,
	},
	StatusCompleted: {},
	StatusWithdrawn: {},
}

var statusNames = map[Status]string{
	StatusAssigned: "Đã giao", StatusInProgress: "Đang thực hiện", StatusReportedDone: "Chờ xác nhận",
	StatusCompleted: "Hoàn thành", StatusReturned: "Bị trả lại", StatusExtensionRequested: "Xin gia hạn",
	StatusPostponed: "Tạm dừng", StatusWithdrawn: "Đã thu hồi",
}

// Label is the Vietnamese name of the status.
func (s Status) Label() string { return statusNames[s] }

// Next returns the status action a leads to from s, or ECONFLICT with a
// message that names both when the lifecycle does not allow it.
func (s Status) Next(a Action) (Status, error) {
	if next, ok := transitions[s][a]; ok {
		return next, nil
	}
	if _, known := transitions[s]; !known {
		return "", Errorf(EINVALID, "Trạng thái %q không hợp lệ", s)
	}
	return "", Errorf(ECONFLICT, "Không thể %s khi nhiệm vụ đang ở trạng thái %q", actionNames[a], s.Label())
}

var actionNames = map[Action]string{
	ActStart: "báo cáo tiến độ", ActReportDone: "báo cáo hoàn thành", ActConfirm: "xác nhận hoàn thành",
	ActReturn: "trả lại", ActRequestExtension: "xin gia hạn", ActApproveExtension: "duyệt gia hạn",
	ActDeclineExtension: "từ chối gia hạn", ActPostpone: "tạm dừng", ActResume: "tiếp tục", ActWithdraw: "thu hồi",
}
