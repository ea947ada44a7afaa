package web

import (
	"net/http"
	"strings"

	"tiendo"
	"tiendo/service"
)

// me: GET /api/v1/me, the actor the credentials resolve to, with its grants.
func (s *Server) me(w http.ResponseWriter, r *http.Request) error {
	a := tiendo.ActorFromContext(r.Context())
	if a == nil {
		return tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Cần đăng nhập")
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// listAccounts: GET /api/v1/accounts, the accounts the actor administers.
func (s *Server) listAccounts(w http.ResponseWriter, r *http.Request) error {
	accs, err := s.svc.ListAccounts(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newItems(accs))
	return nil
}

// createAccount: POST /api/v1/accounts. The password is write-only: the
// answer is the account without it.
func (s *Server) createAccount(w http.ResponseWriter, r *http.Request) error {
	var in service.AccountInput
	if err := s.decodeJSON(w, r, &in); err != nil {
		return err
	}
	acc, err := s.svc.CreateAccount(r.Context(), in)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, acc)
	return nil
}

// tokenInput asks for an API token; login defaults to the actor's own.
type tokenInput struct {
	Login string `json:"login"`
	Name  string `json:"name"`
}

// tokenResult carries the token, shown this once: only its hash is kept.
type tokenResult struct {
	Token string `json:"token"`
	Login string `json:"login"`
	Name  string `json:"name"`
}

// createToken: POST /api/v1/tokens
func (s *Server) createToken(w http.ResponseWriter, r *http.Request) error {
	var in tokenInput
	if err := s.decodeJSON(w, r, &in); err != nil {
		return err
	}
	in.Login, in.Name = strings.TrimSpace(in.Login), strings.TrimSpace(in.Name)
	if in.Login == "" {
		in.Login = actorLogin(r.Context())
	}
	if len([]rune(in.Name)) > 100 {
		return tiendo.FieldError("name", "Tên mã truy cập tối đa 100 ký tự")
	}
	tok, err := s.svc.CreateToken(r.Context(), in.Login, in.Name)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, tokenResult{Token: tok, Login: in.Login, Name: in.Name})
	return nil
}
