package api

import (
	"context"
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// Closing a period (chốt số liệu) as JSON: the status of a period for a
// scope, closing it, reopening it and the adjustments since. Who may do
// what is decided by the service (tiendo.CanClosePeriod, CanReopenPeriod).

// closingInput is the body of POST /api/v1/closings.
type closingInput struct {
	Period string `json:"period"`
	Org    string `json:"org"` // an organisation's code or id; "" for the actor's own scope
}

// reopenInput is the body of POST /api/v1/closings/{id}/reopen.
type reopenInput struct {
	Version int    `json:"version"`
	Reason  string `json:"reason"`
}

// closingStatusView is the body of GET /api/v1/closings.
type closingStatusView struct {
	Period    string                  `json:"period"`
	From      vn.Date                 `json:"from"`
	To        vn.Date                 `json:"to"`
	OrgID     *int64                  `json:"org_id"`
	Closed    bool                    `json:"closed"`
	InForce   *tiendo.PeriodClosing   `json:"in_force"`
	History   []*tiendo.PeriodClosing `json:"history"`
	CanClose  bool                    `json:"can_close"`
	CanReopen bool                    `json:"can_reopen"`
}

// closingRequest reads period (required) and org of a query.
func (s *Server) closingRequest(ctx context.Context, q *httpx.Query) (service.ClosingRequest, error) {
	p, _, _ := httpx.PeriodParam(q, true)
	req := service.ClosingRequest{Period: p}
	if err := q.Err(); err != nil {
		return req, err
	}
	var err error
	req.OrgID, err = s.oneOrgParam(ctx, q, "org")
	return req, err
}

// getClosings: GET /api/v1/closings?period=&org= — whether the period is
// closed for the scope, its closings newest first, what the actor may do.
func (s *Server) getClosings(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "period", "org")
	req, err := s.closingRequest(r.Context(), q)
	if err != nil {
		return err
	}
	st, err := s.svc.ClosingStatus(r.Context(), req)
	if err != nil {
		return err
	}
	v := closingStatusView{Period: st.Period.String(), From: st.From, To: st.To, OrgID: st.OrgID, Closed: st.InForce != nil,
		InForce: st.InForce, History: st.History, CanClose: st.CanClose, CanReopen: st.CanReopen}
	if v.History == nil {
		v.History = []*tiendo.PeriodClosing{}
	}
	httpx.WriteJSON(w, http.StatusOK, v)
	return nil
}

// closePeriod: POST /api/v1/closings — close a period for a scope.
func (s *Server) closePeriod(w http.ResponseWriter, r *http.Request) error {
	var in closingInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	p, err := vn.ParsePeriod(in.Period)
	if err != nil || in.Period == "" {
		return tiendo.FieldError("period", "Kỳ báo cáo phải có dạng 2026-03, 2026-Q1, 2026-H1, 2026-9M hoặc 2026")
	}
	req := service.ClosingRequest{Period: p}
	if in.Org != "" {
		o, err := s.orgByRef(r.Context(), in.Org)
		if err != nil {
			return err
		}
		req.OrgID = &o.ID
	}
	c, err := s.svc.ClosePeriod(r.Context(), req)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, c)
	return nil
}

// getClosing: GET /api/v1/closings/{id}
func (s *Server) getClosing(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := s.svc.GetClosing(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, c)
	return nil
}

// reopenPeriod: POST /api/v1/closings/{id}/reopen — a leader, with a reason.
func (s *Server) reopenPeriod(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in reopenInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	c, err := s.svc.ReopenPeriod(r.Context(), id, in.Version, in.Reason)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, c)
	return nil
}

// closingAdjustments: GET /api/v1/closings/{id}/adjustments — how the
// figures computed now differ from the frozen ones, task by task.
func (s *Server) closingAdjustments(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	adj, err := s.svc.ClosingAdjustments(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, adj)
	return nil
}
