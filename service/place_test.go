package service_test

import (
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// The register's scope: the ward's office creates and edits its places,
// the district sees them, another ward does not, and every write is audited.
func TestPlaceScopeAndAudit(t *testing.T) {
	f := newFixture(t)
	f.addAccount("vp-phohue", tiendo.RoleOffice, "PH")
	ph, td := f.orgs["PH"], f.orgs["TD"]
	p := tiendo.Place{Kind: tiendo.PlaceStreet, Name: "Phố Huế", Wards: []tiendo.PlaceWard{{OrgID: ph}},
		Programme: "Tuyến phố văn minh", ProgrammeStatus: tiendo.ProgrammeRegistered, RegisteredOn: vn.NewDate(2020, 1, 1)}
	for _, c := range []struct {
		login, code string
	}{
		{"office", tiendo.EINVALID},   // the district's office sees but does not edit the ward's places
		{"phohue", tiendo.EFORBIDDEN}, // an officer holds no office or admin grant
		{"vp-phohue", ""},
	} {
		_, err := f.svc.CreatePlace(f.as(c.login), p)
		if c.code != "" {
			wantCode(t, err, c.code)
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.login, err)
		}
	}
	created, total, err := f.svc.ListPlaces(f.as("vp-phohue"), tiendo.PlaceFilter{Query: "pho hue"})
	if err != nil || total != 1 {
		t.Fatalf("list: %v %d", err, total)
	}
	id := created[0].ID
	for login, want := range map[string]int{"office": 1, "viewer": 1, "phohue": 1, "truongdinh": 0, "admin": 1} {
		if _, n, err := f.svc.ListPlaces(f.as(login), tiendo.PlaceFilter{}); err != nil || n != want {
			t.Errorf("%s lists %d places (%v), want %d", login, n, err, want)
		}
		_, err := f.svc.GetPlace(f.as(login), id)
		if (err == nil) != (want == 1) {
			t.Errorf("%s reads the place: %v", login, err)
		}
	}
	d, err := f.svc.GetPlace(f.as("vp-phohue"), id)
	if err != nil || !d.CanEdit || d.Wards[0] != "Phường Phố Huế" {
		t.Fatalf("detail %+v %v", d, err)
	}
	if d, _ := f.svc.GetPlace(f.as("office"), id); d.CanEdit {
		t.Error("the district's office may edit a ward's place")
	}

	// Moving it to another ward needs the right over the new ward as well.
	moved := *created[0]
	moved.Wards = []tiendo.PlaceWard{{OrgID: ph, To: vn.NewDate(2025, 6, 30)}, {OrgID: td, From: vn.NewDate(2025, 7, 1)}}
	_, err = f.svc.UpdatePlace(f.as("vp-phohue"), moved)
	wantCode(t, err, tiendo.EINVALID)
	moved.Name = "Phố Huế (đoạn mới)"
	got, err := f.svc.UpdatePlace(f.as("admin"), moved)
	if err != nil || got.Version != 2 {
		t.Fatalf("admin moves it: %+v %v", got, err)
	}
	// The old ward's office keeps seeing it in the history, but no longer edits it.
	if d, err := f.svc.GetPlace(f.as("vp-phohue"), id); err != nil || d.CanEdit {
		t.Fatalf("old ward: %+v %v", d, err)
	}
	_, err = f.svc.UpdatePlace(f.as("vp-phohue"), *got)
	wantCode(t, err, tiendo.EFORBIDDEN)
	moved.Name = "stale"
	_, err = f.svc.UpdatePlace(f.as("admin"), moved)
	wantCode(t, err, tiendo.ECONFLICT)

	entries, _, err := f.st.FindAudit(f.as("system"), tiendo.AuditFilter{Page: tiendo.Page{PerPage: 500}})
	var actions []string
	for _, e := range entries {
		if e.EntityType == "place" && e.EntityID == id {
			actions = append(actions, e.Action+" by "+e.Actor)
		}
	}
	if err != nil || len(actions) != 2 || actions[0] != "place.create by vp-phohue" || actions[1] != "place.update by admin" {
		t.Fatalf("audit %v, %v", actions, err)
	}
}

