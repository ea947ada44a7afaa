package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

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

// WeeklyListResult is what processing a weekly list did: the list with
// each row's outcome, and the cases created.
type WeeklyListResult struct {
	List       *tiendo.WeeklyList `json:"list"`
	Created    []*tiendo.Case     `json:"created"`
	Duplicates int                `json:"duplicates"`
	Repeats    int                `json:"repeats"`
}

// CaseStatsResult is the statistics of cases: a row per group with its
// label, and the total.
type CaseStatsResult struct {
	Query tiendo.CaseStatsQuery `json:"-"`
	Rows  []CaseStatsLine       `json:"rows"`
	Total tiendo.CaseCounts     `json:"total"`
}

// CaseStatsLine is one group of CaseStatsResult.
type CaseStatsLine struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	tiendo.CaseCounts
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
	if *ward != 0 && (sc.tree.Org(*ward) == nil || !sc.sees(*ward)) {
		v.Add(prefix+"ward_id", "Phường, xã không tồn tại")
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

// AssignCase assigns (or reassigns) a case that is not closed.
func (s *Service) AssignCase(ctx context.Context, id int64, a CaseAssignment) (*tiendo.Case, error) {
	var out *tiendo.Case
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		c, sc, err := s.visibleCase(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanManageCases(sc.actor, sc.tree, c.WardID) {
			return forbidden("giao vụ việc")
		}
		if c.Status == tiendo.CaseClosed {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã kết thúc, không thể giao")
		}
		out = c
		return s.assignCase(ctx, st, sc, c, a)
	})
	return out, err
}

func (s *Service) assignCase(ctx context.Context, st tiendo.Store, sc *scope, c *tiendo.Case, a CaseAssignment) error {
	if err := tiendo.CheckInput(a); err != nil {
		return err
	}
	if a.Version != c.Version {
		return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã được người khác cập nhật; hãy tải lại")
	}
	var v tiendo.Validator
	v.Check(a.OrgID != nil || a.AssigneeID != nil, "org_id", "Chọn đơn vị hoặc người được giao")
	if a.OrgID != nil {
		v.Check(sc.tree.Org(*a.OrgID) != nil && sc.sees(*a.OrgID), "org_id", "Đơn vị không tồn tại")
	}
	if a.AssigneeID != nil {
		p, err := st.FindPersonByID(ctx, *a.AssigneeID)
		if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
			return err
		}
		ok := false
		if p != nil {
			for _, pos := range p.Positions {
				ok = ok || sc.sees(pos.OrgID)
			}
		}
		v.Check(ok, "assignee_id", "Người được giao không tồn tại")
	}
	if a.AssignedOn.IsZero() {
		a.AssignedOn = s.today()
	}
	v.Date("assigned_on", a.AssignedOn)
	v.Date("due", a.Due)
	v.Check(!a.AssignedOn.After(s.today()), "assigned_on", "Ngày giao không được sau hôm nay")
	v.Check(a.DeadlineDays >= 0 && a.DeadlineDays <= tiendo.MaxCaseDeadlineDays, "deadline_days",
		fmt.Sprintf("Thời hạn xử lý từ 0 đến %d ngày làm việc", tiendo.MaxCaseDeadlineDays))
	if err := v.Err(); err != nil {
		return err
	}
	if a.Due.IsZero() {
		if a.DeadlineDays == 0 {
			k, err := st.FindCaseKindByID(ctx, c.KindID)
			if err != nil {
				return err
			}
			a.DeadlineDays = k.DeadlineDays
		}
		if a.DeadlineDays == 0 {
			return tiendo.FieldError("deadline_days", "Nhập thời hạn xử lý (số ngày làm việc hoặc ngày)")
		}
		cal, err := s.calendarIn(ctx, st)
		if err != nil {
			return err
		}
		a.Due = cal.AddWorkingDays(a.AssignedOn, a.DeadlineDays)
	} else {
		a.DeadlineDays = 0
	}
	before := *c
	c.AssignedOrgID, c.AssigneeID, c.AssignedOn, c.DeadlineDays, c.Due = a.OrgID, a.AssigneeID, a.AssignedOn, a.DeadlineDays, a.Due
	if c.Status == tiendo.CaseOpen {
		c.Status = tiendo.CaseAssigned
	}
	if err := c.Validate(); err != nil {
		return err
	}
	if err := st.UpdateCase(ctx, c); err != nil {
		return err
	}
	if err := s.audit(ctx, st, "case.assign", "case", c.ID, nil, &c.WardID, caseView(&before), caseView(c)); err != nil {
		return err
	}
	return s.notifyCase(ctx, st, sc.tree, tiendo.NotifyCaseAssigned, c, fmt.Sprintf("c%dv%d", c.ID, c.Version))
}

