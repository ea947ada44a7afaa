package tiendo

import (
	"testing"

	"tiendo/vn"
)

func TestSuccessorInForce(t *testing.T) {
	id := func(n int64) *int64 { return &n }
	end := vn.Date{Year: 2025, Month: 6, Day: 30}
	tree := NewOrgTree([]*Org{
		{ID: 1, ValidTo: end, SuccessorID: id(2)},              // old ward → merged ward
		{ID: 2, ValidFrom: end.AddDays(1)},                     // in force since 1/7/2025
		{ID: 3, ValidTo: end, SuccessorID: id(1)},              // two steps to 2
		{ID: 4, ValidTo: end, SuccessorID: id(5)},              // loop 4 → 5 → 4
		{ID: 5, ValidTo: end, SuccessorID: id(4)},              //
		{ID: 6, ValidTo: end},                                  // ended, no successor
		{ID: 7, ValidTo: end, SuccessorID: id(99)},             // successor unknown
		{ID: 8, ValidTo: end.AddDays(-10), SuccessorID: id(6)}, // successor ended too
	})
	after, before := vn.Date{Year: 2026, Month: 12, Day: 6}, vn.Date{Year: 2024, Month: 5, Day: 1}
	for _, c := range []struct {
		name string
		id   int64
		on   vn.Date
		want int64 // 0: nil
	}{
		{"in force is itself", 2, after, 2},
		{"ended goes to successor", 1, after, 2},
		{"before the end is itself", 1, before, 1},
		{"chain of two", 3, after, 2},
		{"loop gives none", 4, after, 0},
		{"no successor gives none", 6, after, 0},
		{"unknown successor gives none", 7, after, 0},
		{"unknown id gives none", 42, after, 0},
		{"successor ended too gives none", 8, after, 0},
		{"new body before it began gives none", 2, before, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := tree.SuccessorInForce(c.id, c.on)
			switch {
			case c.want == 0 && got != nil:
				t.Fatalf("got %d, want none", got.ID)
			case c.want != 0 && (got == nil || got.ID != c.want):
				t.Fatalf("got %v, want %d", got, c.want)
			}
		})
	}
}

func TestOrgEndedBy(t *testing.T) {
	end := vn.Date{Year: 2025, Month: 6, Day: 30}
	o := &Org{ValidTo: end}
	if o.EndedBy(end) || !o.EndedBy(end.AddDays(1)) || (&Org{}).EndedBy(end) {
		t.Fatal("ValidTo is inclusive; an open-ended body never ends")
	}
}
