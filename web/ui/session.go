package ui

import (
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// setSessionCookie hands the browser its session secret: HttpOnly so
// script cannot read it, SameSite=Lax so other sites cannot post with it,
// Secure whenever the request came over TLS (or, with Options.TrustProxy,
// through a proxy that received it over TLS). It has no Max-Age: the server
// ends sessions, and the browser forgets it when closed.
func (s *Server) setSessionCookie(w http.ResponseWriter, r *http.Request, secret string) {
	http.SetCookie(w, &http.Cookie{Name: httpx.SessionCookie, Value: secret, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.SecureRequest(r)})
}

func (s *Server) clearSessionCookie(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie(httpx.SessionCookie); err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: httpx.SessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.SecureRequest(r)})
}

// loginData is the Data of the login page.
type loginData struct {
	Form formState
	Next string
	SSO  string // the identity provider's button label; "" when none
}

func (s *Server) loginData(f formState, next string) loginData {
	d := loginData{Form: f, Next: next}
	if s.sso != nil {
		d.SSO = s.sso.opts.Name
	}
	return d
}

// loginPage: GET /dang-nhap
func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) error {
	next := safeNext(r.URL.Query().Get("tiep"), "/")
	s.render(w, r, http.StatusOK, "login", &page{NoChrome: true, Data: s.loginData(newForm(nil), next)})
	return nil
}

// login: POST /dang-nhap. A failed sign-in answers 401 with the form, the
// login kept and the password not.
func (s *Server) login(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return tiendo.Errorf(tiendo.EINVALID, "Biểu mẫu không hợp lệ")
	}
	next := safeNext(r.PostForm.Get("tiep"), "/")
	secret, a, err := s.svc.StartSession(r.Context(), r.PostForm.Get("login"), r.PostForm.Get("password"))
	if sf, ok := service.IsSecondFactorRequired(err); ok {
		s.askCode(w, r, sf, next)
		return nil
	}
	if code := tiendo.ErrorCode(err); code == tiendo.EUNAUTHENTICATED || code == tiendo.ETOOMANY {
		// Refused or throttled: the form again, with the login kept.
		f := newForm(r.PostForm)
		f.Values.Del("password")
		f.Message = tiendo.ErrorMessage(err)
		httpx.SetRetryAfter(w, err)
		s.render(w, r, httpx.StatusOf(err), "login", &page{NoChrome: true, Data: s.loginData(f, next)})
		return nil
	}
	if err != nil {
		return err
	}
	s.setSessionCookie(w, r, secret)
	if info, ok := r.Context().Value(httpx.InfoKey{}).(*httpx.RequestInfo); ok {
		info.Actor = a.Login
	}
	s.redirect(w, r, next)
	return nil
}

// logout: POST /dang-xuat
func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	if c, err := r.Cookie(httpx.SessionCookie); err == nil && c.Value != "" {
		if err := s.svc.EndSession(r.Context(), c.Value); err != nil {
			return err
		}
	}
	s.clearSessionCookie(w, r)
	s.redirect(w, r, "/dang-nhap")
	return nil
}

// setLocale: POST /ngon-ngu, the account's own interface language.
func (s *Server) setLocale(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return tiendo.Errorf(tiendo.EINVALID, "Biểu mẫu không hợp lệ")
	}
	if _, err := s.svc.SetLocale(r.Context(), r.PostForm.Get("locale")); err != nil {
		return err
	}
	s.redirect(w, r, safeNext(r.PostForm.Get("tiep"), "/"))
	return nil
}

// root: GET / is the signed-in home page, the inbox ("Việc cần xử lý").
func (s *Server) root(w http.ResponseWriter, r *http.Request) error {
	return s.inboxPage(w, r)
}
