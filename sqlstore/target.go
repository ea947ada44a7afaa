package sqlstore

import (
	"context"
	"time"

	"tiendo"
)

const targetColumns = `id, name, unit, direction, org_id, period_kind, place, description, cumulative,
	on_track, developing, version, created_at, place_id`

func scanTarget(sc interface{ Scan(...any) error }) (*tiendo.Target, error) {
	var t tiendo.Target
	err := sc.Scan(&t.ID, &t.Name, &t.Unit, &t.Direction, &t.OrgID, &t.PeriodKind, &t.Place, &t.Description,
		boolScan{&t.Cumulative}, &t.OnTrack, &t.Developing, &t.Version, timeScan{&t.CreatedAt}, idScan{&t.PlaceID})
	return &t, err
}

func normTarget(t *tiendo.Target) {
	t.Name, t.Unit, t.Place, t.Description = text(t.Name), text(t.Unit), text(t.Place), text(t.Description)
}

// CreateTarget stores an indicator and sets ID, Version and CreatedAt.
func (s *Store) CreateTarget(ctx context.Context, t *tiendo.Target) error {
	normTarget(t)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO targets (name, unit, direction, org_id, period_kind, place,
			description, cumulative, on_track, developing, version, created_at, place_id)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $12) RETURNING id`,
			t.Name, t.Unit, string(t.Direction), t.OrgID, string(t.PeriodKind), t.Place, t.Description,
			t.Cumulative, t.OnTrack, t.Developing, ts(now), nullID(t.PlaceID)).Scan(&t.ID)
		if err != nil {
			return s.fail(err, "tạo chỉ tiêu", "")
		}
		t.CreatedAt, t.Version = now, 1
		return nil
	})
}

// FindTargetByID returns one indicator.
func (s *Store) FindTargetByID(ctx context.Context, id int64) (*tiendo.Target, error) {
	t, err := scanTarget(s.q().QueryRowContext(ctx, "SELECT "+targetColumns+" FROM targets WHERE id = $1", id))
	if err != nil {
		return nil, s.found(err, "chỉ tiêu", id)
	}
	return t, nil
}

// FindTargets lists the indicators of orgIDs (nil: all) by name.
func (s *Store) FindTargets(ctx context.Context, orgIDs []int64) ([]*tiendo.Target, error) {
	var a sqlArgs
	cond := "1 = 1"
	if orgIDs != nil {
		cond = s.inIDs(&a, "org_id", orgIDs)
	}
	return queryList(ctx, s, "đọc chỉ tiêu", "SELECT "+targetColumns+" FROM targets WHERE "+cond+" ORDER BY name, id", a, scanTarget)
}

// UpdateTarget writes the catalogue fields when t.Version is current.
func (s *Store) UpdateTarget(ctx context.Context, t *tiendo.Target) error {
	normTarget(t)
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE targets SET name = $1, unit = $2, direction = $3, org_id = $4,
			period_kind = $5, place = $6, description = $7, cumulative = $8, on_track = $9, developing = $10,
			place_id = $13, version = version + 1 WHERE id = $11 AND version = $12`,
			t.Name, t.Unit, string(t.Direction), t.OrgID, string(t.PeriodKind), t.Place, t.Description,
			t.Cumulative, t.OnTrack, t.Developing, t.ID, t.Version, nullID(t.PlaceID))
		if err != nil {
			return s.fail(err, "cập nhật chỉ tiêu", "")
		}
		if err := s.checkUpdated(ctx, res, "targets", "chỉ tiêu", t.ID); err != nil {
			return err
		}
		t.Version++
		return nil
	})
}

const valueColumns = `id, target_id, period, kind, value, note, evidence, entered_by, entered_at`

func scanValue(sc interface{ Scan(...any) error }) (*tiendo.TargetValue, error) {
	var v tiendo.TargetValue
	err := sc.Scan(&v.ID, &v.TargetID, &v.Period, &v.Kind, &v.Value, &v.Note, &v.Evidence,
		zeroIDScan{&v.EnteredBy}, timeScan{&v.EnteredAt})
	return &v, err
}

