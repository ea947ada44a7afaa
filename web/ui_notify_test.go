package web

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"tiendo/vn"
)

// notifyPageSteps are the scenarios of the notification centre, the mail
// settings, the calendar, the reminder rules and webhooks, and the answer
// to an explanation request on the task page.
//
// The ward is Trương Định, and the overdue task is made when the first step
// runs: the scenarios before these count Phố Huế's tasks and switch its
// officer to English.
func notifyPageSteps(t *testing.T, e *env) []pageStep {
	var tid, eid, first, hook string
	var unread []string
	countRe := regexp.MustCompile(`id="unread-count">(\d+)<`)
	var ward *browser
	office, admin := e.browse("office"), e.browse("admin")
	hbt := org(e, "HBT")
	notifRe := regexp.MustCompile(`action="/thong-bao/(\d+)/mo"`)
	hookRe := regexp.MustCompile(`href="/don-doc/webhook/(\d+)"`)
	return []pageStep{
		{"GET /thong-bao", func() pageResp {
			task, expl := e.overdueTaskOf("Kiểm tra an toàn phòng cháy chung cư cũ", "HBT-TRUONGDINH")
			tid, eid = strconv.FormatInt(task.ID, 10), strconv.FormatInt(expl.ID, 10)
			ward = e.browse("truongdinh")
			return ward.get("/thong-bao")
		}, func(p pageResp) {
			// Other tasks of the ward went overdue by then too.
			unread = countRe.FindStringSubmatch(p.body)
			if unread == nil || unread[1] == "0" {
				t.Fatalf("no unread count in the header\n%s", shorten(p.body))
			}
			p.want(t, "notifications", 200, "Kiểm tra an toàn phòng cháy chung cư cũ", `id="notif-unread">`+unread[1]+`<`,
				`<input type="hidden" name="task" value="`+tid+`">`, "Đánh dấu tất cả đã đọc", "Yêu cầu giải trình")
			m := notifRe.FindStringSubmatch(p.body)
			if m == nil {
				t.Fatal("no notification form")
			}
			first = m[1]
		}},
		{"POST /thong-bao/{id}/mo", func() pageResp {
			return ward.post("/thong-bao/"+first+"/mo", url.Values{"task": {tid}})
		}, func(p pageResp) { p.redirectsTo(t, "open", "/viec/"+tid+"#timeline") }},
		{"GET /viec/{id}", func() pageResp { return ward.get("/viec/" + tid) }, func(p pageResp) {
			n, _ := strconv.Atoi(unread[1])
			p.want(t, "task with request", 200, `id="unread-count">`+strconv.Itoa(n-1)+`<`, "Yêu cầu giải trình", "hạn trả lời 17/02/2020",
				`action="/viec/`+tid+`/giai-trinh/`+eid+`"`, "Chờ đơn vị giải trình",
				"<strong>Nhắc việc</strong> — Nhiệm vụ đã quá hạn: Kiểm tra an toàn phòng cháy chung cư cũ")
		}},
		{"POST /viec/{id}/giai-trinh/{eid}", func() pageResp {
			return ward.post("/viec/"+tid+"/giai-trinh/"+eid, url.Values{"version": {"1"}, "answer": {"Chờ kết quả kiểm định"}})
		}, func(p pageResp) { p.redirectsTo(t, "answer", "/viec/"+tid+"?ok=explained") }},
		{"POST /thong-bao/da-doc", func() pageResp { return ward.post("/thong-bao/da-doc", nil) }, func(p pageResp) {
			p.redirectsTo(t, "read all", "/thong-bao?ok=read-all")
		}},
		{"GET /cai-dat/thong-bao", func() pageResp { return ward.get("/cai-dat/thong-bao") }, func(p pageResp) {
			p.want(t, "settings", 200, `id="mode-off" name="mode" value="off" checked`, `name="digest_hour"`)
			p.lacks(t, "settings after read-all", `id="unread-count"`)
		}},
		{"POST /cai-dat/thong-bao", func() pageResp {
			return ward.post("/cai-dat/thong-bao", url.Values{"mode": {"digest"}, "email": {"phohue@hanoi.gov.vn"}, "digest_hour": {"17"}})
		}, func(p pageResp) { p.redirectsTo(t, "settings saved", "/cai-dat/thong-bao?ok=settings") }},
		{"GET /lich-lam-viec", func() pageResp { return admin.get("/lich-lam-viec?nam=2020") }, func(p pageResp) {
			p.want(t, "calendar", 200, "Lịch ngày làm việc năm 2020", "24/01/2020", "Tết Nguyên đán", `action="/lich-lam-viec"`)
		}},
		{"POST /lich-lam-viec", func() pageResp {
			return admin.post("/lich-lam-viec", url.Values{"date": {"23/01/2020"}, "working": {"0"}, "name": {"Nghỉ thêm dịp Tết"}})
		}, func(p pageResp) { p.redirectsTo(t, "calendar saved", "/lich-lam-viec?nam=2020&ok=calendar-saved") }},
		{"POST /lich-lam-viec/xoa", func() pageResp {
			return admin.post("/lich-lam-viec/xoa", url.Values{"date": {"2020-01-23"}})
		}, func(p pageResp) { p.redirectsTo(t, "calendar deleted", "/lich-lam-viec?nam=2020&ok=calendar-deleted") }},
		{"POST /lich-lam-viec/dia-chi-lich", func() pageResp { return ward.post("/lich-lam-viec/dia-chi-lich", nil) }, func(p pageResp) {
			p.want(t, "calendar feed address", 201, "Đã tạo địa chỉ lịch mới", `id="cal-feed-url" readonly value="http://127.0.0.1`, "/lich/")
		}},
		{"GET /don-doc", func() pageResp { return office.get("/don-doc") }, func(p pageResp) {
			p.want(t, "reminders", 200, "Đôn đốc, nhắc việc — Quận Hai Bà Trưng", "Theo quy tắc mặc định của hệ thống.",
				`action="/don-doc/`+hbt+`/quy-tac"`, `action="/don-doc/`+hbt+`/webhook"`)
			p.lacks(t, "no own rules", `action="/don-doc/`+hbt+`/mac-dinh"`)
		}},
		{"POST /don-doc/{id}/quy-tac", func() pageResp {
			return office.post("/don-doc/"+hbt+"/quy-tac", rulesValues(5, "3", "7", ""))
		}, func(p pageResp) { p.redirectsTo(t, "rules saved", "/don-doc?don-vi="+hbt+"&ok=rules-saved") }},
		{"POST /don-doc/{id}/mac-dinh", func() pageResp { return office.post("/don-doc/"+hbt+"/mac-dinh", nil) }, func(p pageResp) {
			p.redirectsTo(t, "rules reset", "/don-doc?don-vi="+hbt+"&ok=rules-reset")
		}},
		{"POST /don-doc/{id}/webhook", func() pageResp {
			return office.post("/don-doc/"+hbt+"/webhook", url.Values{"url": {"https://hooks.example.org/tiendo"}})
		}, func(p pageResp) {
			p.want(t, "webhook created", 201, "Đã tạo webhook.", `id="secret-value">`, "https://hooks.example.org/tiendo")
			m := hookRe.FindStringSubmatch(p.body)
			if m == nil {
				t.Fatal("no webhook link")
			}
			hook = m[1]
		}},
		{"GET /don-doc/webhook/{id}", func() pageResp { return office.get("/don-doc/webhook/" + hook) }, func(p pageResp) {
			p.want(t, "delivery log", 200, "Nhật ký gửi webhook", "https://hooks.example.org/tiendo", "Chưa có lần gửi nào.")
			p.lacks(t, "no secret in the log", `id="secret-value"`)
		}},
		{"POST /don-doc/webhook/{id}/tat", func() pageResp { return office.post("/don-doc/webhook/"+hook+"/tat", nil) }, func(p pageResp) {
			p.redirectsTo(t, "disable", "/don-doc?don-vi="+hbt+"&ok=webhook-off")
		}},
		{"POST /don-doc/webhook/{id}/bat", func() pageResp { return office.post("/don-doc/webhook/"+hook+"/bat", nil) }, func(p pageResp) {
			p.redirectsTo(t, "enable", "/don-doc?don-vi="+hbt+"&ok=webhook-on")
		}},
	}
}

