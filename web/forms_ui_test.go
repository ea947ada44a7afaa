package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// Every form shows its errors beside the fields and keeps what was typed.
func TestFormErrorsKeepInput(t *testing.T) {
	e := newEnv(t)
	task := e.task("Lập danh sách hộ kinh doanh", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	path := fmt.Sprintf("/viec/%d", task.ID)
	ward, office, leader := e.browse("phohue"), e.browse("office"), e.browse("leader")
	cases := []struct {
		name   string
		do     func() pageResp
		status int
		want   []string
	}{
		{"report with a bad date", func() pageResp {
			return ward.postMultipart(path+"/bao-cao", url.Values{"version": {"1"}, "as_of": {"32/01/2020"}, "narrative": {"Đã rà soát 40 hộ"}})
		}, 422, []string{`id="report-as_of" name="as_of" value="32/01/2020" aria-invalid="true" aria-describedby="report-as_of-error"`,
			"Ngày không hợp lệ", "Đã rà soát 40 hộ", `id="form-report" open`}},
		{"report in the future", func() pageResp {
			return ward.postMultipart(path+"/bao-cao", url.Values{"version": {"1"}, "as_of": {"20/01/2020"}, "narrative": {"Sớm"}})
		}, 422, []string{"Ngày số liệu không được ở tương lai"}},
		{"report with a file too large", func() pageResp {
			return ward.postMultipart(path+"/bao-cao", url.Values{"version": {"1"}, "narrative": {"Kèm tệp"}},
				filePart{name: "lon.pdf", data: bytes.Repeat([]byte("x"), testMaxAttachment+1)})
		}, 413, []string{"Tệp quá lớn", `id="form-report" open`}},
		{"extension without a reason", func() pageResp {
			return ward.post(path+"/gia-han", url.Values{"version": {"1"}, "proposed_due": {"15/02/2020"}})
		}, 422, []string{"Cần nêu lý do xin gia hạn", `value="15/02/2020"`}},
		{"extension earlier than the deadline", func() pageResp {
			return ward.post(path+"/gia-han", url.Values{"version": {"1"}, "proposed_due": {"20/01/2020"}, "reason": {"Lý do"}})
		}, 422, []string{"Thời hạn đề xuất phải sau thời hạn hiện tại (31/01/2020)"}},
		{"return without a reason", func() pageResp {
			return office.post(path+"/tra-lai", url.Values{"version": {"1"}})
		}, 422, []string{`<p class="form-error" role="alert">Dữ liệu không hợp lệ: Cần nêu lý do trả lại</p>`}},
		{"decision without a pending request", func() pageResp {
			return leader.post(path+"/quyet-dinh-gia-han", url.Values{"version": {"1"}, "decision": {"approve"}})
		}, 409, []string{"Không thể duyệt gia hạn"}},
		{"delegate to nobody", func() pageResp {
			return ward.post(path+"/phan-cong", url.Values{"version": {"1"}, "title": {"Giao tổ dân phố"}})
		}, 422, []string{"Chọn một đơn vị cấp dưới hoặc một người", "Giao tổ dân phố"}},
		{"new task without a lead unit", func() pageResp {
			return office.post("/viec/moi", url.Values{"title": {"Trồng cây xanh"}, "deadline": {"trong quý IV/2020"}})
		}, 422, []string{"Chọn ít nhất một đơn vị chủ trì", "Trồng cây xanh", `value="trong quý IV/2020"`}},
		{"new task with a bad deadline phrase", func() pageResp {
			return office.post("/viec/moi", url.Values{"title": {"Trồng cây"}, "lead_org_ids": {org(e, "HBT-PHOHUE")}, "deadline": {"trước ngày 31/02/2020"}})
		}, 422, []string{`id="deadline" name="deadline" value="trước ngày 31/02/2020" aria-invalid="true"`,
			`name="lead_org_ids" value="` + org(e, "HBT-PHOHUE") + `" checked>`}},
		{"account with a short password", func() pageResp {
			return e.browse("admin").post("/tai-khoan", url.Values{"login": {"moi"}, "password": {"ngan"}, "role": {"viewer"}, "org": {org(e, "HBT")}})
		}, 422, []string{"Mật khẩu cần ít nhất 8 ký tự", `value="moi"`}},
		{"account with a login in use", func() pageResp {
			return e.browse("admin").post("/tai-khoan", url.Values{"login": {"phohue"}, "password": {"mat-khau-dai"}, "role": {"viewer"}, "org": {org(e, "HBT")}})
		}, 409, []string{"đã được dùng"}},
	}
	for _, c := range cases {
		p := c.do()
		p.want(t, c.name, c.status, c.want...)
	}
	// Nothing of it was stored.
	got, err := e.svc.GetTask(e.as("office"), task.ID)
	if err != nil || got.Version != 1 || got.Status != tiendo.StatusAssigned {
		t.Fatalf("task changed: %+v, %v", got, err)
	}
}

// A form built from an old version never overwrites newer data: it comes
// back with the conflict and the data as it now is.
func TestStaleFormsConflict(t *testing.T) {
	e := newEnv(t)
	task := e.task("Kiểm tra biển hiệu phố Huế", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	path := fmt.Sprintf("/viec/%d", task.ID)
	office := e.browse("office")
	edit := office.get(path + "/sua")
	v := formVersion(t, edit)
	// Someone else edits first.
	title := "Kiểm tra biển hiệu, biển quảng cáo phố Huế"
	if _, err := e.svc.EditTask(e.as("leader"), task.ID, service.TaskPatch{Version: 1, Title: &title}); err != nil {
		t.Fatal(err)
	}
	p := office.post(path+"/sua", url.Values{"version": {v}, "title": {"Kiểm tra biển hiệu (bản của tôi)"}, "place": {"Phố Huế"}, "category": {"directive"}})
	p.want(t, "stale edit", 409, "Nhiệm vụ đã được người khác cập nhật", `id="yours-title">Kiểm tra biển hiệu (bản của tôi)`,
		`id="current-title">`+title, `name="version" value="2"`, "Vẫn lưu nội dung của tôi")
	got, _ := e.svc.GetTask(e.as("office"), task.ID)
	if got.Title != title {
		t.Fatalf("stale edit overwrote: %q", got.Title)
	}
	// Saving again from the conflict page is deliberate and goes through.
	office.post(path+"/sua", url.Values{"version": {"2"}, "title": {"Kiểm tra biển hiệu (bản của tôi)"}, "category": {"directive"}}).
		redirectsTo(t, "save anyway", path+"?ok=saved")
	// A stale lifecycle form: the page comes back as it now stands.
	e.browse("phohue").postMultipart(path+"/bao-cao", url.Values{"version": {"1"}, "narrative": {"Báo cáo cũ"}}).
		want(t, "stale report", 409, "Nhiệm vụ đã được người khác cập nhật", "Kiểm tra biển hiệu (bản của tôi)", "Báo cáo cũ", `name="version" value="3"`)
}

func TestCreateForSeveralUnits(t *testing.T) {
	e := newEnv(t)
	office := e.browse("office")
	p := office.post("/viec/moi", url.Values{"title": {"Ra quân tổng vệ sinh môi trường"}, "deadline": {"trước ngày 25/01/2020"},
		"lead_org_ids": {org(e, "HBT-PHOHUE"), org(e, "HBT-TRUONGDINH")}, "coop_org_ids": {org(e, "HBT-VP")}, "category": {"directive"},
		"urgent": {"on"}})
	p.redirectsTo(t, "two tasks", "/viec/da-giao?ok=2")
	tasks, n, err := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{Query: "ve sinh moi truong"})
	if err != nil || n != 2 {
		t.Fatalf("%d tasks, %v", n, err)
	}
	for _, tk := range tasks {
		if tk.Due != vn.NewDate(2020, 1, 25) || tk.DeadlineText != "trước ngày 25/01/2020" || tk.Priority != tiendo.PriorityUrgent ||
			len(tk.CoopOrgIDs) != 1 {
			t.Errorf("task %+v", tk)
		}
	}
	office.get("/viec/da-giao?ok=2").want(t, "notice", 200, "Đã giao 2 nhiệm vụ")
	// Each ward sees its own.
	e.browse("phohue").get("/viec").want(t, "ward", 200, "Ra quân tổng vệ sinh", "1 nhiệm vụ")
	// The cooperating unit's tab counts it (the office covers HBT-VP).
	e.browse("office").get("/viec?vai-tro=phoi-hop").want(t, "coop tab", 200, "Ra quân tổng vệ sinh")
}

// An unknown notice in the address shows nothing: no text from a link is
// ever shown as a message.
func TestNoticeOnlyFromCatalogue(t *testing.T) {
	e := newEnv(t)
	task := e.task("Việc", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	p := e.browse("office").get(fmt.Sprintf("/viec/%d?ok=Tài+khoản+bị+khóa,+gọi+0900", task.ID))
	p.want(t, "notice", 200)
	p.lacks(t, "notice", "gọi 0900", `class="notice"`)
}

func TestAttachmentLinkWorksWithCookie(t *testing.T) {
	e := newEnv(t)
	task := e.task("Báo cáo kèm tệp", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	path := fmt.Sprintf("/viec/%d", task.ID)
	ward := e.browse("phohue")
	ward.postMultipart(path+"/bao-cao", url.Values{"version": {"1"}, "narrative": {"Kèm biên bản"}},
		filePart{name: "bien-ban <1>.txt", data: []byte("nội dung")}).redirectsTo(t, "report", path+"?ok=report")
	p := ward.get(path)
	p.want(t, "page", 200, "bien-ban &lt;1&gt;.txt")
	i := strings.Index(p.body, "/api/v1/attachments/")
	if i < 0 {
		t.Fatal("no attachment link")
	}
	link := p.body[i : i+strings.IndexByte(p.body[i:], '"')]
	f := e.browse("office").get(link)
	if f.status != http.StatusOK || f.body != "nội dung" || !strings.HasPrefix(f.header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("download: %d %q %q", f.status, f.body, f.header.Get("Content-Disposition"))
	}
	e.browse("truongdinh").get(link).want(t, "out of scope file", 404)
}
