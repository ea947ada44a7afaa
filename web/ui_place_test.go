package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// The place pages: an admin adds a place through the form (errors shown
// beside their fields, typed values kept), the place page lists its tasks,
// a move to a merged ward keeps the old ward in the history, an import
// with a bad row lists the row and imports nothing, and an officer of
// another ward gets 404.
func TestPlacePages(t *testing.T) {
	e := statsEnv(t)
	admin := e.browse("admin")
	admin.get("/dia-ban").want(t, "empty list", http.StatusOK, "Chưa có địa bàn nào.", `href="/dia-ban/moi"`)
	ph := fmt.Sprint(e.org["HBT-PHOHUE"])
	bad := url.Values{"name": {"Phố Huế"}, "kind": {"street"}, "ward": {ph}, "lat": {"21,0145"}, "lon": {""},
		"programme": {"Tuyến phố văn minh"}, "programme_status": {"building"}, "registered_on": {"01/03/2020"}}
	admin.post("/dia-ban/moi", bad).want(t, "half a point, a step without its day", http.StatusUnprocessableEntity,
		"Phải nhập cả vĩ độ và kinh độ", "Nhập ngày đạt bước này của chương trình", `value="Phố Huế"`)
	good := bad
	good.Set("lon", "105.8512")
	good.Set("building_on", "15/03/2020")
	r := admin.post("/dia-ban/moi", good)
	if r.status != http.StatusSeeOther || !strings.Contains(r.header.Get("Location"), "?ok=created") {
		t.Fatalf("create: %d %s\n%s", r.status, r.header.Get("Location"), shorten(r.body))
	}
	loc, _, _ := strings.Cut(r.header.Get("Location"), "?")
	id := strings.TrimPrefix(loc, "/dia-ban/")
	var pid int64
	fmt.Sscan(id, &pid)

	tasks, _, err := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{OrgIDs: []int64{e.org["HBT-PHOHUE"]}, Sort: tiendo.SortID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.EditTask(e.as("office"), tasks[0].ID, editPlace(tasks[0].Version, pid)); err != nil {
		t.Fatal(err)
	}
	admin.get(loc+"?ok=created").want(t, "place page", http.StatusOK, "Đã thêm địa bàn.", "Tuyến phố, tuyến đường",
		"vĩ độ 21,0145, kinh độ 105,8512", "Tuyến phố văn minh · Đang xây dựng", "15/03/2020", tasks[0].Title)

	// A target linked to the place links to it; one without a place shows none.
	for _, x := range []struct {
		place *int64
		want  bool
	}{{&pid, true}, {nil, false}} {
		tg, err := e.svc.CreateTarget(e.as("office"), tiendo.Target{Name: "Hộ kinh doanh ký cam kết", Unit: "%",
			Direction: tiendo.HigherBetter, OrgID: e.org["HBT-PHOHUE"], PeriodKind: vn.PeriodYear, PlaceID: x.place})
		if err != nil {
			t.Fatal(err)
		}
		link := `<a id="target-place" href="` + loc + `">Phố Huế</a>`
		if page := admin.get(fmt.Sprintf("/chi-tieu/%d", tg.ID)); x.want {
			page.want(t, "target page links its place", http.StatusOK, link)
		} else {
			page.lacks(t, "target without a place", `id="target-place"`)
		}
	}

	office, taskPath := e.browse("office"), fmt.Sprintf("/viec/%d", tasks[0].ID)
	office.get(taskPath).want(t, "task page links its place", http.StatusOK, `<a href="`+loc+`">Phố Huế</a>`)
	office.get(taskPath+"/sua").want(t, "task edit offers the places", http.StatusOK,
		`<option value="`+id+`" selected>Phố Huế</option>`)
	cur, _ := e.svc.GetTask(e.as("office"), tasks[0].ID)
	vals := url.Values{"version": {fmt.Sprint(cur.Version)}, "title": {tasks[0].Title}, "category": {string(tasks[0].Category)}, "place_id": {""}}
	if r := office.post(taskPath+"/sua", vals); r.status != http.StatusSeeOther {
		t.Fatalf("unlink: %d\n%s", r.status, shorten(r.body))
	}
	if got, _ := e.svc.GetTask(e.as("office"), tasks[0].ID); got.PlaceID != nil {
		t.Fatalf("still linked to %d", *got.PlaceID)
	}
	vals.Set("version", fmt.Sprint(cur.Version+1))
	vals.Set("place_id", id)
	if r := office.post(taskPath+"/sua", vals); r.status != http.StatusSeeOther {
		t.Fatalf("link: %d\n%s", r.status, shorten(r.body))
	}

	td := fmt.Sprint(e.org["HBT-TRUONGDINH"])
	edit := admin.get(loc + "/sua")
	edit.want(t, "edit form", http.StatusOK, `name="version" value="1"`, `value="21,0145"`)
	move := url.Values{"version": {"1"}, "name": {"Phố Huế"}, "kind": {"street"}, "ward": {td}, "lat": {"21,0145"}, "lon": {"105,8512"},
		"programme": {"Tuyến phố văn minh"}, "programme_status": {"building"}, "registered_on": {"01/03/2020"}, "building_on": {"15/03/2020"}}
	admin.post(loc+"/sua", move).want(t, "a new ward needs its day", http.StatusUnprocessableEntity, "Nhập ngày địa bàn chuyển sang phường, xã mới")
	move.Set("ward_from", "01/07/2025")
	if r := admin.post(loc+"/sua", move); r.status != http.StatusSeeOther {
		t.Fatalf("move: %d\n%s", r.status, shorten(r.body))
	}
	admin.get(loc).want(t, "history", http.StatusOK, "UBND phường Phố Huế (… – 30/06/2025)", "UBND phường Trương Định (01/07/2025 – nay)")
	e.browse("phohue").get(loc).want(t, "the old ward still sees it", http.StatusOK)

	csv := []byte("Chợ Mơ,chợ,HBT-TRUONGDINH\nVườn hoa,hồ,HBT-TRUONGDINH\n")
	admin.postMultipart("/dia-ban/nhap", nil, filePart{name: "dia-ban.csv", data: csv}).want(t, "import errors",
		http.StatusUnprocessableEntity, `id="import-errors"`, "Loại địa bàn &#34;hồ&#34; không hợp lệ")
	admin.get("/dia-ban?q=cho").want(t, "nothing imported", http.StatusOK, "0 địa bàn")
	csv = []byte("Chợ Mơ,chợ,HBT-TRUONGDINH\nVườn hoa,vườn hoa,HBT-TRUONGDINH\n")
	admin.postMultipart("/dia-ban/nhap", nil, filePart{name: "dia-ban.csv", data: csv}).want(t, "import", http.StatusOK, "Đã nhập 2 địa bàn.")
	admin.get("/dia-ban?kind=market").want(t, "by kind", http.StatusOK, "Chợ Mơ", "1 địa bàn")

	// Phố Huế moved: the officer of Trương Định sees it now; the places of
	// Trương Định are not Phố Huế's.
	e.browse("phohue").get("/dia-ban").lacks(t, "another ward's market", "Chợ Mơ")
	mo, _, _ := e.svc.ListPlaces(e.as("admin"), tiendo.PlaceFilter{Kind: tiendo.PlaceMarket})
	e.browse("phohue").get(fmt.Sprintf("/dia-ban/%d", mo[0].ID)).want(t, "out of scope", http.StatusNotFound)
	e.browse("office").get(loc+"/sua").want(t, "the district office may not edit", http.StatusForbidden)
}

func editPlace(version int, place int64) service.TaskPatch {
	return service.TaskPatch{Version: version, PlaceID: &place}
}

// TestPlaceMapTiles: with a tile server set, the map page names it and
// lets the browser load its images, and nothing else.
func TestPlaceMapTiles(t *testing.T) {
	e := newEnv(t)
	srv := NewServer(e.svc, Options{TileURL: "https://tiles.example.vn/{z}/{x}/{y}.png"})
	h := httptest.NewServer(srv.Handler())
	defer h.Close()
	e.http = h
	p := e.browse("admin").get("/ban-do")
	p.want(t, "map with tiles", http.StatusOK, `data-tiles="https://tiles.example.vn/{z}/{x}/{y}.png"`)
	if got := p.header.Get("Content-Security-Policy"); got != "default-src 'self'; img-src 'self' https://tiles.example.vn; frame-ancestors 'none'" {
		t.Errorf("CSP %q", got)
	}
}
