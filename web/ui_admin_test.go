package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// addAccount creates an account with one grant (org "" for the whole
// tree) and an API token named "test", as the fixture's accounts have.
func (e *env) addAccount(login string, role tiendo.Role, org string) int64 {
	e.t.Helper()
	g := tiendo.Grant{Role: role}
	if org != "" {
		id := e.org[org]
		g.OrgID = &id
	}
	acc, err := e.svc.CreateAccount(e.sys(), service.AccountInput{Login: login, Password: "matkhau-123", Grants: []tiendo.Grant{g}})
	if err != nil {
		e.t.Fatalf("account %s: %v", login, err)
	}
	if e.token[login], err = e.svc.CreateToken(e.sys(), login, "test"); err != nil {
		e.t.Fatal(err)
	}
	return acc.ID
}

// accountID is the id of a fixture account.
func (e *env) accountID(login string) int64 {
	e.t.Helper()
	accs, err := e.svc.ListAccounts(e.sys())
	if err != nil {
		e.t.Fatal(err)
	}
	for _, a := range accs {
		if a.Login == login {
			return a.ID
		}
	}
	e.t.Fatalf("no account %s", login)
	return 0
}

func idStr(id int64) string { return strconv.FormatInt(id, 10) }

// adminAPISteps exercise the account administration routes for
// TestRoutesOK, on an account of their own.
func adminAPISteps(e *env) []step {
	p := "/api/v1/accounts/" + idStr(e.addAccount("canbo.api", tiendo.RoleOfficer, "HBT-TRUONGDINH"))
	return []step{
		{route: "GET /api/v1/accounts/{id}", path: p, login: "admin", status: 200,
			want: []string{`"login":"canbo.api"`, `"version":1`}, absent: []string{"argon2", "password"}},
		{route: "PATCH /api/v1/accounts/{id}", path: p, login: "admin", status: 200,
			body: `{"version":1,"locale":"en","grants":[{"role":"viewer","org_id":{HBT}}]}`,
			want: []string{`"locale":"en"`, `"role":"viewer","org_id":{HBT}`, `"version":2`}},
		{route: "GET /api/v1/accounts/{id}/tokens", path: p + "/tokens", login: "admin", status: 200,
			want: []string{`"name":"test"`}, absent: []string{"hash"}, save: map[string]string{"apitoken": "items.0.id"}},
		{route: "GET /api/v1/me", path: "/api/v1/me", login: "canbo.api", status: 200, want: []string{`"login":"canbo.api"`}},
		{route: "DELETE /api/v1/accounts/{id}/tokens/{tid}", path: p + "/tokens/{apitoken}", login: "admin", status: 200,
			want: []string{`"items":[]`}},
		{route: "GET /api/v1/me", path: "/api/v1/me", login: "canbo.api", status: 401},
		// A password reset and a disable revoke tokens too (service tests).
		{route: "POST /api/v1/accounts/{id}/password", path: p + "/password", login: "admin", status: 200,
			body: `{"password":"mat-khau-moi-9"}`, want: []string{`"version":3`}, absent: []string{"mat-khau", "argon2"}},
		{route: "POST /api/v1/accounts/{id}/disable", path: p + "/disable", login: "admin", status: 200,
			body: `{"version":3}`, want: []string{`"disabled":true`, `"version":4`}},
		{route: "POST /api/v1/accounts/{id}/enable", path: p + "/enable", login: "admin", status: 200,
			body: `{"version":4}`, want: []string{`"disabled":false`}},
		{route: "GET /api/v1/me", path: "/api/v1/me", login: "canbo.api", status: 401},
	}
}

