package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tiendo"
)

// msgStale is what a user sees when another write came first.
const msgStale = "Dữ liệu đã được người khác cập nhật; hãy tải lại"

// fail turns a driver error into an application error. Errors that are
// already *tiendo.Error pass through unchanged; a unique violation becomes
// ECONFLICT with conflictMsg (a generic message when empty); foreign key,
// CHECK and NOT NULL violations become EINVALID; anything else is internal.
func (s *Store) fail(err error, what, conflictMsg string) error {
	if err == nil {
		return nil
	}
	var te *tiendo.Error
	if errors.As(err, &te) {
		return err
	}
	switch s.d.Classify(err) {
	case ErrUnique:
		if conflictMsg == "" {
			conflictMsg = "Dữ liệu trùng với một bản ghi đã có"
		}
		return &tiendo.Error{Code: tiendo.ECONFLICT, Message: conflictMsg, Err: err}
	case ErrForeignKey:
		return &tiendo.Error{Code: tiendo.EINVALID, Message: "Dữ liệu tham chiếu tới một bản ghi không tồn tại", Err: err}
	case ErrCheck:
		return &tiendo.Error{Code: tiendo.EINVALID, Message: "Dữ liệu không hợp lệ", Err: err}
	case ErrAppendOnly:
		return &tiendo.Error{Code: tiendo.EFORBIDDEN, Message: "Nhật ký thay đổi không được sửa hoặc xóa", Err: err}
	}
	return s.internal(what, err)
}

// notFound is the ENOTFOUND error for one entity, named in Vietnamese
// ("nhiệm vụ", "đơn vị"…).
func notFound(entity string, key any) error {
	return &tiendo.Error{Code: tiendo.ENOTFOUND, Message: fmt.Sprintf("Không tìm thấy %s %v", entity, key)}
}

// found maps sql.ErrNoRows from a single-row read to ENOTFOUND and any
// other error through fail.
func (s *Store) found(err error, entity string, key any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return notFound(entity, key)
	}
	return s.fail(err, "đọc "+entity, "")
}

// staleOrMissing explains an optimistic update that touched no row: the
// row is gone (ENOTFOUND) or its version moved on (ECONFLICT).
func (s *Store) staleOrMissing(ctx context.Context, table, entity string, id int64) error {
	var one int
	err := s.q().QueryRowContext(ctx, "SELECT 1 FROM "+table+" WHERE id = $1", id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return notFound(entity, id)
	}
	if err != nil {
		return s.fail(err, "đọc "+entity, "")
	}
	return &tiendo.Error{Code: tiendo.ECONFLICT, Message: msgStale}
}

// checkUpdated runs after an optimistic UPDATE: exactly one row means the
// write won.
func (s *Store) checkUpdated(ctx context.Context, res sql.Result, table, entity string, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return s.internal("đếm bản ghi cập nhật", err)
	}
	if n == 1 {
		return nil
	}
	return s.staleOrMissing(ctx, table, entity, id)
}
