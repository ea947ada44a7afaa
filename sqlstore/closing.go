package sqlstore

import (
	"context"
	"encoding/json"

	"tiendo"
)

const closingColumns = `c.id, c.org_id, c.period, c.from_on, c.to_on, c.as_of, c.closed_by, COALESCE(a.login, ''),
	c.closed_at, c.reopened_by, COALESCE(b.login, ''), c.reopened_at, c.reopen_reason, c.version`

const closingFrom = ` FROM period_closings c LEFT JOIN accounts a ON a.id = c.closed_by
	LEFT JOIN accounts b ON b.id = c.reopened_by`

func scanClosing(sc interface{ Scan(...any) error }, extra ...any) (*tiendo.PeriodClosing, error) {
	var c tiendo.PeriodClosing
	dest := []any{&c.ID, idScan{&c.OrgID}, &c.Period, &c.From, &c.To, &c.AsOf, idScan{&c.ClosedBy}, &c.ClosedByName,
		timeScan{&c.ClosedAt}, idScan{&c.ReopenedBy}, &c.ReopenedName, nullTimeScan{&c.ReopenedAt}, &c.ReopenReason, &c.Version}
	if err := sc.Scan(append(dest, extra...)...); err != nil {
		return nil, err
	}
	return &c, nil
}

// CreateClosing stores c in force and sets ID and Version; the unique
// index period_closings_in_force refuses a second closing in force of the
// same scope and period.
func (s *Store) CreateClosing(ctx context.Context, c *tiendo.PeriodClosing) error {
	c.ReopenedAt, c.ReopenedBy, c.ReopenReason = nil, nil, ""
	if err := c.Validate(); err != nil {
		return err
	}
	return s.writeTx(ctx, func(s *Store) error {
		err := s.w().QueryRowContext(ctx, `INSERT INTO period_closings (org_id, period, from_on, to_on, as_of, closed_by,
			closed_at, figures, facts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			nullID(c.OrgID), c.Period, c.From, c.To, c.AsOf, nullID(c.ClosedBy), ts(c.ClosedAt),
			string(c.Figures), string(c.Facts)).Scan(&c.ID)
		if err != nil {
			return s.fail(err, "chốt số liệu", "Kỳ này đã được chốt số liệu")
		}
		c.Version = 1
		return nil
	})
}

// GetClosing returns a closing with its figures.
func (s *Store) GetClosing(ctx context.Context, id int64) (*tiendo.PeriodClosing, error) {
	var figures string
	c, err := scanClosing(s.q().QueryRowContext(ctx, "SELECT "+closingColumns+", c.figures"+closingFrom+" WHERE c.id = $1", id), &figures)
	if err != nil {
		return nil, s.found(err, "kỳ đã chốt", id)
	}
	c.Figures = json.RawMessage(figures)
	return c, nil
}

// ClosingFacts returns the task facts of a closing.
func (s *Store) ClosingFacts(ctx context.Context, id int64) (json.RawMessage, error) {
	var facts string
	if err := s.q().QueryRowContext(ctx, "SELECT facts FROM period_closings WHERE id = $1", id).Scan(&facts); err != nil {
		return nil, s.found(err, "kỳ đã chốt", id)
	}
	return json.RawMessage(facts), nil
}

// FindClosings lists closings without figures or facts, newest first.
// Every statistics request asks for the closing in force of its scope and
// period: the closings in force are kept between calls while the counter
// read_stamps.period_closings has not moved (stampCache) and filtered
// here; each caller gets its own copies.
func (s *Store) FindClosings(ctx context.Context, f tiendo.ClosingFilter) ([]*tiendo.PeriodClosing, error) {
	if !f.InForce {
		return s.findClosings(ctx, f)
	}
	all, err := s.cache.closings.get(ctx, s, "đọc kỳ đã chốt", func() ([]*tiendo.PeriodClosing, error) {
		return s.findClosings(ctx, tiendo.ClosingFilter{InForce: true})
	})
	if err != nil {
		return nil, err
	}
	out := []*tiendo.PeriodClosing{}
	for _, c := range all {
		switch {
		case f.OrgID != nil && (c.OrgID == nil || *c.OrgID != *f.OrgID),
			f.OrgID == nil && f.Whole && c.OrgID != nil,
			f.Period != "" && c.Period != f.Period:
			continue
		}
		cp := *c
		cp.OrgID, cp.ClosedBy, cp.ReopenedBy, cp.ReopenedAt = clonePtr(c.OrgID), clonePtr(c.ClosedBy), clonePtr(c.ReopenedBy), clonePtr(c.ReopenedAt)
		out = append(out, &cp)
	}
	return out, nil
}

// clonePtr returns a copy of *p, or nil.
func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// findClosings reads the closings of f.
func (s *Store) findClosings(ctx context.Context, f tiendo.ClosingFilter) ([]*tiendo.PeriodClosing, error) {
	var a sqlArgs
	var conds []string
	switch {
	case f.OrgID != nil:
		conds = append(conds, "c.org_id = "+a.add(*f.OrgID))
	case f.Whole:
		conds = append(conds, "c.org_id IS NULL")
	}
	if f.Period != "" {
		conds = append(conds, "c.period = "+a.add(f.Period))
	}
	if f.InForce {
		conds = append(conds, "c.reopened_at IS NULL")
	}
	return queryList(ctx, s, "đọc kỳ đã chốt", "SELECT "+closingColumns+closingFrom+where(conds)+" ORDER BY c.id DESC", a,
		func(r interface{ Scan(...any) error }) (*tiendo.PeriodClosing, error) { return scanClosing(r) })
}

// ReopenClosing records the reopening of c at its version.
func (s *Store) ReopenClosing(ctx context.Context, c *tiendo.PeriodClosing) error {
	if c.ReopenedAt == nil {
		return tiendo.FieldError("reason", "Cần thời điểm mở lại")
	}
	if err := tiendo.CheckReopenReason(c.ReopenReason); err != nil {
		return err
	}
	if err := tiendo.CheckInput(c); err != nil {
		return err
	}
	c.ReopenReason = text(c.ReopenReason)
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE period_closings SET reopened_by = $1, reopened_at = $2, reopen_reason = $3,
			version = version + 1 WHERE id = $4 AND version = $5 AND reopened_at IS NULL`,
			nullID(c.ReopenedBy), ts(*c.ReopenedAt), c.ReopenReason, c.ID, c.Version)
		if err != nil {
			return s.fail(err, "mở lại kỳ đã chốt", "")
		}
		if err := s.checkUpdated(ctx, res, "period_closings", "kỳ đã chốt", c.ID); err != nil {
			return err
		}
		c.Version++
		return nil
	})
}
