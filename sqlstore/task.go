package sqlstore

import (
	"context"
	"database/sql"
	"slices"

	"tiendo"
)

const taskColumns = `t.id, t.document_id, t.source_clause, t.source_text, t.title, t.expected_output,
	t.lead_org_id, t.report_to_org_id, t.assigner_id, t.assigned_by_org_id, t.assignee_id, t.parent_id,
	t.series_id, t.category, t.priority, t.regular_duty, t.weight, t.place, t.place_id, t.deadline_kind,
	t.deadline_text, t.recurrence, t.original_due, t.due, t.assigned_on, t.status, t.status_reason,
	t.percent, t.reported_on, t.completed_on, t.extensions, t.created_by, t.created_at, t.updated_at,
	t.version`

func scanTask(sc interface{ Scan(...any) error }) (*tiendo.Task, error) {
	var t tiendo.Task
	err := sc.Scan(&t.ID, idScan{&t.DocumentID}, &t.SourceClause, &t.SourceText, &t.Title, &t.ExpectedOutput,
		&t.LeadOrgID, idScan{&t.ReportToOrgID}, idScan{&t.AssignerID}, idScan{&t.AssignedByOrg},
		idScan{&t.AssigneeID}, idScan{&t.ParentID}, idScan{&t.SeriesID}, &t.Category, &t.Priority,
		boolScan{&t.RegularDuty}, &t.Weight, &t.Place, idScan{&t.PlaceID}, &t.DeadlineKind, &t.DeadlineText, &t.Recurrence,
		&t.OriginalDue, &t.Due, &t.AssignedOn, &t.Status, &t.StatusReason, &t.Percent, &t.ReportedOn,
		&t.CompletedOn, &t.Extensions, zeroIDScan{&t.CreatedBy}, timeScan{&t.CreatedAt},
		timeScan{&t.UpdatedAt}, &t.Version)
	if err != nil {
		return nil, err
	}
	t.CoopOrgIDs = []int64{}
	return &t, nil
}

// FindTaskByID returns one task with its cooperating organisations.
func (s *Store) FindTaskByID(ctx context.Context, id int64) (*tiendo.Task, error) {
	t, err := scanTask(s.q().QueryRowContext(ctx, "SELECT "+taskColumns+" FROM tasks t WHERE t.id = $1", id))
	if err != nil {
		return nil, s.found(err, "nhiệm vụ", id)
	}
	if err := s.loadCoopOrgs(ctx, []*tiendo.Task{t}); err != nil {
		return nil, err
	}
	return t, nil
}

// readTasks runs a query of taskColumns and loads the tasks' cooperating
// organisations.
func (s *Store) readTasks(ctx context.Context, q string, args []any) ([]*tiendo.Task, error) {
	tasks, err := queryList(ctx, s, "đọc nhiệm vụ", q, args, scanTask)
	if err != nil {
		return nil, err
	}
	if err := s.loadCoopOrgs(ctx, tasks); err != nil {
		return nil, err
	}
	return tasks, nil
}

// loadCoopOrgs fills CoopOrgIDs of the given tasks.
func (s *Store) loadCoopOrgs(ctx context.Context, tasks []*tiendo.Task) error {
	if len(tasks) == 0 {
		return nil
	}
	ids := make([]int64, len(tasks))
	for i, t := range tasks {
		ids[i] = t.ID
	}
	var a sqlArgs
	m, err := s.loadPairs(ctx, "SELECT task_id, org_id FROM task_orgs WHERE "+s.inIDs(&a, "task_id", ids)+
		" AND role = 'cooperating' ORDER BY task_id, org_id", a)
	if err != nil {
		return s.fail(err, "đọc đơn vị phối hợp", "")
	}
	for _, t := range tasks {
		t.CoopOrgIDs = append([]int64{}, m[t.ID]...)
	}
	return nil
}

func normTask(t *tiendo.Task) {
	t.SourceClause, t.SourceText, t.Title = text(t.SourceClause), text(t.SourceText), text(t.Title)
	t.ExpectedOutput, t.Place, t.DeadlineText = text(t.ExpectedOutput), text(t.Place), text(t.DeadlineText)
	t.Recurrence, t.StatusReason = text(t.Recurrence), text(t.StatusReason)
}