// adminPageSteps exercise the administration pages and the postpone,
// resume and withdraw forms for TestPageRoutesOK.
func adminPageSteps(t *testing.T, e *env) []pageStep {
	admin, office := e.browse("admin"), e.browse("office")
	id := e.addAccount("canbo.web", tiendo.RoleOfficer, "HBT-PHOHUE")
	acc := "/tai-khoan/" + idStr(id)
	tokens, err := e.svc.AccountTokens(e.sys(), id)
	if err != nil || len(tokens) != 1 {
		t.Fatalf("tokens: %v %v", tokens, err)
	}
	var task, newOrg string // set once they exist: other steps count the tasks before these run
	orgForm := func(version, name string) url.Values {
		return url.Values{"version": {version}, "code": {"HBT-LEDAIHANH"}, "name": {name}, "kind": {"peoples_committee"},
			"level": {"commune"}, "parent_id": {org(e, "HBT")}, "valid_from": {"01/01/2020"}}
	}
	return []pageStep{
		{"GET /tai-khoan/{id}", func() pageResp { return admin.get(acc) }, func(p pageResp) {
			p.want(t, "account page", 200, "Tài khoản canbo.web", "Cán bộ — UBND phường Phố Huế", `action="`+acc+`/khoa"`,
				`<td data-label="Tên">test</td>`, `action="`+acc+`/ma-truy-cap/`+idStr(tokens[0].ID)+`/thu-hoi"`)
		}},
		{"POST /tai-khoan/{id}", func() pageResp {
			return admin.post(acc, url.Values{"version": {"1"}, "role": {"officer", "viewer", ""},
				"org": {org(e, "HBT-PHOHUE"), org(e, "HBT"), ""}, "locale": {"en"}})
		}, func(p pageResp) { p.redirectsTo(t, "edit account", acc+"?ok=account-saved") }},
		{"POST /tai-khoan/{id}/ma-truy-cap/{tid}/thu-hoi", func() pageResp {
			return admin.post(acc+"/ma-truy-cap/"+idStr(tokens[0].ID)+"/thu-hoi", nil)
		}, func(p pageResp) { p.redirectsTo(t, "revoke", acc+"?ok=token-revoked") }},
		{"POST /tai-khoan/{id}/mat-khau", func() pageResp {
			return admin.post(acc+"/mat-khau", url.Values{"password": {"mat-khau-moi-9"}})
		}, func(p pageResp) { p.redirectsTo(t, "password", acc+"?ok=password") }},
		{"POST /tai-khoan/{id}/khoa", func() pageResp { return admin.post(acc+"/khoa", url.Values{"version": {"3"}}) },
			func(p pageResp) { p.redirectsTo(t, "disable", acc+"?ok=account-disabled") }},
		{"POST /tai-khoan/{id}/mo-khoa", func() pageResp { return admin.post(acc+"/mo-khoa", url.Values{"version": {"4"}}) },
			func(p pageResp) { p.redirectsTo(t, "enable", acc+"?ok=account-enabled") }},
		{"GET /don-vi/moi", func() pageResp { return admin.get("/don-vi/moi?cap-tren=" + org(e, "HBT")) }, func(p pageResp) {
			p.want(t, "new org", 200, `<option value="`+org(e, "HBT")+`" selected>`, `name="code"`, `name="member_ids-q"`)
		}},
		{"POST /don-vi/moi", func() pageResp { return admin.post("/don-vi/moi", orgForm("", "UBND phường Lê Đại Hành")) }, func(p pageResp) {
			loc := p.header.Get("Location")
			if p.status != http.StatusSeeOther || !strings.HasPrefix(loc, "/don-vi?ok=org-created#org-") {
				t.Fatalf("create org: %d %q\n%s", p.status, loc, shorten(p.body))
			}
			newOrg = strings.TrimPrefix(loc, "/don-vi?ok=org-created#org-")
		}},
		{"GET /don-vi/{id}/sua", func() pageResp { return admin.get("/don-vi/" + newOrg + "/sua") }, func(p pageResp) {
			p.want(t, "edit org", 200, `value="HBT-LEDAIHANH"`, `value="01/01/2020"`, `action="/don-vi/`+newOrg+`/giai-the"`)
		}},
		{"POST /don-vi/{id}/sua", func() pageResp {
			return admin.post("/don-vi/"+newOrg+"/sua", orgForm("1", "UBND phường Lê Đại Hành (sửa)"))
		}, func(p pageResp) { p.redirectsTo(t, "edit org", "/don-vi?ok=org-saved#org-"+newOrg) }},
		{"POST /don-vi/{id}/giai-the", func() pageResp {
			return admin.post("/don-vi/"+newOrg+"/giai-the", url.Values{"version": {"2"}, "successor": {org(e, "HBT-PHOHUE")}, "on": {"10/01/2020"}})
		}, func(p pageResp) { p.redirectsTo(t, "dissolve", "/don-vi?ok=org-dissolved&chuyen=0#org-"+newOrg) }},
		{"POST /viec/{id}/tam-dung", func() pageResp {
			task = "/viec/" + idStr(e.task("Lắp camera ngã tư Đại Cồ Việt", "HBT-PHOHUE", vn.NewDate(2020, 1, 31)).ID)
			return office.post(task+"/tam-dung", url.Values{"version": {"1"}, "reason": {"Chờ bố trí kinh phí"}})
		}, func(p pageResp) { p.redirectsTo(t, "postpone", task+"?ok=postponed") }},
		{"POST /viec/{id}/tiep-tuc", func() pageResp { return office.post(task+"/tiep-tuc", url.Values{"version": {"2"}}) },
			func(p pageResp) { p.redirectsTo(t, "resume", task+"?ok=resumed") }},
		{"POST /viec/{id}/thu-hoi", func() pageResp {
			return office.post(task+"/thu-hoi", url.Values{"version": {"3"}, "reason": {"Trùng với nhiệm vụ khác"}})
		}, func(p pageResp) { p.redirectsTo(t, "withdraw", task+"?ok=withdrawn") }},
	}
}

