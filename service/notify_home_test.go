package service_test

import (
	"testing"
)

// TestRemindersReachTheUnitsHome: a body without accounts of its own is
// chased through its nearest ancestor's accounts (the ward's officer for
// "UBND phường Phố Huế"), but never through the assigning office's own
// grants, which would make every unit's reminder the district's.
func TestRemindersReachTheUnitsHome(t *testing.T) {
	f := newFixture(t)
	f.task("PH-UBND", "trước ngày 10/01/2020")
	f.task("HBT-QLDT", "trước ngày 10/01/2020") // a district department, no accounts
	f.at(date(2020, 1, 13))
	if n, err := f.svc.RunReminders(f.as("system")); err != nil || n != 2 {
		t.Fatalf("fired %d, %v; want the two overdue notices", n, err)
	}
	if got := f.kinds("phohue"); !equal(got, []string{"overdue"}) {
		t.Errorf("the ward's officer has %v, want the UBND's overdue notice", got)
	}
	for _, login := range []string{"office", "leader", "truongdinh"} {
		if got := f.kinds(login); len(got) != 0 {
			t.Errorf("%s has %v, want nothing", login, got)
		}
	}
}
