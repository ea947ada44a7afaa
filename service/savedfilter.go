package service

import (
	"context"
	"strings"

	"tiendo"
)

// SavedFilters lists the actor's saved task list filters, by name.
func (s *Service) SavedFilters(ctx context.Context) ([]*tiendo.SavedFilter, error) {
	a, err := accountActor(ctx)
	if err != nil {
		return nil, err
	}
	return s.store.ListSavedFilters(ctx, a.AccountID)
}

// SaveFilter keeps a task list's query under a name for the actor; at most
// tiendo.MaxSavedFilters each.
func (s *Service) SaveFilter(ctx context.Context, f *tiendo.SavedFilter) error {
	a, err := accountActor(ctx)
	if err != nil {
		return err
	}
	f.AccountID, f.Query = a.AccountID, strings.TrimPrefix(strings.TrimSpace(f.Query), "?")
	if err := f.Validate(); err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		have, err := st.ListSavedFilters(ctx, a.AccountID)
		if err != nil {
			return err
		}
		if len(have) >= tiendo.MaxSavedFilters {
			return tiendo.FieldError("name", "Mỗi tài khoản lưu tối đa 50 bộ lọc; hãy xóa bớt")
		}
		if err := st.CreateSavedFilter(ctx, f); err != nil {
			return err
		}
		return s.audit(ctx, st, "filter.save", "saved_filter", f.ID, nil, nil, nil, f)
	})
}

// DeleteSavedFilter removes one of the actor's saved filters; another
// account's is ENOTFOUND.
func (s *Service) DeleteSavedFilter(ctx context.Context, id int64) error {
	a, err := accountActor(ctx)
	if err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.DeleteSavedFilter(ctx, a.AccountID, id); err != nil {
			return err
		}
		return s.audit(ctx, st, "filter.delete", "saved_filter", id, nil, nil, nil, nil)
	})
}

// accountActor is the context's actor when it is a signed-in account:
// saved filters and the inbox visit belong to one.
func accountActor(ctx context.Context) (*tiendo.Actor, error) {
	a, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	if a.AccountID == 0 {
		return nil, tiendo.Errorf(tiendo.EFORBIDDEN, "Chỉ tài khoản đăng nhập mới lưu được bộ lọc")
	}
	return a, nil
}
