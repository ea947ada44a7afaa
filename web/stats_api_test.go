package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// statsEnv has five tasks assigned 02/01/2020 in quận Hai Bà Trưng: by
// 14/01 (the end of period 2020-01) one done on time, one done late, two
// overdue, one not yet due.
func statsEnv(t *testing.T) *env {
	e := newEnv(t)
	e.task("Kế hoạch phòng cháy", "HBT-PHOHUE", vn.NewDate(2020, 1, 6))
	e.task("Báo cáo trật tự đô thị", "HBT-PHOHUE", vn.NewDate(2020, 1, 6))
	e.task("Rà soát hộ nghèo", "HBT-TRUONGDINH", vn.NewDate(2020, 1, 8))
	e.task("Tổng hợp số liệu", "HBT-VP", vn.NewDate(2020, 1, 9))
	e.task("Tổng kết năm", "HBT-UBND", vn.NewDate(2020, 3, 31))
	tasks, _, err := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{OrgIDs: []int64{e.org["HBT-PHOHUE"]}})
	if err != nil || len(tasks) != 2 {
		t.Fatalf("tasks %v %d", err, len(tasks))
	}
	for i, day := range []int{5, 8} {
		e.clock.T = time.Date(2020, 1, day, 9, 0, 0, 0, vn.Location)
		got, _, err := e.svc.ReportProgress(e.as("phohue"), tasks[i].ID, service.UpdateInput{Version: tasks[i].Version, Narrative: "Xong", Done: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.svc.Confirm(e.as("office"), got.ID, service.ActionInput{Version: got.Version}); err != nil {
			t.Fatal(err)
		}
	}
	e.clock.T = time.Date(2020, 1, 20, 9, 0, 0, 0, vn.Location)
	return e
}

type statsBody struct {
	From, To, AsOf string
	Rows           []statsRowBody `json:"rows"`
	Total          statsRowBody   `json:"total"`
	Bands          []struct {
		Label string         `json:"label"`
		Rows  []statsRowBody `json:"rows"`
	} `json:"bands"`
}

type statsRowBody struct {
	Key struct {
		Code string `json:"code"`
	} `json:"key"`
	Counts         map[string]any
	Links          map[string]string `json:"links"`
	CompletionRate *float64          `json:"completion_rate"`
}

func (e *env) stats(path, login string) statsBody {
	e.t.Helper()
	r := e.do("GET", path, login, nil)
	check(e.t, path, r, http.StatusOK)
	var b statsBody
	if err := json.Unmarshal(r.body, &b); err != nil {
		e.t.Fatal(err)
	}
	var raw struct {
		Rows  []map[string]any `json:"rows"`
		Total map[string]any   `json:"total"`
	}
	_ = json.Unmarshal(r.body, &raw)
	for i := range b.Rows {
		b.Rows[i].Counts = raw.Rows[i]
	}
	b.Total.Counts = raw.Total
	return b
}

// followLinks checks that every cell's link lists exactly as many tasks
// as the cell counts.
func (e *env) followLinks(login string, row statsRowBody) {
	e.t.Helper()
	for cell, link := range row.Links {
		var want int
		switch cell {
		case "overdue_0_30", "overdue_31_90", "overdue_91_120", "overdue_over_120":
			want = int(row.Counts["overdue_age"].(map[string]any)[cell[len("overdue_"):]].(float64))
		default:
			want = int(row.Counts[cell].(float64))
		}
		got := e.do("GET", link, login, nil)
		check(e.t, link, got, http.StatusOK)
		if total := int(got.json(e.t)["total"].(float64)); total != want {
			e.t.Errorf("%s %s: count %d, %s lists %d", row.Key.Code, cell, want, link, total)
		}
	}
}

func TestStatsAPIDrillDown(t *testing.T) {
	e := statsEnv(t)
	for _, c := range []struct{ login, query string }{
		{"office", "period=2020-01"},
		{"office", "period=2020-01&org=HBT-PHOHUE"},
		{"admin", "period=2020-Q1&as_of=2020-02-01"},
		{"phohue", "period=2020-01"},
		{"office", "period=2020-01&group=category"},
		{"office", "period=2020-01&group=leader"},
		{"office", "period=2020-01&group=document&cutoff=1"},
		{"office", "period=2019-12-20..2020-01-31&group=assignee"},
	} {
		t.Run(c.login+"?"+c.query, func(t *testing.T) {
			b := e.stats("/api/v1/stats?"+c.query, c.login)
			if len(b.Rows) == 0 {
				t.Fatal("no rows")
			}
			for _, r := range b.Rows {
				e.followLinks(c.login, r)
			}
			e.followLinks(c.login, b.Total)
		})
	}
}

func TestStatsAPINumbers(t *testing.T) {
	e := statsEnv(t)
	b := e.stats("/api/v1/stats?period=2020-01", "office")
	if b.Total.Counts["assigned"] != 5.0 || b.Total.Counts["overdue"] != 2.0 || b.Total.Counts["done_late"] != 1.0 ||
		b.Total.CompletionRate == nil || *b.Total.CompletionRate != 0.4 {
		t.Fatalf("total %v", b.Total.Counts)
	}
	got := map[string]float64{}
	for _, r := range b.Rows {
		got[r.Key.Code] = r.Counts["assigned"].(float64)
	}
	want := map[string]float64{"HBT": 0, "HBT-UBND": 2, "HBT-PHOHUE": 2, "HBT-TRUONGDINH": 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("rows %v, want %v (HBT-UBND rolls up HBT-VP)", got, want)
	}
}

func TestStatsAPIRanking(t *testing.T) {
	e := statsEnv(t)
	b := e.stats("/api/v1/stats/ranking?period=2020-01&bands=1", "office")
	if len(b.Bands) != 2 || len(b.Bands[0].Rows) != 1 || b.Bands[0].Rows[0].Key.Code != "HBT-PHOHUE" || len(b.Bands[1].Rows) != 3 {
		t.Fatalf("bands %+v", b.Bands)
	}
	for _, band := range b.Bands {
		for _, r := range band.Rows {
			if r.Links["assigned"] == "" {
				t.Errorf("%s has no link", r.Key.Code)
			}
		}
	}
}

func TestStatsAPIErrors(t *testing.T) {
	e := statsEnv(t)
	for _, c := range []struct {
		path   string
		status int
	}{
		{"/api/v1/stats", http.StatusBadRequest},
		{"/api/v1/stats?period=2020-13", http.StatusBadRequest},
		{"/api/v1/stats?period=2020-01&group=colour", http.StatusBadRequest},
		{"/api/v1/stats?period=2020-01&cutoff=40", http.StatusBadRequest},
		{"/api/v1/stats?period=2020-01&as_of=2019-01-01", http.StatusUnprocessableEntity},
		{"/api/v1/stats?period=2020-01&org=NOPE", http.StatusBadRequest},
		{"/api/v1/stats?period=2020-01&org=HBT-TRUONGDINH", http.StatusNotFound},
		{"/api/v1/stats/trend?period=2020-01-01..2020-02-01", http.StatusUnprocessableEntity},
		{"/api/v1/tasks?subtree=1", http.StatusBadRequest},
		{"/api/v1/tasks?cutoff=15", http.StatusBadRequest},
	} {
		login := "phohue"
		r := e.do("GET", c.path, login, nil)
		check(t, c.path, r, c.status)
	}
}

func TestStatsAPITrend(t *testing.T) {
	e := statsEnv(t)
	r := e.do("GET", "/api/v1/stats/trend?period=2020-01&n=3", "office", nil)
	check(t, "trend", r, http.StatusOK)
	items := r.json(t)["items"].([]any)
	if len(items) != 3 || items[2].(map[string]any)["assigned"] != 5.0 {
		t.Fatalf("trend %s", r.body)
	}
}
