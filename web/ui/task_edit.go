package ui

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// newTaskData is the Data of the form that assigns tasks.
type newTaskData struct {
	Form       formState
	Lead, Coop *orgPicker // leads among the units the actor may assign to; cooperating units anywhere
	Documents  []*tiendo.Document
	Categories []tiendo.Category
	Today      vn.Date
}

// newTaskPage: GET /viec/moi, optionally ?van-ban=ID to start from a
// document.
func (s *Server) newTaskPage(w http.ResponseWriter, r *http.Request) error {
	vals := url.Values{}
	if doc := r.URL.Query().Get("van-ban"); doc != "" {
		vals.Set("document_id", doc)
	}
	vals.Set("category", string(tiendo.CategoryDirective))
	return s.renderNewTask(w, r, http.StatusOK, newForm(vals))
}

func (s *Server) renderNewTask(w http.ResponseWriter, r *http.Request, status int, f formState) error {
	ctx := r.Context()
	orgs, err := s.svc.AssignableOrgs(ctx)
	if err != nil {
		return err
	}
	if len(orgs) == 0 {
		return tiendo.Errorf(tiendo.EFORBIDDEN, "Bạn không có quyền giao nhiệm vụ")
	}
	loc := i18n.LocaleOf(tiendo.ActorFromContext(ctx))
	lead, err := s.orgPicker(ctx, f, pickerSpec{name: "lead_org_ids", label: i18n.Translate(loc, "new.leads"),
		hint: i18n.Translate(loc, "picker.leads_hint"), multiple: true, required: true, assignable: true})
	if err != nil {
		return err
	}
	coop, err := s.coopPicker(ctx, f)
	if err != nil {
		return err
	}
	docs, _, err := s.svc.ListDocuments(ctx, tiendo.DocumentFilter{Page: tiendo.Page{PerPage: 200}})
	if err != nil {
		return err
	}
	d := newTaskData{Form: f, Lead: lead, Coop: coop, Documents: docs, Categories: tiendo.Categories, Today: s.Today()}
	s.render(w, r, status, "task_new", &page{Data: d})
	return nil
}

// createTaskForm: POST /viec/moi. Several lead units make one task each.
func (s *Server) createTaskForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if vals.Get(pickerParam) != "" { // a unit search without JavaScript
		return s.renderNewTask(w, r, http.StatusOK, newForm(vals))
	}
	fr := &formReader{vals: vals}
	in := service.TaskInput{DocumentID: fr.id("document_id"), SourceClause: fr.str("source_clause"),
		SourceText: fr.str("source_text"), Title: fr.str("title"), ExpectedOutput: fr.str("expected_output"),
		LeadOrgIDs: fr.ids("lead_org_ids"), CoopOrgIDs: fr.ids("coop_org_ids"),
		Category: tiendo.Category(fr.str("category")), Priority: tiendo.PriorityNormal, Place: fr.str("place"),
		Deadline: fr.str("deadline"), Due: fr.date("due"), AssignedOn: fr.date("assigned_on")}
	if fr.checked("urgent") {
		in.Priority = tiendo.PriorityUrgent
	}
	fr.v.Check(len(in.LeadOrgIDs) > 0, "lead_org_ids", "Chọn ít nhất một đơn vị chủ trì")
	fr.v.Check(in.Title != "", "title", "Nội dung nhiệm vụ là bắt buộc")
	if err := fr.err(); err != nil {
		return s.renderNewTask(w, r, httpx.StatusOf(err), newForm(vals).withError(err, nil))
	}
	tasks, err := s.svc.CreateTasks(r.Context(), in)
	switch tiendo.ErrorCode(err) {
	case "":
	case tiendo.EINVALID, tiendo.ECONFLICT:
		rename := map[string]string{"lead_org_id": "lead_org_ids"}
		return s.renderNewTask(w, r, httpx.StatusOf(err), newForm(vals).withError(err, rename))
	default:
		return err
	}
	if len(tasks) == 1 {
		s.redirect(w, r, taskURL(tasks[0].ID, "created"))
		return nil
	}
	s.redirect(w, r, "/viec/da-giao?ok="+strconv.Itoa(len(tasks)))
	return nil
}

// coopPicker is the picker of cooperating units, which may be anywhere.
func (s *Server) coopPicker(ctx context.Context, f formState) (*orgPicker, error) {
	return s.orgPicker(ctx, f, pickerSpec{name: "coop_org_ids",
		label: i18n.Translate(i18n.LocaleOf(tiendo.ActorFromContext(ctx)), "task.coop"), multiple: true})
}

