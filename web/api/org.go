package api

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// orgByRef finds an organisation by numeric id or by code, so URLs and
// filters can say /orgs/HBT-PHOHUE as well as /orgs/12.
func (s *Server) orgByRef(ctx context.Context, ref string) (*tiendo.Org, error) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return s.svc.GetOrg(ctx, id)
	}
	return s.svc.OrgByCode(ctx, ref)
}

// listOrgs: GET /api/v1/orgs?q=&parent=&code=
func (s *Server) listOrgs(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "parent", "code")
	f := tiendo.OrgFilter{Query: q.Str("q")}
	if code := q.Str("code"); code != "" {
		f.Code = &code
	}
	parents, err := s.OrgIDsParam(r.Context(), q, "parent")
	if err != nil {
		return err
	}
	if len(parents) > 1 {
		q.Fail("parent", "chỉ được có một giá trị")
	} else if len(parents) == 1 {
		f.ParentID = &parents[0]
	}
	if err := q.Err(); err != nil {
		return err
	}
	orgs, err := s.svc.ListOrgs(r.Context(), f)
	if err != nil {
		return err
	}
	// The tree is small and returned whole; the envelope matches the paged
	// lists so clients handle every list alike.
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(orgs, len(orgs), tiendo.Page{Page: 1, PerPage: max(len(orgs), 1)}))
	return nil
}

// getOrg: GET /api/v1/orgs/{id} (id or code)
func (s *Server) getOrg(w http.ResponseWriter, r *http.Request) error {
	o, err := s.orgByRef(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, o)
	return nil
}

// orgInput creates an organisation. The parent is given by id or by code.
type orgInput struct {
	Code      string         `json:"code"`
	Abbrev    string         `json:"abbrev"`
	Name      string         `json:"name"`
	Kind      tiendo.OrgKind `json:"kind"`
	Level     tiendo.Level   `json:"level"`
	ParentID  *int64         `json:"parent_id"`
	Parent    string         `json:"parent"`
	ValidFrom vn.Date        `json:"valid_from"`
	ValidTo   vn.Date        `json:"valid_to"`
	MemberIDs []int64        `json:"member_ids"`
}

// createOrg: POST /api/v1/orgs
func (s *Server) createOrg(w http.ResponseWriter, r *http.Request) error {
	var in orgInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	o := &tiendo.Org{Code: strings.TrimSpace(in.Code), Abbrev: in.Abbrev, Name: strings.TrimSpace(in.Name),
		Kind: in.Kind, Level: in.Level, ParentID: in.ParentID, ValidFrom: in.ValidFrom, ValidTo: in.ValidTo,
		MemberIDs: in.MemberIDs}
	if in.Parent != "" {
		if in.ParentID != nil {
			return tiendo.FieldError("parent", "Chỉ dùng một trong parent_id và parent")
		}
		p, err := s.svc.OrgByCode(r.Context(), in.Parent)
		if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
			return tiendo.FieldError("parent", "Đơn vị cấp trên không tồn tại")
		} else if err != nil {
			return err
		}
		o.ParentID = &p.ID
	}
	if err := s.svc.CreateOrg(r.Context(), o); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, o)
	return nil
}

// orgPatch changes an organisation; absent fields stay as they are. It has
// no valid_to: an organisation ends only through dissolve, which also moves
// its open tasks to the successor.
type orgPatch struct {
	Version   int             `json:"version"`
	Code      *string         `json:"code"`
	Abbrev    *string         `json:"abbrev"`
	Name      *string         `json:"name"`
	Kind      *tiendo.OrgKind `json:"kind"`
	Level     *tiendo.Level   `json:"level"`
	ParentID  *int64          `json:"parent_id"`
	ValidFrom *vn.Date        `json:"valid_from"`
	MemberIDs *[]int64        `json:"member_ids"`
}

// patchOrg: PATCH /api/v1/orgs/{id}
func (s *Server) patchOrg(w http.ResponseWriter, r *http.Request) error {
	var in orgPatch
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.Version < 1 {
		return tiendo.FieldError("version", "Cần phiên bản (version) của bản ghi đã đọc")
	}
	o, err := s.orgByRef(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	o.Version = in.Version
	setIf(&o.Code, in.Code)
	setIf(&o.Abbrev, in.Abbrev)
	setIf(&o.Name, in.Name)
	setIf(&o.Kind, in.Kind)
	setIf(&o.Level, in.Level)
	setIf(&o.ValidFrom, in.ValidFrom)
	setIf(&o.MemberIDs, in.MemberIDs)
	if in.ParentID != nil {
		o.ParentID = in.ParentID
	}
	if err := s.svc.UpdateOrg(r.Context(), o); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, o)
	return nil
}

// setIf copies *src into *dst when src is set.
func setIf[T any](dst, src *T) {
	if src != nil {
		*dst = *src
	}
}

// dissolveInput names the successor by id or by code.
type dissolveInput struct {
	SuccessorID *int64  `json:"successor_id"`
	Successor   string  `json:"successor"`
	On          vn.Date `json:"on"`
	Version     int     `json:"version"`
}

// dissolveOrg: POST /api/v1/orgs/{id}/dissolve
func (s *Server) dissolveOrg(w http.ResponseWriter, r *http.Request) error {
	var in dissolveInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	o, err := s.orgByRef(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	var succ int64
	switch {
	case in.SuccessorID != nil && in.Successor != "":
		return tiendo.FieldError("successor", "Chỉ dùng một trong successor_id và successor")
	case in.SuccessorID != nil:
		succ = *in.SuccessorID
	case in.Successor != "":
		so, err := s.svc.OrgByCode(r.Context(), in.Successor)
		if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
			return tiendo.FieldError("successor", "Đơn vị kế thừa không tồn tại")
		} else if err != nil {
			return err
		}
		succ = so.ID
	default:
		return tiendo.FieldError("successor", "Cần đơn vị kế thừa (successor_id hoặc successor)")
	}
	res, err := s.svc.DissolveOrg(r.Context(), o.ID, succ, in.On, in.Version)
	if err != nil {
		return err
	}
	if res.MovedTasks == nil {
		res.MovedTasks = []int64{}
	}
	httpx.WriteJSON(w, http.StatusOK, res)
	return nil
}

// orgAudit: GET /api/v1/orgs/{id}/audit?page=&per_page=
func (s *Server) orgAudit(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "page", "per_page")
	p := q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	o, err := s.orgByRef(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	entries, total, err := s.svc.OrgAudit(r.Context(), o.ID, p)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(entries, total, p))
	return nil
}

// searchOrgs: GET /api/v1/orgs/search?q=&id=&in_force_on=&assignable=&limit=
func (s *Server) searchOrgs(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "id", "in_force_on", "assignable", "limit")
	in := httpx.PickerSearch(q)
	if err := q.Err(); err != nil {
		return err
	}
	hits, err := s.svc.SearchOrgs(r.Context(), in)
	if err != nil {
		return err
	}
	if hits == nil {
		hits = []service.OrgHit{}
	}
	httpx.WriteJSON(w, http.StatusOK, struct {
		Items []service.OrgHit `json:"items"`
	}{hits})
	return nil
}
