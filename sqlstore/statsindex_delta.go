package sqlstore

import (
	"context"
	"database/sql"
)

// safeAuditEntities are the audited entities whose writes never change a
// task's lead organisation, status or dates. The service writes a task
// only through CreateTask and UpdateTask, and audits each such write with
// the task's id (task.create, task.edit, lifecycle steps, extensions,
// delegation, moves to a successor); an entry of any other kind without a
// task id rebuilds the index, in case a later feature changes tasks in
// bulk without naming them.
var safeAuditEntities = map[string]bool{
	"account": true, "person": true, "document": true, "calendar_day": true, "meeting": true,
	"meeting_series": true, "proposal": true, "target": true, "webhook": true, "grade_points": true,
	"reminder": true, "explanation": true, "org": true, "period_closing": true, "place": true,
	// Urban-order casework (issue 16 item 2) lives in its own tables.
	"case": true, "case_step": true, "case_kind": true, "weekly_list": true,
}

// rebuildAuditActions are entries that change tasks in bulk: dissolving an
// organisation moves its open tasks (each move is audited too, but a
// rebuild does not depend on it).
var rebuildAuditActions = map[string]bool{"org.dissolve": true}

// touchedTasks returns the ids of the tasks named by the audit entries
// with ids in (from, to], or full=true when one of them calls for a
// rebuild or there are too many to read one by one.
func touchedTasks(ctx context.Context, s *Store, from, to int64) (ids []int64, full bool, err error) {
	rows, err := s.read.QueryContext(ctx, `SELECT task_id, entity_type, entity_id, action FROM audit_log
		WHERE id > $1 AND id <= $2`, from, to)
	if err != nil {
		return nil, false, s.fail(err, "đọc nhật ký", "")
	}
	defer rows.Close()
	seen := map[int64]bool{}
	for rows.Next() {
		var taskID sql.NullInt64
		var entity, action string
		var entityID int64
		if err := rows.Scan(&taskID, &entity, &entityID, &action); err != nil {
			return nil, false, s.fail(err, "đọc nhật ký", "")
		}
		id := taskID.Int64
		switch {
		case rebuildAuditActions[action]:
			return nil, true, nil
		case taskID.Valid:
		case entity == "task":
			id = entityID
		case safeAuditEntities[entity]:
			continue
		default:
			return nil, true, nil
		}
		if !seen[id] {
			if len(seen) == maxDelta {
				return nil, true, nil
			}
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids, false, s.fail(rows.Err(), "đọc nhật ký", "")
}
