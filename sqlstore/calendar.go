package sqlstore

import (
	"context"

	"tiendo"
	"tiendo/vn"
)

// ListDayOverrides returns the calendar overrides in date order.
func (s *Store) ListDayOverrides(ctx context.Context) ([]vn.DayOverride, error) {
	out := []vn.DayOverride{}
	err := eachRow(ctx, s, "đọc lịch làm việc", "SELECT day, working, name FROM calendar_days ORDER BY day", nil,
		func(r interface{ Scan(...any) error }) error {
			var o vn.DayOverride
			if err := r.Scan(&o.Date, boolScan{&o.Working}, &o.Name); err != nil {
				return err
			}
			out = append(out, o)
			return nil
		})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// PutDayOverride creates or replaces the override of one date.
func (s *Store) PutDayOverride(ctx context.Context, o vn.DayOverride, by int64) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `INSERT INTO calendar_days (day, working, name, updated_by, updated_at)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (day) DO UPDATE SET working = excluded.working, name = excluded.name,
				updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
			o.Date, o.Working, text(o.Name), zeroNull(by), ts(s.now()))
		return s.fail(err, "ghi lịch làm việc", "")
	})
}

// DeleteDayOverride removes the override of d.
func (s *Store) DeleteDayOverride(ctx context.Context, d vn.Date) error {
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, "DELETE FROM calendar_days WHERE day = $1", d)
		if err != nil {
			return s.fail(err, "xóa ngày trong lịch", "")
		}
		if n, err := res.RowsAffected(); err != nil {
			return s.internal("xóa ngày trong lịch", err)
		} else if n == 0 {
			return notFound("ngày trong lịch", d.Format())
		}
		return nil
	})
}

var _ tiendo.CalendarStore = (*Store)(nil)
