package web

import (
	"net/http"
	"strings"
	"tiendo"
	"tiendo/web/httpx"
)

// fallback answers requests no route matches. Under /api/ a 404 or 405 is
// a JSON error like every other API answer (the 405 keeps the Allow header
// the ServeMux computed); anything else, such as the mux's redirect to a
// cleaned path, and every non-API path, is left to the mux.
func (s *Server) fallback(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, pattern := mux.Handler(r)
		if pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		if !strings.HasPrefix(r.URL.Path, "/api/") {
			// Outside the API an unknown address is the HTML 404 page.
			probe := &statusProbe{header: http.Header{}}
			h.ServeHTTP(probe, r)
			if probe.status == http.StatusNotFound {
				s.ui.NotFoundPage(w, r)
				return
			}
			mux.ServeHTTP(w, r)
			return
		}
		// Run the mux's own handler into a probe to learn what it would
		// answer, then answer in JSON.
		probe := &statusProbe{header: http.Header{}}
		h.ServeHTTP(probe, r)
		switch probe.status {
		case http.StatusMethodNotAllowed:
			w.Header().Set("Allow", probe.header.Get("Allow"))
			httpx.WriteJSON(w, http.StatusMethodNotAllowed, httpx.ErrorBody{Error: httpx.ErrorDetail{
				Code: "method_not_allowed", Message: "Phương thức " + r.Method + " không được hỗ trợ ở địa chỉ này"}})
		case http.StatusNotFound:
			s.WriteError(w, r, tiendo.Errorf(tiendo.ENOTFOUND, "Không có địa chỉ %s", r.URL.Path))
		default:
			mux.ServeHTTP(w, r)
		}
	})
}

// statusProbe records the status and headers a handler writes and discards
// the body.
type statusProbe struct {
	header http.Header
	status int
}

func (p *statusProbe) Header() http.Header { return p.header }

func (p *statusProbe) Write(b []byte) (int, error) {
	if p.status == 0 {
		p.status = http.StatusOK
	}
	return len(b), nil
}

func (p *statusProbe) WriteHeader(status int) {
	if p.status == 0 {
		p.status = status
	}
}