// caseView is what the audit records of a case: its fields without its
// steps and files.
func caseView(c *tiendo.Case) tiendo.Case {
	v := *c
	v.Steps, v.Files = nil, nil
	return v
}

// AddCaseStep records a handling step with its files: the case moves to
// handling.
func (s *Service) AddCaseStep(ctx context.Context, id int64, step tiendo.CaseStep) (*tiendo.CaseStep, error) {
	step.Closing = false
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		c, sc, err := s.visibleCase(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanHandleCase(sc.actor, sc.tree, c) {
			return forbidden("cập nhật xử lý vụ việc")
		}
		if c.Status == tiendo.CaseClosed {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã kết thúc")
		}
		if step.On.IsZero() {
			step.On = s.today()
		}
		if err := s.checkStep(&step, c); err != nil {
			return err
		}
		step.CaseID, step.ByID = c.ID, actorID(ctx)
		if err := st.CreateCaseStep(ctx, &step); err != nil {
			return err
		}
		if c.Status != tiendo.CaseHandling {
			c.Status = tiendo.CaseHandling
			if err := st.UpdateCase(ctx, c); err != nil {
				return err
			}
		}
		return s.audit(ctx, st, "case.step", "case_step", step.ID, nil, &c.WardID, nil, stepView(step))
	})
	if err != nil {
		return nil, err
	}
	return &step, nil
}

// checkStep validates a step of c and its files.
func (s *Service) checkStep(step *tiendo.CaseStep, c *tiendo.Case) error {
	if err := step.Validate(); err != nil {
		return err
	}
	if step.On.Before(c.FoundOn) || step.On.After(s.today()) {
		return tiendo.FieldError("on", "Ngày thực hiện phải từ ngày phát hiện đến hôm nay")
	}
	if err := s.rules.CheckAttachments(step.Files); err != nil {
		return renameField(err, "attachments", "files")
	}
	for i := range step.Files {
		sum := sha256.Sum256(step.Files[i].Data)
		step.Files[i].SHA256 = hex.EncodeToString(sum[:])
	}
	return nil
}

// renameField moves an error's field from one name to another.
func renameField(err error, from, to string) error {
	var te *tiendo.Error
	if errors.As(err, &te) && te.Fields != nil {
		if m, ok := te.Fields[from]; ok {
			c := *te
			c.Fields = map[string]string{to: m}
			return &c
		}
	}
	return err
}

// stepView is what the audit records of a step: the files without data.
func stepView(st tiendo.CaseStep) tiendo.CaseStep {
	files := make([]tiendo.Attachment, len(st.Files))
	for i, f := range st.Files {
		f.Data = nil
		files[i] = f
	}
	st.Files = files
	return st
}