// An administrator of one ward manages that ward's accounts and no
// others; other accounts get 403 pages, and nobody disables themselves.
func TestAccountPagesScope(t *testing.T) {
	e := newEnv(t)
	e.addAccount("admin.ph", tiendo.RoleAdmin, "HBT-PHOHUE")
	ph, phohue := e.browse("admin.ph"), idStr(e.accountID("phohue"))
	truongdinh := "/tai-khoan/" + idStr(e.accountID("truongdinh"))
	list := ph.get("/tai-khoan")
	list.want(t, "ward admin's list", 200, `href="/tai-khoan/`+phohue+`">phohue</a>`)
	list.lacks(t, "ward admin's list", "truongdinh")
	ph.get(truongdinh).want(t, "another ward's account", 404, "Không tìm thấy")
	ph.post(truongdinh+"/khoa", url.Values{"version": {"1"}}).want(t, "disable another ward's account", 404)
	ph.post(truongdinh+"/mat-khau", url.Values{"password": {"mat-khau-moi-9"}}).want(t, "password of another ward's account", 404)
	if _, err := e.svc.Login(context.Background(), "truongdinh", "matkhau-123"); err != nil {
		t.Fatalf("the other ward's account changed: %v", err)
	}
	ph.post("/tai-khoan/"+phohue, url.Values{"version": {"1"}, "role": {"officer"}, "org": {org(e, "HBT-TRUONGDINH")}, "locale": {"vi"}}).
		want(t, "grant beyond the ward", 403, "Không có quyền")
	p := ph.post("/tai-khoan/"+phohue, url.Values{"version": {"1"}, "role": {"leader"}, "org": {""}, "locale": {"en"}})
	p.want(t, "grant the whole tree", 422, "Chỉ quản trị toàn hệ thống mới cấp quyền toàn hệ thống",
		`<option value="leader" selected>`, `<option value="en" selected>English</option>`)
	for _, login := range []string{"phohue", "office"} {
		e.browse(login).get("/tai-khoan/"+phohue).want(t, login+" reads an account", 403, "Không có quyền")
		e.browse(login).post("/tai-khoan/"+phohue+"/khoa", url.Values{"version": {"1"}}).want(t, login+" disables", 403)
	}
	self := "/tai-khoan/" + idStr(e.accountID("admin.ph"))
	own := ph.get(self)
	own.want(t, "own account", 200, "Không thể tự khóa tài khoản của chính mình")
	own.lacks(t, "own account", `action="`+self+`/khoa"`)
	ph.post(self+"/khoa", url.Values{"version": {"1"}}).want(t, "disable oneself", 422,
		`<p class="form-error" role="alert">Dữ liệu không hợp lệ: Không thể tự khóa tài khoản của chính mình</p>`)
	ph.post(self, url.Values{"version": {"1"}, "role": {"officer"}, "org": {org(e, "HBT-PHOHUE")}, "locale": {"vi"}}).
		want(t, "drop one's own admin grant", 422, "Không thể tự bỏ quyền quản trị")
}