// rulesValues is a rules form: the first ladder rows get the given days
// (empty leaves a row out).
func rulesValues(dueSoon int, ladder ...string) url.Values {
	v := url.Values{"due_soon_working_days": {strconv.Itoa(dueSoon)}, "overdue": {"on"}, "stale_days": {"30"},
		"monthly_report_day": {"25"}, "monthly_notice_working_days": {"3"}, "explanation_working_days": {"5"},
		"conclusion_working_days": {"5"}}
	actions := []string{"reminder", "explanation", "leader_notice", "reminder", "reminder"}
	for i, days := range ladder {
		v.Set(fmt.Sprintf("esc_action_%d", i), actions[i])
		v.Set(fmt.Sprintf("esc_days_%d", i), days)
	}
	return v
}

// TestNotifyPagesRefuse: forms keep what was typed and show field errors,
// an explanation answered meanwhile is a 409 with the page as it now is,
// and what the actor may not do or see is a 403 or 404 page.
func TestNotifyPagesRefuse(t *testing.T) {
	e := newEnv(t)
	task, expl := e.overdueTask("Rà soát hồ sơ đất đai")
	tid, eid := strconv.FormatInt(task.ID, 10), strconv.FormatInt(expl.ID, 10)
	ward, office, admin, leader := e.browse("phohue"), e.browse("office"), e.browse("admin"), e.browse("leader")
	hbt := org(e, "HBT")

	p := ward.post("/cai-dat/thong-bao", url.Values{"mode": {"instant"}, "email": {"khong-phai-thu"}, "digest_hour": {"7"}})
	p.want(t, "bad email", 422, `value="khong-phai-thu"`, `aria-invalid="true" aria-describedby="settings-email-error"`,
		"Địa chỉ thư điện tử không hợp lệ", `id="mode-instant" name="mode" value="instant" checked`)

	p = ward.post("/viec/"+tid+"/giai-trinh/"+eid, url.Values{"version": {"1"}, "answer": {"   "}})
	p.want(t, "empty answer", 422, "Nội dung giải trình là bắt buộc", `id="explain-answer-`+eid+`-error"`)
	office.post("/viec/"+tid+"/giai-trinh/"+eid, url.Values{"version": {"1"}, "answer": {"Văn phòng trả lời thay"}}).
		redirectsTo(t, "office answers", "/viec/"+tid+"?ok=explained")
	p = ward.post("/viec/"+tid+"/giai-trinh/"+eid, url.Values{"version": {"1"}, "answer": {"Câu trả lời muộn"}})
	p.want(t, "answered meanwhile", 409, "Yêu cầu giải trình này đã được trả lời", "Văn phòng trả lời thay", "Đúng hạn")
	p.lacks(t, "no form any more", `action="/viec/`+tid+`/giai-trinh/`+eid+`"`)
	e.browse("truongdinh").post("/viec/"+tid+"/giai-trinh/"+eid, url.Values{"version": {"2"}, "answer": {"x"}}).
		want(t, "out of scope", 404)
	other := e.task("Việc khác của phường", "HBT-PHOHUE", vn.NewDate(2020, 3, 1))
	ward.post(fmt.Sprintf("/viec/%d/giai-trinh/%s", other.ID, eid), url.Values{"version": {"2"}, "answer": {"x"}}).
		want(t, "request of another task", 404)

	office.get("/lich-lam-viec?nam=2020").lacks(t, "office sees no calendar form", `action="/lich-lam-viec"`)
	office.post("/lich-lam-viec", url.Values{"date": {"23/01/2020"}}).want(t, "calendar by the office", 403)
	p = admin.post("/lich-lam-viec", url.Values{"date": {"31/02/2020"}, "working": {"1"}, "name": {"Làm bù"}})
	p.want(t, "bad date", 422, `value="31/02/2020"`, `value="Làm bù"`, `id="cal-working" name="working" value="1" checked`, "Ngày không hợp lệ")
	admin.post("/lich-lam-viec/xoa", url.Values{"date": {"2020-05-04"}}).want(t, "no such override", 404)

	p = office.post("/don-doc/"+hbt+"/quy-tac", rulesValues(3, "5", "5"))
	p.want(t, "ladder not increasing", 422, `id="rules-esc_days_1-error"`, `name="esc_days_1" value="5"`, "tăng dần")
	p = office.post("/don-doc/"+hbt+"/quy-tac", rulesValues(99, "5"))
	p.want(t, "out of range", 422, `id="rules-due-soon-error"`, `value="99"`)
	leader.post("/don-doc/"+hbt+"/quy-tac", rulesValues(3, "5")).want(t, "rules by a leader", 403)
	leader.get("/don-doc?don-vi="+hbt).lacks(t, "leader sees no forms", `/quy-tac"`, `/webhook"`, "Webhook")
	ward.get("/don-doc?don-vi="+hbt).want(t, "out of scope org", 404)
	office.post("/don-doc/"+hbt+"/mac-dinh", nil).want(t, "reset without own rules", 404)

	p = office.post("/don-doc/"+hbt+"/webhook", url.Values{"url": {"http://127.0.0.1:8080/x"}, "allow_private": {"on"}})
	p.want(t, "private by the office", 403)
	p = office.post("/don-doc/"+hbt+"/webhook", url.Values{"url": {"ftp://example.org"}})
	p.want(t, "bad url", 422, `value="ftp://example.org"`, `id="hook-url-error"`)
	p.lacks(t, "no secret on failure", `id="secret-value"`)
	p = admin.post("/don-doc/"+hbt+"/webhook", url.Values{"url": {"http://127.0.0.1:8080/x"}, "allow_private": {"on"}})
	p.want(t, "private by the admin", 201, "địa chỉ nội bộ")
	hook := regexp.MustCompile(`href="/don-doc/webhook/(\d+)"`).FindStringSubmatch(p.body)[1]
	ward.get("/don-doc/webhook/"+hook).want(t, "log out of scope", 404)
	leader.post("/don-doc/webhook/"+hook+"/tat", nil).want(t, "disable by a leader", 404)
}

