package sqlstore

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"tiendo"
)

// Bulk loads many new tasks, with their progress reports and extension
// requests, into one transaction at a fraction of the cost of CreateTask,
// CreateUpdate and CreateExtension one at a time (issue 18: `tiendo gen`).
// It writes the same rows those write: TestBulkMatchesPerTask (gen)
// generates a province both ways and compares them.
//
// Rows are buffered and written by Flush: many rows per INSERT, the
// search text folded from names read once, and the task_scopes rows
// derived set-wise from the task_orgs rows just written (migration
// 00005's derivation, over the flushed range of ids) instead of a walk up
// the tree per task.
//
// Task ids are assigned by AddTask, so that a later task of the same load
// can name an earlier one as its parent or series: from the largest id in
// use, and on PostgreSQL the identity sequence is moved past them by
// Flush. A Bulk is for a loader that is the only writer of tasks while it
// runs; a concurrent creation would take one of its ids and make Flush
// fail with a conflict, never overwrite.
type Bulk struct {
	s      *Store // bound to the transaction
	nextID int64
	orgs   map[int64]string // names, for the search text
	docs   map[int64]string // numbers, for the search text
	tasks  []*tiendo.Task
	upd    []*tiendo.Update
	ext    []*tiendo.Extension
}

var errNoTx = errors.New("a bulk load needs a transaction (Tx)")

