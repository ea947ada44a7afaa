package service

import (
	"context"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// TaskInput creates one task per lead organisation.
type TaskInput struct {
	DocumentID      *int64          `json:"document_id"`
	SourceClause    string          `json:"source_clause"`
	SourceText      string          `json:"source_text"`
	Title           string          `json:"title"`
	ExpectedOutput  string          `json:"expected_output"`
	LeadOrgID       int64           `json:"lead_org_id"`
	LeadOrgIDs      []int64         `json:"lead_org_ids"` // several units at once: one task each
	CoopOrgIDs      []int64         `json:"coop_org_ids"`
	ReportToOrgID   *int64          `json:"report_to_org_id"`
	AssignerID      *int64          `json:"assigner_id"`
	AssignedByOrgID *int64          `json:"assigned_by_org_id"`
	Category        tiendo.Category `json:"category"`
	Priority        tiendo.Priority `json:"priority"`
	RegularDuty     bool            `json:"regular_duty"`
	Weight          *float64        `json:"weight"`
	Place           string          `json:"place"`
	PlaceID         *int64          `json:"place_id"` // a place of the register the actor sees
	// Deadline is the phrase as written ("trước ngày 06/01/2020", "trong quý
	// IV/2022", "hằng tháng trước ngày 25", "thường xuyên"), parsed against
	// the document date. Due is used when no phrase is given.
	Deadline   string  `json:"deadline"`
	Due        vn.Date `json:"due"`
	AssignedOn vn.Date `json:"assigned_on"`
}

// ListTasks returns the page of tasks matching f that the actor may see.
func (s *Service) ListTasks(ctx context.Context, f tiendo.TaskFilter) ([]*tiendo.Task, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	f.ScopeOrgIDs, f.Unscoped = nil, true
	if ids, restricted := sc.visibleOrgIDs(); restricted {
		f.ScopeOrgIDs, f.Unscoped = ids, false
	}
	if f.AsOf.IsZero() {
		f.AsOf = s.today()
	}
	f.Page = f.Page.Normalize()
	return s.store.FindTasks(ctx, f)
}

// GetTask returns a task the actor may see; ENOTFOUND otherwise, so an
// out-of-scope id reveals nothing.
func (s *Service) GetTask(ctx context.Context, id int64) (*tiendo.Task, error) {
	t, _, err := s.visibleTask(ctx, s.store, id)
	return t, err
}

func (s *Service) visibleTask(ctx context.Context, st tiendo.Store, id int64) (*tiendo.Task, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	t, err := st.FindTaskByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if !sc.canSeeTask(t) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy nhiệm vụ %d", id)
	}
	return t, sc, nil
}

// CreateTasks assigns a task to each lead organisation in one transaction.
// The actor must be office or admin over every lead organisation.
func (s *Service) CreateTasks(ctx context.Context, in TaskInput) ([]*tiendo.Task, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	leads := in.LeadOrgIDs
	if len(leads) == 0 && in.LeadOrgID != 0 {
		leads = []int64{in.LeadOrgID}
	}
	if len(leads) == 0 {
		return nil, tiendo.FieldError("lead_org_id", "Cần đúng một đơn vị chủ trì cho mỗi nhiệm vụ")
	}
	var out []*tiendo.Task
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		cr := s.newCreationRules() // once for every lead unit
		for _, lead := range uniqueIDs(leads) {
			t, err := s.taskFromInput(ctx, st, sc, in, lead, cr)
			if err != nil {
				return err
			}
			if err := s.assignTask(ctx, st, sc.tree, t); err != nil {
				return err
			}
			out = append(out, t)
		}
		return nil
	})
	return out, err
}

// createTask stores t, audits it and, for a recurring task, creates its
// first instances.
func (s *Service) createTask(ctx context.Context, st tiendo.Store, t *tiendo.Task) error {
	if err := st.CreateTask(ctx, t); err != nil {
		return err
	}
	if err := s.audit(ctx, st, "task.create", "task", t.ID, &t.ID, &t.LeadOrgID, nil, t); err != nil {
		return err
	}
	if t.DeadlineKind == vn.DeadlineRecurring {
		_, err := s.createInstances(ctx, st, t)
		return err
	}
	return nil
}

