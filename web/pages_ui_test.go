package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/ui"
)

// TestPageRoutesOK walks every HTML route through a working day: each
// step is a route, who asks, what comes back. Every page route must have a
// step, as every API route has one in TestRoutesOK.
func TestPageRoutesOK(t *testing.T) {
	e := newEnv(t)
	task := e.task("Xây dựng kế hoạch phòng cháy chữa cháy phố Huế", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	id := strconv.FormatInt(task.ID, 10)
	office, ward, leader, admin := e.browse("office"), e.browse("phohue"), e.browse("leader"), e.browse("admin")
	visitor := e.browse("")
	doc := e.document("245/KH-UBND")
	docID := strconv.FormatInt(doc, 10)
	var proposal string // id of the intake proposal made on the way
	const intakeText = "Số: 12/TB-UBND\nHai Bà Trưng, ngày 08/01/2020\nYêu cầu UBND các phường hoàn thiện quy chế PCCC trong quý I/2020."

	type step struct {
		route string
		run   func() pageResp
		check func(p pageResp)
	}
	steps := []step{
		{"GET /{$}", func() pageResp { return ward.get("/") }, func(p pageResp) {
			p.want(t, "home", 200, "Việc cần xử lý", `id="inbox-officer.due"`, `href="/dieu-hanh"`)
		}},
		{"GET /static/{path...}", func() pageResp { return visitor.get("/static/app.css") }, func(p pageResp) {
			p.want(t, "css", 200, "--brand")
		}},
		{"GET /dang-nhap", func() pageResp { return visitor.get("/dang-nhap?tiep=/viec/" + id) }, func(p pageResp) {
			p.want(t, "login page", 200, `name="login"`, `name="password"`, `value="/viec/`+id+`"`)
		}},
		{"POST /dang-nhap", func() pageResp {
			return visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"matkhau-123"}, "tiep": {"/viec/" + id}})
		}, func(p pageResp) { p.redirectsTo(t, "login", "/viec/"+id) }},
		{"GET /viec", func() pageResp { return ward.get("/viec") }, func(p pageResp) {
			p.want(t, "my tasks", 200, "Việc của đơn vị", "Xây dựng kế hoạch phòng cháy", `data-count="tab.lead">Chủ trì <span class="count">1</span>`)
		}},
		{"GET /viec/da-giao", func() pageResp { return office.get("/viec/da-giao") }, func(p pageResp) {
			p.want(t, "assigned", 200, "Việc đã giao", "/viec/"+id)
		}},
		{"GET /viec/qua-han", func() pageResp { return office.get("/viec/qua-han") }, func(p pageResp) {
			p.want(t, "overdue", 200, "Nhiệm vụ quá hạn", "0 nhiệm vụ")
		}},
		{"GET /viec/xuat-excel", func() pageResp { return ward.get("/viec/xuat-excel?ds=%2Fviec") }, func(p pageResp) {
			p.want(t, "export", 200, "PK")
		}},
		{"POST /bo-loc", func() pageResp {
			return ward.post("/bo-loc", url.Values{"ten": {"Đang mở"}, "danh-sach": {"/viec"}, "loc": {"q=pccc"}})
		}, func(p pageResp) { p.redirectsTo(t, "save filter", "/viec?ok=filter-saved&q=pccc") }},
		{"POST /bo-loc/{id}/xoa", func() pageResp {
			list, err := e.svc.SavedFilters(e.as("phohue"))
			if err != nil || len(list) != 1 {
				t.Fatalf("saved filters: %v %v", list, err)
			}
			return ward.post("/bo-loc/"+strconv.FormatInt(list[0].ID, 10)+"/xoa", url.Values{"tiep": {"/viec"}})
		}, func(p pageResp) { p.redirectsTo(t, "delete filter", "/viec?ok=filter-deleted") }},
		{"GET /viec/moi", func() pageResp { return office.get("/viec/moi?van-ban=" + docID) }, func(p pageResp) {
			p.want(t, "new form", 200, `name="lead_org_ids-q"`, `<option value="`+docID+`" selected>`)
		}},
		{"POST /viec/moi", func() pageResp {
			return office.post("/viec/moi", url.Values{"title": {"Rà soát biển quảng cáo"}, "document_id": {docID},
				"lead_org_ids": {org(e, "HBT-TRUONGDINH")}, "deadline": {"trước ngày 20/01/2020"}, "category": {"directive"}})
		}, func(p pageResp) {
			if p.status != http.StatusSeeOther || !strings.HasSuffix(p.header.Get("Location"), "?ok=created") {
				t.Fatalf("create: %d %s\n%s", p.status, p.header.Get("Location"), shorten(p.body))
			}
		}},
		{"GET /viec/{id}", func() pageResp { return ward.get("/viec/" + id) }, func(p pageResp) {
			p.want(t, "task page", 200, "Xây dựng kế hoạch phòng cháy", "31/01/2020", `action="/viec/`+id+`/bao-cao"`, "Giao nhiệm vụ")
		}},
		{"POST /viec/{id}/bao-cao", func() pageResp {
			return ward.postMultipart("/viec/"+id+"/bao-cao", url.Values{"version": {"1"}, "narrative": {"Đã họp triển khai"}, "percent": {"40"}},
				filePart{name: "bien-ban.txt", data: []byte("Biên bản họp")})
		}, func(p pageResp) { p.redirectsTo(t, "report", "/viec/"+id+"?ok=report") }},
		{"POST /viec/{id}/gia-han", func() pageResp {
			return ward.post("/viec/"+id+"/gia-han", url.Values{"version": {"2"}, "proposed_due": {"15/02/2020"}, "reason": {"Chờ số liệu tổ dân phố"}})
		}, func(p pageResp) { p.redirectsTo(t, "extension", "/viec/"+id+"?ok=extension") }},
		{"POST /viec/{id}/quyet-dinh-gia-han", func() pageResp {
			return leader.post("/viec/"+id+"/quyet-dinh-gia-han", url.Values{"version": {"3"}, "decision": {"approve"}, "decision_doc": {"12/TB-UBND"}})
		}, func(p pageResp) { p.redirectsTo(t, "decide", "/viec/"+id+"?ok=decided") }},
		{"GET /viec/{id}/sua", func() pageResp { return office.get("/viec/" + id + "/sua") }, func(p pageResp) {
			p.want(t, "edit page", 200, `name="title"`, `value="4"`)
		}},
		{"POST /viec/{id}/sua", func() pageResp {
			return office.post("/viec/"+id+"/sua", url.Values{"version": {"4"}, "title": {"Kế hoạch PCCC phố Huế (sửa)"}, "category": {"directive"}})
		}, func(p pageResp) { p.redirectsTo(t, "edit", "/viec/"+id+"?ok=saved") }},
		{"POST /viec/{id}/phan-cong", func() pageResp {
			return e.browse("office").post("/viec/"+id+"/phan-cong", url.Values{"version": {"5"}, "org_id": {"999999"}})
		}, func(p pageResp) { p.want(t, "delegate outside", 422, "Chỉ phân công cho đơn vị cấp dưới") }},
		{"POST /viec/{id}/bao-cao", func() pageResp {
			return ward.postMultipart("/viec/"+id+"/bao-cao", url.Values{"version": {"5"}, "done": {"on"}, "as_of": {"09/01/2020"}, "results": {"Đã ban hành kế hoạch"}})
		}, func(p pageResp) { p.redirectsTo(t, "done", "/viec/"+id+"?ok=report-done") }},
		{"POST /viec/{id}/tra-lai", func() pageResp {
			return office.post("/viec/"+id+"/tra-lai", url.Values{"version": {"6"}, "reason": {"Thiếu danh sách hộ"}})
		}, func(p pageResp) { p.redirectsTo(t, "return", "/viec/"+id+"?ok=returned") }},
		{"POST /viec/{id}/bao-cao", func() pageResp {
			return ward.postMultipart("/viec/"+id+"/bao-cao", url.Values{"version": {"7"}, "done": {"on"}, "results": {"Đã bổ sung danh sách"}})
		}, func(p pageResp) { p.redirectsTo(t, "done again", "/viec/"+id+"?ok=report-done") }},
		{"POST /viec/{id}/xac-nhan", func() pageResp {
			return office.post("/viec/"+id+"/xac-nhan", url.Values{"version": {"8"}})
		}, func(p pageResp) { p.redirectsTo(t, "confirm", "/viec/"+id+"?ok=confirmed") }},
		{"POST /viec/{id}/y-kien", func() pageResp {
			return ward.post("/viec/"+id+"/y-kien", url.Values{"body": {"Cảm ơn @office đã xác nhận"}})
		}, func(p pageResp) { p.redirectsTo(t, "comment", "/viec/"+id+"?ok=commented#comment-form") }},
		{"GET /viec/{id}", func() pageResp { return office.get("/viec/" + id + "?ok=confirmed") }, func(p pageResp) {
			p.want(t, "done page", 200, "Hoàn thành đúng hạn", "Đã xác nhận hoàn thành.", "bien-ban.txt",
				"Đồng ý gia hạn đến 15/02/2020", "Văn phòng trả lại", "Văn phòng xác nhận hoàn thành", "Sửa nhiệm vụ")
		}},
		{"POST /viec/{id}/phan-cong", func() pageResp {
			t2 := e.task("Tổng hợp báo cáo quý", "HBT-UBND", vn.NewDate(2020, 3, 31))
			return office.post(fmt.Sprintf("/viec/%d/phan-cong", t2.ID), url.Values{"version": {"1"}, "org_id": {org(e, "HBT-VP")}, "due": {"20/03/2020"}})
		}, func(p pageResp) {
			if p.status != http.StatusSeeOther || !strings.HasSuffix(p.header.Get("Location"), "?ok=delegated") {
				t.Fatalf("delegate: %d %s\n%s", p.status, p.header.Get("Location"), shorten(p.body))
			}
		}},
		{"GET /van-ban", func() pageResp { return ward.get("/van-ban?q=ke+hoach") }, func(p pageResp) {
			p.want(t, "documents", 200, "245/KH-UBND")
		}},
		{"GET /van-ban/{id}", func() pageResp { return office.get("/van-ban/" + docID) }, func(p pageResp) {
			p.want(t, "document", 200, "Kế hoạch số 245/KH-UBND", "Rà soát biển quảng cáo", "số 245 · loại KH · cơ quan UBND")
		}},
		{"GET /xep-loai", func() pageResp { return office.get("/xep-loai?ky=2020-01&bo=hn3814") }, func(p pageResp) {
			p.want(t, "grades", 200, "Đánh giá, xếp loại · Tháng 1/2020", "Quy định 3814-QĐ/TU", `action="/xep-loai/danh-dau"`)
		}},
		{"POST /xep-loai/diem", func() pageResp {
			return office.post("/xep-loai/diem", url.Values{"period": {"2020-01"}, "subject_kind": {"org"},
				"subject_id": {org(e, "HBT-PHOHUE")}, "general": {"27,5"}, "back": {"/xep-loai?ky=2020-01"}})
		}, func(p pageResp) { p.redirectsTo(t, "points", "/xep-loai?ky=2020-01&ok=points") }},
		{"GET /chot-so-lieu", func() pageResp { return office.get("/chot-so-lieu?ky=2019-12&don-vi=HBT") }, func(p pageResp) {
			p.want(t, "closing", 200, "Chốt số liệu · Tháng 12/2019", "Kỳ này chưa chốt số liệu", `id="close-form"`)
		}},
		{"POST /chot-so-lieu", func() pageResp {
			return office.post("/chot-so-lieu", url.Values{"ky": {"2019-12"}, "don-vi": {"HBT"}})
		}, func(p pageResp) { p.redirectsTo(t, "close", "/chot-so-lieu?don-vi=HBT&ky=2019-12&ok=closed") }},
		{"POST /chot-so-lieu/{id}/mo-lai", func() pageResp {
			st, err := e.svc.ClosingStatus(e.as("leader"), service.ClosingRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2019, Index: 12},
				OrgID: ptrID(e.org["HBT"])})
			if err != nil || st.InForce == nil {
				t.Fatalf("closing status %+v %v", st, err)
			}
			return leader.post("/chot-so-lieu/"+strconv.FormatInt(st.InForce.ID, 10)+"/mo-lai",
				url.Values{"version": {"1"}, "reason": {"Bổ sung số liệu"}, "don-vi": {"HBT"}})
		}, func(p pageResp) { p.redirectsTo(t, "reopen", "/chot-so-lieu?don-vi=HBT&ky=2019-12&ok=reopened") }},
		{"POST /xep-loai/danh-dau", func() pageResp {
			return office.post("/xep-loai/danh-dau", url.Values{"task_id": {id}, "errors": {"1"}, "back": {"/xep-loai?ky=2020-01"}})
		}, func(p pageResp) { p.redirectsTo(t, "mark", "/xep-loai?ky=2020-01&ok=mark") }},
		{"GET /dieu-hanh", func() pageResp { return office.get("/dieu-hanh?ky=2020-01") }, func(p pageResp) {
			p.want(t, "dashboard", 200, "Bảng điều hành · Tháng 1/2020", `id="matrix"`, "Tổng cộng", "/dieu-hanh/nhiem-vu?")
		}},
		{"GET /dieu-hanh/nhiem-vu", func() pageResp { return office.get("/dieu-hanh/nhiem-vu?period=2020-01&timeliness=in_progress") }, func(p pageResp) {
			p.want(t, "dashboard tasks", 200, "Nhiệm vụ của số liệu thống kê", `id="total"`, "Về bảng điều hành")
		}},
		{"GET /nhap-tu-van-ban", func() pageResp { return office.get("/nhap-tu-van-ban") }, func(p pageResp) {
			p.want(t, "intake", 200, `enctype="multipart/form-data"`, `name="text"`, `name="file"`, `href="/nhap-tu-van-ban" aria-current="page"`)
		}},
		{"POST /nhap-tu-van-ban", func() pageResp {
			return office.postMultipart("/nhap-tu-van-ban", url.Values{"text": {intakeText}})
		}, func(p pageResp) {
			if p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/nhap-tu-van-ban/") {
				t.Fatalf("propose: %d %s\n%s", p.status, p.header.Get("Location"), shorten(p.body))
			}
			proposal = strings.TrimPrefix(p.header.Get("Location"), "/nhap-tu-van-ban/")
		}},
		{"GET /nhap-tu-van-ban/{id}", func() pageResp { return office.get("/nhap-tu-van-ban/" + proposal) }, func(p pageResp) {
			p.want(t, "review", 200, "Rà soát nhiệm vụ đề xuất", `name="d1.lead"`, "Nhiều đơn vị", `value="12/TB-UBND"`)
		}},
		{"POST /nhap-tu-van-ban/{id}", func() pageResp {
			return office.post("/nhap-tu-van-ban/"+proposal, url.Values{"version": {"1"}, "n": {"1"}, "action": {"commit"},
				"doc_number": {"12/TB-UBND"}, "doc_date": {"08/01/2020"}, "doc_summary": {"Thông báo kết luận"},
				"d1.content": {"Hoàn thiện quy chế PCCC"}, "d1.lead": {org(e, "HBT-TRUONGDINH")}, "d1.deadline": {"trong quý I/2020"}})
		}, func(p pageResp) { p.redirectsTo(t, "commit", "/nhap-tu-van-ban/"+proposal+"?ok=intake-committed-one") }},
		{"GET /don-vi", func() pageResp { return ward.get("/don-vi") }, func(p pageResp) {
			p.want(t, "orgs", 200, "UBND phường Phố Huế", "HBT-PHOHUE")
		}},
		{"GET /tai-khoan", func() pageResp { return admin.get("/tai-khoan") }, func(p pageResp) {
			p.want(t, "accounts", 200, "phohue", "Cán bộ — UBND phường Phố Huế")
		}},
		{"POST /tai-khoan", func() pageResp {
			return admin.post("/tai-khoan", url.Values{"login": {"canbo.moi"}, "password": {"mat-khau-dai"}, "role": {"officer"},
				"org": {org(e, "HBT-TRUONGDINH")}, "locale": {"en"}})
		}, func(p pageResp) { p.redirectsTo(t, "new account", "/tai-khoan?ok=1") }},
		{"POST /ngon-ngu", func() pageResp {
			return ward.post("/ngon-ngu", url.Values{"locale": {"en"}, "tiep": {"/viec"}})
		}, func(p pageResp) { p.redirectsTo(t, "locale", "/viec") }},
		{"POST /dang-xuat", func() pageResp { return ward.post("/dang-xuat", nil) }, func(p pageResp) {
			p.redirectsTo(t, "logout", "/dang-nhap")
		}},
	}
	for _, st := range meetingPageSteps(t, e) {
		steps = append(steps, step(st))
	}
	for _, st := range notifyPageSteps(t, e) {
		steps = append(steps, step(st))
	}
	for _, st := range adminPageSteps(t, e) {
		steps = append(steps, step(st))
	}
	for _, st := range totpPageSteps(t, e) {
		steps = append(steps, step(st))
	}
	for _, st := range securityPageSteps(t, e) {
		steps = append(steps, step(st))
	}
	for _, st := range pickerPageSteps(t, e) {
		steps = append(steps, step(st))
	}
	for _, st := range rulesPageSteps(t, e) {
		steps = append(steps, step(st))
	}
	for _, st := range placePageSteps(t, e) {
		steps = append(steps, step(st))
	}
	for _, st := range casePageSteps(t, e) {
		steps = append(steps, step(st))
	}
	covered := map[string]bool{}
	for _, st := range steps {
		st.check(st.run())
		covered[st.route] = true
	}
	for _, rt := range e.srv.routes() {
		if key := rt.Method + " " + rt.Path; rt.Access >= httpx.PagePublic && !covered[key] {
			t.Errorf("page route %s has no scenario", key)
		}
	}
	// After the language change and sign-out: the ward's old cookie is dead.
	ward.get("/viec").redirectsTo(t, "after logout", "/dang-nhap?tiep=%2Fviec")
}

