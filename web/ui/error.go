package ui

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"tiendo/web/httpx"

	"tiendo"
)

// AdaptPage is adapt for HTML routes: the same authentication, but errors
// become pages (404, 403…) and a visitor without a session is sent to the
// login page. Every unsafe request passes the cross-origin check first, the
// login form included.
func (s *Server) AdaptPage(rt httpx.Route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.crossOrigin.Check(r); err != nil {
			s.writePageError(w, r, tiendo.Errorf(tiendo.EFORBIDDEN, "Yêu cầu gửi từ trang khác đã bị từ chối"))
			return
		}
		switch rt.Access {
		case httpx.PageSignedIn:
			var err error
			if r, err = s.Authenticate(r); err != nil {
				s.writePageError(w, r, err)
				return
			}
		case httpx.PagePublic:
			// A public page still knows who is signed in, to show the
			// navigation; bad or expired credentials are simply ignored.
			// Static files need no actor: no session lookup per asset.
			if strings.HasPrefix(r.URL.Path, "/static/") {
				break
			}
			if a, err := s.ActorFromRequest(r); err == nil && a != nil {
				r = r.WithContext(tiendo.NewContextWithActor(r.Context(), a))
			}
		}
		if err := rt.H(w, r); err != nil {
			s.writePageError(w, r, err)
		}
	})
}

// errorPage is the Data of the error page.
type errorPage struct {
	Status  int
	Message string
	Fields  map[string]string
}

// writePageError answers an error on an HTML route: the login page for a
// visitor without a valid session, otherwise an error page whose status
// comes from the one table in error.go.
func (s *Server) writePageError(w http.ResponseWriter, r *http.Request, err error) {
	status := httpx.StatusOf(err)
	if status == http.StatusUnauthorized {
		s.clearSessionCookie(w, r)
		s.redirect(w, r, loginURL(r))
		return
	}
	msg := tiendo.ErrorMessage(err)
	if status == http.StatusInternalServerError {
		msg = httpx.InternalMessage
		level := slog.LevelError
		if errors.Is(err, context.Canceled) {
			level = slog.LevelWarn
		}
		s.log.Log(r.Context(), level, "internal error", "method", r.Method, "path", httpx.LogPath(r.URL.Path),
			"actor", httpx.ActorLogin(r.Context()), "err", err)
	}
	httpx.SetRetryAfter(w, err)
	p := &page{Data: errorPage{Status: status, Message: msg, Fields: tiendo.ErrorFields(err)}}
	p.NoChrome = tiendo.ActorFromContext(r.Context()) == nil
	s.render(w, r, status, "error", p)
}

// loginURL is the login page with the address to come back to, for GET
// requests (a form post cannot be replayed after signing in).
func loginURL(r *http.Request) string {
	if r.Method != http.MethodGet || r.URL.Path == "/" {
		return "/dang-nhap"
	}
	return "/dang-nhap?tiep=" + url.QueryEscape(r.URL.RequestURI())
}

// redirect sends the browser to a local address after a form or to the
// login page. htmx requests get HX-Location instead of a 303 so htmx loads
// the target as a page.
func (s *Server) redirect(w http.ResponseWriter, r *http.Request, to string) {
	w.Header().Set("Cache-Control", "no-store")
	if r.Header.Get("HX-Request") == "true" {
		w.Header().Set("HX-Redirect", to)
		w.WriteHeader(http.StatusNoContent)
		return
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// safeNext returns next when it is a path on this site, else fallback, so
// the login form cannot be made to send people elsewhere ("//evil",
// "/\evil", "https://evil" are all refused).
func safeNext(next, fallback string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") ||
		strings.ContainsAny(next, "\\\r\n\t") {
		return fallback
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return fallback
	}
	return next
}

// NotFoundPage answers a path no route matches, outside /api/.
func (s *Server) NotFoundPage(w http.ResponseWriter, r *http.Request) {
	if a, err := s.ActorFromRequest(r); err == nil && a != nil {
		r = r.WithContext(tiendo.NewContextWithActor(r.Context(), a))
	}
	s.writePageError(w, r, tiendo.Errorf(tiendo.ENOTFOUND, "Không có trang %s", r.URL.Path))
}