func TestPlaceValidationMessages(t *testing.T) {
	f := newFixture(t)
	_, err := f.svc.CreatePlace(f.as("admin"), tiendo.Place{Kind: "sông", Wards: []tiendo.PlaceWard{{OrgID: 4242}}})
	fields := tiendo.ErrorFields(err)
	if fields["name"] != "Tên địa bàn là bắt buộc" || fields["kind"] != "Loại địa bàn không hợp lệ" || fields["wards"] != "Phường, xã không tồn tại" {
		t.Fatalf("fields %v", fields)
	}
}

func TestImportPlacesIsTransactional(t *testing.T) {
	f := newFixture(t)
	rows, err := tiendo.ParsePlacesCSV([]byte("Phố Huế,tuyến phố,PH,21.0145,105.8512\nChợ Hôm,chợ,KHONGCO,,\nPhố Trương Định,street,TD\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.ImportPlaces(f.as("admin"), rows)
	if fields := tiendo.ErrorFields(err); len(fields) != 1 || fields["rows[2].wards"] != "Không có phường, xã mã KHONGCO" {
		t.Fatalf("errors %v", fields)
	}
	if _, n, _ := f.svc.ListPlaces(f.as("admin"), tiendo.PlaceFilter{}); n != 0 {
		t.Fatalf("a failed import left %d places", n)
	}
	rows[1].WardCode = "PH"
	got, err := f.svc.ImportPlaces(f.as("admin"), rows)
	if err != nil || len(got) != 3 || got[2].LatestWard() != f.orgs["TD"] || *got[0].Lat != 21.0145 {
		t.Fatalf("import %+v %v", got, err)
	}
	f.addAccount("vp-phohue", tiendo.RoleOffice, "PH")
	_, err = f.svc.ImportPlaces(f.as("vp-phohue"), rows[2:])
	if tiendo.ErrorFields(err)["rows[3].wards"] == "" {
		t.Fatalf("another ward's row: %v", tiendo.ErrorFields(err))
	}
}

// Tasks link to places; the statistics by place add up to their
// drill-down lists, as every other breakdown does.
func TestTasksByPlace(t *testing.T) {
	f := statsFixture(t)
	ph := f.orgs["PH"]
	hue, err := f.svc.CreatePlace(f.as("admin"), tiendo.Place{Kind: tiendo.PlaceStreet, Name: "Phố Huế", Wards: []tiendo.PlaceWard{{OrgID: ph}}})
	if err != nil {
		t.Fatal(err)
	}
	td, err := f.svc.CreatePlace(f.as("admin"), tiendo.Place{Kind: tiendo.PlaceMarket, Name: "Chợ Mơ", Wards: []tiendo.PlaceWard{{OrgID: f.orgs["TD"]}}})
	if err != nil {
		t.Fatal(err)
	}
	tasks, _, err := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{Sort: tiendo.SortID})
	if err != nil || len(tasks) != 5 {
		t.Fatalf("tasks %d %v", len(tasks), err)
	}
	for i, pid := range []int64{hue.ID, hue.ID, td.ID} {
		id := pid
		if _, err := f.svc.EditTask(f.as("office"), tasks[i].ID, service.TaskPatch{Version: tasks[i].Version, PlaceID: &id}); err != nil {
			t.Fatal(err)
		}
	}
	bad := int64(4242)
	_, err = f.svc.EditTask(f.as("office"), tasks[3].ID, service.TaskPatch{Version: f.ver(tasks[3].ID), PlaceID: &bad})
	if tiendo.ErrorFields(err)["place_id"] == "" {
		t.Fatalf("unknown place: %v", err)
	}
	_, err = f.svc.CreateTasks(f.as("phohue"), service.TaskInput{Title: "x", LeadOrgID: ph, PlaceID: &td.ID})
	if err == nil {
		t.Fatal("a task linked to a place its creator cannot see")
	}
	if _, n, _ := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{PlaceID: &hue.ID}); n != 2 {
		t.Fatalf("place filter: %d", n)
	}
	jan := vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}
	rep, err := f.svc.Stats(f.as("office"), service.StatsRequest{Period: jan, Group: tiendo.GroupPlace})
	if err != nil {
		t.Fatal(err)
	}
	sum, names := 0, map[string]int{}
	for _, r := range rep.Rows {
		sum += r.Assigned
		names[r.Key.Name] = r.Assigned
		checkDrillDown(t, f, "office", r)
	}
	if sum != 5 || names["Phố Huế"] != 2 || names["Chợ Mơ"] != 1 || names["(Không ghi)"] != 2 {
		t.Errorf("rows %v sum %d", names, sum)
	}
}
