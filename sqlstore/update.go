package sqlstore

import (
	"context"
	"database/sql"

	"tiendo"
)

// normUpdate normalises a report's texts as stored (see text).
func normUpdate(u *tiendo.Update) {
	u.Narrative, u.Results, u.Problems = text(u.Narrative), text(u.Results), text(u.Problems)
	u.Proposals, u.EvidenceNo = text(u.Proposals), text(u.EvidenceNo)
}

// CreateUpdate stores a progress report with its attachments, setting
// their IDs and CreatedAt.
func (s *Store) CreateUpdate(ctx context.Context, u *tiendo.Update) error {
	normUpdate(u)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		var percent any
		if u.Percent != nil {
			percent = *u.Percent
		}
		err := s.w().QueryRowContext(ctx, `INSERT INTO updates (task_id, as_of, narrative, results, problems,
			proposals, percent, done, evidence_no, reporter_id, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
			u.TaskID, u.AsOf, u.Narrative, u.Results, u.Problems, u.Proposals, percent, u.Done,
			u.EvidenceNo, zeroNull(u.ReporterID), ts(now)).Scan(&u.ID)
		if err != nil {
			return s.fail(err, "tạo báo cáo tiến độ", "")
		}
		u.CreatedAt = now
		if err := s.w().QueryRowContext(ctx, "SELECT COALESCE((SELECT login FROM accounts WHERE id = $1), '')",
			zeroNull(u.ReporterID)).Scan(&u.Reporter); err != nil {
			return s.fail(err, "đọc người báo cáo", "")
		}
		for i := range u.Attachments {
			if err := s.createAttachment(ctx, u.ID, &u.Attachments[i]); err != nil {
				return err
			}
		}
		if u.Attachments == nil {
			u.Attachments = []tiendo.Attachment{}
		}
		return nil
	})
}

func (s *Store) createAttachment(ctx context.Context, updateID int64, at *tiendo.Attachment) error {
	at.UpdateID, at.Name, at.ContentType = updateID, text(at.Name), text(at.ContentType)
	at.Size = int64(len(at.Data))
	data := at.Data
	if data == nil {
		data = []byte{} // an empty file, not a missing one
	}
	err := s.w().QueryRowContext(ctx, `INSERT INTO attachments (update_id, name, content_type, size, sha256, data)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		at.UpdateID, at.Name, at.ContentType, at.Size, at.SHA256, data).Scan(&at.ID)
	if err != nil {
		return s.fail(err, "lưu tệp đính kèm", "")
	}
	return nil
}

// FindUpdates lists a task's updates, oldest first, with their attachments
// but without file data.
func (s *Store) FindUpdates(ctx context.Context, taskID int64) ([]*tiendo.Update, error) {
	updates, err := queryList(ctx, s, "đọc báo cáo tiến độ", `SELECT u.id, u.task_id, u.as_of, u.narrative, u.results, u.problems,
		u.proposals, u.percent, u.done, u.evidence_no, u.reporter_id, COALESCE(a.login, ''), u.created_at
		FROM updates u LEFT JOIN accounts a ON a.id = u.reporter_id
		WHERE u.task_id = $1 ORDER BY u.created_at, u.id`, []any{taskID}, scanUpdate)
	if err != nil || len(updates) == 0 {
		return updates, err
	}
	byID := make(map[int64]*tiendo.Update, len(updates))
	for _, u := range updates {
		byID[u.ID] = u
	}
	return updates, s.loadAttachmentInfo(ctx, taskID, byID)
}

func scanUpdate(sc interface{ Scan(...any) error }) (*tiendo.Update, error) {
	var u tiendo.Update
	var percent sql.NullInt64
	err := sc.Scan(&u.ID, &u.TaskID, &u.AsOf, &u.Narrative, &u.Results, &u.Problems, &u.Proposals,
		&percent, boolScan{&u.Done}, &u.EvidenceNo, zeroIDScan{&u.ReporterID}, &u.Reporter, timeScan{&u.CreatedAt})
	if err != nil {
		return nil, err
	}
	if percent.Valid {
		p := int(percent.Int64)
		u.Percent = &p
	}
	u.Attachments = []tiendo.Attachment{}
	return &u, nil
}

// loadAttachmentInfo fills the attachments of a task's updates, without
// their data.
func (s *Store) loadAttachmentInfo(ctx context.Context, taskID int64, byID map[int64]*tiendo.Update) error {
	return eachRow(ctx, s, "đọc tệp đính kèm", `SELECT f.id, f.update_id, f.name, f.content_type, f.size, f.sha256
		FROM attachments f JOIN updates u ON u.id = f.update_id WHERE u.task_id = $1 ORDER BY f.id`, []any{taskID},
		func(r interface{ Scan(...any) error }) error {
			var at tiendo.Attachment
			if err := r.Scan(&at.ID, &at.UpdateID, &at.Name, &at.ContentType, &at.Size, &at.SHA256); err != nil {
				return err
			}
			if u := byID[at.UpdateID]; u != nil {
				u.Attachments = append(u.Attachments, at)
			}
			return nil
		})
}

// FindAttachment returns one file with its data and the id of the task
// it belongs to, so the caller can check the actor's scope.
func (s *Store) FindAttachment(ctx context.Context, id int64) (*tiendo.Attachment, int64, error) {
	var at tiendo.Attachment
	var taskID int64
	err := s.q().QueryRowContext(ctx, `SELECT f.id, f.update_id, f.name, f.content_type, f.size, f.sha256, f.data, u.task_id
		FROM attachments f JOIN updates u ON u.id = f.update_id WHERE f.id = $1`, id).
		Scan(&at.ID, &at.UpdateID, &at.Name, &at.ContentType, &at.Size, &at.SHA256, &at.Data, &taskID)
	if err != nil {
		return nil, 0, s.found(err, "tệp đính kèm", id)
	}
	if at.Data == nil {
		at.Data = []byte{}
	}
	return &at, taskID, nil
}
