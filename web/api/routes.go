package api

import "tiendo/web/httpx"

// Routes is the JSON API's route table: /api/…, and /lich/{token}, the
// iCalendar feed whose address is its own credential. The OpenAPI test
// walks it, so a route added here and not documented in openapi.json
// fails the build.
func (s *Server) Routes() []httpx.Route {
	return table([]route{
		{"GET", "/api/openapi.json", public, s.openAPI},

		{"GET", "/api/v1/me", signedIn, s.me},
		{"GET", "/api/v1/inbox", signedIn, s.getInbox},
		{"GET", "/api/v1/saved-filters", signedIn, s.listSavedFilters},
		{"POST", "/api/v1/saved-filters", signedIn, s.createSavedFilter},
		{"DELETE", "/api/v1/saved-filters/{id}", signedIn, s.deleteSavedFilter},
		{"GET", "/api/v1/accounts", signedIn, s.listAccounts},
		{"POST", "/api/v1/accounts", signedIn, s.createAccount},
		{"POST", "/api/v1/tokens", signedIn, s.createToken},
		{"GET", "/api/v1/accounts/{id}", signedIn, s.getAccount},
		{"PATCH", "/api/v1/accounts/{id}", signedIn, s.patchAccount},
		{"POST", "/api/v1/accounts/{id}/disable", signedIn, s.disableAccount},
		{"POST", "/api/v1/accounts/{id}/enable", signedIn, s.enableAccount},
		{"POST", "/api/v1/accounts/{id}/password", signedIn, s.setAccountPassword},
		{"GET", "/api/v1/accounts/{id}/tokens", signedIn, s.listAccountTokens},
		{"DELETE", "/api/v1/accounts/{id}/tokens/{tid}", signedIn, s.revokeAccountToken},
		{"GET", "/api/v1/accounts/{id}/signin", signedIn, s.accountSignin},
		{"POST", "/api/v1/accounts/{id}/unlock", signedIn, s.unlockAccount},
		{"GET", "/api/v1/audit", signedIn, s.securityEvents},

		{"GET", "/api/v1/orgs", signedIn, s.listOrgs},
		{"POST", "/api/v1/orgs", signedIn, s.createOrg},
		{"GET", "/api/v1/orgs/search", signedIn, s.searchOrgs},
		{"GET", "/api/v1/orgs/{id}", signedIn, s.getOrg},
		{"PATCH", "/api/v1/orgs/{id}", signedIn, s.patchOrg},
		{"POST", "/api/v1/orgs/{id}/dissolve", signedIn, s.dissolveOrg},
		{"GET", "/api/v1/orgs/{id}/audit", signedIn, s.orgAudit},

		{"GET", "/api/v1/people", signedIn, s.listPeople},
		{"POST", "/api/v1/people", signedIn, s.createPerson},
		{"GET", "/api/v1/people/{id}", signedIn, s.getPerson},

		{"GET", "/api/v1/documents", signedIn, s.listDocuments},
		{"POST", "/api/v1/documents", signedIn, s.createDocument},
		{"GET", "/api/v1/documents/{id}", signedIn, s.getDocument},

		{"GET", "/api/v1/tasks", signedIn, s.listTasks},
		{"POST", "/api/v1/tasks", signedIn, s.createTasks},
		{"GET", "/api/v1/tasks/{id}", signedIn, s.getTask},
		{"PATCH", "/api/v1/tasks/{id}", signedIn, s.patchTask},
		{"GET", "/api/v1/tasks/{id}/updates", signedIn, s.listUpdates},
		{"POST", "/api/v1/tasks/{id}/updates", signedIn, s.reportProgress},
		{"GET", "/api/v1/tasks/{id}/extensions", signedIn, s.listExtensions},
		{"POST", "/api/v1/tasks/{id}/extensions", signedIn, s.requestExtension},
		{"POST", "/api/v1/tasks/{id}/extensions/decide", signedIn, s.decideExtension},
		{"GET", "/api/v1/tasks/{id}/comments", signedIn, s.listComments},
		{"POST", "/api/v1/tasks/{id}/comments", signedIn, s.addComment},
		{"POST", "/api/v1/tasks/{id}/confirm", signedIn, s.taskAction(s.svc.Confirm)},
		{"POST", "/api/v1/tasks/{id}/return", signedIn, s.taskAction(s.svc.Return)},
		{"POST", "/api/v1/tasks/{id}/postpone", signedIn, s.taskAction(s.svc.Postpone)},
		{"POST", "/api/v1/tasks/{id}/resume", signedIn, s.taskAction(s.svc.Resume)},
		{"POST", "/api/v1/tasks/{id}/withdraw", signedIn, s.taskAction(s.svc.Withdraw)},
		{"POST", "/api/v1/tasks/{id}/delegate", signedIn, s.delegateTask},
		{"GET", "/api/v1/tasks/{id}/audit", signedIn, s.taskAudit},

		{"GET", "/api/v1/attachments/{id}", signedIn, s.downloadAttachment},

		{"GET", "/api/v1/places", signedIn, s.listPlaces},
		{"POST", "/api/v1/places", signedIn, s.createPlace},
		{"POST", "/api/v1/places/import", signedIn, s.importPlaces},
		{"GET", "/api/v1/places/map", signedIn, s.placesMap},
		{"GET", "/api/v1/places/{id}", signedIn, s.getPlace},
		{"PUT", "/api/v1/places/{id}", signedIn, s.putPlace},

		{"GET", "/api/v1/case-kinds", signedIn, s.listCaseKinds},
		{"POST", "/api/v1/case-kinds", signedIn, s.createCaseKind},
		{"PUT", "/api/v1/case-kinds/{id}", signedIn, s.putCaseKind},
		{"GET", "/api/v1/cases", signedIn, s.listCases},
		{"POST", "/api/v1/cases", signedIn, s.createCase},
		{"GET", "/api/v1/cases/stats", signedIn, s.getCaseStats},
		{"GET", "/api/v1/cases/stats/cell", signedIn, s.getCaseStatsCell},
		{"GET", "/api/v1/cases/{id}", signedIn, s.getCase},
		{"POST", "/api/v1/cases/{id}/assign", signedIn, s.assignCase},
		{"POST", "/api/v1/cases/{id}/steps", signedIn, s.addCaseStep},
		{"POST", "/api/v1/cases/{id}/close", signedIn, s.closeCase},
		{"POST", "/api/v1/cases/{id}/repeat", signedIn, s.repeatCase},
		{"GET", "/api/v1/case-files/{id}", signedIn, s.downloadCaseFile},
		{"GET", "/api/v1/weekly-lists", signedIn, s.listWeeklyLists},
		{"POST", "/api/v1/weekly-lists", signedIn, s.submitWeeklyList},
		{"GET", "/api/v1/weekly-lists/{id}", signedIn, s.getWeeklyList},
		{"POST", "/api/v1/weekly-lists/{id}/process", signedIn, s.processWeeklyList},

		{"POST", "/api/v1/intake", signedIn, s.createProposal},
		{"GET", "/api/v1/intake/{id}", signedIn, s.getProposal},
		{"PATCH", "/api/v1/intake/{id}", signedIn, s.patchProposal},
		{"POST", "/api/v1/intake/{id}/commit", signedIn, s.commitProposal},

		{"GET", "/api/v1/stats", signedIn, s.getStats},
		{"GET", "/api/v1/stats/ranking", signedIn, s.getRanking},
		{"GET", "/api/v1/stats/trend", signedIn, s.getTrend},
		{"GET", "/api/v1/grades", signedIn, s.listGrades},
		{"GET", "/api/v1/grades/rules", signedIn, s.gradeRules},
		{"GET", "/api/v1/rules", signedIn, s.listRules},
		{"POST", "/api/v1/rules", signedIn, s.createRules},
		{"PUT", "/api/v1/rules/{id}", signedIn, s.updateRules},
		{"PUT", "/api/v1/grades/points", signedIn, s.saveGradePoints},
		{"PUT", "/api/v1/grades/marks", signedIn, s.saveGradeMark},
		{"GET", "/api/v1/closings", signedIn, s.getClosings},
		{"POST", "/api/v1/closings", signedIn, s.closePeriod},
		{"GET", "/api/v1/closings/{id}", signedIn, s.getClosing},
		{"POST", "/api/v1/closings/{id}/reopen", signedIn, s.reopenPeriod},
		{"GET", "/api/v1/closings/{id}/adjustments", signedIn, s.closingAdjustments},
		{"GET", "/api/v1/export/stats", signedIn, s.exportStats},
		{"GET", "/api/v1/export/ranking", signedIn, s.exportRanking},
		{"GET", "/api/v1/export/trend", signedIn, s.exportTrend},
		{"GET", "/api/v1/export/tasks", signedIn, s.exportTasks},
		{"GET", "/api/v1/export/grades", signedIn, s.exportGrades},
		{"GET", "/api/v1/export/cases", signedIn, s.exportCases},

		{"GET", "/api/v1/meeting-series", signedIn, s.listSeries},
		{"POST", "/api/v1/meeting-series", signedIn, s.createSeries},
		{"GET", "/api/v1/meetings", signedIn, s.listMeetings},
		{"POST", "/api/v1/meetings", signedIn, s.createMeeting},
		{"GET", "/api/v1/meetings/{id}", signedIn, s.getMeeting},
		{"PATCH", "/api/v1/meetings/{id}", signedIn, s.patchMeeting},
		{"GET", "/api/v1/meetings/{id}/pack", signedIn, s.meetingPack},
		{"GET", "/api/v1/meetings/{id}/notice", signedIn, s.meetingNotice},
		{"GET", "/api/v1/meetings/{id}/conclusions", signedIn, s.listConclusions},
		{"POST", "/api/v1/meetings/{id}/conclusions", signedIn, s.addConclusions},
		{"POST", "/api/v1/meetings/{id}/conclusions/intake", signedIn, s.proposeConclusionsAPI},
		{"POST", "/api/v1/meetings/{id}/conclusions/intake/{pid}", signedIn, s.commitConclusionsAPI},
		{"GET", "/api/v1/targets", signedIn, s.listTargets},
		{"POST", "/api/v1/targets", signedIn, s.createTarget},
		{"GET", "/api/v1/targets/{id}", signedIn, s.getTarget},
		{"POST", "/api/v1/targets/{id}/values", signedIn, s.addTargetValue},
		{"POST", "/api/v1/targets/{id}/explanations", signedIn, s.askExplanation},
		{"POST", "/api/v1/targets/{id}/explanations/{eid}/answer", signedIn, s.answerExplanation},
		{"GET", "/api/v1/calendar.ics", signedIn, s.calendarFeed},
		{"POST", "/api/v1/calendar/token", signedIn, s.newCalendarToken},
		{"GET", "/lich/{token}", public, s.calendarByToken},

		{"GET", "/api/v1/notifications", signedIn, s.listNotifications},
		{"POST", "/api/v1/notifications/read", signedIn, s.markNotificationsRead},
		{"GET", "/api/v1/me/notification-settings", signedIn, s.getNotifySettings},
		{"PUT", "/api/v1/me/notification-settings", signedIn, s.putNotifySettings},
		{"GET", "/api/v1/orgs/{id}/reminder-rules", signedIn, s.getReminderRules},
		{"PUT", "/api/v1/orgs/{id}/reminder-rules", signedIn, s.putReminderRules},
		{"DELETE", "/api/v1/orgs/{id}/reminder-rules", signedIn, s.deleteReminderRules},
		{"GET", "/api/v1/orgs/{id}/webhooks", signedIn, s.listOrgWebhooks},
		{"POST", "/api/v1/orgs/{id}/webhooks", signedIn, s.createOrgWebhook},
		{"POST", "/api/v1/webhooks/{id}/disable", signedIn, s.webhookSwitch(false)},
		{"POST", "/api/v1/webhooks/{id}/enable", signedIn, s.webhookSwitch(true)},
		{"GET", "/api/v1/webhooks/{id}/deliveries", signedIn, s.listWebhookDeliveries},
		{"GET", "/api/v1/calendar/days", signedIn, s.listCalendarDays},
		{"POST", "/api/v1/calendar/days", signedIn, s.putCalendarDay},
		{"DELETE", "/api/v1/calendar/days/{date}", signedIn, s.deleteCalendarDay},
		{"GET", "/api/v1/tasks/{id}/explanations", signedIn, s.listTaskExplanations},
		{"POST", "/api/v1/explanations/{id}/answer", signedIn, s.answerTaskExplanation},
	})
}

// route is an entry of the table above: an httpx.Route under a local name,
// so the entries stay short and unkeyed as they were when web was one
// package.
type route httpx.Route

// The access levels of the table above.
const (
	public   = httpx.Public
	signedIn = httpx.SignedIn
)

func table(rts []route) []httpx.Route {
	out := make([]httpx.Route, len(rts))
	for i, rt := range rts {
		out[i] = httpx.Route(rt)
	}
	return out
}
