package service

import (
	"context"
	"slices"

	"tiendo"
	"tiendo/vn"
)

// Calendar returns the working-day calendar every "N working days" rule
// uses: weekends and public holidays (computed for any year) with the
// administrators' overrides on top. Reading it needs no account: the
// scheduler uses it, and holidays are public. It is read from the database
// on each call, so every instance sees an edit at once.
func (s *Service) Calendar(ctx context.Context) (*vn.Calendar, error) {
	return s.calendarIn(ctx, s.store)
}

func (s *Service) calendarIn(ctx context.Context, st tiendo.Store) (*vn.Calendar, error) {
	overrides, err := st.ListDayOverrides(ctx)
	if err != nil {
		return nil, err
	}
	return vn.NewCalendar(overrides), nil
}

// CalendarDay is one day that differs from a plain Monday-to-Friday week,
// as the calendar page and API list it.
type CalendarDay struct {
	Date     vn.Date `json:"date"`
	Working  bool    `json:"working"`
	Name     string  `json:"name"`
	Override bool    `json:"override"` // entered by an administrator
}

// CalendarYear lists the public holidays, compensatory days and overrides
// of one year, in date order, with the overrides applied.
func (s *Service) CalendarYear(ctx context.Context, year int) ([]CalendarDay, error) {
	if year < 1900 || year > 2200 {
		return nil, tiendo.FieldError("year", "Năm phải từ 1900 đến 2200")
	}
	c, err := s.Calendar(ctx)
	if err != nil {
		return nil, err
	}
	seen := map[vn.Date]bool{}
	var out []CalendarDay
	for _, o := range c.Overrides() {
		if o.Date.Year == year {
			seen[o.Date] = true
			out = append(out, CalendarDay{Date: o.Date, Working: o.Working, Name: o.Name, Override: true})
		}
	}
	for _, h := range vn.PublicHolidays(year) {
		if !seen[h.Date] {
			out = append(out, CalendarDay{Date: h.Date, Name: h.Name})
		}
	}
	slices.SortFunc(out, func(a, b CalendarDay) int { return a.Date.Sub(b.Date) })
	return out, nil
}

// PutCalendarDay records an administrator's decision about one date: a day
// off (a swap, an exceptional holiday) or a make-up working day.
func (s *Service) PutCalendarDay(ctx context.Context, o vn.DayOverride) error {
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	if !sc.unrestricted() {
		return forbidden("sửa lịch ngày nghỉ")
	}
	var v tiendo.Validator
	v.Check(!o.Date.IsZero(), "date", "Cần chọn ngày")
	v.Check(len([]rune(o.Name)) <= 200, "name", "Tên ngày tối đa 200 ký tự")
	if err := v.Err(); err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.PutDayOverride(ctx, o, sc.actor.AccountID); err != nil {
			return err
		}
		return s.audit(ctx, st, "calendar.put", "calendar_day", 0, nil, nil, nil, o)
	})
}

// DeleteCalendarDay removes an administrator's override of d, so the day
// goes back to the weekend and public-holiday rule.
func (s *Service) DeleteCalendarDay(ctx context.Context, d vn.Date) error {
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	if !sc.unrestricted() {
		return forbidden("sửa lịch ngày nghỉ")
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.DeleteDayOverride(ctx, d); err != nil {
			return err
		}
		return s.audit(ctx, st, "calendar.delete", "calendar_day", 0, nil, nil, map[string]vn.Date{"date": d}, nil)
	})
}