// CloseCase closes a case with its result and evidence: files now, or
// files of an earlier step. Those who handle it may close it.
func (s *Service) CloseCase(ctx context.Context, id int64, in CaseClosing) (*tiendo.Case, error) {
	var out *tiendo.Case
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		c, sc, err := s.visibleCase(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanHandleCase(sc.actor, sc.tree, c) {
			return forbidden("kết thúc vụ việc")
		}
		if c.Status == tiendo.CaseClosed {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã kết thúc")
		}
		if in.Version != c.Version {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã được người khác cập nhật; hãy tải lại")
		}
		if in.ClosedOn.IsZero() {
			in.ClosedOn = s.today()
		}
		var v tiendo.Validator
		v.Check(strings.TrimSpace(in.Result) != "", "result", "Kết quả xử lý là bắt buộc")
		v.Check(len(in.Files) > 0 || len(c.Files) > 0, "files", "Cần ảnh hoặc tài liệu chứng minh kết quả")
		v.Date("closed_on", in.ClosedOn)
		v.Input(in)
		if err := v.Err(); err != nil {
			return err
		}
		step := tiendo.CaseStep{Kind: tiendo.StepNote, On: in.ClosedOn, Note: in.Result, Files: in.Files}
		if err := s.checkStep(&step, c); err != nil {
			return renameField(err, "on", "closed_on")
		}
		step.CaseID, step.ByID, step.Closing = c.ID, actorID(ctx), true
		if err := st.CreateCaseStep(ctx, &step); err != nil {
			return err
		}
		before := caseView(c)
		c.Status, c.Result, c.ClosedOn = tiendo.CaseClosed, in.Result, in.ClosedOn
		if err := st.UpdateCase(ctx, c); err != nil {
			return err
		}
		c.Steps = append(c.Steps, step)
		c.Files = append(c.Files, step.Files...)
		if err := s.audit(ctx, st, "case.close", "case", c.ID, nil, &c.WardID, before, caseView(c)); err != nil {
			return err
		}
		out = c
		return s.notifyCase(ctx, st, sc.tree, tiendo.NotifyCaseClosed, c, fmt.Sprintf("c%dv%d", c.ID, c.Version))
	})
	return out, err
}