// taskFolded computes a task's search text: title, source sentence, place,
// the source document's number and the lead organisation's name.
func (s *Store) taskFolded(ctx context.Context, t *tiendo.Task) (string, error) {
	var number, org sql.NullString
	err := s.hot().QueryRowContext(ctx, sqlTaskFolded, nullID(t.DocumentID), t.LeadOrgID).Scan(&number, &org)
	if err != nil {
		return "", s.fail(err, "đọc nhiệm vụ", "")
	}
	return folded(t.Title, t.SourceText, t.Place, number.String, org.String), nil
}

// Statements of task creation, prepared once (see hotStatements).
const (
	sqlTaskFolded = `SELECT (SELECT number FROM documents WHERE id = $1), (SELECT name FROM orgs WHERE id = $2)`
	sqlInsertTask = `INSERT INTO tasks (document_id, source_clause, source_text, title,
		expected_output, lead_org_id, report_to_org_id, assigner_id, assigned_by_org_id, assignee_id, parent_id,
		series_id, category, priority, regular_duty, weight, place, deadline_kind, deadline_text, recurrence,
		original_due, due, assigned_on, status, status_reason, percent, reported_on, completed_on, extensions,
		created_by, search_folded, place_id, version, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
		$21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $33, 1, $32, $32) RETURNING id`
	sqlInsertTaskOrg = `INSERT INTO task_orgs (task_id, org_id, role, due, status, completed_on, assigned_on)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`
)

// CreateTask stores t with its cooperating organisations and sets ID,
// Version, CreatedAt and UpdatedAt.
func (s *Store) CreateTask(ctx context.Context, t *tiendo.Task) error {
	normTask(t)
	return s.writeTx(ctx, func(s *Store) error {
		search, err := s.taskFolded(ctx, t)
		if err != nil {
			return err
		}
		now := s.now()
		q, args := sqlInsertTask, []any{
			nullID(t.DocumentID), t.SourceClause, t.SourceText, t.Title, t.ExpectedOutput, t.LeadOrgID,
			nullID(t.ReportToOrgID), nullID(t.AssignerID), nullID(t.AssignedByOrg), nullID(t.AssigneeID),
			nullID(t.ParentID), nullID(t.SeriesID), string(t.Category), string(t.Priority), t.RegularDuty,
			t.Weight, t.Place, string(t.DeadlineKind), t.DeadlineText, t.Recurrence, t.OriginalDue, t.Due,
			t.AssignedOn, string(t.Status), t.StatusReason, t.Percent, t.ReportedOn, t.CompletedOn,
			t.Extensions, zeroNull(t.CreatedBy), search, ts(now), nullID(t.PlaceID)}
		withRows := s.d.WritesInWith()
		if withRows {
			q = insertTaskWithRowsSQL(s.d)
			args = append(args, jsonIDs(taskOrgIDs(t)), jsonIDs(scopeParts(t)))
		}
		if err := s.hot().QueryRowContext(ctx, q, args...).Scan(&t.ID); err != nil {
			return s.fail(err, "tạo nhiệm vụ", "")
		}
		t.Version, t.CreatedAt, t.UpdatedAt = 1, now, now
		if withRows {
			if t.CoopOrgIDs == nil {
				t.CoopOrgIDs = []int64{}
			}
			return nil
		}
		return s.writeTaskOrgs(ctx, t)
	})
}

// insertTaskWithRowsSQL is sqlInsertTask with the task_orgs rows
// (writeTaskOrgs: the organisations of the JSON array $34, the first
// the lead) and the task_scopes rows (writeTaskScopes: from the JSON
// array $35) written by the same statement, for engines whose WITH may
// insert (Dialect.WritesInWith): one round trip to the server instead of
// three or more (issue 18). The rows copy the inserted task's columns,
// as the separate statements copy them from the table.
func insertTaskWithRowsSQL(d Dialect) string {
	return `WITH RECURSIVE t AS (` + sqlInsertTask + `, lead_org_id, due, status, completed_on, assigned_on),
		o AS (INSERT INTO task_orgs (task_id, org_id, role, due, status, completed_on, assigned_on)
			SELECT t.id, x.id, CASE WHEN x.id = t.lead_org_id THEN '` + string(tiendo.AsLead) + `' ELSE '` +
		string(tiendo.AsCooperating) + `' END, t.due, t.status, t.completed_on, t.assigned_on
			FROM t, (` + d.IDSet("$34") + `) AS x(id)),
		` + scopesUpSQL(d, "$35") + `,
		s AS (` + sqlInsertScopes + `t WHERE up.id IS NOT NULL)
		SELECT id FROM t`
}

