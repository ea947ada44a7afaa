package sqlstore

import (
	"context"
	"strconv"

	"tiendo"
)

// Scope lists read task_scopes (migration 00005): one row per task and
// organisation whose subtree takes part in it — the lead, cooperating and
// assigning organisations and all their ancestors. The service's scope is
// the subtrees of the actor's grants; its tasks are the rows of the grants'
// organisations, one index range each, so a district's list is counted
// and paged like one organisation's.

// scopeRoots reads the service's visible organisations ids as subtrees.
// When ids hold every organisation below each of them (what grants give),
// roots are those of ids whose parent is not in ids, and ok is true; when
// they hold every organisation, all is true as well: no task is hidden.
// Any other set (ok false) is filtered organisation by organisation.
func (s *Store) scopeRoots(ctx context.Context, ids []int64) (roots []int64, all, ok bool, err error) {
	if len(ids) == 0 {
		return nil, false, false, nil
	}
	orgs, err := s.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, false, false, err
	}
	in := make(map[int64]bool, len(ids))
	for _, id := range ids {
		in[id] = true
	}
	known := 0
	for _, o := range orgs {
		parentIn := o.ParentID != nil && in[*o.ParentID]
		switch {
		case !in[o.ID] && parentIn:
			return nil, false, false, nil // a child left out: not a subtree
		case in[o.ID]:
			known++
			if !parentIn {
				roots = append(roots, o.ID)
			}
		}
	}
	if known != len(in) {
		return nil, false, false, nil // ids the tree does not know
	}
	return roots, known == len(orgs), true, nil
}

// everyOrg tells whether f's organisation filter names every organisation
// with a role every task has (any role, or lead): it then keeps every task
// and costs a pass over all task_orgs rows for nothing (issue 19: an admin
// filtering by the province's subtree).
func (s *Store) everyOrg(ctx context.Context, f tiendo.TaskFilter) (bool, error) {
	if len(f.OrgIDs) < 2 || f.Role == tiendo.AsCooperating {
		return false, nil
	}
	orgs, err := s.allOrgs(ctx)
	if err != nil || len(f.OrgIDs) < len(orgs) {
		return false, err
	}
	in := make(map[int64]bool, len(f.OrgIDs))
	for _, id := range f.OrgIDs {
		in[id] = true
	}
	for _, o := range orgs {
		if !in[o.ID] {
			return false, nil
		}
	}
	return true, nil
}

// writeTaskScopes writes the task_scopes rows of t: its lead,
// cooperating and assigning organisations and their ancestors, each once.
// It runs after the task row is written, whose due, status and dates it
// copies, on a new task or after its old rows were deleted
// (rewriteTaskOrgs): a create runs no DELETE that finds nothing.
func (s *Store) writeTaskScopes(ctx context.Context, t *tiendo.Task) error {
	_, err := s.hot().ExecContext(ctx, insertTaskScopesSQL(s.d), t.ID, jsonIDs(scopeParts(t)))
	return s.fail(err, "ghi phạm vi nhiệm vụ", "")
}

// scopeParts lists the organisations whose subtrees take part in t (with
// repeats, which the walk's UNION drops).
func scopeParts(t *tiendo.Task) []int64 {
	parts := append([]int64{t.LeadOrgID}, t.CoopOrgIDs...)
	if t.AssignedByOrg != nil {
		parts = append(parts, *t.AssignedByOrg)
	}
	return parts
}

const sqlDeleteTaskScopes = "DELETE FROM task_scopes WHERE task_id = $1"

// insertTaskScopesSQL writes the task_scopes rows of task $1 from its
// organisations, a JSON array bound as $2: one text for any number of
// them, so that it is prepared once.
//
// It is written so that every plan is primary-key probes of orgs (issue
// 18): the starting ids through Dialect.Driving (on PostgreSQL an array
// computed once, where "id IN (…)" under the prepared statement's generic
// plan, guessing 100 ids, hashed the whole orgs table), and each step up
// the tree as a scalar subquery rather than a join (which the generic plan
// also made a hash of the whole table). A root's step yields NULL, which
// ends the walk and is dropped at the end.
func insertTaskScopesSQL(d Dialect) string {
	return `WITH RECURSIVE ` + scopesUpSQL(d, "$2") + `
		` + sqlInsertScopes + `tasks t
		WHERE t.id = $1 AND up.id IS NOT NULL`
}

// scopesUpSQL is the walk of insertTaskScopesSQL, a recursive CTE up(id)
// from the organisations of the JSON array bound as param.
func scopesUpSQL(d Dialect, param string) string {
	return `up(id) AS (
			SELECT id FROM orgs WHERE ` + d.Driving("id", d.IDSet(param)) + `
			UNION
			SELECT (SELECT o.parent_id FROM orgs o WHERE o.id = up.id) FROM up WHERE up.id IS NOT NULL
		)`
}

// sqlInsertScopes writes a row per organisation of up for the task t that
// follows it (the tasks table, or the row a WITH just inserted).
const sqlInsertScopes = `INSERT INTO task_scopes (org_id, task_id, due, status, completed_on, assigned_on)
		SELECT up.id, t.id, t.due, t.status, t.completed_on, t.assigned_on FROM up, `

// jsonIDs writes ids as a JSON array, the form Dialect.IDSet reads.
func jsonIDs(ids []int64) string {
	b := make([]byte, 0, 8*len(ids)+2)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

// rebuildScopesUnder rewrites the task_scopes rows of every task that an
// organisation in org's subtree takes part in, after org moved in the tree
// (its old ancestors must go, its new ones come). Those tasks are exactly
// the ones with a row for org itself.
func (s *Store) rebuildScopesUnder(ctx context.Context, org int64) error {
	rows, err := s.w().QueryContext(ctx, "SELECT task_id FROM task_scopes WHERE org_id = $1", org)
	if err != nil {
		return s.fail(err, "đọc phạm vi nhiệm vụ", "")
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return s.fail(err, "đọc phạm vi nhiệm vụ", "")
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return s.fail(err, "đọc phạm vi nhiệm vụ", "")
	}
	var a sqlArgs
	in := s.inIDs(&a, "task_id", ids)
	if _, err := s.w().ExecContext(ctx, "DELETE FROM task_scopes WHERE "+in, a...); err != nil {
		return s.fail(err, "ghi phạm vi nhiệm vụ", "")
	}
	// The same two statements as migration 00005, for these tasks only.
	up := `WITH RECURSIVE up(org_id, anc_id) AS (
			SELECT id, id FROM orgs
			UNION
			SELECT up.org_id, o.parent_id FROM up JOIN orgs o ON o.id = up.anc_id WHERE o.parent_id IS NOT NULL
		)
		INSERT INTO task_scopes (org_id, task_id, due, status, completed_on, assigned_on)
		SELECT up.anc_id, t.id, t.due, t.status, t.completed_on, t.assigned_on `
	for _, from := range []string{
		"FROM task_orgs m JOIN up ON up.org_id = m.org_id JOIN tasks t ON t.id = m.task_id WHERE m." + in,
		"FROM tasks t JOIN up ON up.org_id = t.assigned_by_org_id WHERE t.id IN (SELECT task_id FROM task_orgs WHERE " + in + ")",
	} {
		if _, err := s.w().ExecContext(ctx, up+from+" ON CONFLICT DO NOTHING", a...); err != nil {
			return s.fail(err, "ghi phạm vi nhiệm vụ", "")
		}
	}
	return nil
}

// sameID tells whether two optional ids are equal.
func sameID(a, b *int64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}
