package web

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"tiendo"
)

// The register of places over the API: an import (all rows or none), the
// scope of lists and pages, tasks linked and filtered by place, and the
// statistics by place whose every link lists the tasks it counts.
func TestPlacesAPI(t *testing.T) {
	e := statsEnv(t)
	bad := "Phố Huế,tuyến phố,HBT-PHOHUE,21.0145,105.8512\nChợ Mơ,chợ,KHONGCO\n"
	r := e.do("POST", "/api/v1/places/import?format=csv", "admin", bad)
	check(t, "import with a bad row", r, http.StatusUnprocessableEntity, "rows[2].wards")
	r = e.do("GET", "/api/v1/places", "admin", nil)
	check(t, "nothing imported", r, http.StatusOK, `"total":0`)
	r = e.do("POST", "/api/v1/places/import?format=csv", "office", "Phố Huế,tuyến phố,HBT-PHOHUE\n")
	check(t, "a district office does not edit a ward's places", r, http.StatusUnprocessableEntity, "rows[1].wards")

	geo := `{"type":"FeatureCollection","features":[
	 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[105.851,21.014],[105.852,21.018]]},"properties":{"name":"Phố Huế","kind":"tuyến phố","ward":"HBT-PHOHUE"}},
	 {"type":"Feature","geometry":{"type":"Point","coordinates":[105.846,21.0]},"properties":{"name":"Chợ Mơ","kind":"market","ward":"HBT-TRUONGDINH"}}]}`
	r = e.do("POST", "/api/v1/places/import?format=geojson", "admin", geo)
	check(t, "import", r, http.StatusCreated, `"name":"Phố Huế"`, `"outline":"{\"type\":\"LineString\"`)
	places := ids(t, r)
	hue, mo := places[0], places[1]

	r = e.do("GET", "/api/v1/places?q=pho+h", "phohue", nil)
	check(t, "search", r, http.StatusOK, `"total":1`, `"name":"Phố Huế"`)
	check(t, "out of scope", e.do("GET", fmt.Sprintf("/api/v1/places/%d", mo), "phohue", nil), http.StatusNotFound)
	check(t, "detail", e.do("GET", fmt.Sprintf("/api/v1/places/%d", hue), "office", nil), http.StatusOK, `"can_edit":false`, `"wards":["UBND phường Phố Huế"]`)

	tasks, _, err := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{OrgIDs: []int64{e.org["HBT-PHOHUE"]}, Sort: tiendo.SortID})
	if err != nil || len(tasks) != 2 {
		t.Fatal(err)
	}
	for _, tk := range tasks {
		r = e.do("PATCH", fmt.Sprintf("/api/v1/tasks/%d", tk.ID), "office", map[string]any{"version": tk.Version, "place_id": hue})
		check(t, "link", r, http.StatusOK, fmt.Sprintf(`"place_id":%d`, hue))
	}
	check(t, "filter", e.do("GET", fmt.Sprintf("/api/v1/tasks?place=%d", hue), "office", nil), http.StatusOK, `"total":2`)
	check(t, "filter none", e.do("GET", "/api/v1/tasks?place=none", "office", nil), http.StatusOK, `"total":3`)
	check(t, "filter page", e.do("GET", fmt.Sprintf("/dieu-hanh/nhiem-vu?place=%d", hue), "session:office", nil), http.StatusOK)

	b := e.stats("/api/v1/stats?period=2020-01&group=place", "office")
	if len(b.Rows) != 2 {
		t.Fatalf("rows %+v", b.Rows)
	}
	for _, row := range b.Rows {
		e.followLinks("office", row)
	}
	e.followLinks("office", b.Total)
}