// The account forms show their errors beside the fields, keep what was
// typed (never a password) and answer a stale form with 409.
func TestAccountFormErrors(t *testing.T) {
	e := newEnv(t)
	admin, acc := e.browse("admin"), "/tai-khoan/"+idStr(e.accountID("phohue"))
	cases := []struct {
		name   string
		do     func() pageResp
		status int
		want   []string
		lack   []string
	}{
		{"no role", func() pageResp {
			return admin.post(acc, url.Values{"version": {"1"}, "role": {""}, "org": {""}, "locale": {"vi"}})
		}, 422, []string{"Tài khoản cần ít nhất một vai trò", `aria-invalid="true"`}, nil},
		{"unknown person", func() pageResp {
			return admin.post(acc, url.Values{"version": {"1"}, "role": {"officer"}, "org": {org(e, "HBT-PHOHUE")}, "locale": {"vi"}, "person_id": {"4242"}})
		}, 422, []string{"Người này không tồn tại", `aria-describedby="person_id-error"`}, nil},
		{"bad locale", func() pageResp {
			return admin.post(acc, url.Values{"version": {"1"}, "role": {"officer"}, "org": {org(e, "HBT-PHOHUE")}, "locale": {"fr"}})
		}, 422, []string{"Ngôn ngữ phải là vi hoặc en"}, nil},
		{"stale version", func() pageResp {
			return admin.post(acc, url.Values{"version": {"7"}, "role": {"viewer"}, "org": {org(e, "HBT")}, "locale": {"en"}})
		}, 409, []string{"Dữ liệu đã được người khác cập nhật", `<option value="viewer" selected>`, "Cán bộ — UBND phường Phố Huế"}, nil},
		{"short password", func() pageResp {
			return admin.post(acc+"/mat-khau", url.Values{"password": {"ngan1"}})
		}, 422, []string{"Mật khẩu cần ít nhất 8 ký tự", `id="new-password" name="password" value=""`}, []string{"ngan1"}},
		{"enable an account in use", func() pageResp {
			return admin.post(acc+"/mo-khoa", url.Values{"version": {"1"}})
		}, 409, []string{"đã ở trạng thái này"}, nil},
		{"revoke an unknown token", func() pageResp { return admin.post(acc+"/ma-truy-cap/4242/thu-hoi", nil) }, 404, nil, nil},
	}
	for _, c := range cases {
		p := c.do()
		p.want(t, c.name, c.status, c.want...)
		p.lacks(t, c.name, c.lack...)
	}
	if _, err := e.svc.Login(context.Background(), "phohue", "matkhau-123"); err != nil {
		t.Fatalf("the account changed: %v", err)
	}
	// A token's name is text, whatever it holds.
	if _, err := e.svc.CreateToken(e.sys(), "phohue", "<script>alert(1)</script>"); err != nil {
		t.Fatal(err)
	}
	p := admin.get(acc)
	p.want(t, "token names", 200, "&lt;script&gt;alert(1)&lt;/script&gt;")
	p.lacks(t, "token names", "<script>alert(1)</script>")
}