// TestUnreadCountInHeader: every page shows the count, and it falls as
// notifications are read.
func TestUnreadCountInHeader(t *testing.T) {
	e := newEnv(t)
	e.overdueTask("Kiểm tra biển quảng cáo")
	ward := e.browse("phohue")
	for _, path := range []string{"/viec", "/van-ban", "/don-vi", "/lich-lam-viec"} {
		// The assignment and three reminders.
		ward.get(path).want(t, path, 200, `id="unread-count">4<`, `aria-label="Thông báo, 4 chưa đọc"`)
	}
	e.browse("truongdinh").get("/viec").lacks(t, "nothing unread", `id="unread-count"`)
	ward.post("/thong-bao/da-doc", nil)
	p := ward.get("/thong-bao?chua-doc=1")
	p.want(t, "after read all", 200, "Không có thông báo nào.", `id="notif-unread">0<`)
	p.lacks(t, "after read all", `id="unread-count"`)
}

// TestNotificationsPaginate: 25 a page, newest first.
func TestNotificationsPaginate(t *testing.T) {
	e := newEnv(t)
	for i := range 10 {
		e.task(fmt.Sprintf("Nhiệm vụ số %02d", i), "HBT-PHOHUE", vn.NewDate(2020, 1, 10))
	}
	e.clock.T = time.Date(2020, 2, 10, 8, 0, 0, 0, vn.Location)
	if _, err := e.svc.RunReminders(e.sys()); err != nil {
		t.Fatal(err)
	}
	e.clock.T = testNow
	ward := e.browse("phohue")
	p := ward.get("/thong-bao")
	// 10 assignments and 30 reminders.
	p.want(t, "page 1", 200, "40 thông báo", "Trang 1/2", `href="/thong-bao?trang=2"`)
	if n := strings.Count(p.body, `action="/thong-bao/`) - 1; n != 25 { // one is "mark all read"
		t.Errorf("page 1 shows %d notifications", n)
	}
	if i, j := strings.Index(p.body, "Nhiệm vụ số 09"), strings.Index(p.body, "Nhiệm vụ số 08"); i < 0 || j < 0 || i > j {
		t.Errorf("not newest first: %d %d", i, j)
	}
	p = ward.get("/thong-bao?trang=2")
	p.want(t, "page 2", 200, "Trang 2/2", "Nhiệm vụ số 00")
	if n := strings.Count(p.body, `<button type="submit" class="link">`); n != 15 {
		t.Errorf("page 2 shows %d notifications", n)
	}
	if p.status != http.StatusOK {
		t.Fatal(p.status)
	}
}
