package sqlstore

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// Urban-order casework (issue 16 item 2): the catalogue of kinds, cases,
// their steps and files, weekly lists and the statistics.

const caseKindColumns = `id, code, name, grp, deadline_days, active, version, created_at, updated_at`

func scanCaseKind(sc interface{ Scan(...any) error }) (*tiendo.CaseKind, error) {
	var k tiendo.CaseKind
	err := sc.Scan(&k.ID, &k.Code, &k.Name, &k.Group, &k.DeadlineDays, boolScan{&k.Active}, &k.Version,
		timeScan{&k.CreatedAt}, timeScan{&k.UpdatedAt})
	return &k, err
}

// FindCaseKinds lists the catalogue by code.
func (s *Store) FindCaseKinds(ctx context.Context) ([]*tiendo.CaseKind, error) {
	return queryList(ctx, s, "đọc loại vi phạm", "SELECT "+caseKindColumns+" FROM case_kinds ORDER BY code, id", nil, scanCaseKind)
}

// FindCaseKindByID returns one kind.
func (s *Store) FindCaseKindByID(ctx context.Context, id int64) (*tiendo.CaseKind, error) {
	k, err := scanCaseKind(s.q().QueryRowContext(ctx, "SELECT "+caseKindColumns+" FROM case_kinds WHERE id = $1", id))
	if err != nil {
		return nil, s.found(err, "loại vi phạm", id)
	}
	return k, nil
}

const msgKindCode = "Mã loại vi phạm đã được dùng"

// CreateCaseKind stores k.
func (s *Store) CreateCaseKind(ctx context.Context, k *tiendo.CaseKind) error {
	k.Code, k.Name = text(k.Code), text(k.Name)
	now := s.now()
	err := s.w().QueryRowContext(ctx, `INSERT INTO case_kinds (code, name, grp, deadline_days, active, version, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, 1, $6, $6) RETURNING id`, k.Code, k.Name, string(k.Group), k.DeadlineDays, k.Active, ts(now)).Scan(&k.ID)
	if err != nil {
		return s.fail(err, "tạo loại vi phạm", msgKindCode)
	}
	k.Version, k.CreatedAt, k.UpdatedAt = 1, now, now
	return nil
}

// UpdateCaseKind writes k at its version.
func (s *Store) UpdateCaseKind(ctx context.Context, k *tiendo.CaseKind) error {
	k.Code, k.Name = text(k.Code), text(k.Name)
	now := s.now()
	res, err := s.w().ExecContext(ctx, `UPDATE case_kinds SET code = $1, name = $2, grp = $3, deadline_days = $4,
		active = $5, updated_at = $6, version = version + 1 WHERE id = $7 AND version = $8`,
		k.Code, k.Name, string(k.Group), k.DeadlineDays, k.Active, ts(now), k.ID, k.Version)
	if err != nil {
		return s.fail(err, "cập nhật loại vi phạm", msgKindCode)
	}
	if err := s.checkUpdated(ctx, res, "case_kinds", "loại vi phạm", k.ID); err != nil {
		return err
	}
	k.Version++
	k.UpdatedAt = now
	return nil
}

const caseColumns = `c.id, c.ward_id, c.place_id, c.address, c.kind_id, c.description, c.reporter, c.reporter_name,
	c.reporter_phone, c.found_on, c.status, c.assigned_org_id, c.assignee_id, c.assigned_on, c.deadline_days, c.due,
	c.result, c.closed_on, c.repeat_of, c.weekly_list_id, c.created_by, c.created_at, c.updated_at, c.version`

