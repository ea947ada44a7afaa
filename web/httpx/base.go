package httpx

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"tiendo"

	"tiendo/service"
	"tiendo/vn"
)

// Base is what every handler of the api and ui packages needs of the
// server. Both packages' Server types embed it, so its exported methods
// (DecodeJSON, WriteError, Authenticate, Today…) are theirs.
type Base struct {
	Svc         *service.Service
	Log         *slog.Logger
	Opts        Options
	CrossOrigin *http.CrossOriginProtection
}

// NewBase returns the base over svc; opts must already have its defaults.
func NewBase(svc *service.Service, opts Options) *Base {
	return &Base{Svc: svc, Log: opts.Logger, Opts: opts, CrossOrigin: http.NewCrossOriginProtection()}
}

// today is the service's current date, so derived timeliness agrees with
// the service's own defaults.
func (s *Base) Today() vn.Date { return tiendo.Today(s.Svc.Clock()) }

// multipartForm reads a multipart form: values, and the "file" parts as
// attachments, each within the per-file limit.
func (s *Base) MultipartForm(w http.ResponseWriter, r *http.Request) (url.Values, []tiendo.Attachment, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.Opts.MaxUploadBytes)
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return url.Values{}, nil, BodyError(err, s.Opts.MaxUploadBytes)
		}
		return url.Values{}, nil, tiendo.Errorf(tiendo.EINVALID, "Biểu mẫu không hợp lệ")
	}
	defer r.MultipartForm.RemoveAll()
	vals := url.Values(r.MultipartForm.Value)
	maxFile := s.Svc.Rules().MaxAttachmentBytes
	var out []tiendo.Attachment
	for _, fh := range r.MultipartForm.File["file"] {
		if fh.Filename == "" && fh.Size == 0 {
			continue // the empty file input of a form sent without a file
		}
		if maxFile > 0 && fh.Size > maxFile {
			return vals, nil, &tiendo.Error{Code: tiendo.ETOOLARGE,
				Message: fmt.Sprintf("Tệp %q vượt quá %s byte", fh.Filename, vn.FormatInt(maxFile)),
				Fields:  map[string]string{"file": "Tệp quá lớn"}}
		}
		f, err := fh.Open()
		if err != nil {
			return vals, nil, err
		}
		data, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return vals, nil, err
		}
		ct := ""
		if mt, params, err := mime.ParseMediaType(fh.Header.Get("Content-Type")); err == nil && mt != "application/octet-stream" {
			ct = mime.FormatMediaType(mt, params)
		}
		out = append(out, tiendo.Attachment{Name: fh.Filename, ContentType: ct, Data: data})
	}
	return vals, out, nil
}

// secureRequest tells whether the browser reached us over HTTPS: directly,
// or through a trusted proxy that says so.
func (s *Base) SecureRequest(r *http.Request) bool {
	return r.TLS != nil || (s.Opts.TrustProxy && r.Header.Get("X-Forwarded-Proto") == "https")
}
