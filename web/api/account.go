package api

import (
	"net/http"
	"strings"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// me: GET /api/v1/me, the actor the credentials resolve to, with its grants.
func (s *Server) me(w http.ResponseWriter, r *http.Request) error {
	a := tiendo.ActorFromContext(r.Context())
	if a == nil {
		return tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Cần đăng nhập")
	}
	httpx.WriteJSON(w, http.StatusOK, a)
	return nil
}

// listAccounts: GET /api/v1/accounts, the accounts the actor administers.
func (s *Server) listAccounts(w http.ResponseWriter, r *http.Request) error {
	accs, err := s.svc.ListAccounts(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(accs))
	return nil
}

// createAccount: POST /api/v1/accounts. The password is write-only: the
// answer is the account without it.
func (s *Server) createAccount(w http.ResponseWriter, r *http.Request) error {
	var in service.AccountInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	acc, err := s.svc.CreateAccount(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, acc)
	return nil
}

// tokenResult carries the token, shown this once: only its hash is kept.
type tokenResult struct {
	Token     string     `json:"token"`
	ID        int64      `json:"id"`
	Login     string     `json:"login"`
	Name      string     `json:"name"`
	ExpiresAt *time.Time `json:"expires_at"`
}

// createToken: POST /api/v1/tokens. A request signed in with a web
// session must carry the account's current password; one made with an API
// token is refused (the service decides both).
func (s *Server) createToken(w http.ResponseWriter, r *http.Request) error {
	var in service.TokenInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	in.Login, in.Name = strings.TrimSpace(in.Login), strings.TrimSpace(in.Name)
	if in.Login == "" {
		in.Login = httpx.ActorLogin(r.Context())
	}
	if len([]rune(in.Name)) > 100 {
		return tiendo.FieldError("name", "Tên mã truy cập tối đa 100 ký tự")
	}
	secret, tok, err := s.svc.IssueToken(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, tokenResult{Token: secret, ID: tok.ID, Login: in.Login, Name: in.Name, ExpiresAt: tok.ExpiresAt})
	return nil
}
