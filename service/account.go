package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"tiendo"
)

// Login checks a password and returns the actor (SignIn: throttled,
// logged, and timed alike for every failure).
func (s *Service) Login(ctx context.Context, login, password string) (*tiendo.Actor, error) {
	return s.SignIn(ctx, login, password)
}

// ActorForToken resolves an API token, from the cache of recently
// verified tokens when it holds it (tokenCache, TokenCacheTTL).
func (s *Service) ActorForToken(ctx context.Context, token string) (*tiendo.Actor, error) {
	hash := hashToken(token)
	if a, ok := s.tokens.get(hash, s.clock.Now()); ok {
		return a, nil
	}
	gen := s.tokens.generation()
	acc, err := s.store.FindAccountByTokenHash(ctx, hash)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND || (err == nil && acc.Disabled) {
		return nil, tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Mã truy cập không hợp lệ")
	}
	if err != nil {
		return nil, err
	}
	a := actorOf(acc)
	a.Via = tiendo.ViaToken
	s.cacheToken(ctx, hash, a, gen)
	return a, nil
}

// cacheToken caches a verified token's actor for TokenCacheTTL, or less:
// never past the end of any of the account's tokens (the store does not
// say which of them this is), so an expired token is refused on time.
func (s *Service) cacheToken(ctx context.Context, hash string, a *tiendo.Actor, gen uint64) {
	now := s.clock.Now()
	until := now.Add(TokenCacheTTL)
	tokens, err := s.store.FindTokens(ctx, a.AccountID)
	if err != nil {
		return // not cached; the next request reads again
	}
	for _, t := range tokens {
		if t.ExpiresAt != nil && t.ExpiresAt.After(now) && t.ExpiresAt.Before(until) {
			until = *t.ExpiresAt
		}
	}
	s.tokens.put(hash, a, gen, until)
}

// ActorForAccount resolves an account by id (web sessions store the id).
func (s *Service) ActorForAccount(ctx context.Context, id int64) (*tiendo.Actor, error) {
	acc, err := s.store.FindAccountByID(ctx, id)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND || (err == nil && acc.Disabled) {
		return nil, tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Phiên đăng nhập không còn hiệu lực")
	}
	if err != nil {
		return nil, err
	}
	return actorOf(acc), nil
}

func actorOf(a *tiendo.Account) *tiendo.Actor {
	return &tiendo.Actor{AccountID: a.ID, Login: a.Login, PersonID: a.PersonID, Grants: a.Grants, Locale: a.Locale}
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// AccountInput creates an account.
type AccountInput struct {
	Login    string         `json:"login"`
	Password string         `json:"password"`
	PersonID *int64         `json:"person_id"`
	Grants   []tiendo.Grant `json:"grants"`
	Locale   string         `json:"locale"`
}

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 8

// CreateAccount creates an account; an admin may grant roles only inside its
// own scope.
func (s *Service) CreateAccount(ctx context.Context, in AccountInput) (*tiendo.Account, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	acc := &tiendo.Account{Login: normaliseLogin(in.Login), PersonID: in.PersonID,
		Grants: in.Grants, Locale: in.Locale}
	if acc.Locale == "" {
		acc.Locale = "vi"
	}
	var v tiendo.Validator
	v.Check(len([]rune(in.Password)) >= MinPasswordLength, "password", "Mật khẩu cần ít nhất 8 ký tự")
	if err := grantsWithin(sc, in.Grants, &v); err != nil {
		return nil, err
	}
	if err := acc.Validate(); err != nil {
		for f, m := range tiendo.ErrorFields(err) {
			v.Add(f, m)
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	if acc.PasswordHash, err = s.HashPassword(ctx, in.Password); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateAccount(ctx, acc); err != nil {
			return err
		}
		if err := s.securityEvent(ctx, st, tiendo.EventAccountCreate, acc, grantsText(acc.Grants)); err != nil {
			return err
		}
		return s.audit(ctx, st, "account.create", "account", acc.ID, nil, firstGrantOrg(acc), nil, acc)
	})
	return acc, err
}

func firstGrantOrg(a *tiendo.Account) *int64 {
	for _, g := range a.Grants {
		if g.OrgID != nil {
			return g.OrgID
		}
	}
	return nil
}

// ListAccounts returns the accounts an admin manages.
func (s *Service) ListAccounts(ctx context.Context) ([]*tiendo.Account, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	all, err := s.store.FindAccounts(ctx)
	if err != nil {
		return nil, err
	}
	var out []*tiendo.Account
	for _, a := range all {
		if sc.managesAccount(a) {
			out = append(out, a)
		}
	}
	return out, nil
}

func (sc *scope) managesAccount(a *tiendo.Account) bool {
	return tiendo.ManagesAccount(sc.actor, sc.tree, a)
}
