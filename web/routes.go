package web

import "net/http"

// handlerFunc is the shape of every handler: it writes a response on success
// and returns an error otherwise, which the adapter turns into the one error
// response format. Handlers never write error responses themselves.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// access says what a route requires of the caller.
type access int

const (
	public   access = iota // anyone: health check, API description
	signedIn               // an actor resolved from the request's credentials
)

// route is one entry of the route table.
type route struct {
	method string // GET, POST, PATCH
	path   string // a ServeMux pattern path, also the OpenAPI path
	access access
	h      handlerFunc
}

// routes is the whole HTTP surface in one table. The OpenAPI test walks it,
// so a route added here and not documented in openapi.json fails the build.
func (s *Server) routes() []route {
	return []route{
		{"GET", "/healthz", public, s.healthz},
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

		{"POST", "/api/v1/intake", signedIn, s.createProposal},
		{"GET", "/api/v1/intake/{id}", signedIn, s.getProposal},
		{"PATCH", "/api/v1/intake/{id}", signedIn, s.patchProposal},
		{"POST", "/api/v1/intake/{id}/commit", signedIn, s.commitProposal},

		{"GET", "/api/v1/stats", signedIn, s.getStats},
		{"GET", "/api/v1/stats/ranking", signedIn, s.getRanking},
		{"GET", "/api/v1/stats/trend", signedIn, s.getTrend},
		{"GET", "/api/v1/grades", signedIn, s.listGrades},
		{"GET", "/api/v1/grades/rules", signedIn, s.gradeRules},
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

		{"GET", "/api/v1/meeting-series", signedIn, s.listSeries},
		{"POST", "/api/v1/meeting-series", signedIn, s.createSeries},
		{"GET", "/api/v1/meetings", signedIn, s.listMeetings},
		{"POST", "/api/v1/meetings", signedIn, s.createMeeting},
		{"GET", "/api/v1/meetings/{id}", signedIn, s.getMeeting},
		{"PATCH", "/api/v1/meetings/{id}", signedIn, s.patchMeeting},
		{"GET", "/api/v1/meetings/{id}/pack", signedIn, s.meetingPack},
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

		// HTML interface (web/ui_*.go): Vietnamese paths, session cookies.
		{"GET", "/{$}", pageSignedIn, s.root},
		{"GET", "/static/{path...}", pagePublic, s.serveStatic},
		{"GET", "/dang-nhap", pagePublic, s.loginPage},
		{"POST", "/dang-nhap", pagePublic, s.login},
		{"GET", "/dang-nhap/ma-xac-thuc", pagePublic, s.codePage},
		{"POST", "/dang-nhap/ma-xac-thuc", pagePublic, s.code},
		{"GET", "/dang-nhap/oidc", pagePublic, s.oidcStart},
		{"GET", "/dang-nhap/oidc/callback", pagePublic, s.oidcCallback},
		{"POST", "/dang-xuat", pageSignedIn, s.logout},
		{"POST", "/ngon-ngu", pageSignedIn, s.setLocale},
		{"GET", "/viec", pageSignedIn, s.myTasksPage},
		{"GET", "/viec/da-giao", pageSignedIn, s.assignedTasksPage},
		{"GET", "/viec/qua-han", pageSignedIn, s.overdueTasksPage},
		{"GET", "/viec/xuat-excel", pageSignedIn, s.exportListPage},
		{"POST", "/bo-loc", pageSignedIn, s.saveFilterForm},
		{"POST", "/bo-loc/{id}/xoa", pageSignedIn, s.deleteFilterForm},
		{"GET", "/viec/moi", pageSignedIn, s.newTaskPage},
		{"POST", "/viec/moi", pageSignedIn, s.createTaskForm},
		{"GET", "/viec/{id}", pageSignedIn, s.taskPage},
		{"GET", "/viec/{id}/sua", pageSignedIn, s.editTaskPage},
		{"POST", "/viec/{id}/sua", pageSignedIn, s.editTaskForm},
		{"POST", "/viec/{id}/bao-cao", pageSignedIn, s.reportForm},
		{"POST", "/viec/{id}/gia-han", pageSignedIn, s.extensionForm},
		{"POST", "/viec/{id}/quyet-dinh-gia-han", pageSignedIn, s.decideForm},
		{"POST", "/viec/{id}/xac-nhan", pageSignedIn, s.confirmForm},
		{"POST", "/viec/{id}/tra-lai", pageSignedIn, s.returnForm},
		{"POST", "/viec/{id}/phan-cong", pageSignedIn, s.delegateForm},
		{"POST", "/viec/{id}/tam-dung", pageSignedIn, s.postponeForm},
		{"POST", "/viec/{id}/tiep-tuc", pageSignedIn, s.resumeForm},
		{"POST", "/viec/{id}/thu-hoi", pageSignedIn, s.withdrawForm},
		{"GET", "/nhap-tu-van-ban", pageSignedIn, s.intakePage},
		{"POST", "/nhap-tu-van-ban", pageSignedIn, s.proposeForm},
		{"GET", "/nhap-tu-van-ban/{id}", pageSignedIn, s.reviewPage},
		{"POST", "/nhap-tu-van-ban/{id}", pageSignedIn, s.reviewForm},
		{"GET", "/van-ban", pageSignedIn, s.documentsPage},
		{"GET", "/van-ban/{id}", pageSignedIn, s.documentPage},
		{"GET", "/giao-ban", pageSignedIn, s.meetingsPage},
		{"POST", "/giao-ban", pageSignedIn, s.createMeetingForm},
		{"GET", "/giao-ban/{id}", pageSignedIn, s.meetingPage},
		{"GET", "/giao-ban/{id}/tai-lieu", pageSignedIn, s.meetingPackFile},
		{"POST", "/giao-ban/{id}/bien-ban", pageSignedIn, s.minutesForm},
		{"POST", "/giao-ban/dinh-ky", pageSignedIn, s.createSeriesForm},
		{"POST", "/giao-ban/{id}/chuong-trinh", pageSignedIn, s.agendaForm},
		{"POST", "/giao-ban/{id}/ket-luan", pageSignedIn, s.concludeForm},
		{"POST", "/giao-ban/{id}/ket-luan/van-ban", pageSignedIn, s.conclusionIntakeForm},
		{"GET", "/giao-ban/{id}/ket-luan/de-xuat/{pid}", pageSignedIn, s.conclusionProposalPage},
		{"POST", "/giao-ban/{id}/ket-luan/de-xuat/{pid}", pageSignedIn, s.conclusionProposalForm},
		{"GET", "/chi-tieu", pageSignedIn, s.targetsPage},
		{"GET", "/chi-tieu/{id}", pageSignedIn, s.targetPage},
		{"POST", "/chi-tieu/{id}/so-lieu", pageSignedIn, s.targetValueForm},
		{"POST", "/chi-tieu/{id}/giai-trinh", pageSignedIn, s.askForm},
		{"POST", "/chi-tieu/{id}/giai-trinh/{eid}", pageSignedIn, s.answerForm},
		{"POST", "/viec/{id}/giai-trinh/{eid}", pageSignedIn, s.explanationAnswerForm},
		{"POST", "/viec/{id}/y-kien", pageSignedIn, s.commentForm},
		{"GET", "/thong-bao", pageSignedIn, s.notificationsPage},
		{"POST", "/thong-bao/da-doc", pageSignedIn, s.markAllReadForm},
		{"POST", "/thong-bao/{id}/mo", pageSignedIn, s.openNotificationForm},
		{"GET", "/cai-dat/thong-bao", pageSignedIn, s.settingsPage},
		{"POST", "/cai-dat/thong-bao", pageSignedIn, s.settingsForm},
		{"GET", "/cai-dat/xac-thuc-hai-buoc", pageSignedIn, s.totpPage},
		{"POST", "/cai-dat/xac-thuc-hai-buoc", pageSignedIn, s.totpBegin},
		{"POST", "/cai-dat/xac-thuc-hai-buoc/xac-nhan", pageSignedIn, s.totpConfirm},
		{"GET", "/cai-dat/xac-thuc-hai-buoc/qr.png", pageSignedIn, s.totpQR},
		{"GET", "/lich-lam-viec", pageSignedIn, s.calendarPage},
		{"POST", "/lich-lam-viec", pageSignedIn, s.calendarDayForm},
		{"POST", "/lich-lam-viec/xoa", pageSignedIn, s.calendarDeleteForm},
		{"POST", "/lich-lam-viec/dia-chi-lich", pageSignedIn, s.calendarFeedForm},
		{"GET", "/don-doc", pageSignedIn, s.remindersPage},
		{"POST", "/don-doc/{id}/quy-tac", pageSignedIn, s.rulesFormPost},
		{"POST", "/don-doc/{id}/mac-dinh", pageSignedIn, s.rulesResetForm},
		{"POST", "/don-doc/{id}/webhook", pageSignedIn, s.webhookCreateForm},
		{"GET", "/don-doc/webhook/{id}", pageSignedIn, s.webhookPage},
		{"POST", "/don-doc/webhook/{id}/tat", pageSignedIn, s.webhookSwitchForm(false)},
		{"POST", "/don-doc/webhook/{id}/bat", pageSignedIn, s.webhookSwitchForm(true)},
		{"GET", "/don-vi", pageSignedIn, s.orgsPage},
		{"GET", "/don-vi/moi", pageSignedIn, s.newOrgPage},
		{"GET", "/don-vi/tim", pageSignedIn, s.orgPickerResults},
		{"POST", "/don-vi/moi", pageSignedIn, s.createOrgForm},
		{"GET", "/don-vi/{id}/sua", pageSignedIn, s.editOrgPage},
		{"POST", "/don-vi/{id}/sua", pageSignedIn, s.editOrgForm},
		{"POST", "/don-vi/{id}/giai-the", pageSignedIn, s.dissolveOrgForm},
		{"GET", "/chot-so-lieu", pageSignedIn, s.closingPage},
		{"POST", "/chot-so-lieu", pageSignedIn, s.closeForm},
		{"POST", "/chot-so-lieu/{id}/mo-lai", pageSignedIn, s.reopenForm},
		{"GET", "/xep-loai", pageSignedIn, s.gradesPage},
		{"POST", "/xep-loai/diem", pageSignedIn, s.gradePointsForm},
		{"POST", "/xep-loai/danh-dau", pageSignedIn, s.gradeMarkForm},
		{"GET", "/dieu-hanh", pageSignedIn, s.dashboardPage},
		{"GET", "/dieu-hanh/nhiem-vu", pageSignedIn, s.dashboardTasksPage},
		{"GET", "/tai-khoan", pageSignedIn, s.accountsPage},
		{"POST", "/tai-khoan", pageSignedIn, s.createAccountForm},
		{"GET", "/tai-khoan/{id}", pageSignedIn, s.accountPage},
		{"POST", "/tai-khoan/{id}", pageSignedIn, s.editAccountForm},
		{"POST", "/tai-khoan/{id}/khoa", pageSignedIn, s.disableAccountForm},
		{"POST", "/tai-khoan/{id}/mo-khoa", pageSignedIn, s.enableAccountForm},
		{"POST", "/tai-khoan/{id}/mat-khau", pageSignedIn, s.passwordForm},
		{"POST", "/tai-khoan/{id}/xac-thuc-hai-buoc/dat-lai", pageSignedIn, s.resetTOTPForm},
		{"POST", "/tai-khoan/{id}/ma-truy-cap/{tid}/thu-hoi", pageSignedIn, s.revokeTokenForm},
		{"POST", "/tai-khoan/{id}/mo-khoa-dang-nhap", pageSignedIn, s.unlockSigninForm},
		{"GET", "/nhat-ky-bao-mat", pageSignedIn, s.securityPage},
	}
}

