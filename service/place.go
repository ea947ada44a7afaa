package service

import (
	"context"
	"fmt"

	"tiendo"
)

// The register of places (issue 16 item 1). A place is visible to the
// units of a ward it belongs or belonged to and to those above
// (tiendo.CanSeePlace); only the ward's office or admin, an admin above,
// or a whole-tree admin creates and edits it (tiendo.CanEditPlace). Every
// write is validated and audited in its transaction.

// PlaceDetail is a place's page: the place, the names of its wards and
// whether the actor may edit it.
type PlaceDetail struct {
	Place   *tiendo.Place `json:"place"`
	Wards   []string      `json:"wards"` // names, in the order of Place.Wards
	CanEdit bool          `json:"can_edit"`
}

// ListPlaces returns one page of the places the actor may see.
func (s *Service) ListPlaces(ctx context.Context, f tiendo.PlaceFilter) ([]*tiendo.Place, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	f.WardIDs = nil
	if ids, restricted := tiendo.PlaceScopeIDs(sc.actor, sc.tree); restricted {
		f.WardIDs = ids
	}
	f.Page = f.Page.Normalize()
	return s.store.FindPlaces(ctx, f)
}

// GetPlace returns a place the actor may see; ENOTFOUND otherwise.
func (s *Service) GetPlace(ctx context.Context, id int64) (*PlaceDetail, error) {
	p, sc, err := s.visiblePlace(ctx, s.store, id)
	if err != nil {
		return nil, err
	}
	d := &PlaceDetail{Place: p, Wards: []string{}, CanEdit: tiendo.CanEditPlace(sc.actor, sc.tree, p.LatestWard())}
	for _, w := range p.Wards {
		name := ""
		if o := sc.tree.Org(w.OrgID); o != nil {
			name = o.Name
		}
		d.Wards = append(d.Wards, name)
	}
	return d, nil
}

func (s *Service) visiblePlace(ctx context.Context, st tiendo.Store, id int64) (*tiendo.Place, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	p, err := st.FindPlaceByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if !tiendo.CanSeePlace(sc.actor, sc.tree, p) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy địa bàn %d", id)
	}
	return p, sc, nil
}

// wardOnly refuses a body inside a ward (its People's Committee, an
// office) where the ward itself is asked for.
const wardOnly = "Chọn phường, xã (không phải cơ quan, đơn vị trong phường, xã)"

// checkPlace validates p against the tree and the actor's right to edit
// its wards, adding errors under prefix ("" or "rows[3].").
func checkPlace(v *tiendo.Validator, sc *scope, p *tiendo.Place, prefix string) {
	if err := p.Validate(); err != nil {
		for f, m := range tiendo.ErrorFields(err) {
			v.Add(prefix+f, m)
		}
	}
	for _, w := range p.Wards {
		if w.OrgID == 0 {
			continue
		}
		if !sc.tree.Has(w.OrgID) || !sc.sees(w.OrgID) {
			v.Add(prefix+"wards", "Phường, xã không tồn tại")
			return
		}
		if !sc.tree.IsWard(w.OrgID) {
			v.Add(prefix+"wards", wardOnly)
			return
		}
	}
	if ward := p.LatestWard(); ward != 0 && sc.tree.Org(ward) != nil && !tiendo.CanEditPlace(sc.actor, sc.tree, ward) {
		v.Add(prefix+"wards", "Chỉ văn phòng hoặc quản trị của phường, xã này được cập nhật địa bàn của phường")
	}
}

// CreatePlace adds a place to the register.
func (s *Service) CreatePlace(ctx context.Context, p tiendo.Place) (*tiendo.Place, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !tiendo.HasRoleAnywhere(sc.actor, tiendo.RoleOffice, tiendo.RoleAdmin) {
		return nil, forbidden("thêm địa bàn")
	}
	var v tiendo.Validator
	checkPlace(&v, sc, &p, "")
	if err := v.Err(); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		return s.createPlace(ctx, st, &p)
	})
	return &p, err
}

func (s *Service) createPlace(ctx context.Context, st tiendo.Store, p *tiendo.Place) error {
	if err := st.CreatePlace(ctx, p); err != nil {
		return err
	}
	ward := p.LatestWard()
	return s.audit(ctx, st, "place.create", "place", p.ID, nil, &ward, nil, p)
}