// ReopenCase records a repeat violation at the spot of a closed case: a
// new case of its kind, place and address, linked to it.
func (s *Service) ReopenCase(ctx context.Context, id int64, r CaseRepeat) (*tiendo.Case, error) {
	var out *tiendo.Case
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		prev, sc, err := s.visibleCase(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanManageCases(sc.actor, sc.tree, prev.WardID) {
			return forbidden("ghi nhận tái phạm")
		}
		if prev.Status != tiendo.CaseClosed {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc chưa kết thúc: chỉ ghi nhận tái phạm sau khi đã xử lý xong")
		}
		if r.FoundOn.IsZero() {
			r.FoundOn = s.today()
		}
		if r.Reporter == "" {
			r.Reporter = tiendo.ReporterInspection
		}
		if strings.TrimSpace(r.Description) == "" {
			r.Description = prev.Description
		}
		c := &tiendo.Case{WardID: prev.WardID, PlaceID: prev.PlaceID, Address: prev.Address, KindID: prev.KindID,
			Description: r.Description, Reporter: r.Reporter, ReporterName: r.ReporterName, ReporterPhone: r.ReporterPhone,
			FoundOn: r.FoundOn, Status: tiendo.CaseOpen, CreatedBy: actorID(ctx)}
		var v tiendo.Validator
		v.Check(!r.FoundOn.Before(prev.ClosedOn), "found_on", "Ngày tái phạm phải sau ngày kết thúc vụ việc trước")
		v.Check(!r.FoundOn.After(s.today()), "found_on", "Ngày phát hiện không được sau hôm nay")
		if err := c.Validate(); err != nil {
			for f, m := range tiendo.ErrorFields(err) {
				v.Add(f, m)
			}
		}
		if err := v.Err(); err != nil {
			return err
		}
		if err := s.createCase(ctx, st, c); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

// CaseFile returns a file of a case the actor may see.
func (s *Service) CaseFile(ctx context.Context, id int64) (*tiendo.Attachment, error) {
	f, caseID, err := s.store.FindCaseFile(ctx, id)
	if err != nil {
		return nil, err
	}
	if _, _, err := s.visibleCase(ctx, s.store, caseID); err != nil {
		return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy tệp %d", id)
	}
	return f, nil
}

// notifyCase tells the assigned unit's people and the assigned person
// (NotifyCaseAssigned), or the ward's office (NotifyCaseClosed), as a
// workflow step of a task does: in-app, instant mail through the outbox,
// and the units' webhooks, once per key.
func (s *Service) notifyCase(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, kind string, c *tiendo.Case, key string) error {
	var a audience
	var title string
	var orgs []int64
	switch kind {
	case tiendo.NotifyCaseAssigned:
		if c.AssignedOrgID != nil {
			a.Groups = append(a.Groups, audienceGroup{Org: *c.AssignedOrgID, Roles: unitRoles, Home: true})
			orgs = tr.Ancestors(*c.AssignedOrgID)
		}
		if c.AssigneeID != nil {
			a.Persons = append(a.Persons, *c.AssigneeID)
		}
		title = fmt.Sprintf("Được giao xử lý vụ việc %d, hạn %s", c.ID, c.Due.Format())
	case tiendo.NotifyCaseClosed:
		a.Groups = append(a.Groups, audienceGroup{Org: c.WardID, Roles: []tiendo.Role{tiendo.RoleOffice}})
		orgs = tr.Ancestors(c.WardID)
		title = fmt.Sprintf("Vụ việc %d đã xử lý xong", c.ID)
	}
	accounts, err := resolve(ctx, st, tr, a, nil, actorID(ctx))
	if err != nil {
		return err
	}
	body := caseBody(c)
	for _, id := range accounts {
		n := &tiendo.Notification{AccountID: id, Kind: kind, Title: title, Body: body}
		if err := st.CreateNotification(ctx, n); err != nil {
			return err
		}
		if err := s.enqueueMail(ctx, st, n); err != nil {
			return err
		}
	}
	org := c.WardID
	if c.AssignedOrgID != nil {
		org = *c.AssignedOrgID
	}
	return postWebhooks(ctx, st, orgs, fmt.Sprintf("e:%s:%s", kind, key), WebhookEvent{Event: "workflow",
		Rule: kind, OrgID: org, FiredOn: s.today(), Title: title, Body: body})
}

// caseBody is the text of a case's notifications.
func caseBody(c *tiendo.Case) string {
	where := c.Address
	if where == "" {
		where = "địa bàn " + strconv.FormatInt(derefID(c.PlaceID), 10)
	}
	return fmt.Sprintf("%s (%s), phát hiện ngày %s.", c.Description, where, c.FoundOn.Format())
}

func derefID(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// SubmitWeeklyList stores a residential group's list of the week.
func (s *Service) SubmitWeeklyList(ctx context.Context, l tiendo.WeeklyList) (*tiendo.WeeklyList, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	l.Status, l.SubmittedBy, l.ProcessedBy, l.ProcessedAt = tiendo.ListSubmitted, actorID(ctx), nil, nil
	if l.Week.From.IsZero() && len(l.Rows) > 0 && !l.Rows[0].FoundOn.IsZero() {
		l.Week = tiendo.WeekOf(l.Rows[0].FoundOn)
	} else if !l.Week.From.IsZero() {
		l.Week = tiendo.WeekOf(l.Week.From)
	}
	for i := range l.Rows {
		l.Rows[i].Row, l.Rows[i].Outcome, l.Rows[i].CaseID, l.Rows[i].DuplicateOf = i+1, tiendo.RowPending, nil, nil
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		var v tiendo.Validator
		if err := l.Validate(); err != nil {
			for f, m := range tiendo.ErrorFields(err) {
				v.Add(f, m)
			}
		}
		if l.WardID != 0 && (sc.tree.Org(l.WardID) == nil || !sc.sees(l.WardID)) {
			v.Add("ward_id", "Phường, xã không tồn tại")
		}
		if l.GroupPlaceID != nil {
			p, err := st.FindPlaceByID(ctx, *l.GroupPlaceID)
			if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
				return err
			}
			v.Check(p != nil && p.Kind == tiendo.PlaceResidentialGroup && slices.Contains(p.WardIDs(), l.WardID),
				"group_place_id", "Tổ dân phố không thuộc phường, xã này")
		}
		for i, r := range l.Rows {
			ward := l.WardID
			if err := s.checkCaseSpot(ctx, st, &v, sc, fmt.Sprintf("rows[%d].", i+1), &ward, r.PlaceID, r.KindID, r.FoundOn); err != nil {
				return err
			}
			if !r.FoundOn.IsZero() && !l.Week.From.IsZero() && (r.FoundOn.After(l.Week.To)) {
				v.Add(fmt.Sprintf("rows[%d].found_on", i+1), "Ngày phát hiện sau tuần của danh sách")
			}
		}
		if err := v.Err(); err != nil {
			return err
		}
		if !tiendo.CanSubmitWeeklyList(sc.actor, sc.tree, l.WardID) {
			return forbidden("gửi danh sách tuần của phường, xã này")
		}
		if err := st.CreateWeeklyList(ctx, &l); err != nil {
			return err
		}
		return s.audit(ctx, st, "weekly_list.submit", "weekly_list", l.ID, nil, &l.WardID, nil, l)
	})
	if err != nil {
		return nil, err
	}
	return &l, nil
}

// ListWeeklyLists returns one page of the weekly lists of the wards the
// actor sees.
func (s *Service) ListWeeklyLists(ctx context.Context, f tiendo.WeeklyListFilter) ([]*tiendo.WeeklyList, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	f.WardIDs = nil
	if ids, restricted := sc.visibleOrgIDs(); restricted {
		f.WardIDs = ids
		if ids == nil {
			f.WardIDs = []int64{}
		}
	}
	f.Page = f.Page.Normalize()
	return s.store.FindWeeklyLists(ctx, f)
}

func (s *Service) visibleList(ctx context.Context, st tiendo.Store, id int64) (*tiendo.WeeklyList, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	l, err := st.FindWeeklyListByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if !sc.sees(l.WardID) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy danh sách tuần %d", id)
	}
	return l, sc, nil
}

