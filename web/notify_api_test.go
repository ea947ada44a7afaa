package web

import (
	"net/http"
	"strconv"
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

// overdueTask makes a task of Phố Huế due on the fixture's today
// (10/01/2020) and runs the reminders on 10/02/2020, when it is 14 working
// days late (Tết counted off): the overdue notice, the first escalation and
// the explanation request, due 17/02/2020, have fired. The clock goes back
// to the fixture's today. Phố Huế has no head or leader account, so its
// officer gets all three.
func (e *env) overdueTask(title string) (*tiendo.Task, *tiendo.ExplanationRequest) {
	e.t.Helper()
	return e.overdueTaskOf(title, "HBT-PHOHUE")
}

// overdueTaskOf is overdueTask for another lead unit.
func (e *env) overdueTaskOf(title, lead string) (*tiendo.Task, *tiendo.ExplanationRequest) {
	e.t.Helper()
	task := e.task(title, lead, vn.NewDate(2020, 1, 10))
	e.clock.T = time.Date(2020, 2, 10, 8, 0, 0, 0, vn.Location)
	defer func() { e.clock.T = testNow }()
	if _, err := e.svc.RunReminders(e.sys()); err != nil {
		e.t.Fatalf("run reminders: %v", err)
	}
	list, err := e.svc.TaskExplanations(e.as("office"), task.ID)
	if err != nil || len(list) != 1 {
		e.t.Fatalf("explanation requests: %v %v", list, err)
	}
	return task, list[0].ExplanationRequest
}

// notifyAPISteps exercise the notification, settings, reminder-rule,
// webhook, calendar and explanation routes in TestRoutesOK.
func notifyAPISteps(t *testing.T, e *env) []step {
	task, expl := e.overdueTask("Kiểm tra an toàn phòng cháy chung cư cũ")
	tid, eid := strconv.FormatInt(task.ID, 10), strconv.FormatInt(expl.ID, 10)
	return []step{
		{route: "GET /api/v1/notifications", path: "/api/v1/notifications?unread=1&per_page=50", login: "phohue", status: 200,
			// The workflow steps run before (assigned, returned…) come first.
			want: []string{`"kind":"task_returned"`, "Lý do trả lại: Thiếu số liệu", `"kind":"escalation"`, `"task_id":` + tid}},
		{route: "POST /api/v1/notifications/read", path: "/api/v1/notifications/read", login: "phohue", status: 200,
			body: `{"all":true}`, want: []string{`"marked":`, `"unread":0`}},
		{route: "GET /api/v1/me/notification-settings", path: "/api/v1/me/notification-settings", login: "phohue", status: 200,
			want: []string{`"mode":"off"`}},
		{route: "PUT /api/v1/me/notification-settings", path: "/api/v1/me/notification-settings", login: "phohue", status: 200,
			body: `{"email":"phohue@hanoi.gov.vn","mode":"digest","digest_hour":7}`, want: []string{`"mode":"digest"`, `"digest_hour":7`}},
		{route: "GET /api/v1/orgs/{id}/reminder-rules", path: "/api/v1/orgs/HBT-PHOHUE/reminder-rules", login: "viewer", status: 200,
			want: []string{`"own":false`, `"source_org_id":null`, `"can_edit":false`, `"explanation_working_days":5`}},
		{route: "PUT /api/v1/orgs/{id}/reminder-rules", path: "/api/v1/orgs/HBT/reminder-rules", login: "office", status: 200,
			body: `{"due_soon_working_days":5,"overdue":true,"stale_days":14,"escalation":[{"action":"reminder","after_working_days":3}],"monthly_report_day":25,"monthly_notice_working_days":3,"explanation_working_days":7,"conclusion_working_days":5}`,
			want: []string{`"own":true`, `"source_org_id":{HBT}`, `"explanation_working_days":7`}},
		{route: "GET /api/v1/orgs/{id}/reminder-rules", path: "/api/v1/orgs/HBT-PHOHUE/reminder-rules", login: "phohue", status: 200,
			want: []string{`"own":false`, `"source_org_id":{HBT}`, `"due_soon_working_days":5`}},
		{route: "DELETE /api/v1/orgs/{id}/reminder-rules", path: "/api/v1/orgs/HBT/reminder-rules", login: "office", status: 200,
			want: []string{`"own":false`, `"source_org_id":null`, `"due_soon_working_days":3`}},
		{route: "POST /api/v1/orgs/{id}/webhooks", path: "/api/v1/orgs/HBT/webhooks", login: "admin", status: 201,
			body: `{"url":"http://127.0.0.1:9/tiendo","allow_private":true}`,
			want: []string{`"secret":"`, `"active":true`, `"allow_private":true`}, save: map[string]string{"hook": "id"}},
		{route: "GET /api/v1/orgs/{id}/webhooks", path: "/api/v1/orgs/HBT/webhooks", login: "office", status: 200,
			want: []string{`"id":{hook}`, `"url":"http://127.0.0.1:9/tiendo"`}, absent: []string{"secret"}},
		{route: "POST /api/v1/webhooks/{id}/disable", path: "/api/v1/webhooks/{hook}/disable", login: "office", status: 200,
			want: []string{`"active":false`, `"version":2`}, absent: []string{"secret"}},
		{route: "POST /api/v1/webhooks/{id}/enable", path: "/api/v1/webhooks/{hook}/enable", login: "office", status: 200,
			want: []string{`"active":true`, `"version":3`}},
		{route: "GET /api/v1/webhooks/{id}/deliveries", path: "/api/v1/webhooks/{hook}/deliveries", login: "office", status: 200,
			want: []string{`"total":0`, `"items":[]`}},
		{route: "GET /api/v1/calendar/days", path: "/api/v1/calendar/days?year=2020", login: "viewer", status: 200,
			want: []string{`"year":2020`, `"date":"2020-01-24"`, `"date":"2020-09-02"`, `"override":false`}},
		{route: "POST /api/v1/calendar/days", path: "/api/v1/calendar/days", login: "admin", status: 201,
			body: `{"date":"2020-01-23","working":false,"name":"Nghỉ thêm dịp Tết"}`,
			want: []string{`"date":"2020-01-23"`, `"override":true`}},
		{route: "DELETE /api/v1/calendar/days/{date}", path: "/api/v1/calendar/days/2020-01-23", login: "admin", status: 200,
			want: []string{`"year":2020`}, absent: []string{`"2020-01-23"`}},
		{route: "GET /api/v1/tasks/{id}/explanations", path: "/api/v1/tasks/" + tid + "/explanations", login: "phohue", status: 200,
			want: []string{`"id":` + eid, `"due_on":"2020-02-17"`, `"can_answer":true`, `"answered_on":null`}},
		{route: "POST /api/v1/explanations/{id}/answer", path: "/api/v1/explanations/" + eid + "/answer", login: "phohue", status: 200,
			body: `{"version":1,"answer":"Chờ kết quả kiểm định của Công an quận"}`,
			want: []string{`"answered_on":"2020-01-10"`, `"late_days":0`, `"version":2`}},
	}
}

// TestNotifyAPIErrors: each route refuses what it must, with the status
// of the one error table.
func TestNotifyAPIErrors(t *testing.T) {
	e := newEnv(t)
	task, expl := e.overdueTask("Rà soát hồ sơ đất đai")
	tid, eid := strconv.FormatInt(task.ID, 10), strconv.FormatInt(expl.ID, 10)
	rules := `{"due_soon_working_days":3,"overdue":true,"escalation":[],"stale_days":0,"monthly_report_day":25,"monthly_notice_working_days":3,"explanation_working_days":5,"conclusion_working_days":5}`
	hook := e.do("POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"https://hooks.example.org/tiendo"}`)
	check(t, "office webhook", hook, http.StatusCreated, `"secret":"`)
	hookID := jsonPath(t, hook.json(t), "id")
	cases := []struct {
		name, method, path, login string
		body                      any
		status                    int
		want                      []string
	}{
		{"unknown query", "GET", "/api/v1/notifications?nope=1", "phohue", nil, 400, []string{`nope`}},
		{"bad unread flag", "GET", "/api/v1/notifications?unread=maybe", "phohue", nil, 400, []string{`unread`}},
		{"no token", "GET", "/api/v1/notifications", "", nil, 401, nil},
		{"neither ids nor all", "POST", "/api/v1/notifications/read", "phohue", `{}`, 422, []string{`"ids"`}},
		{"both ids and all", "POST", "/api/v1/notifications/read", "phohue", `{"ids":[1],"all":true}`, 422, []string{`"ids"`}},
		{"malformed JSON", "POST", "/api/v1/notifications/read", "phohue", `{"all":`, 400, nil},
		{"unknown field", "PUT", "/api/v1/me/notification-settings", "phohue", `{"mode":"off","account_id":2}`, 400, []string{"account_id"}},
		{"digest without address", "PUT", "/api/v1/me/notification-settings", "phohue", `{"mode":"digest","digest_hour":7}`, 422, []string{`"email"`}},
		{"bad hour and mode", "PUT", "/api/v1/me/notification-settings", "phohue", `{"email":"a@b.vn","mode":"weekly","digest_hour":24}`, 422,
			[]string{`"mode"`, `"digest_hour"`}},
		{"rules of an unknown org", "GET", "/api/v1/orgs/NOPE/reminder-rules", "office", nil, 404, nil},
		{"rules by an officer", "PUT", "/api/v1/orgs/HBT-PHOHUE/reminder-rules", "phohue", rules, 403, nil},
		{"rules by the viewer", "PUT", "/api/v1/orgs/HBT/reminder-rules", "viewer", rules, 403, nil},
		{"rules out of order", "PUT", "/api/v1/orgs/HBT/reminder-rules", "office",
			`{"escalation":[{"action":"reminder","after_working_days":5},{"action":"explanation","after_working_days":5}],"explanation_working_days":5}`,
			422, []string{`"escalation.1.after_working_days"`}},
		{"rules with a bad action", "PUT", "/api/v1/orgs/HBT/reminder-rules", "office",
			`{"escalation":[{"action":"fire","after_working_days":5}],"explanation_working_days":5}`, 422, []string{`"escalation.0.action"`}},
		{"reset without own rules", "DELETE", "/api/v1/orgs/HBT/reminder-rules", "office", nil, 404, nil},
		{"webhooks seen, not managed", "GET", "/api/v1/orgs/HBT/webhooks", "leader", nil, 403, nil},
		{"webhooks out of scope", "GET", "/api/v1/orgs/HBT/webhooks", "phohue", nil, 404, nil},
		{"webhook by an officer", "POST", "/api/v1/orgs/HBT-PHOHUE/webhooks", "phohue", `{"url":"https://hooks.example.org/a"}`, 403, nil},
		{"private target by the office", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"http://10.0.0.5/hook","allow_private":true}`, 403, nil},
		{"bad URL and short secret", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"ftp://x","secret":"short"}`, 422,
			[]string{`"url"`, `"secret"`}},
		{"URL with a password", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"https://u:p@example.org/"}`, 422, []string{`"url"`}},
		// Internal targets are refused when registered, by address or by a
		// name resolving to one, unless a whole-tree admin allows them.
		{"loopback target", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"http://127.0.0.1:8080/x"}`, 422, []string{`"url"`, "địa chỉ nội bộ 127.0.0.1"}},
		{"loopback by name", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"http://localhost:8080/x"}`, 422, []string{`"url"`, "địa chỉ nội bộ"}},
		{"IPv6 loopback", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"http://[::1]/x"}`, 422, []string{`"url"`, "::1"}},
		{"cloud metadata", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"http://169.254.169.254/latest/meta-data"}`, 422, []string{"169.254.169.254"}},
		{"private range", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"https://10.0.0.5/hook"}`, 422, []string{"10.0.0.5"}},
		{"mapped loopback", "POST", "/api/v1/orgs/HBT/webhooks", "office", `{"url":"http://[::ffff:127.0.0.1]/hook"}`, 422, []string{"127.0.0.1"}},
		{"private target by the admin without allowing it", "POST", "/api/v1/orgs/HBT/webhooks", "admin", `{"url":"http://192.168.1.10/hook"}`, 422, []string{"allow_private"}},
		{"deliveries of a hook not managed", "GET", "/api/v1/webhooks/" + hookID + "/deliveries", "phohue", nil, 404, nil},
		{"disable a hook not managed", "POST", "/api/v1/webhooks/" + hookID + "/disable", "leader", nil, 404, nil},
		{"unknown hook", "GET", "/api/v1/webhooks/999999/deliveries", "admin", nil, 404, nil},
		{"bad year", "GET", "/api/v1/calendar/days?year=abc", "viewer", nil, 400, []string{`year`}},
		{"year out of range", "GET", "/api/v1/calendar/days?year=1800", "viewer", nil, 422, []string{`"year"`}},
		{"calendar by the office", "POST", "/api/v1/calendar/days", "office", `{"date":"2020-05-04"}`, 403, nil},
		{"calendar without date", "POST", "/api/v1/calendar/days", "admin", `{"working":true}`, 422, []string{`"date"`}},
		{"calendar bad date", "POST", "/api/v1/calendar/days", "admin", `{"date":"04/05/2020"}`, 422, []string{`"date"`}},
		{"delete a day not overridden", "DELETE", "/api/v1/calendar/days/2020-05-04", "admin", nil, 404, nil},
		{"delete a malformed day", "DELETE", "/api/v1/calendar/days/mai", "admin", nil, 404, nil},
		{"delete by a district admin's office", "DELETE", "/api/v1/calendar/days/2020-05-04", "office", nil, 403, nil},
		{"explanations out of scope", "GET", "/api/v1/tasks/" + tid + "/explanations", "truongdinh", nil, 404, nil},
		{"answer out of scope", "POST", "/api/v1/explanations/" + eid + "/answer", "truongdinh", `{"version":1,"answer":"x"}`, 404, nil},
		{"answer by the viewer", "POST", "/api/v1/explanations/" + eid + "/answer", "viewer", `{"version":1,"answer":"x"}`, 403, nil},
		{"empty answer", "POST", "/api/v1/explanations/" + eid + "/answer", "phohue", `{"version":1,"answer":"  "}`, 422, []string{`"answer"`}},
		{"stale version", "POST", "/api/v1/explanations/" + eid + "/answer", "phohue", `{"version":7,"answer":"Đã xong"}`, 409, nil},
		{"answer", "POST", "/api/v1/explanations/" + eid + "/answer", "phohue", `{"version":1,"answer":"Đã xong"}`, 200, []string{`"late_days":0`}},
		{"answered twice", "POST", "/api/v1/explanations/" + eid + "/answer", "phohue", `{"version":2,"answer":"Lần nữa"}`, 409, nil},
		{"unknown request", "POST", "/api/v1/explanations/999999/answer", "phohue", `{"version":1,"answer":"x"}`, 404, nil},
	}
	for _, c := range cases {
		check(t, c.name, e.do(c.method, c.path, c.login, c.body), c.status, c.want...)
	}
}