// BeginBulk starts a bulk load in the current transaction; it must be
// called on the Store a Tx hands its callback.
func (s *Store) BeginBulk(ctx context.Context) (*Bulk, error) {
	if s.tx == nil {
		return nil, s.internal("nạp hàng loạt", errNoTx)
	}
	b := &Bulk{s: s, orgs: map[int64]string{}, docs: map[int64]string{}}
	if err := s.w().QueryRowContext(ctx, s.d.LastTaskID()).Scan(&b.nextID); err != nil {
		return nil, s.fail(err, "nạp hàng loạt", "")
	}
	b.nextID++
	for q, m := range map[string]map[int64]string{"SELECT id, name FROM orgs": b.orgs,
		"SELECT id, number FROM documents": b.docs} {
		err := eachRow(ctx, s, "nạp hàng loạt", q, nil, func(r interface{ Scan(...any) error }) error {
			var id int64
			var name string
			if err := r.Scan(&id, &name); err != nil {
				return err
			}
			m[id] = name
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return b, nil
}

// AddTask buffers a new task and sets its ID, Version, CreatedAt and
// UpdatedAt as CreateTask would; the row is written by Flush.
func (b *Bulk) AddTask(t *tiendo.Task) {
	normTask(t)
	now := b.s.now()
	t.ID, t.Version, t.CreatedAt, t.UpdatedAt = b.nextID, 1, now, now
	b.nextID++
	if t.CoopOrgIDs == nil {
		t.CoopOrgIDs = []int64{}
	}
	b.tasks = append(b.tasks, t)
}

// AddUpdate buffers a progress report of a task added before. Unlike
// CreateUpdate it sets neither ID nor Reporter, and takes no attachments.
func (b *Bulk) AddUpdate(u *tiendo.Update) {
	normUpdate(u)
	u.CreatedAt = b.s.now()
	b.upd = append(b.upd, u)
}

// AddExtension buffers an extension request of a task added before; it
// sets Version and CreatedAt, not ID.
func (b *Bulk) AddExtension(e *tiendo.Extension) {
	normExtension(e)
	if e.Status == "" {
		e.Status = tiendo.ExtensionPending
	}
	e.CreatedAt, e.Version = b.s.now(), 1
	b.ext = append(b.ext, e)
}

// Flush writes what was added since the last Flush.
func (b *Bulk) Flush(ctx context.Context) error {
	if len(b.tasks) > 0 {
		if err := b.writeTasks(ctx); err != nil {
			return err
		}
	}
	if err := b.writeUpdates(ctx); err != nil {
		return err
	}
	if err := b.writeExtensions(ctx); err != nil {
		return err
	}
	b.tasks, b.upd, b.ext = b.tasks[:0], b.upd[:0], b.ext[:0]
	return nil
}

func (b *Bulk) writeTasks(ctx context.Context) error {
	s := b.s
	rows := make([]any, 0, len(b.tasks)*bulkTaskCols)
	orgs := make([]any, 0, len(b.tasks)*2*7)
	for _, t := range b.tasks {
		var number string
		if t.DocumentID != nil {
			number = b.docs[*t.DocumentID]
		}
		search := folded(t.Title, t.SourceText, t.Place, number, b.orgs[t.LeadOrgID])
		rows = append(rows, t.ID,
			nullID(t.DocumentID), t.SourceClause, t.SourceText, t.Title, t.ExpectedOutput, t.LeadOrgID,
			nullID(t.ReportToOrgID), nullID(t.AssignerID), nullID(t.AssignedByOrg), nullID(t.AssigneeID),
			nullID(t.ParentID), nullID(t.SeriesID), string(t.Category), string(t.Priority), t.RegularDuty,
			t.Weight, t.Place, string(t.DeadlineKind), t.DeadlineText, t.Recurrence, t.OriginalDue, t.Due,
			t.AssignedOn, string(t.Status), t.StatusReason, t.Percent, t.ReportedOn, t.CompletedOn,
			t.Extensions, zeroNull(t.CreatedBy), search, ts(t.CreatedAt), nullID(t.PlaceID), 1, ts(t.UpdatedAt))
		// The rows writeTaskOrgs writes: the lead, then each cooperating
		// organisation once.
		seen := map[int64]bool{t.LeadOrgID: true}
		orgs = append(orgs, t.ID, t.LeadOrgID, string(tiendo.AsLead), t.Due, string(t.Status), t.CompletedOn, t.AssignedOn)
		for _, id := range t.CoopOrgIDs {
			if !seen[id] {
				seen[id] = true
				orgs = append(orgs, t.ID, id, string(tiendo.AsCooperating), t.Due, string(t.Status), t.CompletedOn, t.AssignedOn)
			}
		}
	}
	if err := b.insert(ctx, bulkInsertTask+s.d.ExplicitIDs(), bulkTaskCols, rows, "tạo nhiệm vụ"); err != nil {
		return err
	}
	if err := b.insert(ctx, sqlBulkTaskOrg, 7, orgs, "ghi đơn vị tham gia"); err != nil {
		return err
	}
	first, last := b.tasks[0].ID, b.tasks[len(b.tasks)-1].ID
	if _, err := s.w().ExecContext(ctx, sqlBulkTaskScopes, first, last); err != nil {
		return s.fail(err, "ghi phạm vi nhiệm vụ", "")
	}
	if q := s.d.AfterExplicitIDs(); q != "" {
		if _, err := s.w().ExecContext(ctx, q, last); err != nil {
			return s.fail(err, "tạo nhiệm vụ", "")
		}
	}
	return nil
}

func (b *Bulk) writeUpdates(ctx context.Context) error {
	rows := make([]any, 0, len(b.upd)*11)
	for _, u := range b.upd {
		var percent any
		if u.Percent != nil {
			percent = *u.Percent
		}
		rows = append(rows, u.TaskID, u.AsOf, u.Narrative, u.Results, u.Problems, u.Proposals, percent, u.Done,
			u.EvidenceNo, zeroNull(u.ReporterID), ts(u.CreatedAt))
	}
	return b.insert(ctx, `INSERT INTO updates (task_id, as_of, narrative, results, problems,
		proposals, percent, done, evidence_no, reporter_id, created_at)`, 11, rows, "tạo báo cáo tiến độ")
}

func (b *Bulk) writeExtensions(ctx context.Context) error {
	rows := make([]any, 0, len(b.ext)*13)
	for _, e := range b.ext {
		rows = append(rows, e.TaskID, zeroNull(e.RequestedBy), e.Reason, e.ProposedDue, e.PreviousDue, string(e.Status),
			nullID(e.DecidedBy), nullTS(e.DecidedAt), e.DecisionNote, e.DecisionDoc, ts(e.CreatedAt), 1, ts(e.CreatedAt))
	}
	return b.insert(ctx, `INSERT INTO extensions (task_id, requested_by, reason, proposed_due,
		previous_due, status, decided_by, decided_at, decision_note, decision_doc, created_at, version, updated_at)`,
		13, rows, "tạo yêu cầu gia hạn")
}

// bulkParams bounds the parameters of one statement: SQLite refuses more
// than 32,766 (SQLITE_MAX_VARIABLE_NUMBER), PostgreSQL more than 65,535.
// Past a few hundred rows a longer statement saves nothing measurable.
const bulkParams = 8000

// insert writes rows (n values each, flattened) with head, many rows per
// statement.
func (b *Bulk) insert(ctx context.Context, head string, n int, vals []any, what string) error {
	per := bulkParams / n
	for len(vals) > 0 {
		k := min(per, len(vals)/n)
		if _, err := b.s.w().ExecContext(ctx, valuesSQL(b.s.d, head, n, k), vals[:k*n]...); err != nil {
			return b.s.fail(err, what, "")
		}
		vals = vals[k*n:]
	}
	return nil
}

// valuesSQL writes head followed by VALUES and k rows of n parameters.
// The parameters are anonymous ("?") where the dialect asks for it
// (Dialect.AnonymousParams).
func valuesSQL(d Dialect, head string, n, k int) string {
	anon := d.AnonymousParams()
	var sb strings.Builder
	sb.Grow(len(head) + k*n*7)
	sb.WriteString(head)
	sb.WriteString(" VALUES ")
	for r := range k {
		if r > 0 {
			sb.WriteByte(',')
		}
		sb.WriteByte('(')
		for j := 1; j <= n; j++ {
			if j > 1 {
				sb.WriteByte(',')
			}
			if anon {
				sb.WriteByte('?')
			} else {
				sb.WriteByte('$')
				sb.WriteString(strconv.Itoa(r*n + j))
			}
		}
		sb.WriteByte(')')
	}
	return sb.String()
}

// The columns of a bulk task row: sqlInsertTask's with the id first.
const (
	bulkTaskCols   = 36
	bulkInsertTask = `INSERT INTO tasks (id, document_id, source_clause, source_text, title,
		expected_output, lead_org_id, report_to_org_id, assigner_id, assigned_by_org_id, assignee_id, parent_id,
		series_id, category, priority, regular_duty, weight, place, deadline_kind, deadline_text, recurrence,
		original_due, due, assigned_on, status, status_reason, percent, reported_on, completed_on, extensions,
		created_by, search_folded, created_at, place_id, version, updated_at)`

	sqlBulkTaskOrg = `INSERT INTO task_orgs (task_id, org_id, role, due, status, completed_on, assigned_on)`

	// sqlBulkTaskScopes writes the task_scopes rows of tasks $1 to $2 from
	// their task_orgs rows and assigning organisations, as migration 00005
	// derived them: every such organisation and its ancestors, once. The
	// primary key drops the repeats (organisations with a common
	// ancestor) rather than a sort for DISTINCT and UNION first.
	sqlBulkTaskScopes = `WITH RECURSIVE up(org_id, anc_id) AS (
			SELECT id, id FROM orgs
			UNION
			SELECT up.org_id, o.parent_id FROM up JOIN orgs o ON o.id = up.anc_id WHERE o.parent_id IS NOT NULL
		), part(task_id, org_id) AS (
			SELECT task_id, org_id FROM task_orgs WHERE task_id BETWEEN $1 AND $2
			UNION ALL
			SELECT id, assigned_by_org_id FROM tasks WHERE id BETWEEN $1 AND $2 AND assigned_by_org_id IS NOT NULL
		)
		INSERT INTO task_scopes (org_id, task_id, due, status, completed_on, assigned_on)
		SELECT up.anc_id, t.id, t.due, t.status, t.completed_on, t.assigned_on
		FROM part JOIN up ON up.org_id = part.org_id JOIN tasks t ON t.id = part.task_id
		WHERE true ON CONFLICT DO NOTHING` // "WHERE true": SQLite reads an upsert after a join's ON as part of it
)