// A disabled account is out at once: its open session, its password and
// its API token; enabled again, it signs in, but the token stays revoked.
func TestDisabledAccountIsOut(t *testing.T) {
	e := newEnv(t)
	admin, ward, visitor := e.browse("admin"), e.browse("phohue"), e.browse("")
	acc := "/tai-khoan/" + idStr(e.accountID("phohue"))
	ward.get("/viec").want(t, "before", 200)
	admin.post(acc+"/khoa", url.Values{"version": {"1"}}).redirectsTo(t, "disable", acc+"?ok=account-disabled")
	admin.get(acc+"?ok=account-disabled").want(t, "disabled page", 200, "Đã khóa tài khoản; mọi phiên đăng nhập đã kết thúc.",
		`id="account-state">Đã khóa`, `action="`+acc+`/mo-khoa"`)
	ward.get("/viec").redirectsTo(t, "open session", "/dang-nhap?tiep=%2Fviec")
	visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"matkhau-123"}}).want(t, "sign in", 401, "Sai tên đăng nhập hoặc mật khẩu")
	check(t, "token", e.do("GET", "/api/v1/me", "phohue", nil), 401)
	admin.post(acc+"/mo-khoa", url.Values{"version": {"2"}}).redirectsTo(t, "enable", acc+"?ok=account-enabled")
	visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"matkhau-123"}}).redirectsTo(t, "sign in again", "/")
	check(t, "token again", e.do("GET", "/api/v1/me", "phohue", nil), 401)
	admin.get(acc).want(t, "no tokens left", 200, "Tài khoản chưa có mã truy cập nào.")
}

