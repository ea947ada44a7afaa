package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/i18n"
)

// commentAPISteps exercise the comment routes in TestRoutesOK.
func commentAPISteps(e *env) []step {
	task := e.task("Chỉnh trang vỉa hè phố Huế", "HBT-PHOHUE", vn.NewDate(2020, 3, 31))
	path := "/api/v1/tasks/" + strconv.FormatInt(task.ID, 10) + "/comments"
	return []step{
		{route: "POST /api/v1/tasks/{id}/comments", path: path, login: "office", status: 201,
			body: `{"body":"Đề nghị @phohue báo cáo tiến độ trước thứ Sáu"}`,
			want: []string{`"author":"office"`, `"task_id":` + strconv.FormatInt(task.ID, 10), `"body":"Đề nghị @phohue báo cáo tiến độ trước thứ Sáu"`}},
		{route: "GET /api/v1/tasks/{id}/comments", path: path, login: "phohue", status: 200,
			want: []string{`"items":[{`, `"author":"office"`, `"body":"Đề nghị @phohue`}},
	}
}

// TestCommentAPI: a comment is refused out of scope, empty or too long; a
// mention reaches the account named, and a unit named by its code.
func TestCommentAPI(t *testing.T) {
	e := newEnv(t)
	task := e.task("Rà soát hồ sơ đất đai", "HBT-PHOHUE", vn.NewDate(2020, 3, 31))
	path := "/api/v1/tasks/" + strconv.FormatInt(task.ID, 10) + "/comments"
	for _, c := range []struct {
		name, method, login string
		body                any
		status              int
		want                []string
	}{
		{"no token", "GET", "", nil, 401, nil},
		{"out of scope read", "GET", "truongdinh", nil, 404, nil},
		{"out of scope write", "POST", "truongdinh", `{"body":"x"}`, 404, nil},
		{"empty", "POST", "phohue", `{"body":"   "}`, 422, []string{`"body"`}},
		{"too long", "POST", "phohue", `{"body":"` + strings.Repeat("a", 5001) + `"}`, 422, []string{`"body"`}},
		{"unknown field", "POST", "phohue", `{"text":"x"}`, 400, nil},
		{"mention the office", "POST", "phohue", `{"body":"@office đã gửi biên bản"}`, 201, nil},
		{"mention a unit", "POST", "office", `{"body":"@HBT-PHOHUE bổ sung ảnh"}`, 201, nil},
	} {
		check(t, c.name, e.do(c.method, path, c.login, c.body), c.status, c.want...)
	}
	check(t, "office told", e.do("GET", "/api/v1/notifications?unread=1", "office", nil), 200,
		`"kind":"comment_mention"`, "@office đã gửi biên bản")
	check(t, "ward told", e.do("GET", "/api/v1/notifications?unread=1", "phohue", nil), 200,
		`"kind":"comment_mention"`, "@HBT-PHOHUE bổ sung ảnh")
	check(t, "list", e.do("GET", path, "viewer", nil), 200, `"author":"phohue"`, `"author":"office"`)
}