// UpdateTask writes t and replaces its cooperating organisations when
// t.Version is current; ECONFLICT when another write came first. A write
// that changes what timeliness reads keeps the state it replaces in
// task_history (recordTaskState).
//
// It sets only the columns whose value changes (taskSets), besides the
// time and the version, and recomputes the search text only when what it
// is made of changes: SQLite rewrites the entries of
// every index holding a column an UPDATE sets, changed or not, and an
// edit of a title or place touched all ten indexes of tasks (issue 18).
func (s *Store) UpdateTask(ctx context.Context, t *tiendo.Task) error {
	normTask(t)
	return s.writeTx(ctx, func(s *Store) error {
		old, err := scanTask(s.w().QueryRowContext(ctx, "SELECT "+taskColumns+" FROM tasks t WHERE t.id = $1", t.ID))
		if err != nil {
			return s.found(err, "nhiệm vụ", t.ID)
		}
		if err := s.recordTaskState(ctx, t, old); err != nil {
			return err
		}
		now := s.now()
		var a sqlArgs
		q := "UPDATE tasks SET "
		for _, c := range taskSets {
			if v := c.value(t); v != c.value(old) {
				q += c.col + " = " + a.add(v) + ", "
			}
		}
		// The search text is made of these (taskFolded); a write that
		// keeps them (a report, a confirmation) keeps it.
		if t.Title != old.Title || t.SourceText != old.SourceText || t.Place != old.Place ||
			!sameID(t.DocumentID, old.DocumentID) || t.LeadOrgID != old.LeadOrgID {
			search, err := s.taskFolded(ctx, t)
			if err != nil {
				return err
			}
			q += "search_folded = " + a.add(search) + ", "
		}
		q += "updated_at = " + a.add(ts(now)) +
			", version = version + 1 WHERE id = " + a.add(t.ID) + " AND version = " + a.add(t.Version)
		res, err := s.w().ExecContext(ctx, q, a...)
		if err != nil {
			return s.fail(err, "cập nhật nhiệm vụ", "")
		}
		if err := s.checkUpdated(ctx, res, "tasks", "nhiệm vụ", t.ID); err != nil {
			return err
		}
		if err := s.rewriteTaskOrgs(ctx, t, old); err != nil {
			return err
		}
		t.Version++
		t.UpdatedAt = now
		return nil
	})
}