// editTaskData is the Data of the edit form. Current is the task as it is
// now; on a conflict the form keeps the user's values and the page shows
// the current ones beside them.
type editTaskData struct {
	Form       formState
	Current    *tiendo.Task
	Conflict   bool
	Coop       *orgPicker
	OrgNames   map[int64]string
	Categories []tiendo.Category
	Places     []*tiendo.Place // the register's places the actor sees, for place_id
}

// editTaskPage: GET /viec/{id}/sua
func (s *Server) editTaskPage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	t, err := s.svc.GetTask(r.Context(), id)
	if err != nil {
		return err
	}
	return s.renderEditTask(w, r, http.StatusOK, t, newForm(taskValues(t)), false)
}

// taskValues are a task's editable fields as form values.
func taskValues(t *tiendo.Task) url.Values {
	v := url.Values{}
	v.Set("version", strconv.Itoa(t.Version))
	v.Set("title", t.Title)
	v.Set("expected_output", t.ExpectedOutput)
	v.Set("place", t.Place)
	if t.PlaceID != nil {
		v.Set("place_id", strconv.FormatInt(*t.PlaceID, 10))
	}
	v.Set("source_clause", t.SourceClause)
	v.Set("category", string(t.Category))
	v.Set("weight", strconv.FormatFloat(t.Weight, 'f', -1, 64))
	if t.Priority == tiendo.PriorityUrgent {
		v.Set("urgent", "on")
	}
	for _, id := range t.CoopOrgIDs {
		v.Add("coop_org_ids", strconv.FormatInt(id, 10))
	}
	return v
}

func (s *Server) renderEditTask(w http.ResponseWriter, r *http.Request, status int, t *tiendo.Task, f formState, conflict bool) error {
	perms, err := s.svc.TaskPermissions(r.Context(), t.ID)
	if err != nil {
		return err
	}
	if !perms.Edit {
		return tiendo.Errorf(tiendo.EFORBIDDEN, "Bạn không có quyền sửa nhiệm vụ này")
	}
	all, err := s.svc.ListOrgs(r.Context(), tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	coop, err := s.coopPicker(r.Context(), f)
	if err != nil {
		return err
	}
	places, _, err := s.svc.ListPlaces(r.Context(), tiendo.PlaceFilter{Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return err
	}
	d := editTaskData{Form: f, Current: t, Conflict: conflict, Coop: coop, OrgNames: orgNames(all), Categories: tiendo.Categories,
		Places: places}
	s.render(w, r, status, "task_edit", &page{Data: d})
	return nil
}

// editTaskForm: POST /viec/{id}/sua. The version the user read goes with
// the edit; when someone else saved first, the service refuses it and the
// form comes back with both versions and the new version number, so saving
// again is a deliberate choice.
func (s *Server) editTaskForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if vals.Get(pickerParam) != "" { // a unit search without JavaScript
		current, err := s.svc.GetTask(r.Context(), id)
		if err != nil {
			return err
		}
		return s.renderEditTask(w, r, http.StatusOK, current, newForm(vals), false)
	}
	fr := &formReader{vals: vals}
	title, output, place, clause := fr.str("title"), fr.str("expected_output"), fr.str("place"), fr.str("source_clause")
	cat := tiendo.Category(fr.str("category"))
	prio := tiendo.PriorityNormal
	if fr.checked("urgent") {
		prio = tiendo.PriorityUrgent
	}
	coop := fr.ids("coop_org_ids")
	if coop == nil {
		coop = []int64{}
	}
	placeID := int64(0) // "" unlinks
	if id := fr.id("place_id"); id != nil {
		placeID = *id
	}
	p := service.TaskPatch{Version: fr.version(), Title: &title, ExpectedOutput: &output, Place: &place,
		PlaceID: &placeID, SourceClause: &clause, Category: &cat, Priority: &prio, CoopOrgIDs: &coop}
	if ws := fr.str("weight"); ws != "" {
		wt, err := strconv.ParseFloat(ws, 64)
		fr.v.Check(err == nil, "weight", "Trọng số phải là một số")
		p.Weight = &wt
	}
	err = fr.err()
	if err == nil {
		var t *tiendo.Task
		if t, err = s.svc.EditTask(r.Context(), id, p); err == nil {
			s.redirect(w, r, taskURL(t.ID, "saved"))
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	code := tiendo.ErrorCode(err)
	current, gerr := s.svc.GetTask(r.Context(), id)
	if gerr != nil {
		return gerr
	}
	f := newForm(vals).withError(err, nil)
	if code == tiendo.ECONFLICT {
		f.Values.Set("version", strconv.Itoa(current.Version))
	}
	return s.renderEditTask(w, r, httpx.StatusOf(err), current, f, code == tiendo.ECONFLICT)
}
