package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

func TestGradePageEntersPointsAndMarks(t *testing.T) {
	e := statsEnv(t)
	office := e.browse("office")
	ph := strconv.FormatInt(e.org["HBT-PHOHUE"], 10)
	r := office.post("/xep-loai/diem", url.Values{"period": {"2020-01"}, "subject_kind": {"org"}, "subject_id": {ph},
		"general": {"27,5"}, "back": {"/xep-loai?ky=2020-01"}})
	r.redirectsTo(t, "points", "/xep-loai?ky=2020-01&ok=points")
	p := office.get("/xep-loai?ky=2020-01&ok=points")
	p.want(t, "after points", http.StatusOK, "Đã lưu điểm; kết quả đã tính lại.", "Tiêu chí chung: 27,5/30 điểm",
		"UBND phường Phố Huế", "Nghị định 335/2025/NĐ-CP")

	// A late task marked with two major errors loses half its quality points.
	tasks, _, err := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{OrgIDs: []int64{e.org["HBT-PHOHUE"]},
		Timeliness: []tiendo.Timeliness{tiendo.DoneLate}, AsOf: tiendo.Today(e.clock)})
	if err != nil || len(tasks) != 1 {
		t.Fatalf("late task: %v %d", err, len(tasks))
	}
	id := strconv.FormatInt(tasks[0].ID, 10)
	office.post("/xep-loai/danh-dau", url.Values{"task_id": {id}, "errors": {"2"}, "back": {"/xep-loai?ky=2020-01"}}).
		redirectsTo(t, "mark", "/xep-loai?ky=2020-01&ok=mark")
	office.get("/xep-loai?ky=2020-01").want(t, "after mark", http.StatusOK, "chất lượng trừ 25% × 2 lỗi")

	// A waiver needs its cause; a ward officer may not enter points.
	bad := office.post("/xep-loai/danh-dau", url.Values{"task_id": {id}, "waived": {"1"}, "back": {"/xep-loai?ky=2020-01"}})
	bad.want(t, "waiver without a cause", http.StatusUnprocessableEntity, "Cần nêu nguyên nhân khách quan")
	ward := e.browse("phohue")
	ward.post("/xep-loai/diem", url.Values{"period": {"2020-01"}, "subject_kind": {"org"}, "subject_id": {ph},
		"general": {"30"}, "back": {"/xep-loai?ky=2020-01"}}).want(t, "ward enters points", http.StatusForbidden)
	if page := ward.get("/xep-loai?ky=2020-01"); strings.Contains(page.body, `action="/xep-loai/diem"`) {
		t.Error("a ward officer sees the points form")
	}
	office.get("/xep-loai?ky=2020-01&bo=x").want(t, "unknown rules", http.StatusUnprocessableEntity)
}

// TestGradePageShowsPositionsAndExplanations: in February the head of
// Trương Định is graded through his position on the ward's explanation
// request left unanswered; page and API both say so line by line.
func TestGradePageShowsPositionsAndExplanations(t *testing.T) {
	e := statsEnv(t)
	head := &tiendo.Person{FullName: "Lê Văn Cường", Positions: []tiendo.Position{
		{OrgID: e.org["HBT-TRUONGDINH"], Title: "Chủ tịch UBND phường", IsHead: true}}}
	if err := e.svc.CreatePerson(e.sys(), head); err != nil {
		t.Fatal(err)
	}
	e.clock.T = time.Date(2020, 1, 31, 9, 0, 0, 0, vn.Location) // the ward's task is three weeks overdue
	if _, err := e.svc.RunReminders(e.sys()); err != nil {
		t.Fatal(err)
	}
	e.clock.T = time.Date(2020, 2, 20, 9, 0, 0, 0, vn.Location)
	line := "Không giải trình (yêu cầu giải trình #"
	pos := "— theo chức vụ Chủ tịch UBND phường – UBND phường Trương Định): trừ 2 điểm"
	e.browse("office").get("/xep-loai?ky=2020-02&doi-tuong=person").want(t, "people", http.StatusOK, "Lê Văn Cường", line, pos)
	e.browse("office").get("/xep-loai?ky=2020-02").want(t, "units", http.StatusOK, line, "sau trừ điểm giải trình: 68/70")
	r := e.do("GET", "/api/v1/grades?period=2020-02&kind=person", "office", nil)
	if r.status != http.StatusOK || !strings.Contains(string(r.body), pos) {
		t.Fatalf("API %d\n%s", r.status, r.body)
	}
}