// taskSets are the columns of a task an update may set, each with the
// value it binds; UpdateTask sets those whose value differs from the row's.
var taskSets = []struct {
	col   string
	value func(*tiendo.Task) any
}{
	{"document_id", func(t *tiendo.Task) any { return nullID(t.DocumentID) }},
	{"source_clause", func(t *tiendo.Task) any { return t.SourceClause }},
	{"source_text", func(t *tiendo.Task) any { return t.SourceText }},
	{"title", func(t *tiendo.Task) any { return t.Title }},
	{"expected_output", func(t *tiendo.Task) any { return t.ExpectedOutput }},
	{"lead_org_id", func(t *tiendo.Task) any { return t.LeadOrgID }},
	{"report_to_org_id", func(t *tiendo.Task) any { return nullID(t.ReportToOrgID) }},
	{"assigner_id", func(t *tiendo.Task) any { return nullID(t.AssignerID) }},
	{"assigned_by_org_id", func(t *tiendo.Task) any { return nullID(t.AssignedByOrg) }},
	{"assignee_id", func(t *tiendo.Task) any { return nullID(t.AssigneeID) }},
	{"parent_id", func(t *tiendo.Task) any { return nullID(t.ParentID) }},
	{"series_id", func(t *tiendo.Task) any { return nullID(t.SeriesID) }},
	{"category", func(t *tiendo.Task) any { return string(t.Category) }},
	{"priority", func(t *tiendo.Task) any { return string(t.Priority) }},
	{"regular_duty", func(t *tiendo.Task) any { return t.RegularDuty }},
	{"weight", func(t *tiendo.Task) any { return t.Weight }},
	{"place", func(t *tiendo.Task) any { return t.Place }},
	{"place_id", func(t *tiendo.Task) any { return nullID(t.PlaceID) }},
	{"deadline_kind", func(t *tiendo.Task) any { return string(t.DeadlineKind) }},
	{"deadline_text", func(t *tiendo.Task) any { return t.DeadlineText }},
	{"recurrence", func(t *tiendo.Task) any { return t.Recurrence }},
	{"original_due", func(t *tiendo.Task) any { return t.OriginalDue }},
	{"due", func(t *tiendo.Task) any { return t.Due }},
	{"assigned_on", func(t *tiendo.Task) any { return t.AssignedOn }},
	{"status", func(t *tiendo.Task) any { return string(t.Status) }},
	{"status_reason", func(t *tiendo.Task) any { return t.StatusReason }},
	{"percent", func(t *tiendo.Task) any { return t.Percent }},
	{"reported_on", func(t *tiendo.Task) any { return t.ReportedOn }},
	{"completed_on", func(t *tiendo.Task) any { return t.CompletedOn }},
	{"extensions", func(t *tiendo.Task) any { return t.Extensions }},
}

// rewriteTaskOrgs brings the task_orgs and task_scopes rows of t in step
// after its row was updated from old. Most writes change neither the
// organisations taking part nor the columns the rows copy (an edit of the
// title or place), or only the copied state (a report, a confirmation):
// the rows are then left alone, or updated where they are, instead of
// deleted and written again with all their index entries (issue 18: that
// rewrite was a third of an edit's CPU). Any change of organisations
// rewrites them as creation writes them.
func (s *Store) rewriteTaskOrgs(ctx context.Context, t, old *tiendo.Task) error {
	if t.LeadOrgID == old.LeadOrgID && sameID(t.AssignedByOrg, old.AssignedByOrg) {
		coop, err := s.coopOrgs(ctx, t.ID)
		if err != nil {
			return err
		}
		if sameCoopOrgs(coop, t) {
			if t.CoopOrgIDs == nil {
				t.CoopOrgIDs = []int64{}
			}
			if t.Due == old.Due && t.Status == old.Status && t.CompletedOn == old.CompletedOn && t.AssignedOn == old.AssignedOn {
				return nil
			}
			for _, table := range []string{"task_orgs", "task_scopes"} {
				_, err := s.w().ExecContext(ctx, "UPDATE "+table+
					" SET due = $1, status = $2, completed_on = $3, assigned_on = $4 WHERE task_id = $5",
					t.Due, string(t.Status), t.CompletedOn, t.AssignedOn, t.ID)
				if err != nil {
					return s.fail(err, "cập nhật đơn vị tham gia", "")
				}
			}
			return nil
		}
	}
	if _, err := s.w().ExecContext(ctx, "DELETE FROM task_orgs WHERE task_id = $1", t.ID); err != nil {
		return s.fail(err, "cập nhật đơn vị tham gia", "")
	}
	if _, err := s.hot().ExecContext(ctx, sqlDeleteTaskScopes, t.ID); err != nil {
		return s.fail(err, "ghi phạm vi nhiệm vụ", "")
	}
	return s.writeTaskOrgs(ctx, t)
}

// coopOrgs lists the cooperating organisations task_orgs holds for a task.
func (s *Store) coopOrgs(ctx context.Context, taskID int64) ([]int64, error) {
	return s.ids(ctx, "SELECT org_id FROM task_orgs WHERE task_id = $1 AND role = 'cooperating' ORDER BY org_id",
		[]any{taskID}, "đọc đơn vị phối hợp")
}

// sameCoopOrgs tells whether rows (sorted) are the cooperating rows
// writeTaskOrgs would write for t: its cooperating organisations, each
// once, without the lead.
func sameCoopOrgs(rows []int64, t *tiendo.Task) bool {
	want := make([]int64, 0, len(t.CoopOrgIDs))
	for _, id := range t.CoopOrgIDs {
		if id != t.LeadOrgID && !slices.Contains(want, id) {
			want = append(want, id)
		}
	}
	slices.Sort(want)
	return slices.Equal(rows, want)
}

