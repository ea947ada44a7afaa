package web

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"tiendo/grade"
)

// rulesAPISteps: the viewer reads the rules, the whole-tree admin adds a
// version for February and corrects it before it takes effect.
func rulesAPISteps() []step {
	body := map[string]any{"effective_from": "2020-02-01", "max_extensions": 2, "default_deadline_working_days": 15,
		"grading": grade.RuleSets, "note": "Theo Quyết định 12/QĐ-UBND"}
	fix := map[string]any{"version": 1, "effective_from": "2020-02-01", "max_extensions": 3, "default_deadline_working_days": 15,
		"grading": grade.RuleSets}
	return []step{
		{route: "GET /api/v1/rules", path: "/api/v1/rules", login: "viewer", status: 200,
			want: []string{`"in_force":-1`, `"can_edit":false`, `"tie_break":["not_done","delays","finished"]`, `"max_share":0.3`}},
		{route: "POST /api/v1/rules", path: "/api/v1/rules", login: "admin", status: 201, body: body,
			want: []string{`"effective_from":"2020-02-01"`, `"max_extensions":2`, `"version":1`}, save: map[string]string{"rules": "id"}},
		{route: "PUT /api/v1/rules/{id}", path: "/api/v1/rules/{rules}", login: "admin", status: 200, body: fix,
			want: []string{`"max_extensions":3`, `"version":2`}},
	}
}

// TestRulesAPIErrors: only a whole-tree admin writes; the past is closed;
// bad rule sets are refused field by field.
func TestRulesAPIErrors(t *testing.T) {
	e := newEnv(t) // today: 10/01/2020
	sets := func(fn func([]grade.RuleSet)) []grade.RuleSet {
		out := make([]grade.RuleSet, len(grade.RuleSets))
		for i, rs := range grade.RuleSets {
			rs.Bands, rs.Caps = append([]grade.Band(nil), rs.Bands...), append([]grade.Cap(nil), rs.Caps...)
			out[i] = rs
		}
		fn(out)
		return out
	}
	in := func(from string, g []grade.RuleSet) map[string]any {
		return map[string]any{"effective_from": from, "max_extensions": 1, "default_deadline_working_days": 10, "grading": g}
	}
	ok := sets(func([]grade.RuleSet) {})
	cases := []struct {
		name, method, path, login string
		body                      any
		status                    int
		want                      []string
	}{
		{"by the office", "POST", "/api/v1/rules", "office", in("2020-02-01", ok), 403, nil},
		{"by a district admin", "POST", "/api/v1/rules", "viewer", in("2020-02-01", ok), 403, nil},
		{"in the past", "POST", "/api/v1/rules", "admin", in("2020-01-09", ok), 422, []string{`"effective_from"`, "10/01/2020"}},
		{"shares", "POST", "/api/v1/rules", "admin", in("2020-02-01", sets(func(s []grade.RuleSet) { s[0].Quality = 0.5 })), 422,
			[]string{`"grading[0].quantity"`, "100%"}},
		{"bands overlap", "POST", "/api/v1/rules", "admin", in("2020-02-01", sets(func(s []grade.RuleSet) { s[1].Bands[1].Min = 91 })), 422,
			[]string{`"grading[1].bands[1].min"`, "chồng lấn"}},
		{"cap above 100%", "POST", "/api/v1/rules", "admin", in("2020-02-01", sets(func(s []grade.RuleSet) { s[1].Caps[0].MaxShare = 2 })), 422,
			[]string{`"grading[1].caps[0].max_share"`}},
		{"put without version", "PUT", "/api/v1/rules/1", "admin", in("2020-02-01", ok), 422, []string{`"version"`}},
		{"put unknown", "PUT", "/api/v1/rules/99", "admin", map[string]any{"version": 1, "effective_from": "2020-02-01",
			"max_extensions": 1, "default_deadline_working_days": 10, "grading": ok}, 404, nil},
	}
	for _, c := range cases {
		check(t, c.name, e.do(c.method, c.path, c.login, c.body), c.status, c.want...)
	}
}

// rulesForm reads the rules form of a page as a browser would send it:
// every input and selected option of #rules-form.
func rulesForm(t *testing.T, p pageResp) url.Values {
	t.Helper()
	i := strings.Index(p.body, `id="rules-form"`)
	if i < 0 {
		t.Fatalf("no rules form\n%s", shorten(p.body))
	}
	form := p.body[i:]
	form = form[:strings.Index(form, "</form>")]
	vals := url.Values{}
	for _, m := range inputRe.FindAllStringSubmatch(form, -1) {
		vals.Set(html.UnescapeString(m[1]), html.UnescapeString(m[2]))
	}
	for _, m := range selectRe.FindAllStringSubmatch(form, -1) {
		if o := selectedRe.FindStringSubmatch(m[2]); o != nil {
			vals.Set(html.UnescapeString(m[1]), html.UnescapeString(o[1]))
		}
	}
	return vals
}

