package api

import (
	"net/http"

	"tiendo/web/httpx"
)

// meetingNotice: GET /api/v1/meetings/{id}/notice?format=docx|pdf — the
// draft of the meeting's conclusion notice (httpx.SendNotice).
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
	return s.SendNotice(w, r, id, format)
}
