package ui

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"tiendo/web/httpx"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"tiendo"
)

const (
	oidcCookie       = "tiendo_oidc"
	oidcCookiePath   = "/dang-nhap/oidc"
	OIDCCallbackPath = "/dang-nhap/oidc/callback"
	// oidcFlowLifetime bounds the time a person may spend at the provider.
	oidcFlowLifetime = 10 * time.Minute
	// oidcTimeout bounds each request to the provider (discovery, token,
	// keys, userinfo).
	oidcTimeout = 15 * time.Second
)

// oidcClient discovers the provider on first use, not at start, so that
// tiendo starts (and password sign-in works) while the provider is down;
// a failed discovery is retried at the next sign-in.
type oidcClient struct {
	opts httpx.OIDCOptions
	http *http.Client

	mu       sync.Mutex
	provider *oidc.Provider
}

func newOIDCClient(opts httpx.OIDCOptions) *oidcClient {
	if opts.LoginClaim == "" {
		opts.LoginClaim = "preferred_username"
	}
	if opts.Name == "" {
		opts.Name = "OIDC"
	}
	return &oidcClient{opts: opts, http: &http.Client{Timeout: oidcTimeout}}
}

// ctx carries the client with a timeout to go-oidc and oauth2.
func (c *oidcClient) ctx(ctx context.Context) context.Context {
	ctx = oidc.ClientContext(ctx, c.http)
	return context.WithValue(ctx, oauth2.HTTPClient, c.http)
}

func (c *oidcClient) discover(ctx context.Context) (*oidc.Provider, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.provider != nil {
		return c.provider, nil
	}
	// The background context (with the client) is kept by go-oidc to fetch
	// the signing keys later; the request's would end with the request.
	dctx, cancel := context.WithTimeout(c.ctx(context.Background()), oidcTimeout)
	defer cancel()
	p, err := oidc.NewProvider(dctx, c.opts.Issuer)
	if err != nil {
		return nil, err
	}
	// go-oidc keeps dctx's client, not its deadline, for the key set.
	c.provider = p
	return p, nil
}

func (c *oidcClient) config(p *oidc.Provider, redirect string) *oauth2.Config {
	return &oauth2.Config{ClientID: c.opts.ClientID, ClientSecret: c.opts.ClientSecret, Endpoint: p.Endpoint(),
		RedirectURL: redirect, Scopes: []string{oidc.ScopeOpenID, "profile"}}
}

// oidcFlow is what the browser keeps between leaving for the provider and
// coming back: the state to match, the nonce the ID token must carry, the
// PKCE verifier, the redirect URL used (the exchange repeats it) and where
// to go afterwards. It lives in an HttpOnly cookie for ten minutes.
type oidcFlow struct {
	State    string `json:"s"`
	Nonce    string `json:"n"`
	Verifier string `json:"v"`
	Redirect string `json:"r"`
	Next     string `json:"t"`
}

func randomToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// redirectURL is the configured callback, or this site's own as the
// browser reached it.
func (s *Server) redirectURL(r *http.Request) string {
	if u := s.sso.opts.RedirectURL; u != "" {
		return u
	}
	scheme := "http"
	if s.SecureRequest(r) {
		scheme = "https"
	}
	return scheme + "://" + r.Host + OIDCCallbackPath
}

// oidcStart: GET /dang-nhap/oidc sends the browser to the provider.
func (s *Server) oidcStart(w http.ResponseWriter, r *http.Request) error {
	if s.sso == nil {
		return tiendo.Errorf(tiendo.ENOTFOUND, "Đăng nhập một lần chưa được cấu hình")
	}
	p, err := s.sso.discover(r.Context())
	if err != nil {
		s.log.Error("oidc discovery", "issuer", s.sso.opts.Issuer, "err", err)
		return s.oidcFailed(w, r, "Không kết nối được nhà cung cấp định danh; hãy thử lại sau hoặc đăng nhập bằng mật khẩu")
	}
	f := oidcFlow{Verifier: oauth2.GenerateVerifier(), Redirect: s.redirectURL(r),
		Next: safeNext(r.URL.Query().Get("tiep"), "/")}
	if f.State, err = randomToken(); err != nil {
		return err
	}
	if f.Nonce, err = randomToken(); err != nil {
		return err
	}
	raw, err := json.Marshal(f)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: oidcCookie, Value: base64.RawURLEncoding.EncodeToString(raw),
		Path: oidcCookiePath, MaxAge: int(oidcFlowLifetime / time.Second), HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.SecureRequest(r)})
	to := s.sso.config(p, f.Redirect).AuthCodeURL(f.State, oidc.Nonce(f.Nonce), oauth2.S256ChallengeOption(f.Verifier))
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, to, http.StatusFound)
	return nil
}