// taskFromInput builds the task of in for one lead organisation. cr is
// the working-day calendar and the rules versions, read once by callers
// that create many tasks.
func (s *Service) taskFromInput(ctx context.Context, st tiendo.Store, sc *scope, in TaskInput, lead int64, cr *creationRules) (*tiendo.Task, error) {
	var v tiendo.Validator
	if !sc.tree.Has(lead) {
		return nil, tiendo.FieldError("lead_org_id", "Đơn vị chủ trì không tồn tại")
	}
	if !tiendo.CanAssignTo(sc.actor, sc.tree, lead) {
		return nil, forbidden("giao nhiệm vụ cho đơn vị này")
	}
	for _, id := range in.CoopOrgIDs {
		v.Check(sc.tree.Has(id), "coop_org_ids", "Đơn vị phối hợp không tồn tại")
	}
	assignedBy := in.AssignedByOrgID
	if assignedBy == nil {
		assignedBy = tiendo.DefaultAssigningOrg(sc.actor, sc.tree, lead)
	} else if !tiendo.CanAssignTo(sc.actor, sc.tree, *assignedBy) {
		v.Add("assigned_by_org_id", "Bạn không thuộc đơn vị giao việc này")
	}
	ref := in.AssignedOn
	if ref.IsZero() {
		ref = s.today()
	}
	if in.DocumentID != nil {
		doc, err := st.FindDocumentByID(ctx, *in.DocumentID)
		if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
			v.Add("document_id", "Văn bản không tồn tại")
		} else if err != nil {
			return nil, err
		} else if in.AssignedOn.IsZero() {
			ref = doc.Date
		}
	}
	if err := checkTaskPlace(ctx, st, sc, &v, in.PlaceID); err != nil {
		return nil, err
	}
	checkInForce(&v, sc.tree, "lead_org_id", lead, ref)
	for _, id := range without(uniqueIDs(in.CoopOrgIDs), lead) {
		checkInForce(&v, sc.tree, "coop_org_ids", id, ref)
	}
	t := &tiendo.Task{
		DocumentID: in.DocumentID, SourceClause: in.SourceClause, SourceText: in.SourceText,
		Title: strings.TrimSpace(in.Title), ExpectedOutput: in.ExpectedOutput, LeadOrgID: lead,
		CoopOrgIDs: without(uniqueIDs(in.CoopOrgIDs), lead), ReportToOrgID: in.ReportToOrgID,
		AssignerID: in.AssignerID, AssignedByOrg: assignedBy, Category: in.Category, Priority: in.Priority,
		RegularDuty: in.RegularDuty, Weight: 1, Place: in.Place, PlaceID: nonZeroID(in.PlaceID), AssignedOn: ref,
		Status: tiendo.StatusAssigned, CreatedBy: sc.actor.AccountID,
	}
	if in.Weight != nil {
		t.Weight = *in.Weight
	}
	if t.Category == "" {
		t.Category = tiendo.CategoryDirective
	}
	if t.Priority == "" {
		t.Priority = tiendo.PriorityNormal
	}
	defaultDue := func(d vn.Date) (vn.Date, error) { return cr.defaultDue(ctx, st, d) }
	if err := s.setDeadline(t, in.Deadline, in.Due, defaultDue); err != nil {
		fields := tiendo.ErrorFields(err)
		if fields == nil {
			return nil, err // reading the rules failed
		}
		for f, m := range fields {
			v.Add(f, m)
		}
	}
	if err := t.Validate(); err != nil {
		for f, m := range tiendo.ErrorFields(err) {
			v.Add(f, m)
		}
	}
	return t, v.Err()
}

