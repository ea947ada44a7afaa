package web

import (
	"net/http"

	"tiendo"
	"tiendo/service"
)

// sessionCookie names the cookie of a web session. Its value is a random
// secret; the database keeps only its hash.
const sessionCookie = "tiendo_session"

// actorFromSession resolves the session cookie, nil when there is none.
// Browsers send cookies on their own, so a cookie-authenticated unsafe
// request must come from this site: the cross-origin check refuses it
// otherwise (bearer tokens need no such check).
func (s *Server) actorFromSession(r *http.Request) (*tiendo.Actor, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil, nil
	}
	if err := s.crossOrigin.Check(r); err != nil {
		return nil, tiendo.Errorf(tiendo.EFORBIDDEN, "Yêu cầu gửi từ trang khác đã bị từ chối")
	}
	return s.svc.ActorForSession(r.Context(), c.Value, s.opts.IdleTimeout)
}

// setSessionCookie hands the browser its session secret: HttpOnly so
// script cannot read it, SameSite=Lax so other sites cannot post with it,
// Secure whenever the request came over TLS (or, with Options.TrustProxy,
// through a proxy that received it over TLS). It has no Max-Age: the server
// ends sessions, and the browser forgets it when closed.
func (s *Server) setSessionCookie(w http.ResponseWriter, r *http.Request, secret string) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: secret, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.secureRequest(r)})
}

func (s *Server) clearSessionCookie(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie(sessionCookie); err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.secureRequest(r)})
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
		setRetryAfter(w, err)
		s.render(w, r, statusOf(err), "login", &page{NoChrome: true, Data: s.loginData(f, next)})
		return nil
	}
	if err != nil {
		return err
	}
	s.setSessionCookie(w, r, secret)
	if info, ok := r.Context().Value(infoKey{}).(*requestInfo); ok {
		info.actor = a.Login
	}
	s.redirect(w, r, next)
	return nil
}

// logout: POST /dang-xuat
func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
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
