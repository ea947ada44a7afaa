package service

import (
	"context"

	"tiendo"
)

// ListPeople returns people holding positions in the actor's scope.
func (s *Service) ListPeople(ctx context.Context, f tiendo.PersonFilter) ([]*tiendo.Person, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	if ids, restricted := sc.visibleOrgIDs(); restricted {
		f.OrgIDs = intersect(f.OrgIDs, ids)
	}
	return s.store.FindPeople(ctx, f)
}

// GetPerson returns a person with a position the actor can see.
func (s *Service) GetPerson(ctx context.Context, id int64) (*tiendo.Person, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.store.FindPersonByID(ctx, id)
	if err != nil {
		return nil, err
	}
	for _, pos := range p.Positions {
		if sc.sees(pos.OrgID) {
			return p, nil
		}
	}
	if sc.unrestricted() {
		return p, nil
	}
	return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy người %d", id)
}

// CreatePerson adds a person; an admin or office over every position's
// organisation may do it.
func (s *Service) CreatePerson(ctx context.Context, p *tiendo.Person) error {
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	for _, pos := range p.Positions {
		if !sc.tree.Has(pos.OrgID) {
			return tiendo.FieldError("positions", "Đơn vị của chức vụ không tồn tại")
		}
		if !sc.has(pos.OrgID, tiendo.RoleAdmin, tiendo.RoleOffice) {
			return forbidden("thêm người vào đơn vị này")
		}
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreatePerson(ctx, p); err != nil {
			return err
		}
		var org *int64
		if len(p.Positions) > 0 {
			org = &p.Positions[0].OrgID
		}
		return s.audit(ctx, st, "person.create", "person", p.ID, nil, org, nil, p)
	})
}

// intersect returns the ids of a that are in allowed; an empty a means
// "all allowed". The result is never nil so the store filters on it.
func intersect(a, allowed []int64) []int64 {
	if len(a) == 0 {
		return append([]int64{}, allowed...)
	}
	ok := make(map[int64]bool, len(allowed))
	for _, id := range allowed {
		ok[id] = true
	}
	out := []int64{}
	for _, id := range a {
		if ok[id] {
			out = append(out, id)
		}
	}
	return out
}