// The organisation pages: who may create and edit where, form errors, a
// stale edit, and dissolving with the open tasks moving to the successor.
func TestOrgPages(t *testing.T) {
	e := newEnv(t)
	e.addAccount("admin.ph", tiendo.RoleAdmin, "HBT-PHOHUE")
	admin, ph, ward := e.browse("admin"), e.browse("admin.ph"), e.browse("phohue")
	tree := ward.get("/don-vi")
	tree.want(t, "ward's tree", 200, "UBND phường Phố Huế")
	tree.lacks(t, "ward's tree", `/sua"`, `id="new-org"`)
	ward.get("/don-vi/moi").want(t, "ward creates", 403, "Không có quyền")
	ward.get("/don-vi/"+org(e, "HBT-PHOHUE")+"/sua").want(t, "ward edits", 403)
	admin.get("/don-vi/4242/sua").want(t, "unknown org", 404)
	tree = ph.get("/don-vi")
	tree.want(t, "ward admin's tree", 200, `id="edit-org-`+org(e, "HBT-PHOHUE")+`"`, `id="new-org"`)
	tree.lacks(t, "ward admin's tree", `id="edit-org-`+org(e, "HBT-TRUONGDINH")+`"`)
	ph.post("/don-vi/"+org(e, "HBT-TRUONGDINH")+"/sua", url.Values{"version": {"1"}, "code": {"X"}, "name": {"X"},
		"kind": {"department"}, "level": {"commune"}, "parent_id": {org(e, "HBT")}}).want(t, "ward admin edits another ward", 403)

	newOrg := func(vals url.Values) url.Values {
		base := url.Values{"code": {"HBT-TDP1"}, "name": {"Tổ dân phố số 1"}, "abbrev": {"TDP1"}, "kind": {"administrative"},
			"level": {"commune"}, "parent_id": {org(e, "HBT-PHOHUE")}}
		for k, v := range vals {
			base[k] = v
		}
		return base
	}
	cases := []struct {
		name   string
		as     *browser
		vals   url.Values
		status int
		want   []string
	}{
		{"no code or name", admin, newOrg(url.Values{"code": {""}, "name": {""}}), 422,
			[]string{"Mã đơn vị là bắt buộc", "Tên đơn vị là bắt buộc", `value="TDP1"`}},
		{"a code in use", admin, newOrg(url.Values{"code": {"HBT-PHOHUE"}}), 409, []string{`value="HBT-PHOHUE"`, `value="Tổ dân phố số 1"`}},
		{"a bad date", admin, newOrg(url.Values{"valid_from": {"31/02/2020"}}), 422, []string{"Ngày không hợp lệ", `value="31/02/2020"`}},
		{"members of a locality", admin, newOrg(url.Values{"member_ids": {org(e, "HBT-VP")}}), 422, []string{"Chỉ ban chỉ đạo mới có đơn vị thành viên"}},
		{"ward admin under another ward", ph, newOrg(url.Values{"parent_id": {org(e, "HBT-TRUONGDINH")}}), 403, []string{"Không có quyền"}},
	}
	for _, c := range cases {
		c.as.post("/don-vi/moi", c.vals).want(t, c.name, c.status, c.want...)
	}
	p := ph.post("/don-vi/moi", newOrg(nil))
	if p.status != http.StatusSeeOther {
		t.Fatalf("ward admin creates below its ward: %d\n%s", p.status, shorten(p.body))
	}
	tdp := strings.TrimPrefix(p.header.Get("Location"), "/don-vi?ok=org-created#org-")
	ph.get("/don-vi?ok=org-created").want(t, "created", 200, "Đã thêm đơn vị.", `id="edit-org-`+tdp+`"`, "Tổ dân phố số 1")

	// A steering committee with members; the tree names them.
	bcd := url.Values{"code": {"BCD197"}, "name": {"Ban Chỉ đạo 197"}, "kind": {"steering_committee"}, "level": {"district"},
		"parent_id": {org(e, "HBT")}, "member_ids": {org(e, "HBT-PHOHUE"), org(e, "HBT-TRUONGDINH")}}
	if p := admin.post("/don-vi/moi", bcd); p.status != http.StatusSeeOther {
		t.Fatalf("steering committee: %d\n%s", p.status, shorten(p.body))
	}
	admin.get("/don-vi").want(t, "members", 200, "thành viên: UBND phường Phố Huế, UBND phường Trương Định")

	// A stale edit: the page shows the organisation as it now is.
	id, _ := strconv.ParseInt(tdp, 10, 64)
	o, _ := e.svc.GetOrg(e.sys(), id)
	o.Name = "Tổ dân phố 1 (đổi tên)"
	if err := e.svc.UpdateOrg(e.sys(), o); err != nil {
		t.Fatal(err)
	}
	p = ph.post("/don-vi/"+tdp+"/sua", newOrg(url.Values{"version": {"1"}, "name": {"Tên của tôi"}}))
	p.want(t, "stale edit", 409, "Dữ liệu đã được người khác cập nhật", "Sửa đơn vị: Tổ dân phố 1 (đổi tên)", `value="Tên của tôi"`, `name="version" value="2"`)
	ph.post("/don-vi/"+org(e, "HBT-PHOHUE")+"/sua", url.Values{"version": {"1"}, "code": {"HBT-PHOHUE"}, "name": {"UBND phường Phố Huế"},
		"kind": {"peoples_committee"}, "level": {"commune"}, "parent_id": {tdp}}).want(t, "under its own child", 422, "không được là chính nó hoặc đơn vị cấp dưới")

	// Dissolving moves the open tasks; the tree shows the successor.
	e.org["HBT-TDP1"] = id
	task := e.task("Vệ sinh ngõ 12", "HBT-TDP1", vn.NewDate(2020, 2, 28))
	ph.post("/don-vi/"+tdp+"/giai-the", url.Values{"on": {"10/01/2020"}}).want(t, "no successor", 422, "Chọn đơn vị kế thừa")
	ph.post("/don-vi/"+tdp+"/giai-the", url.Values{"version": {"2"}, "successor": {org(e, "HBT-PHOHUE")}, "on": {"10/01/2020"}}).
		redirectsTo(t, "dissolve", "/don-vi?ok=org-dissolved&chuyen=1#org-"+tdp)
	ph.get("/don-vi?ok=org-dissolved&chuyen=1").want(t, "dissolved", 200, "Đã giải thể đơn vị; 1 nhiệm vụ đang mở đã chuyển sang đơn vị kế thừa.",
		"đến 10/01/2020", `kế thừa: <a href="#org-`+org(e, "HBT-PHOHUE")+`">UBND phường Phố Huế</a>`)
	if got, _ := e.svc.GetTask(e.sys(), task.ID); got.LeadOrgID != e.org["HBT-PHOHUE"] {
		t.Fatalf("task lead %d after the dissolution", got.LeadOrgID)
	}
	edit := ph.get("/don-vi/" + tdp + "/sua")
	edit.want(t, "ended org", 200, "Đơn vị đã hết hiệu lực từ ngày 10/01/2020.", "Đơn vị kế thừa: UBND phường Phố Huế.")
	edit.lacks(t, "ended org", `action="/don-vi/`+tdp+`/giai-the"`)
	ph.post("/don-vi/"+tdp+"/giai-the", url.Values{"version": {"3"}, "successor": {org(e, "HBT-PHOHUE")}}).want(t, "dissolve twice", 409,
		`<p class="form-error" role="alert">Đơn vị đã giải thể hoặc đơn vị kế thừa không hợp lệ</p>`)
}

