package api

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// maxFormValueBytes bounds one non-file field of a multipart report; the
// longest is a narrative, a few pages of text at most.
const maxFormValueBytes = 256 << 10

// listUpdates: GET /api/v1/tasks/{id}/updates
func (s *Server) listUpdates(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	ups, err := s.svc.Updates(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(ups))
	return nil
}

// progressResult answers a progress report: the task as it now stands and
// the update recorded.
type progressResult struct {
	Task   taskView       `json:"task"`
	Update *tiendo.Update `json:"update"`
}

// reportProgress: POST /api/v1/tasks/{id}/updates. The body is JSON
// (service.UpdateInput), or multipart/form-data with the same fields as
// form values plus "file" parts, for reports that attach evidence.
func (s *Server) reportProgress(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.UpdateInput
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		in, err = s.decodeUpdateForm(w, r)
	} else {
		err = s.DecodeJSON(w, r, &in)
	}
	if err != nil {
		return err
	}
	t, u, err := s.svc.ReportProgress(r.Context(), id, in)
	if err != nil {
		return err
	}
	if u.Attachments == nil {
		u.Attachments = []tiendo.Attachment{}
	}
	httpx.WriteJSON(w, http.StatusCreated, progressResult{Task: viewTask(t, s.Today()), Update: u})
	return nil
}

// decodeUpdateForm reads a multipart progress report (readMultipart).
func (s *Server) decodeUpdateForm(w http.ResponseWriter, r *http.Request) (service.UpdateInput, error) {
	var in service.UpdateInput
	var v tiendo.Validator
	files, err := s.readMultipart(w, r, func(name, val string) error { return setUpdateField(&in, &v, name, val) })
	if err != nil {
		return in, err
	}
	in.Attachments = files
	return in, v.Err()
}

// readMultipart reads a multipart form with "file" parts as a stream, so
// a file over the limit is refused after reading just past the limit
// rather than after spooling the whole upload to disk. Every other part
// is a single text value handed to set, which records malformed values
// (reported together, like the JSON path's service validation) and
// returns an error for an unknown name. Progress reports and case steps
// read their evidence through it.
func (s *Server) readMultipart(w http.ResponseWriter, r *http.Request, set func(name, val string) error) ([]tiendo.Attachment, error) {
	var files []tiendo.Attachment
	limit := s.opts.MaxUploadBytes
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, tiendo.Errorf(tiendo.EINVALID, "Dữ liệu multipart không hợp lệ")
	}
	maxFile := s.svc.Rules().MaxAttachmentBytes
	if maxFile <= 0 {
		maxFile = tiendo.DefaultRules().MaxAttachmentBytes
	}
	maxFiles, _ := s.svc.Rules().AttachmentLimits()
	seen := map[string]bool{}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, multipartError(err, limit)
		}
		name := part.FormName()
		if name == "file" {
			if len(files) == maxFiles {
				// Refused at the first file too many rather than after
				// reading every part of the body.
				return nil, &tiendo.Error{Code: tiendo.ETOOLARGE, Message: fmt.Sprintf("Báo cáo có quá %d tệp đính kèm", maxFiles),
					Fields: map[string]string{"attachments": fmt.Sprintf("Tối đa %d tệp mỗi báo cáo", maxFiles)}}
			}
			a, err := readAttachment(part, maxFile, limit)
			if err != nil {
				return nil, err
			}
			files = append(files, a)
			continue
		}
		raw, err := io.ReadAll(io.LimitReader(part, maxFormValueBytes+1))
		if err != nil {
			return nil, multipartError(err, limit)
		}
		if len(raw) > maxFormValueBytes {
			return nil, &tiendo.Error{Code: tiendo.ETOOLARGE, Message: "Nội dung trường quá dài",
				Fields: map[string]string{name: "Tối đa 256 KB"}}
		}
		if !utf8.Valid(raw) {
			return nil, tiendo.Errorf(tiendo.EINVALID, "Trường %q không phải UTF-8 hợp lệ", name)
		}
		if seen[name] {
			return nil, tiendo.Errorf(tiendo.EINVALID, "Trường %q chỉ được có một giá trị", name)
		}
		seen[name] = true
		if err := set(name, strings.TrimSpace(string(raw))); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// setUpdateField sets one form value; a malformed value is a field error in
