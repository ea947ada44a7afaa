package web

import (
	"bytes"
	"net/http"

	"tiendo/report"
	"tiendo/service"
)

// meetingNotice: GET /api/v1/meetings/{id}/notice?format=docx|pdf — the
// draft of the meeting's conclusion notice (NĐ 30/2020, type TB) with its
// conclusions, issued by the meeting's organisation.
func (s *Server) meetingNotice(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	q := parseQuery(r, "format")
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
	return sendDocument(w, "thong-bao-ket-luan-"+m.Date.String(), format, report.ConclusionNotice(m, conclusions, tree))
}

// packPaper is a briefing pack as the NĐ 30/2020 report of the meeting's
// organisation, its letterhead from the organisation tree.
func (s *Server) packPaper(r *http.Request, p *service.Pack) (report.Document, error) {
	tree, err := report.OrgTree(r.Context(), s.svc)
	if err != nil {
		return report.Document{}, err
	}
	return report.PackDocument(p, tree), nil
}

// sendDocument writes a document as DOCX or PDF.
func sendDocument(w http.ResponseWriter, name, format string, doc report.Document) error {
	return sendFile(w, name, format, func(b *bytes.Buffer) error {
		if format == "docx" {
			return report.WriteDOCX(b, doc)
		}
		f, err := fonts()
		if err != nil {
			return err
		}
		return report.WritePDF(b, doc, f)
	})
}