func scanCase(sc interface{ Scan(...any) error }) (*tiendo.Case, error) {
	var c tiendo.Case
	err := sc.Scan(&c.ID, &c.WardID, idScan{&c.PlaceID}, &c.Address, &c.KindID, &c.Description, &c.Reporter,
		&c.ReporterName, &c.ReporterPhone, &c.FoundOn, &c.Status, idScan{&c.AssignedOrgID}, idScan{&c.AssigneeID},
		&c.AssignedOn, &c.DeadlineDays, &c.Due, &c.Result, &c.ClosedOn, idScan{&c.RepeatOf}, idScan{&c.WeeklyListID},
		zeroIDScan{&c.CreatedBy}, timeScan{&c.CreatedAt}, timeScan{&c.UpdatedAt}, &c.Version)
	if err != nil {
		return nil, err
	}
	c.Steps, c.Files = []tiendo.CaseStep{}, []tiendo.Attachment{}
	return &c, nil
}

func normCase(c *tiendo.Case) {
	c.Address, c.Description, c.ReporterName = text(c.Address), text(c.Description), text(c.ReporterName)
	c.ReporterPhone, c.Result = text(c.ReporterPhone), text(c.Result)
}

// caseFolded is the search text of a case: its description, its address
// and its place's name.
func (s *Store) caseFolded(ctx context.Context, c *tiendo.Case) (string, error) {
	var place string
	if c.PlaceID != nil {
		if err := s.q().QueryRowContext(ctx, "SELECT COALESCE((SELECT name FROM places WHERE id = $1), '')",
			*c.PlaceID).Scan(&place); err != nil {
			return "", s.fail(err, "đọc địa bàn của vụ việc", "")
		}
	}
	return folded(c.Description, c.Address, place), nil
}