// v, an unknown field a 400 like an unknown JSON field.
func setUpdateField(in *service.UpdateInput, v *tiendo.Validator, name, val string) error {
	switch name {
	case "version":
		if val != "" {
			n, err := strconv.ParseInt(val, 10, 32)
			v.Check(err == nil && n >= 0, name, "Phiên bản phải là số nguyên")
			in.Version = int(n)
		}
	case "as_of":
		if val != "" {
			d, err := vn.ParseISODate(val)
			v.Check(err == nil, name, fmt.Sprintf("Ngày %q không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2020-01-06", val))
			in.AsOf = d
		}
	case "percent":
		if val != "" {
			n, err := strconv.Atoi(val)
			v.Check(err == nil, name, "Tỉ lệ hoàn thành phải là số nguyên")
			in.Percent = &n
		}
	case "done":
		switch strings.ToLower(val) {
		case "", "false", "0", "off":
			in.Done = false
		case "true", "1", "on":
			in.Done = true
		default:
			v.Add(name, "Phải là true hoặc false")
		}
	case "narrative":
		in.Narrative = val
	case "results":
		in.Results = val
	case "problems":
		in.Problems = val
	case "proposals":
		in.Proposals = val
	case "evidence_no":
		in.EvidenceNo = val
	default:
		return tiendo.Errorf(tiendo.EINVALID, "Trường %q không được hỗ trợ", name)
	}
	return nil
}

// readAttachment reads one file part, at most maxFile bytes.
func readAttachment(part *multipart.Part, maxFile, limit int64) (tiendo.Attachment, error) {
	name := part.FileName()
	if name == "" || !utf8.ValidString(name) || strings.ContainsFunc(name, unicode.IsControl) {
		return tiendo.Attachment{}, tiendo.FieldError("attachments", "Tên tệp đính kèm không hợp lệ")
	}
	data, err := io.ReadAll(io.LimitReader(part, maxFile+1))
	if err != nil {
		return tiendo.Attachment{}, multipartError(err, limit)
	}
	if int64(len(data)) > maxFile {
		return tiendo.Attachment{}, &tiendo.Error{Code: tiendo.ETOOLARGE,
			Message: fmt.Sprintf("Tệp %q vượt quá %s byte", name, vn.FormatInt(maxFile)),
			Fields:  map[string]string{"attachments": "Tệp quá lớn"}}
	}
	// The declared type is kept when it is well formed; otherwise the
	// service sniffs the content.
	ct := ""
	if mt, params, err := mime.ParseMediaType(part.Header.Get("Content-Type")); err == nil && mt != "application/octet-stream" {
		ct = mime.FormatMediaType(mt, params)
	}
	return tiendo.Attachment{Name: name, ContentType: ct, Data: data}, nil
}

// multipartError translates a failure while reading a multipart body: over
// the total limit is 413, anything else malformed input.
func multipartError(err error, limit int64) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return httpx.BodyError(err, limit)
	}
	return tiendo.Errorf(tiendo.EINVALID, "Dữ liệu multipart không hợp lệ")
}

// downloadAttachment: GET /api/v1/attachments/{id}. Files are always served
// as downloads, never rendered inline, so an uploaded HTML or SVG file
// cannot run script in the application's origin.
func (s *Server) downloadAttachment(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	a, err := s.svc.Attachment(r.Context(), id)
	if err != nil {
		return err
	}
	serveDownload(w, a)
	return nil
}

// serveDownload writes a stored file as a download, never rendered
// inline, so an uploaded HTML or SVG file cannot run script in the
// application's origin.
func serveDownload(w http.ResponseWriter, a *tiendo.Attachment) {
	ct := "application/octet-stream"
	if mt, params, err := mime.ParseMediaType(a.ContentType); err == nil {
		ct = mime.FormatMediaType(mt, params)
	}
	disp := mime.FormatMediaType("attachment", map[string]string{"filename": a.Name})
	if disp == "" {
		disp = "attachment"
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Disposition", disp)
	h.Set("Content-Length", strconv.Itoa(len(a.Data)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(a.Data)
}