var (
	inputRe    = regexp.MustCompile(`<input type="(?:text|hidden)"[^>]*? name="([^"]+)" value="([^"]*)"`)
	selectRe   = regexp.MustCompile(`(?s)<select[^>]*? name="([^"]+)"[^>]*>(.*?)</select>`)
	selectedRe = regexp.MustCompile(`<option value="([^"]*)" selected>`)
)

// rulesPageSteps: the admin page lists the defaults in force and saves a
// version from its prefilled form.
func rulesPageSteps(t *testing.T, e *env) []pageStep {
	admin := e.browse("admin")
	var vals url.Values
	return []pageStep{
		{"GET /quy-dinh", func() pageResp { return admin.get("/quy-dinh") }, func(p pageResp) {
			p.want(t, "rules page", 200, "Quy định áp dụng", "Mặc định (NĐ 335/2025/NĐ-CP, QĐ 3814-QĐ/TU)", "Đang áp dụng",
				`id="rules-form"`, `name="g1.cap" value="30"`, `name="effective_from" value="01/02/2020"`)
			vals = rulesForm(t, p)
		}},
		{"POST /quy-dinh", func() pageResp {
			vals.Set("effective_from", "01/03/2020")
			vals.Set("default_deadline_working_days", "12")
			return admin.post("/quy-dinh", vals)
		}, func(p pageResp) { p.redirectsTo(t, "rules saved", "/quy-dinh?ok=saved") }},
	}
}

// TestRulesPageForm: a refused form comes back with each message beside
// its field; the office sees the rules but no form; the grade page states
// the rules it used and the tie-break.
func TestRulesPageForm(t *testing.T) {
	e := newEnv(t)
	admin, office := e.browse("admin"), e.browse("office")
	vals := rulesForm(t, admin.get("/quy-dinh"))
	if vals.Get("g0.tie1") != "not_done" || vals.Get("g1.b3.min") != "0" || vals.Get("base") != "0" {
		t.Fatalf("prefilled form %v", vals)
	}
	vals.Set("effective_from", "05/01/2020")
	vals.Set("g0.quantity", "50")
	vals.Set("g1.b2.min", "75")
	vals.Set("g1.cap", "130")
	vals.Set("g1.tie2", "not_done")
	p := admin.post("/quy-dinh", vals)
	p.want(t, "refused", 422, "phải từ hôm nay (10/01/2020)", "phải cộng lại bằng 100% (hiện là 116,67%)",
		`id="g0-quantity" name="g0.quantity" value="50" aria-invalid="true"`, "không được chồng lấn",
		`id="g1-cap" name="g1.cap" value="130" aria-invalid="true"`, "Tiêu chí phân định «ít nhiệm vụ chưa hoàn thành hơn» bị lặp")
	vals.Set("effective_from", "01/02/2020")
	vals.Set("g0.quantity", "33,3333")
	vals.Set("g1.b2.min", "50")
	vals.Set("g1.cap", "20")
	vals.Set("g1.tie2", "delays")
	admin.post("/quy-dinh", vals).redirectsTo(t, "saved", "/quy-dinh?ok=saved")
	p = office.get("/quy-dinh")
	p.want(t, "office", 200, "01/02/2020", "tối đa 20% được xếp A (vượt: xếp B)")
	p.lacks(t, "office has no form", `id="rules-form"`, "rules-edit-")
	admin.get("/quy-dinh").want(t, "admin may correct", 200, `id="rules-edit-`)
	p = office.get("/xep-loai?ky=2020-01&bo=hn3814")
	p.want(t, "grade page", 200, "Quy định mặc định",
		"Thứ tự khi bằng điểm (kể cả ở ngưỡng tỷ lệ tối đa): điểm cao hơn, rồi ít nhiệm vụ chưa hoàn thành hơn, rồi ít lần chậm tiến độ hơn, rồi hoàn thành nhiệm vụ cuối cùng sớm hơn, rồi thứ tự tên.")
	if strings.Contains(p.body, "Quy định áp dụng từ 01/02/2020") {
		t.Error("January graded by February's rules")
	}
}
