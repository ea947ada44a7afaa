package service

import (
	"context"
	"fmt"
	"strconv"

	"tiendo"
	"tiendo/vn"
)

// Urban-order casework (Ban Chỉ đạo 197, issue 16 item 2). A case is
// visible to the units of its ward and those above (the province sees
// all), to the unit it is assigned to and those above, and to the person
// it is assigned to. The ward's office (or admin) records, assigns and
// closes cases; the assigned unit (or person) records handling steps.
// Every write is validated and audited in its transaction.

// CaseDetail is a case's page.
type CaseDetail struct {
	Case       *tiendo.Case      `json:"case"`
	Kind       *tiendo.CaseKind  `json:"kind"`
	Ward       string            `json:"ward"`        // the ward's name
	Place      *tiendo.Place     `json:"place"`       // nil when the case has an address only
	AssignedTo string            `json:"assigned_to"` // the unit's name, "" when none
	Assignee   string            `json:"assignee"`    // the person's name, "" when none
	Timeliness tiendo.Timeliness `json:"timeliness"`  // today
	// Earlier lists the earlier cases of the same kind at the same place
	// or address, newest first (the repeat chain and its neighbours).
	Earlier []*tiendo.Case `json:"earlier"`
	// What the actor may do now.
	CanEdit   bool `json:"can_edit"`   // assign, close, reopen: the ward's office
	CanHandle bool `json:"can_handle"` // record steps: the assigned unit or person, or the ward's office
}

// CaseAssignment assigns a case: a unit, a person, or both; the deadline
// is DeadlineDays working days from AssignedOn (default: today; days
// default: the kind's), or the date Due.
type CaseAssignment struct {
	Version      int     `json:"version"`
	OrgID        *int64  `json:"org_id"`
	AssigneeID   *int64  `json:"assignee_id"`
	AssignedOn   vn.Date `json:"assigned_on"`
	DeadlineDays int     `json:"deadline_days"`
	Due          vn.Date `json:"due"`
	// Reason says why an assigned case's deadline moves (kept with the
	// old and new day in the case's deadline history).
	Reason string `json:"reason"`
}

// CaseClosing closes a case with its result: the evidence files and the
// day the result was reached (default today).
type CaseClosing struct {
	Version  int                 `json:"version"`
	Result   string              `json:"result"`
	ClosedOn vn.Date             `json:"closed_on"`
	Files    []tiendo.Attachment `json:"files"`
}

// CaseRepeat records a new violation at the spot of a closed case: a new
// case of the same kind, place and address, linked to it (RepeatOf).
type CaseRepeat struct {
	Description   string              `json:"description"`
	FoundOn       vn.Date             `json:"found_on"`
	Reporter      tiendo.CaseReporter `json:"reporter"`
	ReporterName  string              `json:"reporter_name"`
	ReporterPhone string              `json:"reporter_phone"`
}

// caseScope sets f's scope fields to what the actor may see.
func caseScope(sc *scope) (orgs []int64, person int64, unscoped bool) {
	ids, restricted := sc.visibleOrgIDs()
	if !restricted {
		return nil, 0, true
	}
	if ids == nil {
		ids = []int64{}
	}
	if sc.actor.PersonID != nil {
		person = *sc.actor.PersonID
	}
	return ids, person, false
}

// ListCaseKinds returns the catalogue of violation kinds.
func (s *Service) ListCaseKinds(ctx context.Context) ([]*tiendo.CaseKind, error) {
	if _, err := actor(ctx); err != nil {
		return nil, err
	}
	return s.store.FindCaseKinds(ctx)
}

// CreateCaseKind adds a kind to the catalogue (a whole-tree admin).
func (s *Service) CreateCaseKind(ctx context.Context, k tiendo.CaseKind) (*tiendo.CaseKind, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !sc.unrestricted() {
		return nil, forbidden("sửa danh mục loại vi phạm")
	}
	k.Active = true
	if err := k.Validate(); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateCaseKind(ctx, &k); err != nil {
			return err
		}
		return s.audit(ctx, st, "case_kind.create", "case_kind", k.ID, nil, nil, nil, k)
	})
	if err != nil {
		return nil, err
	}
	return &k, nil
}