// org is an organisation's id as a form value.
func org(e *env, code string) string { return strconv.FormatInt(e.org[code], 10) }

// document registers a document as the office and returns its id.
func (e *env) document(number string) int64 {
	e.t.Helper()
	r := e.do("POST", "/api/v1/documents", "office", fmt.Sprintf(`{"number_symbol":%q,"date":"2019-12-20","summary":"Kế hoạch phòng cháy chữa cháy","issuer_id":%d}`,
		number, e.org["HBT-UBND"]))
	if r.status != http.StatusCreated {
		e.t.Fatalf("document: %d %s", r.status, r.body)
	}
	id, _ := strconv.ParseInt(jsonPath(e.t, r.json(e.t), "id"), 10, 64)
	return id
}

func TestPageSecurityHeaders(t *testing.T) {
	e := newEnv(t)
	p := e.browse("office").get("/viec")
	for k, v := range map[string]string{
		"Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff", "Referrer-Policy": "same-origin", "Cache-Control": "no-store",
		"Content-Type": "text/html; charset=utf-8",
	} {
		if got := p.header.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	// No inline script anywhere: the CSP would block it, so pages must not need it.
	for _, path := range []string{"/viec", "/viec/moi", "/van-ban", "/don-vi", "/tai-khoan"} {
		body := e.browse("admin").get(path).body
		for _, bad := range []string{"<script>", "onclick=", "onchange=", "style=\"", "javascript:"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s contains %q", path, bad)
			}
		}
	}
}

