package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"tiendo"
	"tiendo/vn"
)

var _ tiendo.NotifyStore = (*Store)(nil)

// ReminderTasks returns the open tasks the reminder rules look at.
func (s *Store) ReminderTasks(ctx context.Context, dueBefore vn.Date, afterID int64, limit int) ([]tiendo.ReminderTask, error) {
	rows, err := s.q().QueryContext(ctx, `SELECT t.id, t.title, t.lead_org_id, t.assigned_by_org_id, t.assigner_id,
			t.status, t.due, t.assigned_on, (SELECT MAX(u.as_of) FROM updates u WHERE u.task_id = t.id)
		FROM tasks t
		WHERE t.status IN ('assigned', 'in_progress', 'returned', 'extension_requested')
			AND t.deadline_kind <> 'continuous'
			AND ((t.due IS NOT NULL AND t.due <= $1) OR t.status = 'in_progress')
			AND t.id > $2
		ORDER BY t.id LIMIT $3`, dueBefore, afterID, limit)
	if err != nil {
		return nil, s.fail(err, "đọc nhiệm vụ cần đôn đốc", "")
	}
	defer rows.Close()
	var out []tiendo.ReminderTask
	for rows.Next() {
		var t tiendo.ReminderTask
		if err := rows.Scan(&t.ID, &t.Title, &t.LeadOrgID, idScan{&t.AssignedByOrg}, idScan{&t.AssignerID},
			&t.Status, &t.Due, &t.AssignedOn, &t.LastUpdate); err != nil {
			return nil, s.internal("đọc nhiệm vụ cần đôn đốc", err)
		}
		out = append(out, t)
	}
	return out, s.fail(rows.Err(), "đọc nhiệm vụ cần đôn đốc", "")
}

// FireReminder inserts r unless its (rule, step, task, org, period) exists.
// ON CONFLICT DO NOTHING waits, on PostgreSQL, for a concurrent insert of
// the same key to commit or roll back, so exactly one transaction wins.
func (s *Store) FireReminder(ctx context.Context, r *tiendo.Reminder) (bool, error) {
	inserted := false
	err := s.writeTx(ctx, func(s *Store) error {
		r.CreatedAt = s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO reminders (rule, step, task_id, org_id, period, fired_on, title, body, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
			r.Rule, r.Step, nullID(r.TaskID), r.OrgID, text(r.Period), r.FiredOn, text(r.Title), text(r.Body),
			ts(r.CreatedAt)).Scan(&r.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return s.fail(err, "ghi nhắc việc", "")
		}
		inserted = true
		return nil
	})
	return inserted, err
}

// FiredTaskReminders reads the keys of stored reminders on a range of
// task ids (index reminders_task).
func (s *Store) FiredTaskReminders(ctx context.Context, afterID, lastID int64) (map[tiendo.ReminderKey]bool, error) {
	// A skipped key only costs a write attempt: FireReminder's unique key
	// still refuses the duplicate.
	return s.reminderKeys(ctx, `SELECT rule, step, task_id, org_id, period FROM reminders
		WHERE task_id > $1 AND task_id <= $2`, []any{afterID, lastID})
}

