package tiendo

// Kinds of the notifications a workflow step writes (reminders use their
// rule as kind). The web layer names each in Vietnamese and English.
const (
	NotifyAssigned          = "task_assigned"
	NotifyDelegated         = "task_delegated"
	NotifyReported          = "task_reported" // completion reported, awaiting confirmation
	NotifyReturned          = "task_returned"
	NotifyConfirmed         = "task_confirmed"
	NotifyExtensionAsked    = "extension_requested"
	NotifyExtensionApproved = "extension_approved"
	NotifyExtensionDeclined = "extension_declined"
	NotifyPostponed         = "task_postponed"
	NotifyResumed           = "task_resumed"
	NotifyWithdrawn         = "task_withdrawn"
	NotifyExplained         = "explanation_answer"
	NotifyMentioned         = "comment_mention"
)

// NotifyKinds lists the workflow kinds, for catalogues and tests.
var NotifyKinds = []string{NotifyAssigned, NotifyDelegated, NotifyReported, NotifyReturned, NotifyConfirmed,
	NotifyExtensionAsked, NotifyExtensionApproved, NotifyExtensionDeclined, NotifyPostponed, NotifyResumed,
	NotifyWithdrawn, NotifyExplained, NotifyMentioned}
