package ui

import (
	"bytes"
	"image/png"
	"net/http"
	"net/url"

	"github.com/pquerna/otp"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// The optional second factor (TOTP): the account's own page
// (/cai-dat/xac-thuc-hai-buoc), the second step of a password sign-in
// (/dang-nhap/ma-xac-thuc) and the administrator's reset.

// MFACookie holds the challenge between the password and the code: HttpOnly,
// five minutes, sent only to /dang-nhap.
const MFACookie = "tiendo_mfa"

const TOTPPath = "/cai-dat/xac-thuc-hai-buoc"

type totpData struct {
	State *service.TOTPState
	Form  formState
}

// totpPage: GET /cai-dat/xac-thuc-hai-buoc
func (s *Server) totpPage(w http.ResponseWriter, r *http.Request) error {
	st, err := s.svc.MyTOTP(r.Context())
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "totp", &page{Data: &totpData{State: st, Form: newForm(nil)},
		Notice: notice(r, "notice."+r.URL.Query().Get("ok"))})
	return nil
}

// totpBegin: POST /cai-dat/xac-thuc-hai-buoc makes a new secret to enrol.
func (s *Server) totpBegin(w http.ResponseWriter, r *http.Request) error {
	if _, err := s.svc.BeginTOTP(r.Context()); err != nil {
		return err
	}
	s.redirect(w, r, TOTPPath)
	return nil
}

// totpConfirm: POST /cai-dat/xac-thuc-hai-buoc/xac-nhan
func (s *Server) totpConfirm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	err = s.svc.ConfirmTOTP(r.Context(), vals.Get("code"))
	if tiendo.ErrorCode(err) == tiendo.EINVALID {
		st, serr := s.svc.MyTOTP(r.Context())
		if serr != nil {
			return serr
		}
		s.render(w, r, httpx.StatusOf(err), "totp", &page{Data: &totpData{State: st, Form: newForm(nil).withError(err, nil)}})
		return nil
	}
	if err != nil {
		return err
	}
	s.redirect(w, r, TOTPPath+"?ok=totp-enabled")
	return nil
}

// totpQR: GET /cai-dat/xac-thuc-hai-buoc/qr.png, the enrolment as a QR
// code (an image of this site: the CSP allows no data: URLs).
func (s *Server) totpQR(w http.ResponseWriter, r *http.Request) error {
	st, err := s.svc.MyTOTP(r.Context())
	if err != nil {
		return err
	}
	if st.URI == "" {
		return tiendo.Errorf(tiendo.ENOTFOUND, "Không có đăng ký xác thực hai bước đang chờ xác nhận")
	}
	k, err := otp.NewKeyFromURL(st.URI)
	if err != nil {
		return err
	}
	img, err := k.Image(200, 200)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "no-store")
	_, err = w.Write(buf.Bytes())
	return err
}

// resetTOTPForm: POST /tai-khoan/{id}/xac-thuc-hai-buoc/dat-lai
func (s *Server) resetTOTPForm(w http.ResponseWriter, r *http.Request) error {
	id, vals, err := s.accountForm(w, r)
	if err != nil {
		return err
	}
	if err := s.svc.ResetTOTP(r.Context(), id); err != nil {
		return s.accountFormError(w, r, id, err, vals, "totp")
	}
	s.redirect(w, r, accountURL(id, "totp-reset"))
	return nil
}

// askCode answers a right password on an account with a second factor:
// the challenge goes into the cookie and the browser to the code page.
func (s *Server) askCode(w http.ResponseWriter, r *http.Request, sf *service.SecondFactorRequired, next string) {
	http.SetCookie(w, &http.Cookie{Name: MFACookie, Value: sf.Challenge, Path: "/dang-nhap", MaxAge: 300,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.SecureRequest(r)})
	s.redirect(w, r, "/dang-nhap/ma-xac-thuc?tiep="+url.QueryEscape(next))
}

func (s *Server) clearMFACookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: MFACookie, Value: "", Path: "/dang-nhap", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.SecureRequest(r)})
}

// codePage: GET /dang-nhap/ma-xac-thuc
func (s *Server) codePage(w http.ResponseWriter, r *http.Request) error {
	next := safeNext(r.URL.Query().Get("tiep"), "/")
	if c, err := r.Cookie(MFACookie); err != nil || c.Value == "" {
		s.redirect(w, r, "/dang-nhap")
		return nil
	}
	s.render(w, r, http.StatusOK, "login_code", &page{NoChrome: true, Data: loginData{Form: newForm(nil), Next: next}})
	return nil
}

// code: POST /dang-nhap/ma-xac-thuc. A wrong code shows the page again
// (401); an ended challenge goes back to the password (401).
func (s *Server) code(w http.ResponseWriter, r *http.Request) error {
	if err := s.crossOrigin.Check(r); err != nil {
		return tiendo.Errorf(tiendo.EFORBIDDEN, "Yêu cầu gửi từ trang khác đã bị từ chối")
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	next := safeNext(vals.Get("tiep"), "/")
	var challenge string
	if c, err := r.Cookie(MFACookie); err == nil {
		challenge = c.Value
	}
	secret, a, err := s.svc.CompleteSecondFactor(r.Context(), challenge, vals.Get("code"))
	switch tiendo.ErrorCode(err) {
	case "":
	case tiendo.EINVALID:
		f := newForm(nil).withError(err, nil)
		s.render(w, r, http.StatusUnauthorized, "login_code", &page{NoChrome: true, Data: loginData{Form: f, Next: next}})
		return nil
	case tiendo.EUNAUTHENTICATED:
		s.clearMFACookie(w, r)
		f := newForm(nil)
		f.Message = tiendo.ErrorMessage(err)
		s.render(w, r, http.StatusUnauthorized, "login", &page{NoChrome: true, Data: s.loginData(f, next)})
		return nil
	default:
		return err
	}
	s.clearMFACookie(w, r)
	s.setSessionCookie(w, r, secret)
	if info, ok := r.Context().Value(httpx.InfoKey{}).(*httpx.RequestInfo); ok {
		info.Actor = a.Login
	}
	s.redirect(w, r, next)
	return nil
}