// UpdateCaseKind changes a kind at the version read (a whole-tree admin).
func (s *Service) UpdateCaseKind(ctx context.Context, k tiendo.CaseKind) (*tiendo.CaseKind, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !sc.unrestricted() {
		return nil, forbidden("sửa danh mục loại vi phạm")
	}
	if err := k.Validate(); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		before, err := st.FindCaseKindByID(ctx, k.ID)
		if err != nil {
			return err
		}
		if err := st.UpdateCaseKind(ctx, &k); err != nil {
			return err
		}
		k.CreatedAt = before.CreatedAt
		return s.audit(ctx, st, "case_kind.update", "case_kind", k.ID, nil, nil, before, k)
	})
	if err != nil {
		return nil, err
	}
	return &k, nil
}

// ListCases returns one page of the cases the actor may see.
func (s *Service) ListCases(ctx context.Context, f tiendo.CaseFilter) ([]*tiendo.Case, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	f.ScopeOrgIDs, f.ScopePersonID, f.Unscoped = caseScope(sc)
	if f.AsOf.IsZero() {
		f.AsOf = s.today()
	}
	f.Page = f.Page.Normalize()
	return s.store.FindCases(ctx, f)
}

func (s *Service) visibleCase(ctx context.Context, st tiendo.Store, id int64) (*tiendo.Case, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	c, err := st.FindCaseByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if !tiendo.CanSeeCase(sc.actor, sc.tree, c) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy vụ việc %d", id)
	}
	return c, sc, nil
}

// GetCase returns a case the actor may see; ENOTFOUND otherwise.
func (s *Service) GetCase(ctx context.Context, id int64) (*CaseDetail, error) {
	c, sc, err := s.visibleCase(ctx, s.store, id)
	if err != nil {
		return nil, err
	}
	d := &CaseDetail{Case: c, Timeliness: c.TimelinessAt(s.today()), Earlier: []*tiendo.Case{},
		CanEdit:   tiendo.CanManageCases(sc.actor, sc.tree, c.WardID),
		CanHandle: tiendo.CanHandleCase(sc.actor, sc.tree, c)}
	if d.Kind, err = s.store.FindCaseKindByID(ctx, c.KindID); err != nil {
		return nil, err
	}
	d.Ward = orgName(sc.tree, c.WardID)
	if c.AssignedOrgID != nil {
		d.AssignedTo = orgName(sc.tree, *c.AssignedOrgID)
	}
	if c.AssigneeID != nil {
		p, err := s.store.FindPersonByID(ctx, *c.AssigneeID)
		if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
			return nil, err
		}
		if p != nil {
			d.Assignee = p.FullName
		}
	}
	if c.PlaceID != nil {
		if d.Place, err = s.store.FindPlaceByID(ctx, *c.PlaceID); err != nil {
			return nil, err
		}
	}
	f := tiendo.SpotFilter(c)
	f.ScopeOrgIDs, f.ScopePersonID, f.Unscoped = caseScope(sc)
	f.Page = tiendo.Page{PerPage: 50}
	earlier, _, err := s.store.FindCases(ctx, f)
	if err != nil {
		return nil, err
	}
	for _, e := range earlier {
		if e.ID != c.ID && !e.FoundOn.After(c.FoundOn) {
			d.Earlier = append(d.Earlier, e)
		}
	}
	return d, nil
}

func orgName(tr *tiendo.OrgTree, id int64) string {
	if o := tr.Org(id); o != nil {
		return o.Name
	}
	return ""
}

// checkCaseSpot validates the ward, place and kind of a new case or row
// (errors under prefix) and sets the ward from the place: the ward it
// belonged to on the day found, else its latest.
func (s *Service) checkCaseSpot(ctx context.Context, st tiendo.Store, v *tiendo.Validator, sc *scope, prefix string,
	ward *int64, place *int64, kind int64, found vn.Date) error {
	if place != nil && *place > 0 {
		p, err := st.FindPlaceByID(ctx, *place)
		switch {
		case tiendo.ErrorCode(err) == tiendo.ENOTFOUND:
			v.Add(prefix+"place_id", "Địa bàn không tồn tại")
		case err != nil:
			return err
		case !tiendo.CanSeePlace(sc.actor, sc.tree, p):
			v.Add(prefix+"place_id", "Địa bàn không tồn tại")
		default:
			w := p.WardOn(found)
			if w == 0 {
				w = p.LatestWard()
			}
			if *ward != 0 && *ward != w && !sc.tree.Under(w, *ward) {
				v.Add(prefix+"place_id", "Địa bàn không thuộc phường, xã này")
			}
			if *ward == 0 {
				*ward = w
			}
		}
	}
	switch {
	case *ward != 0 && (!sc.tree.Has(*ward) || !sc.sees(*ward)):
		v.Add(prefix+"ward_id", "Phường, xã không tồn tại")
	case *ward != 0 && !sc.tree.IsWard(*ward):
		v.Add(prefix+"ward_id", wardOnly)
	}
	if kind > 0 {
		k, err := st.FindCaseKindByID(ctx, kind)
		switch {
		case tiendo.ErrorCode(err) == tiendo.ENOTFOUND:
			v.Add(prefix+"kind_id", "Loại vi phạm không tồn tại")
		case err != nil:
			return err
		case !k.Active:
			v.Add(prefix+"kind_id", "Loại vi phạm đã ngừng sử dụng")
		}
	}
	if !found.IsZero() && found.After(s.today()) {
		v.Add(prefix+"found_on", "Ngày phát hiện không được sau hôm nay")
	}
	return nil
}