// readFlow takes the flow cookie and deletes it: a flow is good for one
// callback only.
func (s *Server) readFlow(w http.ResponseWriter, r *http.Request) (*oidcFlow, bool) {
	c, err := r.Cookie(oidcCookie)
	if err != nil {
		return nil, false
	}
	http.SetCookie(w, &http.Cookie{Name: oidcCookie, Value: "", Path: oidcCookiePath, MaxAge: -1, HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.SecureRequest(r)})
	raw, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil {
		return nil, false
	}
	var f oidcFlow
	if json.Unmarshal(raw, &f) != nil || f.State == "" || f.Nonce == "" || f.Verifier == "" {
		return nil, false
	}
	return &f, true
}

// oidcCallback: GET /dang-nhap/oidc/callback, where the provider sends the
// browser back with a code. Every refusal shows the login page (401) with
// the reason; the details go to the log.
func (s *Server) oidcCallback(w http.ResponseWriter, r *http.Request) error {
	if s.sso == nil {
		return tiendo.Errorf(tiendo.ENOTFOUND, "Đăng nhập một lần chưa được cấu hình")
	}
	q := r.URL.Query()
	f, ok := s.readFlow(w, r)
	if !ok || subtle.ConstantTimeCompare([]byte(q.Get("state")), []byte(f.State)) != 1 {
		return s.oidcFailed(w, r, "Phiên đăng nhập một lần không hợp lệ hoặc đã hết hạn; hãy bấm đăng nhập lại")
	}
	if e := q.Get("error"); e != "" {
		s.log.Info("oidc refused by provider", "error", e, "description", q.Get("error_description"))
		return s.oidcFailed(w, r, "Nhà cung cấp định danh đã từ chối đăng nhập")
	}
	login, err := s.sso.login(r.Context(), f, q.Get("code"))
	if err != nil {
		s.log.Warn("oidc sign-in refused", "err", err)
		return s.oidcFailed(w, r, "Không xác minh được đăng nhập từ nhà cung cấp định danh; hãy thử lại")
	}
	secret, a, err := s.svc.StartSessionForLogin(r.Context(), login, "oidc")
	if tiendo.ErrorCode(err) == tiendo.EUNAUTHENTICATED {
		return s.oidcFailed(w, r, tiendo.ErrorMessage(err))
	}
	if err != nil {
		return err
	}
	s.setSessionCookie(w, r, secret)
	if info, ok := r.Context().Value(httpx.InfoKey{}).(*httpx.RequestInfo); ok {
		info.Actor = a.Login
	}
	s.redirect(w, r, f.Next)
	return nil
}

// login exchanges the code (with the PKCE verifier), verifies the ID token
// (signature, issuer, audience, expiry by go-oidc; the nonce here) and
// returns the login claim, asking the userinfo endpoint when the ID token
// does not carry it (many providers put profile claims only there).
func (c *oidcClient) login(ctx context.Context, f *oidcFlow, code string) (string, error) {
	if code == "" {
		return "", errors.New("no code in the callback")
	}
	p, err := c.discover(ctx)
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(c.ctx(ctx), 2*oidcTimeout)
	defer cancel()
	cfg := c.config(p, f.Redirect)
	tok, err := cfg.Exchange(ctx, code, oauth2.VerifierOption(f.Verifier))
	if err != nil {
		return "", fmt.Errorf("exchange: %w", err)
	}
	rawID, _ := tok.Extra("id_token").(string)
	if rawID == "" {
		return "", errors.New("no id_token in the token response")
	}
	id, err := p.Verifier(&oidc.Config{ClientID: c.opts.ClientID}).Verify(ctx, rawID)
	if err != nil {
		return "", fmt.Errorf("id token: %w", err)
	}
	if subtle.ConstantTimeCompare([]byte(id.Nonce), []byte(f.Nonce)) != 1 {
		return "", errors.New("id token nonce does not match")
	}
	var claims map[string]any
	if err := id.Claims(&claims); err != nil {
		return "", err
	}
	if v, ok := claims[c.opts.LoginClaim].(string); ok && v != "" {
		return v, nil
	}
	info, err := p.UserInfo(ctx, cfg.TokenSource(ctx, tok))
	if err != nil {
		return "", fmt.Errorf("userinfo: %w", err)
	}
	// The userinfo answer must be about the person the ID token names.
	if info.Subject != id.Subject {
		return "", errors.New("userinfo subject differs from the id token's")
	}
	claims = nil
	if err := info.Claims(&claims); err != nil {
		return "", err
	}
	if v, ok := claims[c.opts.LoginClaim].(string); ok && v != "" {
		return v, nil
	}
	return "", fmt.Errorf("claim %q missing", c.opts.LoginClaim)
}

// oidcFailed shows the login page with msg, 401.
func (s *Server) oidcFailed(w http.ResponseWriter, r *http.Request, msg string) error {
	f := newForm(nil)
	f.Message = msg
	s.render(w, r, http.StatusUnauthorized, "login", &page{NoChrome: true, Data: s.loginData(f, "/")})
	return nil
}
