package httpx

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// TaskSorts maps the sort parameter to the store's orders.
var TaskSorts = map[string]tiendo.TaskSort{
	"due": tiendo.SortDue, "created": tiendo.SortCreated, "id": tiendo.SortID,
	"overdue": tiendo.SortOverdue, "assigned": tiendo.SortAssigned,
}

// taskFilter reads the task list parameters strictly.
func (s *Base) TaskFilter(ctx context.Context, q *Query) (tiendo.TaskFilter, error) {
	f := tiendo.TaskFilter{Query: q.Str("q"), Page: q.Page(), AsOf: q.Date("as_of"),
		DueFrom: q.Date("due_from"), DueTo: q.Date("due_to"), ParentID: q.ID("parent")}
	orgs, err := s.OrgIDsParam(ctx, q, "org")
	if err != nil {
		return f, err
	}
	f.OrgIDs = orgs
	switch role := q.Str("role"); role {
	case "":
	case string(tiendo.AsLead), string(tiendo.AsCooperating):
		f.Role = tiendo.TaskRole(role)
		if len(f.OrgIDs) == 0 {
			q.Fail("role", "chỉ dùng cùng tham số org")
		}
	default:
		q.Fail("role", "phải là lead hoặc cooperating")
	}
	for _, v := range q.List("status") {
		st := tiendo.Status(v)
		if !st.Valid() {
			q.Fail("status", "có giá trị không hợp lệ: "+v)
		}
		f.Statuses = append(f.Statuses, st)
	}
	for _, v := range q.List("timeliness") {
		tl := tiendo.Timeliness(v)
		if !slices.Contains(tiendo.Timelinesses, tl) {
			q.Fail("timeliness", "có giá trị không hợp lệ: "+v)
		}
		f.Timeliness = append(f.Timeliness, tl)
	}
	if c := q.Str("category"); c != "" {
		f.Category = tiendo.Category(c)
		if !slices.Contains(tiendo.Categories, f.Category) {
			q.Fail("category", "có giá trị không hợp lệ: "+c)
		}
	}
	if v := q.Str("sort"); v != "" {
		key, desc := strings.CutPrefix(v, "-")
		sort, ok := TaskSorts[key]
		if !ok {
			q.Fail("sort", "phải là due, created, id, overdue hoặc assigned (thêm - để đảo chiều)")
		}
		f.Sort, f.Desc = sort, desc
	}
	if !f.DueFrom.IsZero() && !f.DueTo.IsZero() && f.DueTo.Before(f.DueFrom) {
		q.Fail("due_to", "không được trước due_from")
	}
	if err := s.PeriodTaskFilter(ctx, q, &f); err != nil {
		return f, err
	}
	if f.AsOf.IsZero() {
		f.AsOf = s.Today()
	}
	return f, q.Err()
}

// orgIDsParam resolves a repeatable id-or-code parameter. An unknown code is
// a bad parameter (400), not an empty result: it is almost always a typo.
func (s *Base) OrgIDsParam(ctx context.Context, q *Query, name string) ([]int64, error) {
	var ids []int64
	for _, ref := range q.List(name) {
		if id, err := strconv.ParseInt(ref, 10, 64); err == nil && id > 0 {
			ids = append(ids, id)
			continue
		}
		o, err := s.Svc.OrgByCode(ctx, ref)
		if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
			q.Fail(name, "chứa mã đơn vị không tồn tại: "+strconv.Quote(ref))
			return nil, q.Err()
		} else if err != nil {
			return nil, err
		}
		ids = append(ids, o.ID)
	}
	return ids, nil
}

// PickerSearch reads a search request shared by the JSON API and the
// results fragment.
func PickerSearch(q *Query) service.OrgSearch {
	in := service.OrgSearch{Query: q.Str("q"), On: q.Date("in_force_on"), Assignable: q.Str("assignable") == "1",
		IDs: q.IDs("id")}
	if v := q.Str("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			q.Fail("limit", "phải là một số nguyên từ 1 đến 100")
		}
		in.Limit = n
	}
	return in
}

// periodParam reads period (required when required) and cutoff (the day
// monthly windows start: 15 by NĐ 09/2019, 16 for inspection reports, 1
// for calendar periods).
func PeriodParam(q *Query, required bool) (vn.Period, *vn.Cutoffs, bool) {
	text := q.Str("period")
	var c *vn.Cutoffs
	if v := q.Str("cutoff"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 28 {
			q.Fail("cutoff", "phải là ngày bắt đầu kỳ từ 1 đến 28")
		}
		c = &vn.Cutoffs{Day: n}
	}
	if text == "" {
		if required {
			q.Fail("period", "là bắt buộc (2023-03, 2023-Q1, 2023-H1, 2023-9M, 2023 hoặc 2023-01-15..2023-03-14)")
		}
		return vn.Period{}, c, false
	}
	p, err := vn.ParsePeriod(text)
	if err != nil {
		q.Fail("period", "phải có dạng 2023-03, 2023-Q1, 2023-H1, 2023-9M, 2023 hoặc 2023-01-15..2023-03-14")
		return vn.Period{}, c, false
	}
	return p, c, true
}

// periodTaskFilter applies the statistics parameters of GET /api/v1/tasks
// to f, so that a cell's link lists exactly its tasks: period and cutoff
// (resolved with the as-of date as the statistics resolve them), subtree
// (org includes everything below it), leader, assignee, document and
// place ("none" for tasks without one).
func (s *Base) PeriodTaskFilter(ctx context.Context, q *Query, f *tiendo.TaskFilter) error {
	f.AssignerID, f.AssigneeID = OptionalIDParam(q, "leader"), OptionalIDParam(q, "assignee")
	f.DocumentID, f.PlaceID = OptionalIDParam(q, "document"), OptionalIDParam(q, "place")
	if p, c, ok := PeriodParam(q, false); ok {
		rng, asOf, err := s.Svc.PeriodDates(p, c, f.AsOf)
		if err != nil {
			return err
		}
		f.Period, f.AsOf = rng, asOf
	} else if c != nil {
		q.Fail("cutoff", "chỉ dùng cùng tham số period")
	}
	switch q.Str("subtree") {
	case "", "0", "false":
	case "1", "true":
		if len(f.OrgIDs) == 0 {
			q.Fail("subtree", "chỉ dùng cùng tham số org")
			return q.Err()
		}
		ids, err := s.Svc.Subtrees(ctx, f.OrgIDs)
		if err != nil {
			return err
		}
		f.OrgIDs = ids
	default:
		q.Fail("subtree", "phải là 1 hoặc 0")
	}
	return q.Err()
}

// optionalIDParam reads a positive id, or "none" (0: tasks with none).
func OptionalIDParam(q *Query, name string) *int64 {
	if q.Str(name) == "none" {
		var none int64
		return &none
	}
	return q.ID(name)
}