// Postpone, resume and withdraw are offered to the assigning office and
// checked again on submit.
func TestTaskStepForms(t *testing.T) {
	e := newEnv(t)
	task := e.task("Kiểm tra phòng cháy chung cư cũ", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	path := fmt.Sprintf("/viec/%d", task.ID)
	office, ward := e.browse("office"), e.browse("phohue")
	p := office.get(path)
	p.want(t, "office", 200, `id="form-postpone"`, `id="form-withdraw"`)
	p.lacks(t, "office", `id="form-resume"`)
	ward.get(path).lacks(t, "ward", `id="form-postpone"`, `id="form-withdraw"`, `id="form-resume"`)
	ward.post(path+"/tam-dung", url.Values{"version": {"1"}, "reason": {"Tự dừng"}}).want(t, "ward postpones", 403)
	office.post(path+"/tam-dung", url.Values{"version": {"1"}}).want(t, "no reason", 422,
		`id="form-postpone" open`, "Cần nêu lý do tạm dừng", `aria-describedby="postpone-reason-error"`)
	office.post(path+"/tam-dung", url.Values{"version": {"1"}, "reason": {"Chờ kinh phí"}}).redirectsTo(t, "postpone", path+"?ok=postponed")
	p = office.get(path + "?ok=postponed")
	p.want(t, "postponed", 200, "Đã tạm dừng nhiệm vụ.", `id="task-status">Tạm dừng`, `id="form-resume"`, "Chờ kinh phí")
	p.lacks(t, "postponed", `id="form-postpone"`)
	office.post(path+"/thu-hoi", url.Values{"version": {"1"}, "reason": {"Trùng"}}).want(t, "stale withdraw", 409,
		`id="form-withdraw" open`, "Nhiệm vụ đã được người khác cập nhật", `value="2"`)
	office.post(path+"/tiep-tuc", url.Values{"version": {"2"}}).redirectsTo(t, "resume", path+"?ok=resumed")
	office.post(path+"/thu-hoi", url.Values{"version": {"3"}, "reason": {"Trùng nhiệm vụ khác"}}).redirectsTo(t, "withdraw", path+"?ok=withdrawn")
	p = office.get(path)
	p.want(t, "withdrawn", 200, `id="task-status">Đã thu hồi`, "Bạn chỉ có quyền xem nhiệm vụ này")
	p.lacks(t, "withdrawn", `id="form-postpone"`, `id="form-withdraw"`, `id="form-resume"`)
}

// With TrustProxy, a sign-in that reached the proxy over HTTPS gets a
// Secure cookie; without it, the header is not believed. IdleTimeout is
// the server's, not a constant.
func TestServerOptions(t *testing.T) {
	e := newEnv(t)
	login := func(h http.Handler) string {
		srv := httptest.NewServer(h)
		defer srv.Close()
		req, _ := http.NewRequest("POST", srv.URL+"/dang-nhap", strings.NewReader("login=phohue&password=matkhau-123"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		req.Header.Set("X-Forwarded-Proto", "https")
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.Header.Get("Set-Cookie")
	}
	if c := login(NewServer(e.svc, Options{TrustProxy: true}).Handler()); !strings.Contains(c, "; Secure") {
		t.Errorf("trusted proxy: cookie %q is not Secure", c)
	}
	if c := login(e.srv.Handler()); strings.Contains(c, "Secure") || !strings.Contains(c, httpx.SessionCookie) {
		t.Errorf("untrusted header: cookie %q", c)
	}
	short := httptest.NewServer(NewServer(e.svc, Options{IdleTimeout: 5 * time.Minute}).Handler())
	defer short.Close()
	b := e.browse("phohue")
	b.e = &env{t: t, http: short}
	b.get("/viec").want(t, "fresh", 200)
	e.clock.T = e.clock.T.Add(6 * time.Minute)
	b.get("/viec").redirectsTo(t, "idle 6 minutes of 5", "/dang-nhap?tiep=%2Fviec")
}