// GetWeeklyList returns a weekly list with its rows.
func (s *Service) GetWeeklyList(ctx context.Context, id int64) (*tiendo.WeeklyList, error) {
	l, _, err := s.visibleList(ctx, s.store, id)
	return l, err
}

// ProcessWeeklyList turns a submitted list's rows into cases in one
// transaction (the ward's office): a row whose place and address have an
// open case of the same kind is flagged as its duplicate, not created
// (rows of the same list included); the others become cases, repeats when
// an earlier closed case of the same kind is there.
func (s *Service) ProcessWeeklyList(ctx context.Context, id int64, version int) (*WeeklyListResult, error) {
	var res *WeeklyListResult
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		l, sc, err := s.visibleList(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanManageCases(sc.actor, sc.tree, l.WardID) {
			return forbidden("chuyển danh sách tuần thành vụ việc")
		}
		if l.Status != tiendo.ListSubmitted {
			return tiendo.Errorf(tiendo.ECONFLICT, "Danh sách đã được xử lý")
		}
		if version != l.Version {
			return tiendo.Errorf(tiendo.ECONFLICT, "Danh sách đã được người khác cập nhật; hãy tải lại")
		}
		res = &WeeklyListResult{List: l, Created: []*tiendo.Case{}}
		for i := range l.Rows {
			r := &l.Rows[i]
			c := &tiendo.Case{WardID: l.WardID, PlaceID: r.PlaceID, Address: r.Address, KindID: r.KindID,
				Description: r.Description, Reporter: tiendo.ReporterGroupLeader, FoundOn: r.FoundOn,
				Status: tiendo.CaseOpen, WeeklyListID: &l.ID, CreatedBy: actorID(ctx)}
			if r.PlaceID != nil {
				if p, err := st.FindPlaceByID(ctx, *r.PlaceID); err == nil {
					if w := p.WardOn(r.FoundOn); w != 0 {
						c.WardID = w
					}
				}
			}
			err := s.createCase(ctx, st, c)
			var te *tiendo.Error
			if errors.As(err, &te) && te.Code == tiendo.ECONFLICT && te.Fields["duplicate_of"] != "" {
				dup, _ := strconv.ParseInt(te.Fields["duplicate_of"], 10, 64)
				r.Outcome, r.DuplicateOf = tiendo.RowDuplicate, &dup
				res.Duplicates++
				continue
			}
			if err != nil {
				return err
			}
			r.Outcome, r.CaseID = tiendo.RowCreated, &c.ID
			if c.RepeatOf != nil {
				res.Repeats++
			}
			res.Created = append(res.Created, c)
		}
		now := s.clock.Now().UTC()
		by := actorID(ctx)
		l.Status, l.ProcessedAt = tiendo.ListProcessed, &now
		if by != 0 {
			l.ProcessedBy = &by
		}
		if err := st.UpdateWeeklyList(ctx, l); err != nil {
			return err
		}
		return s.audit(ctx, st, "weekly_list.process", "weekly_list", l.ID, nil, &l.WardID, nil, l)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// caseStatsQuery sets q's scope and defaults and checks its group.
func (s *Service) caseStatsQuery(ctx context.Context, q tiendo.CaseStatsQuery) (tiendo.CaseStatsQuery, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return q, nil, err
	}
	if q.Group != "" && !slices.Contains(tiendo.CaseGroups, q.Group) {
		return q, nil, tiendo.FieldError("group", "Cách nhóm không hợp lệ")
	}
	if q.AsOf.IsZero() {
		q.AsOf = s.today()
	}
	if !q.Period.From.IsZero() && !q.Period.To.IsZero() && q.Period.To.Before(q.Period.From) {
		return q, nil, tiendo.FieldError("to", "Ngày kết thúc phải sau ngày bắt đầu")
	}
	q.ScopeOrgIDs, q.ScopePersonID, q.Unscoped = caseScope(sc)
	return q, sc, nil
}

// CaseStats counts the cases the actor may see, grouped, each row with its
// label, in the order of the labels (weeks and months in time order).
func (s *Service) CaseStats(ctx context.Context, q tiendo.CaseStatsQuery) (*CaseStatsResult, error) {
	q, sc, err := s.caseStatsQuery(ctx, q)
	if err != nil {
		return nil, err
	}
	rows, err := s.store.CaseStats(ctx, q)
	if err != nil {
		return nil, err
	}
	res := &CaseStatsResult{Query: q, Rows: []CaseStatsLine{}}
	var kinds map[string]string
	if q.Group == tiendo.CaseByKind {
		all, err := s.store.FindCaseKinds(ctx)
		if err != nil {
			return nil, err
		}
		kinds = map[string]string{}
		for _, k := range all {
			kinds[strconv.FormatInt(k.ID, 10)] = k.Name
		}
	}
	for _, r := range rows {
		line := CaseStatsLine{Key: r.Key, CaseCounts: r.CaseCounts}
		switch q.Group {
		case tiendo.CaseByWard:
			id, _ := strconv.ParseInt(r.Key, 10, 64)
			line.Label = orgName(sc.tree, id)
		case tiendo.CaseByKind:
			line.Label = kinds[r.Key]
		case tiendo.CaseByPlace:
			line.Label = "Không gắn địa bàn"
			if id, err := strconv.ParseInt(r.Key, 10, 64); err == nil {
				p, err := s.store.FindPlaceByID(ctx, id)
				if err != nil {
					return nil, err
				}
				line.Label = p.Name
			}
		case tiendo.CaseByWeek:
			if w, err := tiendo.ParseWeek(r.Key); err == nil {
				line.Label = fmt.Sprintf("Tuần %s (%s–%s)", strings.TrimLeft(r.Key[strings.Index(r.Key, "W")+1:], "0"),
					w.From.Format(), w.To.Format())
			}
		case tiendo.CaseByMonth:
			line.Label = "Tháng " + r.Key[5:] + "/" + r.Key[:4]
		case "":
			line.Label = "Tổng số"
		}
		res.Rows = append(res.Rows, line)
		res.Total.Add(r.CaseCounts)
	}
	slices.SortStableFunc(res.Rows, func(a, b CaseStatsLine) int {
		if q.Group == tiendo.CaseByWeek || q.Group == tiendo.CaseByMonth {
			return strings.Compare(a.Key, b.Key)
		}
		if c := strings.Compare(vn.Fold(a.Label), vn.Fold(b.Label)); c != 0 {
			return c
		}
		return strings.Compare(a.Key, b.Key)
	})
	return res, nil
}

// CaseStatsCell lists the cases behind one cell of CaseStats (the same
// scope); the total equals the cell's count.
func (s *Service) CaseStatsCell(ctx context.Context, q tiendo.CaseStatsQuery, key, cell string, p tiendo.Page) ([]*tiendo.Case, int, error) {
	q, _, err := s.caseStatsQuery(ctx, q)
	if err != nil {
		return nil, 0, err
	}
	f, err := q.CellFilter(key, cell)
	if err != nil {
		return nil, 0, err
	}
	f.Page = p.Normalize()
	return s.store.FindCases(ctx, f)
}