// adapt turns a table entry into an http.Handler: authentication first when
// the route needs it, then the handler, with any error written by
// writeError.
func (s *Server) adapt(rt route) http.Handler {
	if rt.access >= pagePublic {
		return s.adaptPage(rt)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rt.access == signedIn {
			var err error
			if r, err = s.authenticate(r); err != nil {
				s.writeError(w, r, err)
				return
			}
		}
		if err := rt.h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// healthz answers a load balancer: 200 "ok" when the instance can serve.
// It is plain text, not an API error, because probes read only the status.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if s.opts.Ready != nil {
		if err := s.opts.Ready(r.Context()); err != nil {
			s.log.Error("readiness check failed", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("not ready\n"))
			return nil
		}
	}
	_, _ = w.Write([]byte("ok\n"))
	return nil
}

// RouteInfo describes one route of the table for tools outside web (the
// abuse test walks every route): its method, ServeMux path pattern, whether
// it needs a signed-in caller, and whether it is an HTML page (session
// cookies, form bodies) rather than the JSON API (bearer tokens).
type RouteInfo struct {
	Method  string // GET, POST, PATCH, PUT, DELETE
	Pattern string // "/api/v1/tasks/{id}"
	Auth    string // "public" or "signed-in"
	Page    bool
}

// Routes lists the route table, in its order.
func (s *Server) Routes() []RouteInfo {
	rts := s.routes()
	out := make([]RouteInfo, 0, len(rts))
	for _, rt := range rts {
		auth := "public"
		if rt.access == signedIn || rt.access == pageSignedIn {
			auth = "signed-in"
		}
		out = append(out, RouteInfo{Method: rt.method, Pattern: rt.path, Auth: auth, Page: rt.access >= pagePublic})
	}
	return out
}
