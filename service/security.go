package service

import (
	"context"
	"slices"

	"tiendo"
)

// SecurityEvents returns one page of the security log, newest first, for
// an administrator: an administrator of the whole tree sees every event,
// one of a subtree only the events of the accounts it manages (not those
// of logins that name no account).
func (s *Service) SecurityEvents(ctx context.Context, f tiendo.SecurityEventFilter) ([]*tiendo.SecurityEvent, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	if !sc.actor.System && !holdsAdmin(sc.actor.Grants) {
		return nil, 0, forbidden("xem nhật ký bảo mật")
	}
	for _, k := range f.Kinds {
		if !slices.Contains(tiendo.SecurityEventKinds, k) {
			return nil, 0, tiendo.FieldError("kind", "Loại sự kiện không hợp lệ")
		}
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return nil, 0, tiendo.FieldError("to", "Ngày kết thúc phải sau ngày bắt đầu")
	}
	if !sc.unrestricted() {
		accs, err := s.ListAccounts(ctx)
		if err != nil {
			return nil, 0, err
		}
		f.AccountIDs = make([]int64, len(accs))
		for i, a := range accs {
			f.AccountIDs[i] = a.ID
		}
	}
	return s.store.FindSecurityEvents(ctx, f)
}