// reminderKeys reads the keys q selects (rule, step, task, org, period).
func (s *Store) reminderKeys(ctx context.Context, q string, args []any) (map[tiendo.ReminderKey]bool, error) {
	out := map[tiendo.ReminderKey]bool{}
	err := eachRow(ctx, s, "đọc nhắc việc đã gửi", q, args, func(r interface{ Scan(...any) error }) error {
		var k tiendo.ReminderKey
		var period sql.NullString
		if err := r.Scan(&k.Rule, &k.Step, &k.TaskID, &k.OrgID, &period); err != nil {
			return err
		}
		k.Period = period.String
		out[k] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// FiredReminders reads the keys of the reminders of rules fired since a
// day (index reminders_rule_fired, migration 00084).
func (s *Store) FiredReminders(ctx context.Context, rules []string, since vn.Date) (map[tiendo.ReminderKey]bool, error) {
	if len(rules) == 0 {
		return map[tiendo.ReminderKey]bool{}, nil
	}
	var a sqlArgs
	ph := make([]string, len(rules))
	for i, r := range rules {
		ph[i] = a.add(r)
	}
	return s.reminderKeys(ctx, `SELECT rule, step, COALESCE(task_id, 0), org_id, period FROM reminders
		WHERE rule IN (`+strings.Join(ph, ", ")+`) AND fired_on >= `+a.add(since), a)
}

// CountReminders counts stored reminders.
func (s *Store) CountReminders(ctx context.Context) (int, error) {
	n, err := s.count(ctx, "SELECT COUNT(*) FROM reminders", nil)
	return n, s.fail(err, "đếm nhắc việc", "")
}

// AccountIDsWithGrant lists enabled accounts with one of roles on org.
func (s *Store) AccountIDsWithGrant(ctx context.Context, org int64, roles ...tiendo.Role) ([]int64, error) {
	var a sqlArgs
	ph := make([]string, len(roles))
	for i, r := range roles {
		ph[i] = a.add(string(r))
	}
	q := `SELECT DISTINCT a.id FROM accounts a JOIN account_grants g ON g.account_id = a.id
		WHERE g.org_id = ` + a.add(org) + ` AND a.disabled = ` + a.add(false) +
		` AND g.role IN (` + strings.Join(ph, ", ") + `) ORDER BY a.id`
	return s.ids(ctx, q, a, "đọc tài khoản nhận nhắc việc")
}

// AccountIDsWithGrantOn lists enabled accounts with one of roles on each
// of orgs in one query: a unit's home is searched for up the tree
// (service.unitHome), one round trip instead of one per level (issue 18).
func (s *Store) AccountIDsWithGrantOn(ctx context.Context, orgs []int64, roles ...tiendo.Role) (map[int64][]int64, error) {
	if len(orgs) == 0 || len(roles) == 0 {
		return map[int64][]int64{}, nil
	}
	var a sqlArgs
	ph := make([]string, len(roles))
	for i, r := range roles {
		ph[i] = a.add(string(r))
	}
	q := `SELECT DISTINCT g.org_id, a.id FROM accounts a JOIN account_grants g ON g.account_id = a.id
		WHERE ` + s.inIDs(&a, "g.org_id", orgs) + ` AND a.disabled = ` + a.add(false) +
		` AND g.role IN (` + strings.Join(ph, ", ") + `) ORDER BY g.org_id, a.id`
	m, err := s.loadPairs(ctx, q, a)
	if err != nil {
		return nil, s.fail(err, "đọc tài khoản nhận nhắc việc", "")
	}
	return m, nil
}

// AccountIDsOfHeads lists enabled accounts of the current heads of org.
func (s *Store) AccountIDsOfHeads(ctx context.Context, org int64) ([]int64, error) {
	return s.ids(ctx, `SELECT DISTINCT a.id FROM positions p JOIN accounts a ON a.person_id = p.person_id
		WHERE p.org_id = $1 AND p.is_head = $2 AND a.disabled = $3 AND (p.valid_to IS NULL OR p.valid_to >= $4)
		ORDER BY a.id`, []any{org, true, false, vn.DateOf(s.now())}, "đọc thủ trưởng đơn vị")
}

// AccountIDsOfPerson lists enabled accounts of a person.
func (s *Store) AccountIDsOfPerson(ctx context.Context, person int64) ([]int64, error) {
	return s.ids(ctx, "SELECT id FROM accounts WHERE person_id = $1 AND disabled = $2 ORDER BY id",
		[]any{person, false}, "đọc tài khoản của cán bộ")
}

func (s *Store) ids(ctx context.Context, q string, args []any, what string) ([]int64, error) {
	rows, err := s.q().QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.fail(err, what, "")
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, s.internal(what, err)
		}
		out = append(out, id)
	}
	return out, s.fail(rows.Err(), what, "")
}

// CreateNotification stores an in-app notification.
func (s *Store) CreateNotification(ctx context.Context, n *tiendo.Notification) error {
	return s.writeTx(ctx, func(s *Store) error {
		n.CreatedAt = s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO notifications (account_id, reminder_id, task_id, case_id, kind, title, body, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, n.AccountID, nullID(n.ReminderID), nullID(n.TaskID),
			nullID(n.CaseID), text(n.Kind), text(n.Title), text(n.Body), ts(n.CreatedAt)).Scan(&n.ID)
		return s.fail(err, "ghi thông báo", "")
	})
}

const notificationColumns = "id, account_id, reminder_id, task_id, case_id, kind, title, body, created_at, read_at"

func scanNotification(r interface{ Scan(...any) error }) (*tiendo.Notification, error) {
	var n tiendo.Notification
	err := r.Scan(&n.ID, &n.AccountID, idScan{&n.ReminderID}, idScan{&n.TaskID}, idScan{&n.CaseID}, &n.Kind, &n.Title,
		&n.Body, timeScan{&n.CreatedAt}, nullTimeScan{&n.ReadAt})
	return &n, err
}

// FindNotifications returns an account's notifications, newest first.
func (s *Store) FindNotifications(ctx context.Context, account int64, unreadOnly bool, p tiendo.Page) ([]*tiendo.Notification, int, error) {
	a := sqlArgs{}
	w := " WHERE account_id = " + a.add(account)
	if unreadOnly {
		w += " AND read_at IS NULL"
	}
	total, err := s.count(ctx, "SELECT COUNT(*) FROM notifications"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm thông báo", "")
	}
	list, err := queryList(ctx, s, "đọc thông báo",
		"SELECT "+notificationColumns+" FROM notifications"+w+" ORDER BY id DESC"+limit(&a, p), a, scanNotification)
	if err != nil {
		return nil, 0, err
	}
	return list, total, nil
}

// CountUnread counts an account's unread notifications.
func (s *Store) CountUnread(ctx context.Context, account int64) (int, error) {
	n, err := s.count(ctx, "SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL", []any{account})
	return n, s.fail(err, "đếm thông báo chưa đọc", "")
}

// MarkRead marks notifications of account read; ids nil means all.
func (s *Store) MarkRead(ctx context.Context, account int64, ids []int64, at time.Time) (int, error) {
	var n int64
	err := s.writeTx(ctx, func(s *Store) error {
		a := sqlArgs{}
		q := "UPDATE notifications SET read_at = " + a.add(ts(at)) + " WHERE account_id = " + a.add(account) + " AND read_at IS NULL"
		if ids != nil {
			q += " AND " + s.inIDs(&a, "id", ids)
		}
		res, err := s.w().ExecContext(ctx, q, a...)
		if err != nil {
			return s.fail(err, "đánh dấu đã đọc", "")
		}
		n, err = res.RowsAffected()
		return s.fail(err, "đánh dấu đã đọc", "")
	})
	return int(n), err
}

// NotificationsBetween returns an account's notifications in [from, to).
func (s *Store) NotificationsBetween(ctx context.Context, account int64, from, to time.Time) ([]*tiendo.Notification, error) {
	return queryList(ctx, s, "đọc thông báo", "SELECT "+notificationColumns+` FROM notifications
		WHERE account_id = $1 AND created_at >= $2 AND created_at < $3 ORDER BY id`,
		[]any{account, ts(from), ts(to)}, scanNotification)
}

// GetNotifyPrefs returns an account's preferences, mode off when unset.
func (s *Store) GetNotifyPrefs(ctx context.Context, account int64) (*tiendo.NotifyPrefs, error) {
	p := &tiendo.NotifyPrefs{AccountID: account, Mode: tiendo.EmailOff, DigestHour: 7}
	err := s.q().QueryRowContext(ctx, "SELECT email, mode, digest_hour FROM notify_prefs WHERE account_id = $1",
		account).Scan(&p.Email, &p.Mode, &p.DigestHour)
	if errors.Is(err, sql.ErrNoRows) {
		return p, nil
	}
	return p, s.fail(err, "đọc cài đặt thông báo", "")
}

// PutNotifyPrefs creates or replaces an account's preferences.
func (s *Store) PutNotifyPrefs(ctx context.Context, p *tiendo.NotifyPrefs) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `INSERT INTO notify_prefs (account_id, email, mode, digest_hour, updated_at)
			VALUES ($1, $2, $3, $4, $5) ON CONFLICT (account_id) DO UPDATE SET email = excluded.email,
			mode = excluded.mode, digest_hour = excluded.digest_hour, updated_at = excluded.updated_at`,
			p.AccountID, text(p.Email), p.Mode, p.DigestHour, ts(s.now()))
		return s.fail(err, "ghi cài đặt thông báo", "")
	})
}