// FindCaseByID returns a case with its steps and files.
func (s *Store) FindCaseByID(ctx context.Context, id int64) (*tiendo.Case, error) {
	c, err := scanCase(s.q().QueryRowContext(ctx, "SELECT "+caseColumns+" FROM cases c WHERE c.id = $1", id))
	if err != nil {
		return nil, s.found(err, "vụ việc", id)
	}
	steps, err := queryList(ctx, s, "đọc bước xử lý", `SELECT st.id, st.case_id, st.kind, st.on_day, st.note, st.doc_no,
		st.amount, st.by_id, COALESCE(a.login, ''), st.closing, st.created_at
		FROM case_steps st LEFT JOIN accounts a ON a.id = st.by_id WHERE st.case_id = $1 ORDER BY st.id`, []any{id},
		func(r interface{ Scan(...any) error }) (*tiendo.CaseStep, error) {
			var st tiendo.CaseStep
			err := r.Scan(&st.ID, &st.CaseID, &st.Kind, &st.On, &st.Note, &st.DocNo, &st.Amount, zeroIDScan{&st.ByID},
				&st.By, boolScan{&st.Closing}, timeScan{&st.CreatedAt})
			st.Files = []tiendo.Attachment{}
			return &st, err
		})
	if err != nil {
		return nil, err
	}
	if c.Deadlines, err = s.caseDeadlines(ctx, id); err != nil {
		return nil, err
	}
	byStep := map[int64]int{}
	for i, st := range steps {
		c.Steps = append(c.Steps, *st)
		byStep[st.ID] = i
	}
	err = eachRow(ctx, s, "đọc tệp của vụ việc", `SELECT id, step_id, name, content_type, size, sha256
		FROM case_files WHERE case_id = $1 ORDER BY id`, []any{id}, func(r interface{ Scan(...any) error }) error {
		var at tiendo.Attachment
		var step int64
		if err := r.Scan(&at.ID, &step, &at.Name, &at.ContentType, &at.Size, &at.SHA256); err != nil {
			return err
		}
		c.Files = append(c.Files, at)
		if i, ok := byStep[step]; ok {
			c.Steps[i].Files = append(c.Steps[i].Files, at)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// caseAsOf is f.AsOf, today when unset.
func (s *Store) caseAsOf(d vn.Date) vn.Date {
	if d.IsZero() {
		return tiendo.Today(s.clock)
	}
	return d
}

// caseClosedBy is true when the case was closed on or before the as-of
// date bound to at.
func caseClosedBy(at string) string {
	return "(c.status = 'closed' AND c.closed_on IS NOT NULL AND c.closed_on <= " + at + " AND c.found_on <= " + at + ")"
}

// caseTimeliness is the SQL twin of Case.TimelinessAt for one category.
func caseTimeliness(a *sqlArgs, t tiendo.Timeliness, asOf vn.Date) string {
	if !slices.Contains([]tiendo.Timeliness{tiendo.DoneOnTime, tiendo.DoneLate, tiendo.InProgress, tiendo.Overdue}, t) {
		return "1 = 0" // cases are never continuous nor excluded once found
	}
	at := a.add(asOf)
	switch t {
	case tiendo.DoneOnTime:
		return "(" + caseClosedBy(at) + " AND (c.due IS NULL OR c.closed_on <= c.due))"
	case tiendo.DoneLate:
		return "(" + caseClosedBy(at) + " AND c.due IS NOT NULL AND c.closed_on > c.due)"
	case tiendo.InProgress:
		return "(c.found_on <= " + at + " AND NOT " + caseClosedBy(at) + " AND (c.due IS NULL OR c.due >= " + at + "))"
	case tiendo.Overdue:
		return "(c.found_on <= " + at + " AND NOT " + caseClosedBy(at) + " AND c.due < " + at + ")"
	}
	return "1 = 0"
}

// caseInPeriod is the SQL twin of Case.InPeriod.
func caseInPeriod(a *sqlArgs, p tiendo.DateRange, asOf vn.Date) string {
	conds := []string{"c.found_on <= " + a.add(asOf)}
	if !p.To.IsZero() {
		conds = append(conds, "c.found_on <= "+a.add(p.To))
	}
	if !p.From.IsZero() {
		conds = append(conds, "(NOT "+caseClosedBy(a.add(asOf))+" OR c.closed_on >= "+a.add(p.From)+")")
	}
	return "(" + strings.Join(conds, " AND ") + ")"
}

// caseScope keeps the cases the service's scope allows; "" when unscoped.
func (s *Store) caseScope(a *sqlArgs, orgs []int64, person int64, unscoped bool) string {
	if unscoped {
		return ""
	}
	conds := []string{s.inIDs(a, "c.ward_id", orgs), "(c.assigned_org_id IS NOT NULL AND " + s.inIDs(a, "c.assigned_org_id", orgs) + ")"}
	if person != 0 {
		conds = append(conds, "c.assignee_id = "+a.add(person))
	}
	return "(" + strings.Join(conds, " OR ") + ")"
}

// caseWhere builds the conditions of f.
func (s *Store) caseWhere(a *sqlArgs, f tiendo.CaseFilter) []string {
	var conds []string
	if sc := s.caseScope(a, f.ScopeOrgIDs, f.ScopePersonID, f.Unscoped); sc != "" {
		conds = append(conds, sc)
	}
	asOf := s.caseAsOf(f.AsOf)
	if f.IDs != nil {
		conds = append(conds, s.inIDs(a, "c.id", f.IDs))
	}
	if ws := queryWords(f.Query); len(ws) > 0 {
		conds = append(conds, likeWords(a, "c.search_folded", ws))
	}
	if f.WardIDs != nil {
		conds = append(conds, s.inIDs(a, "c.ward_id", f.WardIDs))
	}
	if f.PlaceID != nil {
		if *f.PlaceID == 0 {
			conds = append(conds, "c.place_id IS NULL")
		} else {
			conds = append(conds, "c.place_id = "+a.add(*f.PlaceID))
		}
	}
	if f.Address != "" || f.NoAddress {
		conds = append(conds, "c.address_folded = "+a.add(folded(f.Address)))
	}
	if f.KindIDs != nil {
		conds = append(conds, s.inIDs(a, "c.kind_id", f.KindIDs))
	}
	if f.Statuses != nil {
		conds = append(conds, inStrings(a, "c.status", f.Statuses))
	}
	if f.Timeliness != nil {
		ts := make([]string, 0, len(f.Timeliness))
		for _, t := range f.Timeliness {
			ts = append(ts, caseTimeliness(a, t, asOf))
		}
		if len(ts) == 0 {
			ts = append(ts, "1 = 0")
		}
		conds = append(conds, "("+strings.Join(ts, " OR ")+")")
	}
	if !f.Found.From.IsZero() {
		conds = append(conds, "c.found_on >= "+a.add(f.Found.From))
	}
	if !f.Found.To.IsZero() {
		conds = append(conds, "c.found_on <= "+a.add(f.Found.To))
	}
	if !f.Period.IsZero() {
		conds = append(conds, caseInPeriod(a, f.Period, asOf))
	}
	if !f.Due.From.IsZero() {
		conds = append(conds, "c.due >= "+a.add(f.Due.From))
	}
	if !f.Due.To.IsZero() {
		conds = append(conds, "c.due <= "+a.add(f.Due.To))
	}
	if f.AssignedOrgIDs != nil {
		conds = append(conds, "(c.assigned_org_id IS NOT NULL AND "+s.inIDs(a, "c.assigned_org_id", f.AssignedOrgIDs)+")")
	}
	if f.AssigneeID != nil {
		if *f.AssigneeID == 0 {
			conds = append(conds, "c.assignee_id IS NULL")
		} else {
			conds = append(conds, "c.assignee_id = "+a.add(*f.AssigneeID))
		}
	}
	if f.Repeat != nil {
		if *f.Repeat {
			conds = append(conds, "c.repeat_of IS NOT NULL")
		} else {
			conds = append(conds, "c.repeat_of IS NULL")
		}
	}
	if f.RepeatOf != nil {
		conds = append(conds, "c.repeat_of = "+a.add(*f.RepeatOf))
	}
	if f.WeeklyListID != nil {
		conds = append(conds, "c.weekly_list_id = "+a.add(*f.WeeklyListID))
	}
	return conds
}

// FindCases returns one page of cases and the total.
func (s *Store) FindCases(ctx context.Context, f tiendo.CaseFilter) ([]*tiendo.Case, int, error) {
	var a sqlArgs
	w := where(s.caseWhere(&a, f))
	total, err := s.count(ctx, "SELECT COUNT(*) FROM cases c"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm vụ việc", "")
	}
	dir := " DESC"
	if f.Desc {
		dir = ""
	}
	order := " ORDER BY c.found_on" + dir + ", c.id" + dir
	switch f.Sort {
	case tiendo.CaseSortID:
		order = " ORDER BY c.id" + flip(f.Desc)
	case tiendo.CaseSortDue, tiendo.CaseSortOverdue:
		order = " ORDER BY c.due IS NULL, c.due" + flip(f.Desc) + ", c.id" + flip(f.Desc)
	}
	list, err := queryList(ctx, s, "đọc vụ việc", "SELECT "+caseColumns+" FROM cases c"+w+order+limit(&a, f.Page), a, scanCase)
	if err != nil {
		return nil, 0, err
	}
	return list, total, nil
}

func flip(desc bool) string {
	if desc {
		return " DESC"
	}
	return ""
}

// caseArgs are the 21 written columns of a case, in the order of the
// INSERT and the UPDATE.
func caseArgs(c *tiendo.Case, search string) []any {
	return []any{c.WardID, nullID(c.PlaceID), c.Address, folded(c.Address), c.KindID, c.Description, search,
		string(c.Reporter), c.ReporterName, c.ReporterPhone, c.FoundOn, string(c.Status), nullID(c.AssignedOrgID),
		nullID(c.AssigneeID), c.AssignedOn, c.DeadlineDays, c.Due, c.Result, c.ClosedOn, nullID(c.RepeatOf),
		nullID(c.WeeklyListID)}
}

// CreateCase stores c.
func (s *Store) CreateCase(ctx context.Context, c *tiendo.Case) error {
	normCase(c)
	return s.writeTx(ctx, func(s *Store) error {
		search, err := s.caseFolded(ctx, c)
		if err != nil {
			return err
		}
		now := s.now()
		err = s.w().QueryRowContext(ctx, `INSERT INTO cases (ward_id, place_id, address, address_folded, kind_id,
			description, search_folded, reporter, reporter_name, reporter_phone, found_on, status, assigned_org_id,
			assignee_id, assigned_on, deadline_days, due, result, closed_on, repeat_of, weekly_list_id, created_by,
			created_at, updated_at, version)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
			$23, $23, 1) RETURNING id`, append(caseArgs(c, search), zeroNull(c.CreatedBy), ts(now))...).Scan(&c.ID)
		if err != nil {
			return s.fail(err, "tạo vụ việc", "")
		}
		c.Version, c.CreatedAt, c.UpdatedAt = 1, now, now
		if c.Steps == nil {
			c.Steps = []tiendo.CaseStep{}
		}
		if c.Files == nil {
			c.Files = []tiendo.Attachment{}
		}
		return nil
	})
}

// UpdateCase writes c's fields at its version.
func (s *Store) UpdateCase(ctx context.Context, c *tiendo.Case) error {
	normCase(c)
	return s.writeTx(ctx, func(s *Store) error {
		search, err := s.caseFolded(ctx, c)
		if err != nil {
			return err
		}
		now := s.now()
		res, err := s.w().ExecContext(ctx, `UPDATE cases SET ward_id = $1, place_id = $2, address = $3,
			address_folded = $4, kind_id = $5, description = $6, search_folded = $7, reporter = $8, reporter_name = $9,
			reporter_phone = $10, found_on = $11, status = $12, assigned_org_id = $13, assignee_id = $14,
			assigned_on = $15, deadline_days = $16, due = $17, result = $18, closed_on = $19, repeat_of = $20,
			weekly_list_id = $21, updated_at = $22, version = version + 1 WHERE id = $23 AND version = $24`,
			append(caseArgs(c, search), ts(now), c.ID, c.Version)...)
		if err != nil {
			return s.fail(err, "cập nhật vụ việc", "")
		}
		if err := s.checkUpdated(ctx, res, "cases", "vụ việc", c.ID); err != nil {
			return err
		}
		c.Version++
		c.UpdatedAt = now
		return nil
	})
}

// caseDeadlines reads a case's changes of deadline, oldest first.
func (s *Store) caseDeadlines(ctx context.Context, id int64) ([]tiendo.CaseDeadline, error) {
	out := []tiendo.CaseDeadline{}
	err := eachRow(ctx, s, "đọc thay đổi thời hạn", `SELECT d.id, d.case_id, d.previous_due, d.due, d.reason, d.by_id,
		COALESCE(a.login, ''), d.created_at FROM case_deadlines d LEFT JOIN accounts a ON a.id = d.by_id
		WHERE d.case_id = $1 ORDER BY d.id`, []any{id}, func(r interface{ Scan(...any) error }) error {
		var d tiendo.CaseDeadline
		if err := r.Scan(&d.ID, &d.CaseID, &d.PreviousDue, &d.Due, &d.Reason, zeroIDScan{&d.ByID}, &d.By,
			timeScan{&d.CreatedAt}); err != nil {
			return err
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// CreateCaseDeadline stores a change of a case's deadline.
func (s *Store) CreateCaseDeadline(ctx context.Context, d *tiendo.CaseDeadline) error {
	d.Reason = text(d.Reason)
	return s.writeTx(ctx, func(s *Store) error {
		d.CreatedAt = s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO case_deadlines (case_id, previous_due, due, reason, by_id, created_at)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, d.CaseID, d.PreviousDue, d.Due, d.Reason, zeroNull(d.ByID),
			ts(d.CreatedAt)).Scan(&d.ID)
		if err != nil {
			return s.fail(err, "lưu thay đổi thời hạn", "")
		}
		return s.fail(s.w().QueryRowContext(ctx, "SELECT COALESCE((SELECT login FROM accounts WHERE id = $1), '')",
			zeroNull(d.ByID)).Scan(&d.By), "đọc người đổi thời hạn", "")
	})
}

// CreateCaseStep stores a step with its files.
func (s *Store) CreateCaseStep(ctx context.Context, st *tiendo.CaseStep) error {
	st.Note, st.DocNo = text(st.Note), text(st.DocNo)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO case_steps (case_id, kind, on_day, note, doc_no, amount, by_id,
			closing, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			st.CaseID, string(st.Kind), st.On, st.Note, st.DocNo, st.Amount, zeroNull(st.ByID), st.Closing, ts(now)).Scan(&st.ID)
		if err != nil {
			return s.fail(err, "lưu bước xử lý", "")
		}
		st.CreatedAt = now
		if err := s.w().QueryRowContext(ctx, "SELECT COALESCE((SELECT login FROM accounts WHERE id = $1), '')",
			zeroNull(st.ByID)).Scan(&st.By); err != nil {
			return s.fail(err, "đọc người ghi bước xử lý", "")
		}
		for i := range st.Files {
			at := &st.Files[i]
			at.Name, at.ContentType, at.Size = text(at.Name), text(at.ContentType), int64(len(at.Data))
			data := at.Data
			if data == nil {
				data = []byte{}
			}
			if err := s.w().QueryRowContext(ctx, `INSERT INTO case_files (case_id, step_id, name, content_type, size,
				sha256, data) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
				st.CaseID, st.ID, at.Name, at.ContentType, at.Size, at.SHA256, data).Scan(&at.ID); err != nil {
				return s.fail(err, "lưu tệp của vụ việc", "")
			}
		}
		if st.Files == nil {
			st.Files = []tiendo.Attachment{}
		}
		return nil
	})
}

// FindCaseFile returns one file with its data and its case's id.
func (s *Store) FindCaseFile(ctx context.Context, id int64) (*tiendo.Attachment, int64, error) {
	var at tiendo.Attachment
	var caseID int64
	err := s.q().QueryRowContext(ctx, `SELECT id, name, content_type, size, sha256, data, case_id FROM case_files
		WHERE id = $1`, id).Scan(&at.ID, &at.Name, &at.ContentType, &at.Size, &at.SHA256, &at.Data, &caseID)
	if err != nil {
		return nil, 0, s.found(err, "tệp", id)
	}
	if at.Data == nil {
		at.Data = []byte{}
	}
	return &at, caseID, nil
}

// CaseStats counts the cases of q.Period at q.AsOf per group, with the
// same predicates as the lists (caseTimeliness, caseInPeriod), so every
// cell equals the total of its drill-down list.
func (s *Store) CaseStats(ctx context.Context, q tiendo.CaseStatsQuery) ([]tiendo.CaseStatsRow, error) {
	asOf := s.caseAsOf(q.AsOf)
	var a sqlArgs
	f := tiendo.CaseFilter{Period: q.Period, AsOf: asOf, WardIDs: q.WardIDs, PlaceID: q.PlaceID, KindIDs: q.KindIDs,
		ScopeOrgIDs: q.ScopeOrgIDs, ScopePersonID: q.ScopePersonID, Unscoped: q.Unscoped}
	var key string
	switch q.Group {
	case tiendo.CaseByWard:
		key = "c.ward_id"
	case tiendo.CaseByPlace:
		key = "c.place_id"
	case tiendo.CaseByKind:
		key = "c.kind_id"
	case tiendo.CaseByWeek, tiendo.CaseByMonth:
		key = "c.found_on"
	case "":
		key = "NULL"
	default:
		return nil, tiendo.FieldError("group", "Cách nhóm không hợp lệ")
	}
	sum := func(pred string) string { return "COALESCE(SUM(CASE WHEN " + pred + " THEN 1 ELSE 0 END), 0)" }
	found := "1 = 1"
	if !q.Period.From.IsZero() {
		found = "c.found_on >= " + a.add(q.Period.From)
	}
	cols := []string{key, "COUNT(*)", sum(found), sum(caseTimeliness(&a, tiendo.DoneOnTime, asOf)),
		sum(caseTimeliness(&a, tiendo.DoneLate, asOf)), sum(caseTimeliness(&a, tiendo.InProgress, asOf)),
		sum(caseTimeliness(&a, tiendo.Overdue, asOf)), sum("c.repeat_of IS NOT NULL")}
	conds := s.caseWhere(&a, f)
	if q.Period.IsZero() {
		conds = append(conds, caseInPeriod(&a, q.Period, asOf))
	}
	query := "SELECT " + strings.Join(cols, ", ") + " FROM cases c" + where(conds)
	if key != "NULL" {
		query += " GROUP BY " + key
	}
	byKey := map[string]*tiendo.CaseStatsRow{}
	var order []string
	err := eachRow(ctx, s, "thống kê vụ việc", query, a, func(r interface{ Scan(...any) error }) error {
		var id *int64
		var day vn.Date
		var n tiendo.CaseCounts
		var dest any = idScan{&id}
		if key == "c.found_on" {
			dest = &day
		}
		if err := r.Scan(dest, &n.Total, &n.Found, &n.DoneOnTime, &n.DoneLate, &n.Open, &n.Overdue, &n.Repeat); err != nil {
			return err
		}
		if n.Total == 0 {
			return nil
		}
		k := ""
		switch {
		case key == "c.found_on":
			k = tiendo.CaseGroupKey(q.Group, &tiendo.Case{FoundOn: day})
		case id != nil:
			k = strconv.FormatInt(*id, 10)
		}
		row := byKey[k]
		if row == nil {
			row = &tiendo.CaseStatsRow{Key: k}
			byKey[k] = row
			order = append(order, k)
		}
		row.Add(n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]tiendo.CaseStatsRow, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	return out, nil
}

// CreateWeeklyList stores l with its rows.
func (s *Store) CreateWeeklyList(ctx context.Context, l *tiendo.WeeklyList) error {
	l.Note = text(l.Note)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO weekly_lists (ward_id, group_place_id, week_from, week_to, note,
			status, submitted_by, version, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8) RETURNING id`,
			l.WardID, nullID(l.GroupPlaceID), l.Week.From, l.Week.To, l.Note, string(l.Status), zeroNull(l.SubmittedBy),
			ts(now)).Scan(&l.ID)
		if err != nil {
			return s.fail(err, "lưu danh sách tuần", "")
		}
		l.Version, l.CreatedAt = 1, now
		for i := range l.Rows {
			r := &l.Rows[i]
			r.Row = i + 1
			r.Address, r.Description = text(r.Address), text(r.Description)
			if _, err := s.w().ExecContext(ctx, `INSERT INTO weekly_list_rows (list_id, row_no, place_id, address, kind_id,
				description, found_on, outcome, case_id, duplicate_of) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
				l.ID, r.Row, nullID(r.PlaceID), r.Address, r.KindID, r.Description, r.FoundOn, string(r.Outcome),
				nullID(r.CaseID), nullID(r.DuplicateOf)); err != nil {
				return s.fail(err, "lưu dòng của danh sách tuần", "")
			}
		}
		if l.Rows == nil {
			l.Rows = []tiendo.WeeklyListRow{}
		}
		return nil
	})
}

const weeklyListColumns = `l.id, l.ward_id, l.group_place_id, l.week_from, l.week_to, l.note, l.status, l.submitted_by,
	l.processed_by, l.processed_at, l.version, l.created_at`

func scanWeeklyList(sc interface{ Scan(...any) error }) (*tiendo.WeeklyList, error) {
	var l tiendo.WeeklyList
	err := sc.Scan(&l.ID, &l.WardID, idScan{&l.GroupPlaceID}, &l.Week.From, &l.Week.To, &l.Note, &l.Status,
		zeroIDScan{&l.SubmittedBy}, idScan{&l.ProcessedBy}, nullTimeScan{&l.ProcessedAt}, &l.Version, timeScan{&l.CreatedAt})
	l.Rows = []tiendo.WeeklyListRow{}
	return &l, err
}

// FindWeeklyListByID returns a list with its rows.
func (s *Store) FindWeeklyListByID(ctx context.Context, id int64) (*tiendo.WeeklyList, error) {
	l, err := scanWeeklyList(s.q().QueryRowContext(ctx, "SELECT "+weeklyListColumns+" FROM weekly_lists l WHERE l.id = $1", id))
	if err != nil {
		return nil, s.found(err, "danh sách tuần", id)
	}
	err = eachRow(ctx, s, "đọc dòng của danh sách tuần", `SELECT row_no, place_id, address, kind_id, description, found_on,
		outcome, case_id, duplicate_of FROM weekly_list_rows WHERE list_id = $1 ORDER BY row_no`, []any{id},
		func(r interface{ Scan(...any) error }) error {
			var w tiendo.WeeklyListRow
			if err := r.Scan(&w.Row, idScan{&w.PlaceID}, &w.Address, &w.KindID, &w.Description, &w.FoundOn, &w.Outcome,
				idScan{&w.CaseID}, idScan{&w.DuplicateOf}); err != nil {
				return err
			}
			l.Rows = append(l.Rows, w)
			return nil
		})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// FindWeeklyLists returns one page of lists, newest week first.
func (s *Store) FindWeeklyLists(ctx context.Context, f tiendo.WeeklyListFilter) ([]*tiendo.WeeklyList, int, error) {
	var a sqlArgs
	var conds []string
	if f.WardIDs != nil {
		conds = append(conds, s.inIDs(&a, "l.ward_id", f.WardIDs))
	}
	if f.GroupPlaceID != nil {
		conds = append(conds, "l.group_place_id = "+a.add(*f.GroupPlaceID))
	}
	if f.Status != "" {
		conds = append(conds, "l.status = "+a.add(string(f.Status)))
	}
	if !f.Week.From.IsZero() {
		conds = append(conds, "l.week_to >= "+a.add(f.Week.From))
	}
	if !f.Week.To.IsZero() {
		conds = append(conds, "l.week_from <= "+a.add(f.Week.To))
	}
	if f.SubmittedBy != 0 {
		conds = append(conds, "l.submitted_by = "+a.add(f.SubmittedBy))
	}
	w := where(conds)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM weekly_lists l"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm danh sách tuần", "")
	}
	list, err := queryList(ctx, s, "đọc danh sách tuần", "SELECT "+weeklyListColumns+" FROM weekly_lists l"+w+
		" ORDER BY l.week_from DESC, l.id DESC"+limit(&a, f.Page), a, scanWeeklyList)
	return list, total, err
}

// UpdateWeeklyList writes the status, the processing and the rows'
// outcomes at l's version.
func (s *Store) UpdateWeeklyList(ctx context.Context, l *tiendo.WeeklyList) error {
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE weekly_lists SET status = $1, processed_by = $2, processed_at = $3,
			version = version + 1 WHERE id = $4 AND version = $5`,
			string(l.Status), nullID(l.ProcessedBy), nullTS(l.ProcessedAt), l.ID, l.Version)
		if err != nil {
			return s.fail(err, "cập nhật danh sách tuần", "")
		}
		if err := s.checkUpdated(ctx, res, "weekly_lists", "danh sách tuần", l.ID); err != nil {
			return err
		}
		for _, r := range l.Rows {
			if _, err := s.w().ExecContext(ctx, `UPDATE weekly_list_rows SET outcome = $1, case_id = $2, duplicate_of = $3
				WHERE list_id = $4 AND row_no = $5`, string(r.Outcome), nullID(r.CaseID), nullID(r.DuplicateOf), l.ID, r.Row); err != nil {
				return s.fail(err, "cập nhật dòng của danh sách tuần", "")
			}
		}
		l.Version++
		return nil
	})
}
