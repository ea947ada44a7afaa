package sqlstore

import (
	"context"
	"encoding/json"

	"tiendo"
)

// AppendAudit appends an entry, setting ID and At from the store's clock.
// The schema refuses any UPDATE or DELETE of the log.
func (s *Store) AppendAudit(ctx context.Context, e *tiendo.AuditEntry) error {
	e.Actor, e.Action, e.EntityType = text(e.Actor), text(e.Action), text(e.EntityType)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.hot().QueryRowContext(ctx, sqlInsertAudit, ts(now), nullID(e.ActorID), e.Actor, e.Action,
			e.EntityType, e.EntityID, nullID(e.TaskID), nullID(e.OrgID), jsonArg(e.Before), jsonArg(e.After)).Scan(&e.ID)
		if err != nil {
			return s.fail(err, "ghi nhật ký", "")
		}
		e.At = now
		return nil
	})
}

// sqlInsertAudit appends an entry; prepared once (see hotStatements).
const sqlInsertAudit = `INSERT INTO audit_log (logged_at, actor_id, actor, action, entity_type,
	entity_id, task_id, org_id, before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`

// jsonArg binds a JSON document as text (NULL when empty), which both a
// SQLite TEXT column and a PostgreSQL jsonb column accept.
func jsonArg(m json.RawMessage) any {
	if len(m) == 0 {
		return nil
	}
	return string(m)
}

// FindAudit returns one page of matching entries, oldest first, and the
// total.
func (s *Store) FindAudit(ctx context.Context, f tiendo.AuditFilter) ([]*tiendo.AuditEntry, int, error) {
	var a sqlArgs
	var conds []string
	if f.TaskID != nil {
		conds = append(conds, "l.task_id = "+a.add(*f.TaskID))
	}
	if f.OrgIDs != nil {
		conds = append(conds, s.inIDs(&a, "l.org_id", f.OrgIDs))
	}
	w := where(conds)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM audit_log l"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm nhật ký", "")
	}
	list, err := queryList(ctx, s, "đọc nhật ký", `SELECT l.id, l.logged_at, l.actor_id, l.actor, l.action, l.entity_type,
		l.entity_id, l.task_id, l.org_id, l.before_json, l.after_json FROM audit_log l`+w+" ORDER BY l.id"+limit(&a, f.Page),
		a, scanAudit)
	if err != nil {
		return nil, 0, err
	}
	return list, total, nil
}

func scanAudit(r interface{ Scan(...any) error }) (*tiendo.AuditEntry, error) {
	var e tiendo.AuditEntry
	var before, after []byte
	if err := r.Scan(&e.ID, timeScan{&e.At}, idScan{&e.ActorID}, &e.Actor, &e.Action, &e.EntityType,
		&e.EntityID, idScan{&e.TaskID}, idScan{&e.OrgID}, &before, &after); err != nil {
		return nil, err
	}
	e.Before, e.After = rawJSON(before), rawJSON(after)
	return &e, nil
}

// rawJSON turns a scanned JSON column into a RawMessage, NULL as nil.
// database/sql has already copied the bytes out of the driver's buffer.
func rawJSON(b []byte) json.RawMessage {
	if b == nil {
		return nil
	}
	return json.RawMessage(b)
}