func TestTypedTextIsEscaped(t *testing.T) {
	e := newEnv(t)
	xss := `<script>alert(1)</script>`
	task := e.task(xss, "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	for _, path := range []string{fmt.Sprintf("/viec/%d", task.ID), "/viec", fmt.Sprintf("/viec/%d/sua", task.ID)} {
		p := e.browse("office").get(path)
		p.want(t, path, 200, "&lt;script&gt;alert(1)&lt;/script&gt;")
		p.lacks(t, path, xss)
	}
	// Typed back into a form with an error, it is still text.
	p := e.browse("office").post("/viec/moi", url.Values{"title": {xss}})
	p.want(t, "form error", 422, "&lt;script&gt;alert(1)&lt;/script&gt;")
	p.lacks(t, "form error", xss)
}

func TestOutOfScopeTaskIs404(t *testing.T) {
	e := newEnv(t)
	task := e.task("Việc riêng của phường Trương Định", "HBT-TRUONGDINH", vn.NewDate(2020, 1, 31))
	path := fmt.Sprintf("/viec/%d", task.ID)
	for _, p := range []pageResp{e.browse("phohue").get(path), e.browse("phohue").get(path + "/sua"),
		e.browse("phohue").post(path+"/xac-nhan", url.Values{"version": {"1"}}), e.browse("office").get("/viec/987654")} {
		p.want(t, "out of scope", 404, "Không tìm thấy")
		p.lacks(t, "out of scope", "Việc riêng")
	}
	p := e.browse("phohue").get("/viec")
	p.lacks(t, "list", "Việc riêng")
	// Seen but not allowed: 403 pages.
	e.browse("viewer").get(path+"/sua").want(t, "viewer edit", 403, "Không có quyền")
	e.browse("phohue").get("/tai-khoan").want(t, "accounts", 403, "Không có quyền")
	e.browse("phohue").get("/viec/moi").want(t, "new task", 403, "Không có quyền")
	e.browse("truongdinh").post(path+"/xac-nhan", url.Values{"version": {"1"}}).want(t, "officer confirms", 403)
}

