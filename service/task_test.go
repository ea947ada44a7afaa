package service_test

import (
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

func TestCreateTasks(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name     string
		login    string
		in       service.TaskInput
		wantCode string
		wantKind vn.DeadlineKind
		wantDue  vn.Date
	}{
		{name: "DatePhrase", login: "office", in: service.TaskInput{Title: "Lập kế hoạch", Deadline: "trước ngày 06/01/2020"},
			wantKind: vn.DeadlineDate, wantDue: date(2020, 1, 6)},
		{name: "PeriodPhrase", login: "office", in: service.TaskInput{Title: "Tổng kết", Deadline: "trong quý IV/2020"},
			wantKind: vn.DeadlinePeriod, wantDue: date(2020, 12, 31)},
		{name: "ContinuousHasNoDue", login: "office", in: service.TaskInput{Title: "Tuyên truyền", Deadline: "thường xuyên"},
			wantKind: vn.DeadlineContinuous},
		{name: "NoneGetsTenWorkingDays", login: "office", in: service.TaskInput{Title: "Rà soát", Deadline: "khẩn trương"},
			wantKind: vn.DeadlineNone, wantDue: date(2020, 1, 16)},
		{name: "ExplicitDate", login: "office", in: service.TaskInput{Title: "Báo cáo", Due: date(2020, 2, 1)},
			wantKind: vn.DeadlineDate, wantDue: date(2020, 2, 1)},
		{name: "ErrBadDeadline", login: "office", in: service.TaskInput{Title: "X", Deadline: "trước ngày 32/13/2020"}, wantCode: tiendo.EINVALID},
		{name: "ErrNoTitle", login: "office", in: service.TaskInput{Deadline: "thường xuyên"}, wantCode: tiendo.EINVALID},
		{name: "ErrOfficerCannotAssign", login: "phohue", in: service.TaskInput{Title: "X"}, wantCode: tiendo.EFORBIDDEN},
		{name: "ErrViewerCannotAssign", login: "viewer", in: service.TaskInput{Title: "X"}, wantCode: tiendo.EFORBIDDEN},
		{name: "ErrDueBeforeAssigned", login: "office", in: service.TaskInput{Title: "X", Due: date(2019, 1, 1)}, wantCode: tiendo.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.LeadOrgID = f.orgs["PH"]
			ts, err := f.svc.CreateTasks(f.as(tt.login), tt.in)
			if tt.wantCode != "" {
				wantCode(t, err, tt.wantCode)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := ts[0]
			if got.DeadlineKind != tt.wantKind || !got.Due.Equal(tt.wantDue) || !got.OriginalDue.Equal(tt.wantDue) {
				t.Errorf("deadline = %s %v (original %v), want %s %v", got.DeadlineKind, got.Due, got.OriginalDue, tt.wantKind, tt.wantDue)
			}
			if got.DeadlineText != tt.in.Deadline {
				t.Errorf("phrase %q not kept verbatim: %q", tt.in.Deadline, got.DeadlineText)
			}
			if got.AssignedByOrg == nil || *got.AssignedByOrg != f.orgs["HBT"] {
				t.Errorf("assigned by %v, want the office's district", got.AssignedByOrg)
			}
		})
	}
}

func TestCreateTasksOnePerLeadUnit(t *testing.T) {
	f := newFixture(t)
	ts, err := f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: "Xây dựng kế hoạch",
		LeadOrgIDs: []int64{f.orgs["PH"], f.orgs["TD"], f.orgs["PH"]}, CoopOrgIDs: []int64{f.orgs["HBT-QLDT"]},
		Deadline: "trước ngày 06/01/2020"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 2 || ts[0].LeadOrgID != f.orgs["PH"] || ts[1].LeadOrgID != f.orgs["TD"] {
		t.Fatalf("want one task per distinct lead unit, got %d", len(ts))
	}
	// All or nothing: one bad lead unit creates none.
	_, err = f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: "Y", LeadOrgIDs: []int64{f.orgs["PH"], 99999}})
	wantCode(t, err, tiendo.EINVALID)
	_, total, _ := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{Query: "Y"})
	if total != 0 {
		t.Fatalf("a failed batch left %d tasks", total)
	}
}

