package ui

import "tiendo/web/httpx"

// Routes is the HTML interface's route table: Vietnamese paths, session
// cookies; every route is PagePublic or PageSignedIn, so web's adapter hands
// it to AdaptPage.
func (s *Server) Routes() []httpx.Route {
	return table([]route{
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
		{"GET", "/giao-ban/{id}/thong-bao", pageSignedIn, s.meetingNoticeFile},
		{"POST", "/giao-ban/{id}/bien-ban", pageSignedIn, s.minutesForm},
		{"POST", "/giao-ban/dinh-ky", pageSignedIn, s.createSeriesForm},
		{"POST", "/giao-ban/{id}/chuong-trinh", pageSignedIn, s.agendaForm},
		{"POST", "/giao-ban/{id}/ket-luan", pageSignedIn, s.concludeForm},
		{"POST", "/giao-ban/{id}/ket-luan/van-ban", pageSignedIn, s.conclusionIntakeForm},
		{"GET", "/giao-ban/{id}/ket-luan/de-xuat/{pid}", pageSignedIn, s.conclusionProposalPage},
		{"POST", "/giao-ban/{id}/ket-luan/de-xuat/{pid}", pageSignedIn, s.conclusionProposalForm},
		{"GET", "/dia-ban", pageSignedIn, s.placesPage},
		{"GET", "/dia-ban/moi", pageSignedIn, s.newPlacePage},
		{"POST", "/dia-ban/moi", pageSignedIn, s.createPlaceForm},
		{"GET", "/dia-ban/nhap", pageSignedIn, s.importPlacesPage},
		{"GET", "/ban-do", pageSignedIn, s.mapPage},
		{"POST", "/dia-ban/nhap", pageSignedIn, s.importPlacesForm},
		{"GET", "/dia-ban/{id}", pageSignedIn, s.placePage},
		{"GET", "/dia-ban/{id}/sua", pageSignedIn, s.editPlacePage},
		{"POST", "/dia-ban/{id}/sua", pageSignedIn, s.updatePlaceForm},
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
		{"GET", "/quy-dinh", pageSignedIn, s.rulesPage},
		{"POST", "/quy-dinh", pageSignedIn, s.rulesForm},
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
	})
}

// route is an entry of the table above: an httpx.Route under a local name,
// so the entries stay short and unkeyed as they were when web was one
// package.
type route httpx.Route

// The access levels of the table above.
const (
	pagePublic   = httpx.PagePublic
	pageSignedIn = httpx.PageSignedIn
)

func table(rts []route) []httpx.Route {
	out := make([]httpx.Route, len(rts))
	for i, rt := range rts {
		out[i] = httpx.Route(rt)
	}
	return out
}
