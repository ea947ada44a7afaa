package sqlstore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"tiendo/vn"
)

// timeLayout is how timestamps travel to both engines: fixed-width UTC with
// microseconds, so SQLite TEXT columns sort chronologically and PostgreSQL
// timestamptz parses the same string. Both read back the same instant.
const timeLayout = "2006-01-02T15:04:05.000000Z"

// ts formats t for storage (UTC, microseconds).
func ts(t time.Time) string { return t.UTC().Truncate(time.Microsecond).Format(timeLayout) }

// nullTS formats t, or returns nil (NULL) for nil or the zero time.
func nullTS(t *time.Time) any {
	if t == nil || t.IsZero() {
		return nil
	}
	return ts(*t)
}

// timeScan reads a timestamp from either engine: time.Time from
// PostgreSQL, text from SQLite. NULL leaves the zero time.
type timeScan struct{ t *time.Time }

// Scan implements sql.Scanner.
func (s timeScan) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*s.t = time.Time{}
		return nil
	case time.Time:
		*s.t = v.UTC()
		return nil
	case string:
		return s.parse(v)
	case []byte:
		return s.parse(string(v))
	}
	return fmt.Errorf("sqlstore: cannot scan %T into a time", src)
}

func (s timeScan) parse(v string) error {
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return fmt.Errorf("sqlstore: bad timestamp %q: %w", v, err)
	}
	*s.t = t.UTC()
	return nil
}

// nullTimeScan reads a nullable timestamp into a *time.Time field.
type nullTimeScan struct{ t **time.Time }

// Scan implements sql.Scanner.
func (s nullTimeScan) Scan(src any) error {
	if src == nil {
		*s.t = nil
		return nil
	}
	var t time.Time
	if err := (timeScan{&t}).Scan(src); err != nil {
		return err
	}
	*s.t = &t
	return nil
}

// idScan reads a nullable id into a *int64 field.
type idScan struct{ p **int64 }

// Scan implements sql.Scanner.
func (s idScan) Scan(src any) error {
	var n sql.NullInt64
	if err := n.Scan(src); err != nil {
		return err
	}
	if n.Valid {
		v := n.Int64
		*s.p = &v
	} else {
		*s.p = nil
	}
	return nil
}

// zeroIDScan reads a nullable id into an int64 field, NULL as 0 (the
// system actor has no account).
type zeroIDScan struct{ p *int64 }

// Scan implements sql.Scanner.
func (s zeroIDScan) Scan(src any) error {
	var n sql.NullInt64
	if err := n.Scan(src); err != nil {
		return err
	}
	*s.p = n.Int64
	return nil
}

// boolScan reads a boolean from either engine (SQLite stores 0/1).
type boolScan struct{ p *bool }

// Scan implements sql.Scanner.
func (s boolScan) Scan(src any) error {
	switch v := src.(type) {
	case bool:
		*s.p = v
	case int64:
		*s.p = v != 0
	case nil:
		*s.p = false
	default:
		b, err := driver.Bool.ConvertValue(src)
		if err != nil {
			return err
		}
		*s.p = b.(bool)
	}
	return nil
}

// nullID binds an optional id: nil is NULL.
func nullID(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

// zeroNull binds an account id where 0 (the system actor) is NULL.
func zeroNull(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// text normalises stored text the same way for every engine: invalid
// UTF-8 and NUL bytes, which PostgreSQL text refuses, become U+FFFD; and
// everything is NFC, so precomposed and combining spellings of the same
// Vietnamese word are stored alike.
func text(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	return vn.NFC(s)
}

// sqlArgs collects bound parameters and names each one $n.
type sqlArgs []any

// add binds v and returns its placeholder.
func (a *sqlArgs) add(v any) string {
	*a = append(*a, v)
	return "$" + strconv.Itoa(len(*a))
}

// queryList runs a query and scans every row with scan; a row that cannot
// be decoded is reported and skipped (see eachRow).
func queryList[T any](ctx context.Context, s *Store, what, query string, args []any, scan func(interface{ Scan(...any) error }) (*T, error)) ([]*T, error) {
	list := []*T{}
	err := eachRow(ctx, s, what, query, args, func(r interface{ Scan(...any) error }) error {
		v, err := scan(r)
		if err == nil {
			list = append(list, v)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// eachRow runs a query and hands every row to use, for lists that
// queryList cannot build (values, maps, children of loaded parents). A row
// that use rejects is reported (skipRow) and skipped: one corrupt stored
// value must never fail a whole list. Only the query or the iteration
// failing is an error. use must not keep anything of a row it rejects.
func eachRow(ctx context.Context, s *Store, what, query string, args []any, use func(interface{ Scan(...any) error }) error) error {
	rows, err := s.q().QueryContext(ctx, query, args...)
	if err != nil {
		return s.fail(err, what, "")
	}
	defer rows.Close()
	for rows.Next() {
		if err := use(rows); err != nil {
			s.skipRow(what, err)
		}
	}
	return s.fail(rows.Err(), what, "")
}
