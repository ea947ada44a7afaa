package httpx

import (
	"bytes"
	"fmt"
	"net/http"
	"tiendo"
	"tiendo/report"
	"tiendo/service"
)

// maxExportTasks bounds a task-list export; a bigger list should be
// narrowed by its filters (or taken with tiendo report on the server).
const maxExportTasks = 50000

// SendFile writes a generated file as a download. The file is built in
// memory first so that an error still becomes a proper error response.
func SendFile(w http.ResponseWriter, name, format string, write func(*bytes.Buffer) error) error {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	w.Header().Set("Content-Type", report.ContentTypes[format])
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, name, format))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b.Bytes())
	return nil
}

// fonts loads the PDF font; its absence is an internal error (the
// server's machine needs fonts-dejavu-core).
func Fonts() (*report.Fonts, error) {
	f, err := report.LoadFonts("")
	if err != nil {
		return nil, &tiendo.Error{Code: tiendo.EINTERNAL, Message: "Máy chủ thiếu phông chữ để xuất PDF", Err: err}
	}
	return f, nil
}

// allTasks reads every page of a list through the service (scope applied).
func (s *Base) AllTasks(r *http.Request, f tiendo.TaskFilter) ([]*tiendo.Task, error) {
	var out []*tiendo.Task
	f.Page = tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}
	for {
		page, total, err := s.Svc.ListTasks(r.Context(), f)
		if err != nil {
			return nil, err
		}
		if total > maxExportTasks {
			return nil, tiendo.Errorf(tiendo.EINVALID, "Danh sách có %d nhiệm vụ, vượt quá %d: hãy thu hẹp bộ lọc", total, maxExportTasks)
		}
		out = append(out, page...)
		if len(out) >= total || len(page) == 0 {
			return out, nil
		}
		f.Page.Page++
	}
}

// SendPack writes a pack as JSON or as the NĐ 30/2020 report of the
// meeting's organisation, its letterhead from the organisation tree.
func (s *Base) SendPack(w http.ResponseWriter, r *http.Request, p *service.Pack, format string) error {
	if format == "json" {
		WriteJSON(w, http.StatusOK, p)
		return nil
	}
	tree, err := report.OrgTree(r.Context(), s.Svc)
	if err != nil {
		return err
	}
	return SendDocument(w, "tai-lieu-giao-ban-"+p.Meeting.Date.String(), format, report.PackDocument(p, tree))
}

// SendDocument writes a document as DOCX or PDF.
func SendDocument(w http.ResponseWriter, name, format string, doc report.Document) error {
	return SendFile(w, name, format, func(b *bytes.Buffer) error {
		if format == "docx" {
			return report.WriteDOCX(b, doc)
		}
		f, err := Fonts()
		if err != nil {
			return err
		}
		return report.WritePDF(b, doc, f)
	})
}

// SendNotice writes the draft of meeting id's conclusion notice (NĐ
// 30/2020, type TB) as DOCX or PDF: its conclusions, issued by the
// meeting's organisation under the letterhead the tree gives it.
func (s *Base) SendNotice(w http.ResponseWriter, r *http.Request, id int64, format string) error {
	m, err := s.Svc.GetMeeting(r.Context(), id)
	if err != nil {
		return err
	}
	conclusions, err := s.Svc.Conclusions(r.Context(), id)
	if err != nil {
		return err
	}
	tree, err := report.OrgTree(r.Context(), s.Svc)
	if err != nil {
		return err
	}
	return SendDocument(w, "thong-bao-ket-luan-"+m.Date.String(), format, report.ConclusionNotice(m, conclusions, tree))
}