func TestUnknownPaths(t *testing.T) {
	e := newEnv(t)
	e.browse("office").get("/khong-co").want(t, "unknown page", 404, "Không tìm thấy", "Về trang việc của đơn vị")
	e.browse("").get("/khong-co").want(t, "unknown page, visitor", 404)
	r := e.do("GET", "/api/v1/khong-co", "office", nil)
	check(t, "unknown API path", r, 404, `"code":"not_found"`)
	e.browse("").get("/static/khong-co.js").want(t, "missing asset", 404)
	e.browse("").get("/static/vendor").want(t, "asset directory", 404)
}

func TestFilters(t *testing.T) {
	e := newEnv(t)
	e.task("Chỉnh trang vỉa hè phố Huế", "HBT-PHOHUE", vn.NewDate(2020, 1, 5)) // overdue on 10/01
	e.task("Kiểm tra an toàn chung cư cũ", "HBT-PHOHUE", vn.NewDate(2020, 2, 28))
	e.task("Dẹp chợ cóc Trương Định", "HBT-TRUONGDINH", vn.NewDate(2020, 1, 3))
	office := e.browse("office")
	cases := []struct {
		path       string
		want, lack []string
	}{
		{"/viec?q=via+he", []string{"Chỉnh trang vỉa hè", "1 nhiệm vụ"}, []string{"chung cư"}},
		{"/viec?q=" + url.QueryEscape("VỈA HÈ"), []string{"Chỉnh trang vỉa hè"}, nil},
		{"/viec?tinh-hinh=overdue", []string{"vỉa hè", "Chợ cóc", "quá 5 ngày"}, []string{"chung cư"}},
		{"/viec?don-vi=" + org(e, "HBT-TRUONGDINH"), []string{"Chợ cóc"}, []string{"vỉa hè"}},
		{"/viec?han-tu=01/02/2020&han-den=29/02/2020", []string{"chung cư"}, []string{"vỉa hè", "Chợ cóc"}},
		{"/viec?han-tu=31/02/2020", []string{`aria-invalid="true"`, "Ngày không hợp lệ", "3 nhiệm vụ"}, nil},
		{"/viec/qua-han", []string{"Nhiệm vụ quá hạn", "2 nhiệm vụ"}, []string{"chung cư"}},
		{"/viec?trang-thai=completed", []string{"0 nhiệm vụ"}, nil},
		{"/viec?trang-thai=bogus&loai=bogus", []string{"Trạng thái không hợp lệ", "Loại không hợp lệ", "3 nhiệm vụ"}, nil},
	}
	for _, c := range cases {
		p := office.get(strings.ReplaceAll(c.path, "Chợ cóc", "chợ cóc"))
		for i := range c.want {
			c.want[i] = strings.ReplaceAll(c.want[i], "Chợ cóc", "chợ cóc")
		}
		p.want(t, c.path, 200, c.want...)
		for _, l := range c.lack {
			p.lacks(t, c.path, strings.ReplaceAll(l, "Chợ cóc", "chợ cóc"))
		}
	}
	// The overdue list is oldest first: Trương Định (due 03/01) before phố Huế (05/01).
	body := office.get("/viec/qua-han").body
	if strings.Index(body, "chợ cóc") > strings.Index(body, "vỉa hè") {
		t.Error("overdue list is not oldest first")
	}
	// The ward sees only its own tasks and counts.
	e.browse("phohue").get("/viec").want(t, "ward", 200, "2 nhiệm vụ", `data-count="tab.overdue">Quá hạn <span class="count">1</span>`)
}