// writeTaskOrgs inserts the organisations taking part in t: the lead and
// each cooperating one once, with the task's due, status and dates
// repeated so that an organisation's lists are counted from the task_orgs
// index alone. Every write of a task brings them in step (rewriteTaskOrgs),
// so they never drift.
func (s *Store) writeTaskOrgs(ctx context.Context, t *tiendo.Task) error {
	for i, org := range taskOrgIDs(t) {
		role := tiendo.AsCooperating
		if i == 0 {
			role = tiendo.AsLead
		}
		_, err := s.hot().ExecContext(ctx, sqlInsertTaskOrg, t.ID, org, string(role), t.Due, string(t.Status), t.CompletedOn, t.AssignedOn)
		if err != nil {
			return s.fail(err, "ghi đơn vị tham gia", "")
		}
	}
	if t.CoopOrgIDs == nil {
		t.CoopOrgIDs = []int64{}
	}
	return s.writeTaskScopes(ctx, t)
}

// taskOrgIDs lists the organisations taking part in t: the lead, then
// each cooperating one once.
func taskOrgIDs(t *tiendo.Task) []int64 {
	ids := []int64{t.LeadOrgID}
	for _, id := range t.CoopOrgIDs {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// OpenTaskIDsLedBy lists the tasks an organisation leads that are neither
// completed nor withdrawn, by id.
func (s *Store) OpenTaskIDsLedBy(ctx context.Context, orgID int64) ([]int64, error) {
	return s.openTaskIDs(ctx, `SELECT id FROM tasks WHERE lead_org_id = $1
		AND status NOT IN ('completed', 'withdrawn') ORDER BY id`, orgID)
}

// OpenTaskIDsWith lists the open tasks an organisation leads or cooperates
// on, by id, from the task_orgs rows every task write keeps in step.
func (s *Store) OpenTaskIDsWith(ctx context.Context, orgID int64) ([]int64, error) {
	return s.openTaskIDs(ctx, `SELECT DISTINCT task_id FROM task_orgs WHERE org_id = $1
		AND status NOT IN ('completed', 'withdrawn') ORDER BY task_id`, orgID)
}

func (s *Store) openTaskIDs(ctx context.Context, query string, orgID int64) ([]int64, error) {
	rows, err := s.q().QueryContext(ctx, query, orgID)
	if err != nil {
		return nil, s.fail(err, "đọc nhiệm vụ", "")
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, s.fail(err, "đọc nhiệm vụ", "")
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(err, "đọc nhiệm vụ", "")
	}
	return ids, nil
}

// refreshTaskSearch recomputes search_folded for the tasks matching cond
// (one $1 argument) after a document number or organisation name changed.
// It leaves version and updated_at alone: the search text is derived.
func (s *Store) refreshTaskSearch(ctx context.Context, cond string, arg any) error {
	type row struct {
		id     int64
		search string
	}
	// A task that cannot be read keeps its old search text (reported)
	// rather than blocking the rename that asked for the refresh. We are
	// inside writeTx, so eachRow reads through the transaction.
	var todo []row
	err := eachRow(ctx, s, "đọc nhiệm vụ", `SELECT t.id, t.title, t.source_text, t.place,
		COALESCE(d.number, ''), COALESCE(o.name, '')
		FROM tasks t LEFT JOIN documents d ON d.id = t.document_id LEFT JOIN orgs o ON o.id = t.lead_org_id
		WHERE `+cond, []any{arg}, func(r interface{ Scan(...any) error }) error {
		var id int64
		var title, source, place, number, org string
		if err := r.Scan(&id, &title, &source, &place, &number, &org); err != nil {
			return err
		}
		todo = append(todo, row{id, folded(title, source, place, number, org)})
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range todo {
		if _, err := s.w().ExecContext(ctx, "UPDATE tasks SET search_folded = $1 WHERE id = $2", r.search, r.id); err != nil {
			return s.fail(err, "cập nhật tìm kiếm nhiệm vụ", "")
		}
	}
	return nil
}