// TestNotificationsAreOwn: an account reads and marks only its own.
func TestNotificationsAreOwn(t *testing.T) {
	e := newEnv(t)
	e.overdueTask("Kiểm tra biển quảng cáo")
	r := e.do("GET", "/api/v1/notifications", "phohue", nil)
	check(t, "ward", r, 200, `"unread":4`) // the assignment and three reminders
	first := jsonPath(t, r.json(t), "items.0.id")
	r = e.do("GET", "/api/v1/notifications", "truongdinh", nil)
	check(t, "other ward", r, 200, `"total":0`, `"unread":0`)
	// Another account's id is ignored, not an error and not marked.
	r = e.do("POST", "/api/v1/notifications/read", "truongdinh", `{"ids":[`+first+`]}`)
	check(t, "mark other's", r, 200, `"marked":0`)
	r = e.do("POST", "/api/v1/notifications/read", "phohue", `{"ids":[`+first+`]}`)
	check(t, "mark own", r, 200, `"marked":1`, `"unread":3`)
	r = e.do("GET", "/api/v1/notifications?unread=1", "phohue", nil)
	check(t, "unread only", r, 200, `"total":3`)
	if got := jsonPath(t, r.json(t), "items.0.id"); got == first {
		t.Errorf("read notification %s still listed as unread", first)
	}
}

// TestExplanationLateness: an answer after the due date carries its
// lateness, and the office is told of it.
func TestExplanationLateness(t *testing.T) {
	e := newEnv(t)
	task, expl := e.overdueTask("Báo cáo kết quả giải phóng mặt bằng")
	e.clock.T = time.Date(2020, 2, 20, 10, 0, 0, 0, vn.Location) // due 17/02: 3 days late
	r := e.do("GET", "/api/v1/tasks/"+strconv.FormatInt(task.ID, 10)+"/explanations", "viewer", nil)
	check(t, "before answer", r, 200, `"late_days":3`, `"can_answer":false`)
	r = e.do("POST", "/api/v1/explanations/"+strconv.FormatInt(expl.ID, 10)+"/answer", "phohue", `{"version":1,"answer":"Vướng mắc về giá đất"}`)
	check(t, "answer", r, 200, `"answered_on":"2020-02-20"`, `"late_days":3`)
	r = e.do("GET", "/api/v1/notifications?unread=1", "office", nil)
	check(t, "office told", r, 200, `"kind":"explanation_answer"`, "chậm 3 ngày so với thời hạn 17/02/2020")
}
