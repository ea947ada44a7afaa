package tiendo_test

import (
	"testing"

	"tiendo"
	"tiendo/vn"
)

// TestTaskAt: a task as it stood at the end of a day, from the states it
// left, at the boundaries of each state's days.
func TestTaskAt(t *testing.T) {
	k := &tiendo.Task{ID: 7, AssignedOn: day(2023, 3, 1), Due: day(2026, 12, 31), Status: tiendo.StatusCompleted,
		CompletedOn: day(2023, 4, 10)}
	history := []tiendo.TaskState{
		{TaskID: 8, Until: day(2030, 1, 1), Due: day(2020, 1, 1), Status: tiendo.StatusWithdrawn}, // another task's
		{TaskID: 7, Until: day(2025, 7, 1), Due: day(2023, 4, 17), Status: tiendo.StatusInProgress},
		{TaskID: 7, From: day(2025, 7, 1), Until: day(2025, 8, 1), Due: day(2026, 12, 31), Status: tiendo.StatusInProgress},
		{TaskID: 7, From: day(2025, 8, 1), Until: day(2025, 9, 20), Due: day(2026, 12, 31), Status: tiendo.StatusPostponed},
	}
	for _, c := range []struct {
		at   vn.Date
		want tiendo.Timeliness
		due  vn.Date
	}{
		{day(2023, 2, 1), tiendo.Excluded, day(2023, 4, 17)}, // before the assignment: the first state
		{day(2023, 4, 17), tiendo.InProgress, day(2023, 4, 17)},
		{day(2024, 1, 1), tiendo.Overdue, day(2023, 4, 17)},
		{day(2025, 6, 30), tiendo.Overdue, day(2023, 4, 17)},
		{day(2025, 7, 1), tiendo.InProgress, day(2026, 12, 31)}, // a change is in force at the end of its day
		{day(2025, 8, 1), tiendo.InProgress, day(2026, 12, 31)}, // postponed
		{day(2025, 9, 19), tiendo.InProgress, day(2026, 12, 31)},
		{day(2025, 9, 20), tiendo.DoneOnTime, day(2026, 12, 31)}, // today's state
		{day(2027, 1, 1), tiendo.DoneOnTime, day(2026, 12, 31)},
	} {
		got := k.At(c.at, history)
		if tl := got.TimelinessAt(c.at); tl != c.want || got.Due != c.due {
			t.Errorf("at %s: %s due %s, want %s due %s", c.at, tl, got.Due, c.want, c.due)
		}
	}
	if k.At(day(2027, 1, 1), history) != k {
		t.Error("a date after every change does not read the task itself")
	}
}

// TestStateChanged: only what TimelinessAt reads enters the history.
func TestStateChanged(t *testing.T) {
	base := tiendo.TaskState{Due: day(2025, 1, 1), Status: tiendo.StatusAssigned}
	for _, c := range []struct {
		name string
		edit func(*tiendo.TaskState)
		want bool
	}{
		{"a report", func(s *tiendo.TaskState) { s.Status = tiendo.StatusInProgress }, false},
		{"reported done", func(s *tiendo.TaskState) { s.Status = tiendo.StatusReportedDone }, false},
		{"an extension", func(s *tiendo.TaskState) { s.Due = day(2025, 3, 1) }, true},
		{"postponed", func(s *tiendo.TaskState) { s.Status = tiendo.StatusPostponed }, true},
		{"withdrawn", func(s *tiendo.TaskState) { s.Status = tiendo.StatusWithdrawn }, true},
		{"confirmed", func(s *tiendo.TaskState) { s.Status, s.CompletedOn = tiendo.StatusCompleted, day(2024, 12, 1) }, true},
	} {
		next := base
		c.edit(&next)
		if got := tiendo.StateChanged(base, next); got != c.want {
			t.Errorf("%s: changed %v, want %v", c.name, got, c.want)
		}
	}
}

// TestQuiet: the one definition of a quiet unit, both halves.
func TestQuiet(t *testing.T) {
	at := day(2025, 3, 31)
	for _, c := range []struct {
		last  vn.Date
		days  int
		quiet bool
	}{
		{vn.Date{}, -1, true},
		{day(2025, 3, 17), 14, false},
		{day(2025, 3, 16), 15, true},
		{day(2025, 3, 31), 0, false},
	} {
		if days, quiet := tiendo.Quiet(c.last, at, 14); days != c.days || quiet != c.quiet {
			t.Errorf("last report %s: %d days, quiet %v; want %d, %v", c.last, days, quiet, c.days, c.quiet)
		}
	}
	for _, c := range []struct {
		name string
		k    tiendo.Task
		want bool
	}{
		{"open", tiendo.Task{Status: tiendo.StatusInProgress, Due: day(2025, 3, 1)}, true},
		{"continuous", tiendo.Task{Status: tiendo.StatusAssigned}, true},
		{"reported, not confirmed", tiendo.Task{Status: tiendo.StatusReportedDone, Due: day(2025, 6, 1)}, true},
		{"postponed", tiendo.Task{Status: tiendo.StatusPostponed, Due: day(2025, 6, 1)}, false},
		{"withdrawn", tiendo.Task{Status: tiendo.StatusWithdrawn, Due: day(2025, 6, 1)}, false},
		{"completed by then", tiendo.Task{Status: tiendo.StatusCompleted, CompletedOn: day(2025, 3, 1)}, false},
		{"completed later", tiendo.Task{Status: tiendo.StatusCompleted, CompletedOn: day(2025, 4, 1)}, true},
		{"assigned later", tiendo.Task{Status: tiendo.StatusAssigned, AssignedOn: day(2025, 4, 1)}, false},
	} {
		if got := c.k.AwaitsReport(at); got != c.want {
			t.Errorf("%s: awaits a report %v, want %v", c.name, got, c.want)
		}
	}
}
