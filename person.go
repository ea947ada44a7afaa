package tiendo

import (
	"context"
	"time"

	"tiendo/vn"
)

// Person is a civil servant. One person may hold several positions.
type Person struct {
	ID        int64      `json:"id"`
	FullName  string     `json:"full_name"`
	Email     string     `json:"email"`
	Phone     string     `json:"phone"`
	Positions []Position `json:"positions"`
	Version   int        `json:"version"`
}

// Position is a post a person holds in an organisation.
type Position struct {
	ID        int64   `json:"id"`
	PersonID  int64   `json:"person_id"`
	OrgID     int64   `json:"org_id"`
	Title     string  `json:"title"`   // "Phó Chủ tịch UBND quận"
	IsHead    bool    `json:"is_head"` // head of the organisation (receives explanation requests)
	ValidFrom vn.Date `json:"valid_from"`
	ValidTo   vn.Date `json:"valid_to"`
}

// Validate checks the person and each position.
func (p *Person) Validate() error {
	var v Validator
	v.Check(p.FullName != "", "full_name", "Họ tên là bắt buộc")
	for _, pos := range p.Positions {
		v.Check(pos.OrgID != 0, "positions", "Mỗi chức vụ phải thuộc một đơn vị")
		v.Check(pos.Title != "", "positions", "Mỗi chức vụ phải có tên chức vụ")
		v.Text("positions", pos.Title, MaxShortText)
	}
	for f, s := range map[string]string{"full_name": p.FullName, "email": p.Email, "phone": p.Phone} {
		v.Text(f, s, MaxShortText)
	}
	v.Input(p)
	return v.Err()
}

// PersonFilter selects people.
type PersonFilter struct {
	OrgIDs []int64 // holding a position in one of these organisations
	Query  string
	Page   Page
}

// Account is a login. Grants say what it may do where.
type Account struct {
	ID           int64     `json:"id"`
	Login        string    `json:"login"`
	PersonID     *int64    `json:"person_id"`
	PasswordHash string    `json:"-"`
	Grants       []Grant   `json:"grants"`
	Locale       string    `json:"locale"` // "vi" or "en"
	Disabled     bool      `json:"disabled"`
	CreatedAt    time.Time `json:"created_at"`
	Version      int       `json:"version"`
}

// Validate checks login, locale and grants.
func (a *Account) Validate() error {
	var v Validator
	v.Check(validLogin(a.Login), "login", "Tên đăng nhập gồm 3–64 ký tự a–z, 0–9, dấu chấm, gạch ngang, gạch dưới")
	v.Check(a.Locale == "vi" || a.Locale == "en", "locale", "Ngôn ngữ phải là vi hoặc en")
	v.Check(len(a.Grants) > 0, "role", "Tài khoản cần ít nhất một vai trò")
	for _, g := range a.Grants {
		v.Check(g.Role.Valid(), "role", "Vai trò không hợp lệ")
		v.Check(g.OrgID != nil || g.Role == RoleAdmin, "org", "Vai trò này cần một đơn vị")
	}
	return v.Err()
}

func validLogin(s string) bool {
	if len(s) < 3 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' || r == '@'
		if !ok {
			return false
		}
	}
	return true
}

// Token is an API token. Only its SHA-256 hash is stored.
type Token struct {
	ID        int64     `json:"id"`
	AccountID int64     `json:"account_id"`
	Hash      string    `json:"-"`
	Name      string    `json:"name"`
	CreatedAt time.Time `json:"created_at"`
	// ExpiresAt is when the token stops working; nil never (tokens made
	// before expiry existed, or by a whole-tree admin who asked for it).
	ExpiresAt *time.Time `json:"expires_at"`
}

// LastDay is the last civil day the token works on (in Vietnam), for
// display; the zero Date for a token that never expires.
func (t *Token) LastDay() vn.Date {
	if t.ExpiresAt == nil {
		return vn.Date{}
	}
	return vn.DateOf(t.ExpiresAt.Add(-time.Nanosecond))
}

// PersonStore persists people and their positions.
type PersonStore interface {
	FindPersonByID(ctx context.Context, id int64) (*Person, error)
	FindPeople(ctx context.Context, f PersonFilter) ([]*Person, int, error)
	// CreatePerson stores the person and its positions.
	CreatePerson(ctx context.Context, p *Person) error
}

// AccountStore persists accounts and API tokens.
type AccountStore interface {
	FindAccountByID(ctx context.Context, id int64) (*Account, error)
	FindAccountByLogin(ctx context.Context, login string) (*Account, error)
	FindAccounts(ctx context.Context) ([]*Account, error)
	// CreateAccount returns ECONFLICT on a duplicate login.
	CreateAccount(ctx context.Context, a *Account) error
	UpdateAccount(ctx context.Context, a *Account) error
	CreateToken(ctx context.Context, t *Token) error
	// FindAccountByTokenHash returns ENOTFOUND for an unknown hash and for
	// a token whose ExpiresAt has passed by the store's clock.
	FindAccountByTokenHash(ctx context.Context, hash string) (*Account, error)
}
