package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// TestCorruptListRowsAreSkipped corrupts one stored row of each list a user
// reads (audit, notifications, calendar days, progress reports) by raw SQL
// and checks that the list still answers with the other rows, the bad one
// left out and reported. SQLite takes a timestamp or date that no longer
// parses; PostgreSQL's typed columns refuse that, so there a text column
// loses its NOT NULL (a schema drift) and holds NULL, which no string field
// can read.
func TestCorruptListRowsAreSkipped(t *testing.T) {
	engines(t, func(t *testing.T, e *env, engine string) {
		ctx := e.sys()
		task := e.task("Kiểm tra vỉa hè", "HBT-PHOHUE", vn.NewDate(2020, 2, 1))
		var updates []int64
		version := task.Version
		for i, d := range []int{8, 9} {
			got, u, err := e.svc.ReportProgress(e.as("phohue"), task.ID, service.UpdateInput{Version: version,
				AsOf: vn.NewDate(2020, 1, d), Results: fmt.Sprintf("Báo cáo số %d", i+1)})
			if err != nil {
				t.Fatal(err)
			}
			version, updates = got.Version, append(updates, u.ID)
		}
		office := e.accountID("office")
		var notes []int64
		for _, title := range []string{"Thông báo hỏng", "Thông báo tốt"} {
			n := &tiendo.Notification{AccountID: office, Kind: "reminder", Title: title}
			if err := e.store.CreateNotification(ctx, n); err != nil {
				t.Fatal(err)
			}
			notes = append(notes, n.ID)
		}
		for _, o := range []vn.DayOverride{{Date: vn.NewDate(2020, 3, 7), Working: true, Name: "Ngày hỏng"},
			{Date: vn.NewDate(2020, 3, 14), Working: true, Name: "Ngày tốt"}} {
			if err := e.store.PutDayOverride(ctx, o, 0); err != nil {
				t.Fatal(err)
			}
		}
		db := e.store.DB()
		var firstAudit int64
		if err := db.QueryRow("SELECT MIN(id) FROM audit_log WHERE task_id = $1", task.ID).Scan(&firstAudit); err != nil {
			t.Fatal(err)
		}
		taskPath := fmt.Sprintf("/api/v1/tasks/%d", task.ID)
		// spoil returns the statements that corrupt one row: SQLite gets
		// text that no longer parses in col; PostgreSQL a NULL in textCol.
		spoil := func(table, col, textCol, where string) []string {
			if engine == "postgres" {
				return []string{"ALTER TABLE " + table + " ALTER COLUMN " + textCol + " DROP NOT NULL",
					"UPDATE " + table + " SET " + textCol + " = NULL WHERE " + where}
			}
			return []string{"UPDATE " + table + " SET " + col + " = 'garbage' WHERE " + where}
		}
		// The audit log is append-only: a bad entry is inserted instead.
		badAudit := fmt.Sprintf(`INSERT INTO audit_log (logged_at, actor, action, entity_type, entity_id, task_id)
			VALUES ('garbage', 'Kẻ phá', 'update', 'task', %d, %d)`, task.ID, task.ID)
		auditCorrupt := []string{badAudit}
		if engine == "postgres" {
			badAudit = strings.Replace(strings.Replace(badAudit, "'garbage'", "now()", 1), "'Kẻ phá'", "NULL", 1)
			auditCorrupt = []string{"ALTER TABLE audit_log ALTER COLUMN actor DROP NOT NULL", badAudit}
		}
		for _, c := range []struct {
			name, path, login, list string
			corrupt                 []string
			delta                   int // items gained (+1 inserted and skipped: 0) or lost
			good, bad               string
		}{
			{"audit", taskPath + "/audit", "admin", "đọc nhật ký",
				auditCorrupt, 0, `"action"`, "Kẻ phá"},
			{"notifications", "/api/v1/notifications", "office", "đọc thông báo",
				spoil("notifications", "created_at", "title", fmt.Sprintf("id = %d", notes[0])), -1, "Thông báo tốt", "Thông báo hỏng"},
			{"calendar days", "/api/v1/calendar/days", "admin", "đọc lịch làm việc",
				spoil("calendar_days", "day", "name", "day = '2020-03-07'"), -1, "Ngày tốt", "Ngày hỏng"},
			{"updates", taskPath + "/updates", "office", "đọc báo cáo tiến độ",
				spoil("updates", "created_at", "results", fmt.Sprintf("id = %d", updates[0])), -1, "Báo cáo số 2", "Báo cáo số 1"},
		} {
			before := len(e.items(c.path, c.login))
			for _, q := range c.corrupt {
				if _, err := db.Exec(q); err != nil {
					t.Fatalf("%s: corrupt row: %v", c.name, err)
				}
			}
			r := e.do("GET", c.path, c.login, nil)
			body := string(r.body)
			if r.status != http.StatusOK || !strings.Contains(body, c.good) || strings.Contains(body, c.bad) {
				t.Errorf("%s: %d %s", c.name, r.status, shorten(body))
			}
			if after := len(e.items(c.path, c.login)); after != before+c.delta {
				t.Errorf("%s: %d items before the corruption, %d after; want %d", c.name, before, after, before+c.delta)
			}
			if !strings.Contains(e.logs.String(), c.list) {
				t.Errorf("%s: the skipped row was not reported as %q", c.name, c.list)
			}
		}
		storeReads(t, e, engine)
		b := e.browse("office")
		b.get("/thong-bao").want(t, "notifications page", http.StatusOK, "Thông báo tốt")
		b.get("/lich-lam-viec").want(t, "calendar page", http.StatusOK, "Ngày tốt")
	})
}