// AddTargetValue appends a plan or actual entry and sets ID and EnteredAt.
func (s *Store) AddTargetValue(ctx context.Context, v *tiendo.TargetValue) error {
	v.Period, v.Note, v.Evidence = text(v.Period), text(v.Note), text(v.Evidence)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO target_values (target_id, period, kind, value, note,
			evidence, entered_by, entered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
			v.TargetID, v.Period, string(v.Kind), v.Value, v.Note, v.Evidence, zeroNull(v.EnteredBy), ts(now)).Scan(&v.ID)
		if err != nil {
			return s.fail(err, "ghi giá trị chỉ tiêu", "")
		}
		v.EnteredAt = now
		return nil
	})
}

// FindTargetValues lists a target's entries, oldest first.
func (s *Store) FindTargetValues(ctx context.Context, targetID int64) ([]*tiendo.TargetValue, error) {
	return queryList(ctx, s, "đọc giá trị chỉ tiêu", "SELECT "+valueColumns+" FROM target_values WHERE target_id = $1 ORDER BY id",
		[]any{targetID}, scanValue)
}

const explanationColumns = `id, target_id, period, question, asked_by, asked_at, answer, answered_by, answered_at, version`

func scanExplanation(sc interface{ Scan(...any) error }) (*tiendo.Explanation, error) {
	var e tiendo.Explanation
	err := sc.Scan(&e.ID, &e.TargetID, &e.Period, &e.Question, zeroIDScan{&e.AskedBy}, timeScan{&e.AskedAt},
		&e.Answer, idScan{&e.AnsweredBy}, nullTimeScan{&e.AnsweredAt}, &e.Version)
	return &e, err
}

func normExplanation(e *tiendo.Explanation) {
	e.Period, e.Question, e.Answer = text(e.Period), text(e.Question), text(e.Answer)
	if e.AnsweredAt != nil {
		t := e.AnsweredAt.UTC().Truncate(time.Microsecond)
		e.AnsweredAt = &t
	}
}

// CreateExplanation stores a request and sets ID, Version and AskedAt.
func (s *Store) CreateExplanation(ctx context.Context, e *tiendo.Explanation) error {
	normExplanation(e)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO target_explanations (target_id, period, question, asked_by,
			asked_at, answer, answered_by, answered_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) RETURNING id`,
			e.TargetID, e.Period, e.Question, zeroNull(e.AskedBy), ts(now), e.Answer, nullID(e.AnsweredBy),
			nullTS(e.AnsweredAt)).Scan(&e.ID)
		if err != nil {
			return s.fail(err, "tạo yêu cầu giải trình", "")
		}
		e.AskedAt, e.Version = now, 1
		return nil
	})
}

// FindExplanations lists a target's requests, oldest first.
func (s *Store) FindExplanations(ctx context.Context, targetID int64) ([]*tiendo.Explanation, error) {
	return queryList(ctx, s, "đọc yêu cầu giải trình", "SELECT "+explanationColumns+" FROM target_explanations WHERE target_id = $1 ORDER BY id",
		[]any{targetID}, scanExplanation)
}

// UpdateExplanation writes the answer when e.Version is current.
func (s *Store) UpdateExplanation(ctx context.Context, e *tiendo.Explanation) error {
	normExplanation(e)
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE target_explanations SET answer = $1, answered_by = $2,
			answered_at = $3, version = version + 1 WHERE id = $4 AND version = $5`,
			e.Answer, nullID(e.AnsweredBy), nullTS(e.AnsweredAt), e.ID, e.Version)
		if err != nil {
			return s.fail(err, "ghi giải trình", "")
		}
		if err := s.checkUpdated(ctx, res, "target_explanations", "yêu cầu giải trình", e.ID); err != nil {
			return err
		}
		e.Version++
		return nil
	})
}