// ListDigestPrefs lists digest-mode preferences with an address.
func (s *Store) ListDigestPrefs(ctx context.Context) ([]*tiendo.NotifyPrefs, error) {
	return queryList(ctx, s, "đọc cài đặt thông báo", `SELECT p.account_id, p.email, p.mode, p.digest_hour FROM notify_prefs p
		JOIN accounts a ON a.id = p.account_id
		WHERE p.mode = 'digest' AND p.email <> '' AND a.disabled = $1 ORDER BY p.account_id`, []any{false},
		func(r interface{ Scan(...any) error }) (*tiendo.NotifyPrefs, error) {
			var p tiendo.NotifyPrefs
			err := r.Scan(&p.AccountID, &p.Email, &p.Mode, &p.DigestHour)
			return &p, err
		})
}

// ReminderSettings returns every organisation's own reminder rules.
func (s *Store) ReminderSettings(ctx context.Context) (map[int64]tiendo.ReminderRules, error) {
	// An organisation whose stored rules cannot be read falls back to the
	// inherited ones (reported), rather than stopping every reminder.
	out := map[int64]tiendo.ReminderRules{}
	err := eachRow(ctx, s, "đọc quy tắc đôn đốc", "SELECT org_id, rules FROM reminder_settings", nil,
		func(row interface{ Scan(...any) error }) error {
			var org int64
			var raw string
			if err := row.Scan(&org, &raw); err != nil {
				return err
			}
			var r tiendo.ReminderRules
			if err := json.Unmarshal([]byte(raw), &r); err != nil {
				return fmt.Errorf("organisation %d: %w", org, err)
			}
			out[org] = r
			return nil
		})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// PutReminderSettings creates or replaces an organisation's rules.
func (s *Store) PutReminderSettings(ctx context.Context, org int64, r tiendo.ReminderRules, by int64) error {
	raw, err := json.Marshal(r)
	if err != nil {
		return s.internal("ghi quy tắc đôn đốc", err)
	}
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `INSERT INTO reminder_settings (org_id, rules, updated_by, updated_at)
			VALUES ($1, $2, $3, $4) ON CONFLICT (org_id) DO UPDATE SET rules = excluded.rules,
			updated_by = excluded.updated_by, updated_at = excluded.updated_at,
			version = reminder_settings.version + 1`, org, string(raw), zeroNull(by), ts(s.now()))
		return s.fail(err, "ghi quy tắc đôn đốc", "")
	})
}

// DeleteReminderSettings removes an organisation's own rules.
func (s *Store) DeleteReminderSettings(ctx context.Context, org int64) error {
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, "DELETE FROM reminder_settings WHERE org_id = $1", org)
		if err != nil {
			return s.fail(err, "xóa quy tắc đôn đốc", "")
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return notFound("quy tắc đôn đốc của đơn vị", org)
		}
		return nil
	})
}