// placeAPISteps are the success scenarios of the places routes
// (TestRoutesOK).
func placeAPISteps() []step {
	return []step{
		{route: "POST /api/v1/places/import", path: "/api/v1/places/import?format=csv", login: "admin", status: 201,
			body: "Chợ Mơ,chợ,HBT-TRUONGDINH,21.0006,105.8462\n", want: []string{`"name":"Chợ Mơ"`, `"kind":"market"`, `"lat":21.0006`}},
		{route: "POST /api/v1/places", path: "/api/v1/places", login: "admin", status: 201,
			body: `{"kind":"street","name":"Phố Huế","wards":[{"org_id":{HBT-PHOHUE}}],"programme":"Tuyến phố văn minh","programme_status":"registered","registered_on":"2020-01-02"}`,
			want: []string{`"version":1`, `"wards":[{"org_id":{HBT-PHOHUE},"from":null,"to":null}]`}, save: map[string]string{"place": "id"}},
		{route: "GET /api/v1/places", path: "/api/v1/places?q=pho%20hue", login: "phohue", status: 200,
			want: []string{`"name":"Phố Huế"`, `"total":1`}},
		{route: "GET /api/v1/places/{id}", path: "/api/v1/places/{place}", login: "viewer", status: 200,
			want: []string{`"wards":["UBND phường Phố Huế"]`, `"can_edit":false`}},
		{route: "PUT /api/v1/places/{id}", path: "/api/v1/places/{place}", login: "admin", status: 200,
			body: `{"version":1,"kind":"street","name":"Phố Huế","wards":[{"org_id":{HBT-PHOHUE}}],"lat":21.0145,"lon":105.8512}`,
			want: []string{`"version":2`, `"lat":21.0145`, `"programme_status":""`}},
		{route: "GET /api/v1/places/map", path: "/api/v1/places/map", login: "phohue", status: 200,
			want:   []string{`"type":"FeatureCollection"`, `"coordinates":[105.8512,21.0145]`, `"name":"Phố Huế"`, `"overdue":0`},
			absent: []string{"Chợ Mơ"}},
	}
}

// placePageSteps are the success scenarios of the places pages
// (TestPageRoutesOK).
func placePageSteps(t *testing.T, e *env) []pageStep {
	admin := e.browse("admin")
	p, err := e.svc.CreatePlace(e.as("admin"), tiendo.Place{Kind: tiendo.PlaceApartment, Name: "Chung cư Lạc Trung",
		Wards: []tiendo.PlaceWard{{OrgID: e.org["HBT-TRUONGDINH"]}}})
	if err != nil {
		t.Fatal(err)
	}
	id := fmt.Sprint(p.ID)
	td := fmt.Sprint(e.org["HBT-TRUONGDINH"])
	return []pageStep{
		{"GET /dia-ban", func() pageResp { return admin.get("/dia-ban?q=lac") }, func(p pageResp) {
			p.want(t, "places", 200, "Chung cư Lạc Trung", "Chung cư, tòa nhà")
		}},
		{"GET /dia-ban/moi", func() pageResp { return admin.get("/dia-ban/moi") }, func(p pageResp) {
			p.want(t, "new place", 200, `action="/dia-ban/moi"`, "UBND phường Trương Định")
		}},
		{"POST /dia-ban/moi", func() pageResp {
			return admin.post("/dia-ban/moi", url.Values{"name": {"Chợ Mơ"}, "kind": {"market"}, "ward": {td}})
		}, func(p pageResp) { p.want(t, "create place", 303) }},
		{"GET /dia-ban/{id}", func() pageResp { return admin.get("/dia-ban/" + id) }, func(p pageResp) {
			p.want(t, "place", 200, "Chung cư Lạc Trung", "UBND phường Trương Định")
		}},
		{"GET /dia-ban/{id}/sua", func() pageResp { return admin.get("/dia-ban/" + id + "/sua") }, func(p pageResp) {
			p.want(t, "edit place", 200, `value="Chung cư Lạc Trung"`)
		}},
		{"POST /dia-ban/{id}/sua", func() pageResp {
			return admin.post("/dia-ban/"+id+"/sua", url.Values{"version": {"1"}, "name": {"Chung cư Lạc Trung A"}, "kind": {"apartment"}, "ward": {td}})
		}, func(p pageResp) { p.want(t, "save place", 303) }},
		{"GET /ban-do", func() pageResp { return admin.get("/ban-do") }, func(p pageResp) {
			p.want(t, "map", 200, `id="place-map"`, `data-source="/api/v1/places/map"`, `data-tiles=""`, "nền trống")
		}},
		{"GET /dia-ban/nhap", func() pageResp { return admin.get("/dia-ban/nhap") }, func(p pageResp) {
			p.want(t, "import form", 200, `enctype="multipart/form-data"`)
		}},
		{"POST /dia-ban/nhap", func() pageResp {
			return admin.postMultipart("/dia-ban/nhap", nil, filePart{name: "a.csv", data: []byte("Vườn hoa Lạc Trung,vườn hoa," + "HBT-TRUONGDINH\n")})
		}, func(p pageResp) { p.want(t, "import", 200, "Đã nhập 1 địa bàn.") }},
	}
}