// TestReturnReasonShown: the office returns a report with a reason through
// the task page's form; the officer sees it in the timeline under "Lý do
// trả lại" and in the notification, and the confirmation note afterwards
// under its own label. The unread count changes at each step.
func TestReturnReasonShown(t *testing.T) {
	e := newEnv(t)
	task := e.task("Kiểm tra an toàn thực phẩm", "HBT-PHOHUE", vn.NewDate(2020, 3, 31))
	path := fmt.Sprintf("/viec/%d", task.ID)
	ward, office := e.browse("phohue"), e.browse("office")
	unread := func(b *browser, want int) {
		t.Helper()
		ward.get("/thong-bao").want(t, "notifications", 200)
		b.get("/thong-bao").want(t, "unread count", 200, fmt.Sprintf(`id="notif-unread">%d<`, want))
	}
	unread(ward, 1) // the assignment
	report := func() {
		t.Helper()
		cur, err := e.svc.GetTask(e.as("phohue"), task.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := e.svc.ReportProgress(e.as("phohue"), task.ID, service.UpdateInput{Version: cur.Version, Narrative: "Đã kiểm tra 12 cơ sở", Done: true}); err != nil {
			t.Fatal(err)
		}
	}
	report()
	unread(office, 1)
	v := formVersion(t, office.get(path))
	office.post(path+"/tra-lai", url.Values{"version": {v}, "reason": {"Thiếu biên bản kiểm tra cơ sở số 7"}}).redirectsTo(t, "return", path+"?ok=returned")
	unread(ward, 2)
	page := ward.get(path)
	page.want(t, "timeline", 200, `<p class="step-reason"><em>Lý do trả lại:</em> Thiếu biên bản kiểm tra cơ sở số 7</p>`,
		`<dt>Lý do trả lại</dt><dd>Thiếu biên bản kiểm tra cơ sở số 7</dd>`)
	page.lacks(t, "timeline", "Lý do (trả lại, tạm dừng…)")
	ward.get("/thong-bao").want(t, "notification", 200, "Báo cáo bị trả lại: Kiểm tra an toàn thực phẩm",
		"Lý do trả lại: Thiếu biên bản kiểm tra cơ sở số 7", `<span class="badge notif-kind">Trả lại</span>`)
	report()
	unread(office, 2)
	v = formVersion(t, office.get(path))
	office.post(path+"/xac-nhan", url.Values{"version": {v}, "note": {"Đạt yêu cầu"}}).want(t, "confirm", 303)
	unread(ward, 3)
	page = ward.get(path)
	page.want(t, "confirmed", 200, `<dt>Ghi chú xác nhận</dt><dd>Đạt yêu cầu</dd>`,
		`<em>Ghi chú xác nhận:</em> Đạt yêu cầu`, `<em>Lý do trả lại:</em> Thiếu biên bản`)
	if cur, _ := e.svc.GetTask(e.as("office"), task.ID); cur.Status != tiendo.StatusCompleted {
		t.Errorf("status %s", cur.Status)
	}
}

// TestCommentForm: the task page's plain form posts a comment that shows
// in the timeline; an empty one comes back with the error.
func TestCommentForm(t *testing.T) {
	e := newEnv(t)
	task := e.task("Dọn vệ sinh kênh Lừ", "HBT-PHOHUE", vn.NewDate(2020, 3, 31))
	path := fmt.Sprintf("/viec/%d", task.ID)
	ward := e.browse("phohue")
	ward.get(path).want(t, "form", 200, `action="/viec/`+strconv.FormatInt(task.ID, 10)+`/y-kien"`, `id="comment-body" name="body"`)
	ward.post(path+"/y-kien", url.Values{"body": {"Đề nghị @office hỗ trợ xe chuyên dụng"}}).
		redirectsTo(t, "comment", path+"?ok=commented#comment-form")
	ward.get(path+"?ok=commented").want(t, "timeline", 200, "Đã gửi ý kiến.", `<p class="comment-body">Đề nghị @office hỗ trợ xe chuyên dụng</p>`)
	ward.get(path).lacks(t, "one entry per comment", "<strong>Gửi ý kiến</strong>")
	ward.post(path+"/y-kien", url.Values{"body": {"  "}}).want(t, "empty", 422, "Nội dung ý kiến là bắt buộc")
	e.browse("truongdinh").post(path+"/y-kien", url.Values{"body": {"x"}}).want(t, "out of scope", 404)
	e.browse("office").get("/thong-bao").want(t, "mention", 200, "Được nhắc đến trong ý kiến: Dọn vệ sinh kênh Lừ")
}

// Every notification kind is named in both languages in the centre.
func TestNotificationKindsNamed(t *testing.T) {
	kinds := append([]string{tiendo.RuleDueSoon, tiendo.RuleOverdue, tiendo.RuleEscalation, tiendo.RuleStale,
		tiendo.RuleMonthly, tiendo.RuleExplainLate, tiendo.RuleConclusion}, tiendo.NotifyKinds...)
	for _, k := range kinds {
		for _, loc := range i18n.Locales {
			if _, ok := i18n.Catalogue[loc]["notif.kind."+k]; !ok {
				t.Errorf("kind %s has no %s name", k, loc)
			}
		}
	}
}
