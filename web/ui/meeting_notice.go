package ui

import (
	"net/http"

	"tiendo"
	"tiendo/web/httpx"
)

// meetingNoticeFile: GET /giao-ban/{id}/thong-bao?format=docx|pdf — the
// draft of the conclusion notice, as GET /api/v1/meetings/{id}/notice.
func (s *Server) meetingNoticeFile(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	format := r.URL.Query().Get("format")
	if format != "docx" && format != "pdf" {
		return tiendo.FieldError("format", "phải là docx hoặc pdf")
	}
	return s.SendNotice(w, r, id, format)
}
