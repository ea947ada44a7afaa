package api

import (
	"bytes"
	"encoding/json"
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// Administering accounts over the API: read, edit, disable and enable, set
// a password, list and revoke API tokens. The service decides who may.

// getAccount: GET /api/v1/accounts/{id}
func (s *Server) getAccount(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	acc, err := s.svc.GetAccount(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, acc)
	return nil
}

// optionalID is a JSON id that may be absent (keep), null (clear) or a
// number (set).
type optionalID struct {
	Set bool
	ID  *int64
}

func (o *optionalID) UnmarshalJSON(b []byte) error {
	o.Set = true
	if bytes.Equal(b, []byte("null")) {
		o.ID = nil
		return nil
	}
	return json.Unmarshal(b, &o.ID)
}

// accountPatch changes an account; absent fields stay as they are.
type accountPatch struct {
	Version  int             `json:"version"`
	Grants   *[]tiendo.Grant `json:"grants"`
	Locale   *string         `json:"locale"`
	PersonID optionalID      `json:"person_id"`
}

// patchAccount: PATCH /api/v1/accounts/{id}
func (s *Server) patchAccount(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in accountPatch
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.Version < 1 {
		return tiendo.FieldError("version", "Cần phiên bản (version) của bản ghi đã đọc")
	}
	acc, err := s.svc.GetAccount(r.Context(), id)
	if err != nil {
		return err
	}
	edit := service.AccountEdit{Version: in.Version, Grants: acc.Grants, Locale: acc.Locale, PersonID: acc.PersonID}
	setIf(&edit.Grants, in.Grants)
	setIf(&edit.Locale, in.Locale)
	if in.PersonID.Set {
		edit.PersonID = in.PersonID.ID
	}
	if acc, err = s.svc.EditAccount(r.Context(), id, edit); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, acc)
	return nil
}

// versionInput names the version of the record the client read.
type versionInput struct {
	Version int `json:"version"`
}

// disableAccount: POST /api/v1/accounts/{id}/disable
func (s *Server) disableAccount(w http.ResponseWriter, r *http.Request) error {
	return s.setAccountDisabled(w, r, true)
}

// enableAccount: POST /api/v1/accounts/{id}/enable
func (s *Server) enableAccount(w http.ResponseWriter, r *http.Request) error {
	return s.setAccountDisabled(w, r, false)
}

func (s *Server) setAccountDisabled(w http.ResponseWriter, r *http.Request, disabled bool) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in versionInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.Version < 1 {
		return tiendo.FieldError("version", "Cần phiên bản (version) của bản ghi đã đọc")
	}
	acc, err := s.svc.SetAccountDisabled(r.Context(), id, in.Version, disabled)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, acc)
	return nil
}

// passwordInput sets a password; it is write-only.
type passwordInput struct {
	Password string `json:"password"`
}

// setAccountPassword: POST /api/v1/accounts/{id}/password; the answer is
// the account (never the password or its hash).
func (s *Server) setAccountPassword(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in passwordInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if err := s.svc.ResetPassword(r.Context(), id, in.Password); err != nil {
		return err
	}
	return s.getAccount(w, r)
}

// listAccountTokens: GET /api/v1/accounts/{id}/tokens
func (s *Server) listAccountTokens(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	tokens, err := s.svc.AccountTokens(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(tokens))
	return nil
}

// revokeAccountToken: DELETE /api/v1/accounts/{id}/tokens/{tid}; the
// answer is the account's remaining tokens.
func (s *Server) revokeAccountToken(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	tid, err := httpx.PathID(r, "tid")
	if err != nil {
		return err
	}
	if err := s.svc.RevokeToken(r.Context(), id, tid); err != nil {
		return err
	}
	return s.listAccountTokens(w, r)
}
