package web

import (
	"fmt"
	"net/http"
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
