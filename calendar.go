package tiendo

import (
	"context"

	"tiendo/vn"
)

// CalendarStore keeps administrators' overrides of the working-day
// calendar: extra days off and make-up working days. Public holidays
// themselves are computed (vn.PublicHolidays), not stored.
type CalendarStore interface {
	// ListDayOverrides returns every override in date order.
	ListDayOverrides(ctx context.Context) ([]vn.DayOverride, error)
	// PutDayOverride creates or replaces the override of o.Date.
	PutDayOverride(ctx context.Context, o vn.DayOverride, by int64) error
	// DeleteDayOverride removes the override of d; ENOTFOUND when none.
	DeleteDayOverride(ctx context.Context, d vn.Date) error
}
