package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"tiendo"
)

func TestOrgSearchAPI(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		name, path string
		status     int
		want       []string // codes in order
	}{
		{"folded, district before commune", "/api/v1/orgs/search?q=hai%20ba", 200, []string{"HBT", "HBT-UBND"}},
		{"đ folds", "/api/v1/orgs/search?q=truong%20dinh", 200, []string{"HBT-TRUONGDINH"}},
		{"by id", "/api/v1/orgs/search?id=" + org(e, "HBT-PHOHUE"), 200, []string{"HBT-PHOHUE"}},
		{"limit", "/api/v1/orgs/search?q=ubnd&limit=1", 200, []string{"HBT-UBND"}},
		{"bad limit", "/api/v1/orgs/search?q=ubnd&limit=0", 400, nil},
		{"bad date", "/api/v1/orgs/search?q=ubnd&in_force_on=31/02/2020", 400, nil},
		{"unknown parameter", "/api/v1/orgs/search?name=x", 400, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := e.do("GET", tc.path, "phohue", nil)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if tc.status != 200 {
				return
			}
			var raw struct {
				Items []map[string]any `json:"items"`
			}
			if err := json.Unmarshal(r.body, &raw); err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, it := range raw.Items {
				codes = append(codes, it["code"].(string))
				for _, k := range []string{"id", "name", "level", "parent_name", "ended", "successor_id", "same_name"} {
					if _, ok := it[k]; !ok {
						t.Errorf("hit lacks %q: %v", k, it)
					}
				}
			}
			if strings.Join(codes, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("codes %v, want %v", codes, tc.want)
			}
		})
	}
	if r := e.do("GET", "/api/v1/orgs/search?q=hue", "", nil); r.status != http.StatusUnauthorized {
		t.Errorf("without a token: %d", r.status)
	}
}

func TestOrgPickerFragment(t *testing.T) {
	e := newEnv(t)
	office := e.browse("office")
	office.hx = true
	p := office.get("/don-vi/tim?q=pho%20hue&truong=lead_org_ids&assignable=1")
	p.want(t, "fragment", 200, `type="checkbox" name="lead_org_ids" value="`+org(e, "HBT-PHOHUE")+`"`,
		"UBND phường Phố Huế", "— Quận Hai Bà Trưng", "Cấp xã")
	p.lacks(t, "fragment", "<html", "<nav")
	one := office.get("/don-vi/tim?q=pho%20hue&truong=org_id&mot=1")
	one.want(t, "single", 200, `type="radio" name="org_id"`)
	none := office.get("/don-vi/tim?q=khong%20co")
	none.want(t, "nothing", 200, "Không tìm thấy đơn vị nào khớp với “khong co”")

	office.hx = false
	page := office.get("/don-vi/tim?q=hai%20ba")
	page.want(t, "page", 200, "<html", "Tìm đơn vị", "Cấp huyện", "Quận Hai Bà Trưng")
}

// TestOrgPickerWithoutJS walks the task form as a browser without
// JavaScript: the search button sends the form back, everything typed is
// kept, the matches come as boxes to tick, and ticking one assigns to it.
func TestOrgPickerWithoutJS(t *testing.T) {
	e := newEnv(t)
	office := e.browse("office")
	form := url.Values{"title": {"Rà soát biển quảng cáo"}, "source_text": {"Giao UBND các phường rà soát"},
		"deadline": {"trước ngày 20/01/2020"}, "category": {"directive"},
		"coop_org_ids": {org(e, "HBT-VP")}, "lead_org_ids-q": {"pho hue"}, "pick": {"lead_org_ids"}}
	p := office.post("/viec/moi", form)
	p.want(t, "search", 200, "Rà soát biển quảng cáo", "Giao UBND các phường rà soát", "trước ngày 20/01/2020",
		`value="pho hue"`, `type="checkbox" name="lead_org_ids" value="`+org(e, "HBT-PHOHUE")+`">`,
		`type="checkbox" name="coop_org_ids" value="`+org(e, "HBT-VP")+`" checked>`)
	p.lacks(t, "search", "field-error", `name="lead_org_ids" value="`+org(e, "HBT-TRUONGDINH")+`"`)
	if ts, _, err := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{}); err != nil || len(ts) != 0 {
		t.Fatalf("a search created tasks: %v %d", err, len(ts))
	}

	// The user ticks the ward and submits with the form's own button.
	form.Del("pick")
	form.Set("lead_org_ids", org(e, "HBT-PHOHUE"))
	p = office.post("/viec/moi", form)
	if p.status != http.StatusSeeOther || !strings.HasSuffix(p.header.Get("Location"), "?ok=created") {
		t.Fatalf("create: %d %s\n%s", p.status, p.header.Get("Location"), shorten(p.body))
	}
}

// pickerPageSteps are the scenarios of the picker's page route, for
// TestPageRoutesOK.
func pickerPageSteps(t *testing.T, e *env) []pageStep {
	office := e.browse("office")
	return []pageStep{
		{"GET /don-vi/tim", func() pageResp { return office.get("/don-vi/tim?q=truong%20dinh") },
			func(p pageResp) {
				p.want(t, "unit search", 200, "UBND phường Trương Định", "— Quận Hai Bà Trưng")
			}},
	}
}

// TestOrgFormMemberSearch: the member picker of the organisation form
// searches without JavaScript and saves nothing while it does.
func TestOrgFormMemberSearch(t *testing.T) {
	e := newEnv(t)
	admin := e.browse("admin")
	vals := url.Values{"code": {"BCD-PCCC"}, "name": {"Ban chỉ đạo phòng cháy"}, "kind": {"steering_committee"},
		"level": {"district"}, "parent_id": {org(e, "HBT")}, "member_ids": {org(e, "HBT-VP")},
		"member_ids-q": {"truong dinh"}, "pick": {"member_ids"}}
	p := admin.post("/don-vi/moi", vals)
	p.want(t, "member search", 200, `value="BCD-PCCC"`, `value="Ban chỉ đạo phòng cháy"`,
		`name="member_ids" value="`+org(e, "HBT-VP")+`" checked>`, `name="member_ids" value="`+org(e, "HBT-TRUONGDINH")+`">`)
	if _, err := e.svc.OrgByCode(e.as("admin"), "BCD-PCCC"); tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
		t.Fatalf("a search saved the organisation: %v", err)
	}
	vals.Del("pick")
	vals.Add("member_ids", org(e, "HBT-TRUONGDINH"))
	if p := admin.post("/don-vi/moi", vals); p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/don-vi?ok=org-created") {
		t.Fatalf("create: %d %s\n%s", p.status, p.header.Get("Location"), shorten(p.body))
	}
	o, err := e.svc.OrgByCode(e.as("admin"), "BCD-PCCC")
	if err != nil || len(o.MemberIDs) != 2 {
		t.Fatalf("members: %v %+v", err, o)
	}
}
