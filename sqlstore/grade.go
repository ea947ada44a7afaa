package sqlstore

import (
	"context"

	"tiendo"
	"tiendo/vn"
)

// SaveGradePoints inserts or replaces the points of one subject and period.
func (s *Store) SaveGradePoints(ctx context.Context, p *tiendo.GradePoints) error {
	if err := p.Validate(); err != nil {
		return err
	}
	p.Note = text(p.Note)
	return s.writeTx(ctx, func(s *Store) error {
		p.UpdatedAt = s.now()
		_, err := s.w().ExecContext(ctx, `INSERT INTO grade_points (period, subject_kind, subject_id, general, bonus,
			note, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (period, subject_kind, subject_id) DO UPDATE SET general = excluded.general,
			bonus = excluded.bonus, note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
			p.Period, string(p.Kind), p.SubjectID, p.General, p.Bonus, p.Note, nullID(p.UpdatedBy), ts(p.UpdatedAt))
		return s.fail(err, "ghi điểm đánh giá", "")
	})
}

// FindGradePoints returns the points of a period for the given subjects,
// by subject id.
func (s *Store) FindGradePoints(ctx context.Context, period string, kind tiendo.SubjectKind, ids []int64) ([]*tiendo.GradePoints, error) {
	var a sqlArgs
	q := `SELECT period, subject_kind, subject_id, general, bonus, note, updated_by, updated_at FROM grade_points
		WHERE period = ` + a.add(period) + " AND subject_kind = " + a.add(string(kind)) + " AND " +
		s.inIDs(&a, "subject_id", ids) + " ORDER BY subject_id"
	return queryList(ctx, s, "đọc điểm đánh giá", q, a, func(r interface{ Scan(...any) error }) (*tiendo.GradePoints, error) {
		var p tiendo.GradePoints
		err := r.Scan(&p.Period, &p.Kind, &p.SubjectID, &p.General, &p.Bonus, &p.Note,
			idScan{&p.UpdatedBy}, timeScan{&p.UpdatedAt})
		return &p, err
	})
}

// SaveGradeMark inserts or replaces the mark of one task.
func (s *Store) SaveGradeMark(ctx context.Context, m *tiendo.GradeMark) error {
	if err := m.Validate(); err != nil {
		return err
	}
	m.Reason = text(m.Reason)
	return s.writeTx(ctx, func(s *Store) error {
		m.UpdatedAt = s.now()
		_, err := s.w().ExecContext(ctx, `INSERT INTO grade_marks (task_id, errors, waived, reason, updated_by, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (task_id) DO UPDATE SET errors = excluded.errors,
			waived = excluded.waived, reason = excluded.reason, updated_by = excluded.updated_by,
			updated_at = excluded.updated_at`,
			m.TaskID, m.Errors, m.Waived, m.Reason, nullID(m.UpdatedBy), ts(m.UpdatedAt))
		return s.fail(err, "ghi đánh giá nhiệm vụ", "")
	})
}

// FindGradeMarks returns the marks of the given tasks, by task id.
func (s *Store) FindGradeMarks(ctx context.Context, taskIDs []int64) ([]*tiendo.GradeMark, error) {
	var a sqlArgs
	q := "SELECT task_id, errors, waived, reason, updated_by, updated_at FROM grade_marks WHERE " +
		s.inIDs(&a, "task_id", taskIDs) + " ORDER BY task_id"
	return queryList(ctx, s, "đọc đánh giá nhiệm vụ", q, a, func(r interface{ Scan(...any) error }) (*tiendo.GradeMark, error) {
		var m tiendo.GradeMark
		err := r.Scan(&m.TaskID, &m.Errors, boolScan{&m.Waived}, &m.Reason, idScan{&m.UpdatedBy},
			timeScan{&m.UpdatedAt})
		return &m, err
	})
}

// FindExplanationRequestsDue returns the explanation requests due in a
// date range, addressed to the given organisations (all when nil), by id.
func (s *Store) FindExplanationRequestsDue(ctx context.Context, from, to vn.Date, orgIDs []int64) ([]*tiendo.ExplanationRequest, error) {
	var a sqlArgs
	q := "SELECT " + explanationRequestColumns + " FROM explanations WHERE due_on >= " + a.add(from) +
		" AND due_on <= " + a.add(to)
	if orgIDs != nil {
		q += " AND " + s.inIDs(&a, "org_id", orgIDs)
	}
	return queryList(ctx, s, "đọc yêu cầu giải trình", q+" ORDER BY id", a, scanExplanationRequest)
}