func TestPagination(t *testing.T) {
	e := newEnv(t)
	for i := 0; i < ui.PerPage+3; i++ {
		e.task(fmt.Sprintf("Nhiệm vụ thứ %d", i), "HBT-PHOHUE", vn.NewDate(2020, 2, 1).AddDays(i))
	}
	office := e.browse("office")
	p1 := office.get("/viec?q=nhiem+vu")
	p1.want(t, "page 1", 200, "28 nhiệm vụ · đang xem 1–25", "Trang 1/2", `rel="next"`)
	p2 := office.get("/viec?q=nhiem+vu&trang=2")
	p2.want(t, "page 2", 200, "đang xem 26–28", "Trang 2/2", `rel="prev"`)
	p2.lacks(t, "page 2", `rel="next"`)
}

func TestSessions(t *testing.T) {
	e := newEnv(t)
	visitor := e.browse("")
	// Wrong password: 401, the login kept, the password not.
	p := visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"sai-roi-nhe"}})
	p.want(t, "bad password", 401, "Sai tên đăng nhập hoặc mật khẩu", `value="phohue"`)
	p.lacks(t, "bad password", "sai-roi-nhe")
	// Good: a session cookie, HttpOnly, SameSite=Lax, not Secure over plain HTTP.
	p = visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"matkhau-123"}, "tiep": {"//evil.example/"}})
	p.redirectsTo(t, "login", "/") // the inbox: what to do today
	sc := p.header.Get("Set-Cookie")
	for _, w := range []string{httpx.SessionCookie + "=", "HttpOnly", "SameSite=Lax", "Path=/"} {
		if !strings.Contains(sc, w) {
			t.Errorf("cookie %q lacks %s", sc, w)
		}
	}
	if strings.Contains(sc, "Secure") {
		t.Errorf("cookie %q is Secure over plain HTTP", sc)
	}
	// Visitors are sent to the login page with the way back; htmx gets HX-Redirect.
	visitor.get("/viec/5?x=1").redirectsTo(t, "visitor", "/dang-nhap?tiep=%2Fviec%2F5%3Fx%3D1")
	visitor.hx = true
	p = visitor.get("/viec")
	if p.status != http.StatusNoContent || p.header.Get("HX-Redirect") != "/dang-nhap?tiep=%2Fviec" {
		t.Errorf("htmx visitor: %d %q", p.status, p.header.Get("HX-Redirect"))
	}
	// Idle for longer than 30 minutes: signed out.
	ward := e.browse("phohue")
	ward.get("/viec").want(t, "fresh", 200)
	e.clock.T = e.clock.T.Add(31 * time.Minute)
	ward.get("/viec").redirectsTo(t, "idle", "/dang-nhap?tiep=%2Fviec")
	// A cookie-authenticated write from another site is refused, pages and API alike.
	office := e.browse("office")
	task := e.task("Việc cần xác nhận", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	office.site = "cross-site"
	office.post(fmt.Sprintf("/viec/%d/tra-lai", task.ID), url.Values{"reason": {"x"}}).want(t, "cross-site page", 403)
	office.send("POST", fmt.Sprintf("/api/v1/tasks/%d/withdraw", task.ID), "application/json",
		strings.NewReader(`{"reason":"x"}`)).want(t, "cross-site API", 403)
	visitor.hx = false
	visitor.site = "cross-site"
	visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"matkhau-123"}}).want(t, "cross-site login", 403)
	// The same cookie reads the API (attachments are linked from pages).
	office.send("GET", "/api/v1/me", "", nil).want(t, "cookie on the API", 200, `"login":"office"`)
}

func TestLocaleEnglish(t *testing.T) {
	e := newEnv(t)
	b := e.browse("phohue")
	b.post("/ngon-ngu", url.Values{"locale": {"en"}, "tiep": {"/viec"}}).redirectsTo(t, "set", "/viec")
	p := b.get("/viec")
	p.want(t, "english", 200, `<html lang="en">`, "My unit&#39;s tasks", "Lead organisation", "Sign out")
	b.post("/ngon-ngu", url.Values{"locale": {"fr"}}).want(t, "bad locale", 422, "Ngôn ngữ phải là vi hoặc en")
}