// storeReads corrupts an API token and an organisation's reminder rules
// and reads them through the store: the other rows still come back.
func storeReads(t *testing.T, e *env, engine string) {
	ctx := e.sys()
	office := e.accountID("office")
	var tokens []int64
	for i := range 2 {
		tk := &tiendo.Token{AccountID: office, Hash: fmt.Sprintf("hỏng-%d", i), Name: fmt.Sprintf("máy %d", i)}
		if err := e.store.CreateToken(ctx, tk); err != nil {
			t.Fatal(err)
		}
		tokens = append(tokens, tk.ID)
	}
	for _, code := range []string{"HBT", "HBT-PHOHUE"} {
		if err := e.store.PutReminderSettings(ctx, e.org[code], tiendo.DefaultReminderRules(), 0); err != nil {
			t.Fatal(err)
		}
	}
	before, err := e.store.FindTokens(ctx, office)
	if err != nil {
		t.Fatal(err)
	}
	badToken := fmt.Sprintf("UPDATE tokens SET created_at = 'garbage' WHERE id = %d", tokens[0])
	if engine == "postgres" {
		badToken = fmt.Sprintf("UPDATE tokens SET name = NULL WHERE id = %d", tokens[0])
		if _, err := e.store.DB().Exec("ALTER TABLE tokens ALTER COLUMN name DROP NOT NULL"); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{badToken, fmt.Sprintf("UPDATE reminder_settings SET rules = '{not json' WHERE org_id = %d", e.org["HBT"])} {
		if _, err := e.store.DB().Exec(q); err != nil {
			t.Fatalf("corrupt row: %v", err)
		}
	}
	after, err := e.store.FindTokens(ctx, office)
	if err != nil || len(after) != len(before)-1 || after[len(after)-1].ID != tokens[1] {
		t.Errorf("tokens: %d before, %d after (%v); want the good one and one fewer", len(before), len(after), err)
	}
	settings, err := e.store.ReminderSettings(ctx)
	if _, bad := settings[e.org["HBT"]]; err != nil || bad || len(settings) != 1 {
		t.Errorf("reminder settings: %v %v; want only HBT-PHOHUE's", settings, err)
	}
}

// items GETs a list route and returns its items.
func (e *env) items(path, login string) []any {
	e.t.Helper()
	r := e.do("GET", path, login, nil)
	if r.status != http.StatusOK {
		e.t.Fatalf("GET %s: %d %s", path, r.status, shorten(string(r.body)))
	}
	items, _ := r.json(e.t)["items"].([]any)
	return items
}
