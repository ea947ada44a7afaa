package api

import (
	"net/http"

	"tiendo/report"
	"tiendo/web/httpx"
)

// meetingNotice: GET /api/v1/meetings/{id}/notice?format=docx|pdf — the
// draft of the meeting's conclusion notice (NĐ 30/2020, type TB) with its
// conclusions, issued by the meeting's organisation.
func (s *Server) meetingNotice(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	q := httpx.ParseQuery(r, "format")
	format := formatParam(q, "docx", "pdf")
	if err := q.Err(); err != nil {
		return err
	}
	m, err := s.svc.GetMeeting(r.Context(), id)
	if err != nil {
		return err
	}
	conclusions, err := s.svc.Conclusions(r.Context(), id)
	if err != nil {
		return err
	}
	tree, err := report.OrgTree(r.Context(), s.svc)
	if err != nil {
		return err
	}
	return httpx.SendDocument(w, "thong-bao-ket-luan-"+m.Date.String(), format, report.ConclusionNotice(m, conclusions, tree))
}
