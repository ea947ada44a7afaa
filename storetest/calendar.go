package storetest

import (
	"reflect"

	"tiendo"
	"tiendo/vn"
)

var calendarCases = []testCase{
	{"PutListDelete", func(f *fixture) {
		a := f.account("admin", tiendo.RoleAdmin, nil)
		got, err := f.st.ListDayOverrides(f.ctx)
		must(f, err)
		if len(got) != 0 {
			f.Fatalf("fresh store has overrides %v", got)
		}
		swap := vn.DayOverride{Date: d(2024, 2, 8), Name: "Hoán đổi Tết Giáp Thìn"}
		makeUp := vn.DayOverride{Date: d(2024, 2, 17), Working: true, Name: "Làm bù"}
		must(f, f.st.PutDayOverride(f.ctx, makeUp, a.ID))
		must(f, f.st.PutDayOverride(f.ctx, swap, 0))
		got, err = f.st.ListDayOverrides(f.ctx)
		must(f, err)
		if want := []vn.DayOverride{swap, makeUp}; !reflect.DeepEqual(got, want) {
			f.Fatalf("list\n got %+v\nwant %+v", got, want)
		}
		must(f, f.st.DeleteDayOverride(f.ctx, swap.Date))
		wantCode(f, f.st.DeleteDayOverride(f.ctx, swap.Date), tiendo.ENOTFOUND)
	}},
	{"Put/ReplacesSameDate", func(f *fixture) {
		must(f, f.st.PutDayOverride(f.ctx, vn.DayOverride{Date: d(2025, 9, 1), Name: "Nghỉ"}, 0))
		must(f, f.st.PutDayOverride(f.ctx, vn.DayOverride{Date: d(2025, 9, 1), Working: true, Name: "Đi làm"}, 0))
		got, err := f.st.ListDayOverrides(f.ctx)
		must(f, err)
		if len(got) != 1 || !got[0].Working || got[0].Name != "Đi làm" {
			f.Fatalf("after replace: %+v", got)
		}
	}},
	{"Put/InTxRollsBack", func(f *fixture) {
		err := f.st.Tx(f.ctx, func(st tiendo.Store) error {
			must(f, st.PutDayOverride(f.ctx, vn.DayOverride{Date: d(2025, 9, 1)}, 0))
			return tiendo.Errorf(tiendo.EINVALID, "thôi")
		})
		wantCode(f, err, tiendo.EINVALID)
		got, err := f.st.ListDayOverrides(f.ctx)
		must(f, err)
		if len(got) != 0 {
			f.Fatalf("rolled back write is visible: %+v", got)
		}
	}},
}
