package storetest

import (
	"tiendo"
	"tiendo/vn"
)

var seriesCases = []testCase{
	{"Instance/ErrDuplicateDue", func(f *fixture) {
		org := f.org("Phường Phố Huế").ID
		series := f.task(org, func(t *tiendo.Task) {
			t.DeadlineKind, t.Recurrence, t.Due, t.OriginalDue = vn.DeadlineRecurring, "month:25", vn.Date{}, vn.Date{}
		})
		instance := func(due vn.Date) *tiendo.Task {
			t := newTask(org, "Báo cáo tháng")
			t.SeriesID, t.Due, t.OriginalDue = &series.ID, due, due
			return t
		}
		must(f, f.st.CreateTask(f.ctx, instance(d(2024, 3, 25))))
		must(f, f.st.CreateTask(f.ctx, instance(d(2024, 4, 25))))
		// A second server topping up the same series at the same time.
		err := f.st.CreateTask(f.ctx, instance(d(2024, 3, 25)))
		if tiendo.ErrorCode(err) != tiendo.ECONFLICT {
			f.Fatalf("duplicate instance: %v, want a conflict", err)
		}
		// Tasks outside any series may share a deadline freely.
		must(f, f.st.CreateTask(f.ctx, newTask(org, "Việc thường")))
		must(f, f.st.CreateTask(f.ctx, newTask(org, "Việc thường")))
	}},
}