// UpdatePlace replaces a place's fields at the version read: the actor
// must be able to edit its current ward and the ward it gives it.
func (s *Service) UpdatePlace(ctx context.Context, p tiendo.Place) (*tiendo.Place, error) {
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		before, sc, err := s.visiblePlace(ctx, st, p.ID)
		if err != nil {
			return err
		}
		if !tiendo.CanEditPlace(sc.actor, sc.tree, before.LatestWard()) {
			return forbidden("sửa địa bàn này")
		}
		var v tiendo.Validator
		checkPlace(&v, sc, &p, "")
		if err := v.Err(); err != nil {
			return err
		}
		if err := st.UpdatePlace(ctx, &p); err != nil {
			return err
		}
		p.CreatedAt = before.CreatedAt
		ward := p.LatestWard()
		return s.audit(ctx, st, "place.update", "place", p.ID, nil, &ward, before, p)
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// ImportPlaces adds the rows of a GeoJSON or CSV file in one transaction:
// each row's ward is found by its organisation code, every row is checked
// first, and any error (named rows[N].field, N the row's line or feature
// number) leaves the register unchanged.
func (s *Service) ImportPlaces(ctx context.Context, rows []tiendo.PlaceRow) ([]*tiendo.Place, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !tiendo.HasRoleAnywhere(sc.actor, tiendo.RoleOffice, tiendo.RoleAdmin) {
		return nil, forbidden("nhập địa bàn")
	}
	if len(rows) == 0 {
		return nil, tiendo.FieldError("file", "Tệp không có địa bàn nào")
	}
	byCode := map[string]int64{}
	for _, id := range sc.tree.IDs() {
		byCode[sc.tree.Org(id).Code] = id
	}
	var v tiendo.Validator
	out := make([]*tiendo.Place, 0, len(rows))
	for _, r := range rows {
		prefix := fmt.Sprintf("rows[%d].", r.Row)
		p := r.Place
		if r.WardCode == "" {
			v.Add(prefix+"wards", "Thiếu mã phường, xã")
		} else if id, ok := byCode[r.WardCode]; !ok || !sc.sees(id) {
			v.Add(prefix+"wards", "Không có phường, xã mã "+r.WardCode)
		} else {
			p.Wards = []tiendo.PlaceWard{{OrgID: id}}
		}
		checkPlace(&v, sc, &p, prefix)
		out = append(out, &p)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		for _, p := range out {
			if err := s.createPlace(ctx, st, p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkTaskPlace records an error on place_id unless the place exists and
// the actor sees it (0 unlinks).
func checkTaskPlace(ctx context.Context, st tiendo.Store, sc *scope, v *tiendo.Validator, id *int64) error {
	if id == nil || *id == 0 {
		return nil
	}
	p, err := st.FindPlaceByID(ctx, *id)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND || err == nil && !tiendo.CanSeePlace(sc.actor, sc.tree, p) {
		v.Add("place_id", "Địa bàn không tồn tại")
		return nil
	}
	return err
}

// PlaceOnMap is a place with the counts of its open tasks at today's
// date, for the map: coloured red with an overdue task, amber with one in
// progress.
type PlaceOnMap struct {
	Place      *tiendo.Place `json:"place"`
	InProgress int           `json:"in_progress"`
	Overdue    int           `json:"overdue"`
}

// PlacesOnMap lists up to tiendo.MaxPerPage places the actor sees that
// have a point or an outline, with their open tasks' counts (two counting
// queries per place: fine for a ward's places, not for a province's).
func (s *Service) PlacesOnMap(ctx context.Context) ([]PlaceOnMap, error) {
	places, _, err := s.ListPlaces(ctx, tiendo.PlaceFilter{Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return nil, err
	}
	out := []PlaceOnMap{}
	for _, p := range places {
		if p.Lat == nil && p.Outline == "" {
			continue
		}
		m := PlaceOnMap{Place: p}
		for _, c := range []struct {
			tl  tiendo.Timeliness
			dst *int
		}{{tiendo.InProgress, &m.InProgress}, {tiendo.Overdue, &m.Overdue}} {
			id := p.ID
			if _, *c.dst, err = s.ListTasks(ctx, tiendo.TaskFilter{PlaceID: &id, Timeliness: []tiendo.Timeliness{c.tl},
				Page: tiendo.Page{PerPage: 1}}); err != nil {
				return nil, err
			}
		}
		out = append(out, m)
	}
	return out, nil
}