// setDeadline fills the deadline fields from a phrase or a date. A task
// given no deadline gets defaultDays() working days of cal (the rules in
// force on its assignment date, read only when needed).
func (s *Service) setDeadline(t *tiendo.Task, phrase string, due vn.Date, defaultDue func(vn.Date) (vn.Date, error)) error {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" && !due.IsZero() {
		t.DeadlineKind, t.Due = vn.DeadlineDate, due
		t.OriginalDue = due
		return nil
	}
	d, err := vn.ParseDeadline(phrase, t.AssignedOn)
	if err != nil {
		return tiendo.FieldError("deadline", err.Error())
	}
	t.DeadlineKind, t.DeadlineText, t.Due = d.Kind, d.Text, d.Date
	if !due.IsZero() && (d.Kind == vn.DeadlineNone || d.Kind == vn.DeadlineDate || d.Kind == vn.DeadlinePeriod) {
		// An explicit date wins over the phrase's; the phrase is kept as written.
		if d.Kind == vn.DeadlineNone {
			t.DeadlineKind = vn.DeadlineDate
		}
		t.Due = due
	}
	if d.Recurrence != nil {
		t.Recurrence = formatRecurrence(*d.Recurrence)
	}
	if t.DeadlineKind == vn.DeadlineNone && t.Due.IsZero() {
		due, err := defaultDue(t.AssignedOn)
		if err != nil {
			return err
		}
		t.Due = due
	}
	t.OriginalDue = t.Due
	return nil
}

// TaskPatch edits a task's descriptive fields. Nil fields are unchanged.
// Version must be the version the user read.
type TaskPatch struct {
	Version        int              `json:"version"`
	Title          *string          `json:"title"`
	ExpectedOutput *string          `json:"expected_output"`
	CoopOrgIDs     *[]int64         `json:"coop_org_ids"`
	Category       *tiendo.Category `json:"category"`
	Priority       *tiendo.Priority `json:"priority"`
	Weight         *float64         `json:"weight"`
	Place          *string          `json:"place"`
	PlaceID        *int64           `json:"place_id"` // 0 unlinks the place
	SourceClause   *string          `json:"source_clause"`
}

// EditTask applies a patch; the assigning office, its leaders and admins may.
func (s *Service) EditTask(ctx context.Context, id int64, p TaskPatch) (*tiendo.Task, error) {
	var out *tiendo.Task
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		t, sc, err := s.visibleTask(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanManageTask(sc.actor, sc.tree, t) {
			return forbidden("sửa nhiệm vụ này")
		}
		before := *t
		applyPatch(t, p)
		if err := t.Validate(); err != nil {
			return err
		}
		var v tiendo.Validator
		if err := checkTaskPlace(ctx, st, sc, &v, p.PlaceID); err != nil {
			return err
		}
		if err := v.Err(); err != nil {
			return err
		}
		if err := checkAddedCoops(sc.tree, before.CoopOrgIDs, t.CoopOrgIDs, s.today()); err != nil {
			return err
		}
		if err := st.UpdateTask(ctx, t); err != nil {
			return err
		}
		out = t
		return s.audit(ctx, st, "task.edit", "task", t.ID, &t.ID, &t.LeadOrgID, before, t)
	})
	return out, err
}

func applyPatch(t *tiendo.Task, p TaskPatch) {
	t.Version = p.Version
	set(&t.Title, p.Title)
	set(&t.ExpectedOutput, p.ExpectedOutput)
	set(&t.Category, p.Category)
	set(&t.Priority, p.Priority)
	set(&t.Weight, p.Weight)
	set(&t.Place, p.Place)
	set(&t.SourceClause, p.SourceClause)
	if p.PlaceID != nil {
		t.PlaceID = nonZeroID(p.PlaceID)
	}
	if p.CoopOrgIDs != nil {
		t.CoopOrgIDs = without(uniqueIDs(*p.CoopOrgIDs), t.LeadOrgID)
	}
}

// nonZeroID is id, or nil for nil or 0 ("none").
func nonZeroID(id *int64) *int64 {
	if id == nil || *id == 0 {
		return nil
	}
	n := *id
	return &n
}

func set[T any](dst *T, src *T) {
	if src != nil {
		*dst = *src
	}
}

func uniqueIDs(ids []int64) []int64 {
	seen := map[int64]bool{}
	out := []int64{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