func TestScope(t *testing.T) {
	f := newFixture(t)
	ph := f.task("PH", "trước ngày 06/01/2020")
	td := f.task("TD", "trước ngày 06/01/2020")
	coop, err := f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: "Chỉnh trang phố", LeadOrgID: f.orgs["HBT-QLDT"],
		CoopOrgIDs: []int64{f.orgs["PH"]}, Deadline: "thường xuyên"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		login string
		task  *tiendo.Task
		sees  bool
	}{
		{"phohue", ph, true}, {"phohue", td, false}, {"phohue", coop[0], true},
		{"truongdinh", ph, false}, {"truongdinh", td, true}, {"truongdinh", coop[0], false},
		{"office", ph, true}, {"leader", td, true}, {"viewer", ph, true}, {"admin", td, true},
		{"qldt", ph, false}, {"qldt", coop[0], true},
	}
	for _, tt := range tests {
		t.Run(tt.login+"/"+tt.task.Title, func(t *testing.T) {
			_, err := f.svc.GetTask(f.as(tt.login), tt.task.ID)
			if tt.sees && err != nil {
				t.Fatalf("cannot see: %v", err)
			}
			if !tt.sees {
				wantCode(t, err, tiendo.ENOTFOUND)
				_, err = f.svc.Updates(f.as(tt.login), tt.task.ID)
				wantCode(t, err, tiendo.ENOTFOUND)
				_, _, err = f.svc.ReportProgress(f.as(tt.login), tt.task.ID, service.UpdateInput{Version: f.ver(tt.task.ID), Narrative: "x"})
				wantCode(t, err, tiendo.ENOTFOUND)
			}
			list, _, err := f.svc.ListTasks(f.as(tt.login), tiendo.TaskFilter{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, x := range list {
				found = found || x.ID == tt.task.ID
			}
			if found != tt.sees {
				t.Fatalf("list contains task = %v, want %v", found, tt.sees)
			}
		})
	}
}

func TestEditTaskStaleVersion(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	title := "Nội dung mới"
	edited, err := f.svc.EditTask(f.as("office"), task.ID, service.TaskPatch{Version: task.Version, Title: &title})
	if err != nil {
		t.Fatal(err)
	}
	if edited.Title != title || edited.Version != task.Version+1 {
		t.Fatalf("edit not applied: %+v", edited)
	}
	other := "Ghi đè"
	_, err = f.svc.EditTask(f.as("office"), task.ID, service.TaskPatch{Version: task.Version, Title: &other})
	wantCode(t, err, tiendo.ECONFLICT)
	got, _ := f.svc.GetTask(f.as("office"), task.ID)
	if got.Title != title {
		t.Fatalf("stale write overwrote the title: %q", got.Title)
	}
	_, err = f.svc.EditTask(f.as("phohue"), task.ID, service.TaskPatch{Version: got.Version, Title: &other})
	wantCode(t, err, tiendo.EFORBIDDEN)
}

func TestRecurringSeries(t *testing.T) {
	f := newFixture(t)
	series := f.task("PH", "định kỳ hàng tháng trước ngày 25")
	if series.DeadlineKind != vn.DeadlineRecurring || series.Recurrence == "" {
		t.Fatalf("series = %s %q", series.DeadlineKind, series.Recurrence)
	}
	instances := func() []*tiendo.Task {
		list, _, err := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{SeriesID: &series.ID, Sort: tiendo.SortDue})
		if err != nil {
			t.Fatal(err)
		}
		return list
	}
	first := instances()
	if len(first) == 0 || !first[0].Due.Equal(date(2020, 1, 25)) {
		t.Fatalf("first instance: %v", first)
	}
	f.clock.T = f.clock.T.Add(70 * 24 * time.Hour) // mid-March
	if _, err := f.svc.EnsureRecurring(f.as("system")); err != nil {
		t.Fatal(err)
	}
	again, _ := f.svc.EnsureRecurring(f.as("system"))
	if again != 0 {
		t.Fatalf("second run created %d instances", again)
	}
	later := instances()
	var dues []string
	for _, x := range later {
		dues = append(dues, x.Due.String())
	}
	if len(later) < 3 || later[1].Due != date(2020, 2, 25) || later[2].Due != date(2020, 3, 25) {
		t.Fatalf("instances %v", dues)
	}
}

// A daily or weekly duty is one ongoing task whose reports are periodic
// (vn.RecurDaily): recurring as written, with no instance tasks.
func TestRecurringDailyDuty(t *testing.T) {
	f := newFixture(t)
	for phrase, want := range map[string]string{
		"báo cáo trước 14 giờ hằng ngày": "day:0",
		"vào thứ Sáu hằng tuần":          "week:5",
	} {
		duty := f.task("PH", phrase)
		if duty.DeadlineKind != vn.DeadlineRecurring || duty.Recurrence != want || !duty.Due.IsZero() {
			t.Fatalf("%q: duty = %s %q due %v, want recurring %q with no due", phrase, duty.DeadlineKind, duty.Recurrence, duty.Due, want)
		}
		f.clock.T = f.clock.T.Add(30 * 24 * time.Hour)
		if _, err := f.svc.EnsureRecurring(f.as("system")); err != nil {
			t.Fatal(err)
		}
		list, _, err := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{SeriesID: &duty.ID})
		if err != nil || len(list) != 0 {
			t.Fatalf("%q: %d instances, %v; want none", phrase, len(list), err)
		}
	}
}