// spotCases returns the open duplicate and the latest closed case of c's
// kind at its spot.
func spotCases(ctx context.Context, st tiendo.Store, c *tiendo.Case) (open, closed *tiendo.Case, err error) {
	f := tiendo.SpotFilter(c)
	f.Page = tiendo.Page{PerPage: 1}
	f.Statuses = tiendo.OpenCaseStatuses
	list, _, err := st.FindCases(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	if len(list) > 0 {
		open = list[0]
	}
	f.Statuses = []tiendo.CaseStatus{tiendo.CaseClosed}
	if list, _, err = st.FindCases(ctx, f); err != nil {
		return nil, nil, err
	}
	if len(list) > 0 {
		closed = list[0]
	}
	return open, closed, nil
}

// CreateCase records a case: its ward comes from its place when it has
// one; a closed earlier case of the same kind at the same place and
// address makes it a repeat (RepeatOf). An open one there is a conflict
// (ECONFLICT naming it). With AssignedOrgID or AssigneeID set it is
// assigned at once (the deadline as in AssignCase).
func (s *Service) CreateCase(ctx context.Context, c tiendo.Case) (*tiendo.Case, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if c.Reporter == "" {
		c.Reporter = tiendo.ReporterCitizen
	}
	c.Status, c.Result, c.ClosedOn, c.RepeatOf, c.WeeklyListID = tiendo.CaseOpen, "", vn.Date{}, nil, nil
	c.CreatedBy = actorID(ctx)
	assign := CaseAssignment{OrgID: c.AssignedOrgID, AssigneeID: c.AssigneeID, AssignedOn: c.AssignedOn,
		DeadlineDays: c.DeadlineDays, Due: c.Due}
	c.AssignedOrgID, c.AssigneeID, c.AssignedOn, c.DeadlineDays, c.Due = nil, nil, vn.Date{}, 0, vn.Date{}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		var v tiendo.Validator
		if err := s.checkCaseSpot(ctx, st, &v, sc, "", &c.WardID, c.PlaceID, c.KindID, c.FoundOn); err != nil {
			return err
		}
		if err := c.Validate(); err != nil {
			for f, m := range tiendo.ErrorFields(err) {
				v.Add(f, m)
			}
		}
		if err := v.Err(); err != nil {
			return err
		}
		if !tiendo.CanManageCases(sc.actor, sc.tree, c.WardID) {
			return forbidden("ghi nhận vụ việc của phường, xã này")
		}
		if err := s.createCase(ctx, st, &c); err != nil {
			return err
		}
		if assign.OrgID != nil || assign.AssigneeID != nil {
			assign.Version = c.Version
			return s.assignCase(ctx, st, sc, &c, assign)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// createCase links c to the closed case it repeats, refuses it when an
// open case of its kind is at its spot, and stores and audits it.
func (s *Service) createCase(ctx context.Context, st tiendo.Store, c *tiendo.Case) error {
	open, closed, err := spotCases(ctx, st, c)
	if err != nil {
		return err
	}
	if open != nil {
		return &tiendo.Error{Code: tiendo.ECONFLICT, Message: fmt.Sprintf(
			"Vụ việc %d cùng loại tại địa điểm này đang được xử lý", open.ID),
			Fields: map[string]string{"duplicate_of": strconv.FormatInt(open.ID, 10)}}
	}
	if closed != nil {
		c.RepeatOf = &closed.ID
	}
	if err := st.CreateCase(ctx, c); err != nil {
		return err
	}
	return s.audit(ctx, st, "case.create", "case", c.ID, nil, &c.WardID, nil, c)
}
