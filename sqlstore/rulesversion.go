package sqlstore

import (
	"context"
	"slices"

	"tiendo"
)

const rulesVersionCols = `id, effective_from, max_extensions, default_deadline_working_days, grading, note,
	created_by, created_at, updated_at, version`

func scanRulesVersion(r interface{ Scan(...any) error }) (*tiendo.RulesVersion, error) {
	var v tiendo.RulesVersion
	var grading string
	err := r.Scan(&v.ID, &v.EffectiveFrom, &v.MaxExtensions, &v.DefaultDeadlineWorkingDays, &grading, &v.Note,
		idScan{&v.CreatedBy}, timeScan{&v.CreatedAt}, timeScan{&v.UpdatedAt}, &v.Version)
	v.Grading = []byte(grading)
	return &v, err
}

// CreateRulesVersion stores a new version of the rules; a second version
// on the same date is a conflict.
func (s *Store) CreateRulesVersion(ctx context.Context, v *tiendo.RulesVersion) error {
	if err := v.Validate(); err != nil {
		return err
	}
	v.Note = text(v.Note)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO rules_versions (effective_from, max_extensions,
			default_deadline_working_days, grading, note, created_by, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
			v.EffectiveFrom, v.MaxExtensions, v.DefaultDeadlineWorkingDays, string(v.Grading), v.Note,
			nullID(v.CreatedBy), ts(now)).Scan(&v.ID)
		if err != nil {
			return s.fail(err, "lưu quy định", "Đã có một phiên bản quy định áp dụng từ ngày này")
		}
		v.CreatedAt, v.UpdatedAt, v.Version = now, now, 1
		return nil
	})
}

// UpdateRulesVersion replaces the rules of a version at its version.
func (s *Store) UpdateRulesVersion(ctx context.Context, v *tiendo.RulesVersion) error {
	if err := v.Validate(); err != nil {
		return err
	}
	v.Note = text(v.Note)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		res, err := s.w().ExecContext(ctx, `UPDATE rules_versions SET max_extensions = $1,
			default_deadline_working_days = $2, grading = $3, note = $4, updated_at = $5, version = version + 1
			WHERE id = $6 AND version = $7`,
			v.MaxExtensions, v.DefaultDeadlineWorkingDays, string(v.Grading), v.Note, ts(now), v.ID, v.Version)
		if err != nil {
			return s.fail(err, "lưu quy định", "")
		}
		if err := s.checkUpdated(ctx, res, "rules_versions", "phiên bản quy định", v.ID); err != nil {
			return err
		}
		v.UpdatedAt = now
		v.Version++
		return nil
	})
}

// FindRulesVersions lists every version, the earliest first. Every task
// page, extension and grade asks: the list is kept between calls while
// the counter read_stamps.rules_versions has not moved (stampCache), and
// each caller gets its own copies.
func (s *Store) FindRulesVersions(ctx context.Context) ([]*tiendo.RulesVersion, error) {
	vs, err := s.cache.rules.get(ctx, s, "đọc quy định", func() ([]*tiendo.RulesVersion, error) {
		return queryList(ctx, s, "đọc quy định", "SELECT "+rulesVersionCols+" FROM rules_versions ORDER BY effective_from",
			nil, scanRulesVersion)
	})
	if err != nil {
		return nil, err
	}
	out := make([]*tiendo.RulesVersion, len(vs))
	for i, v := range vs {
		c := *v
		c.Grading = slices.Clone(v.Grading)
		out[i] = &c
	}
	return out, nil
}
