package tiendo

import (
	"context"

	"tiendo/vn"
)

// Role is what an account may do within an organisation subtree.
type Role string

// Roles (docs/DOMAIN.md §4).
const (
	RoleAdmin   Role = "admin"   // manages organisations, accounts, everything in scope
	RoleOffice  Role = "office"  // enters tasks, confirms or returns results, sees all in scope
	RoleLeader  Role = "leader"  // sees all in scope, decides extensions
	RoleOfficer Role = "officer" // reports on tasks its organisation leads or cooperates on
	RoleViewer  Role = "viewer"  // reads tasks in scope
)

// Roles lists every role, for validation and forms.
var Roles = []Role{RoleAdmin, RoleOffice, RoleLeader, RoleOfficer, RoleViewer}

// Valid tells whether r is a known role.
func (r Role) Valid() bool {
	for _, k := range Roles {
		if r == k {
			return true
		}
	}
	return false
}

// Grant gives an account a role over an organisation subtree. OrgID nil
// (admin only) means the whole tree.
type Grant struct {
	Role  Role   `json:"role"`
	OrgID *int64 `json:"org_id"`
}

// Actor is who performs a request: an account with its grants, resolved by
// the service into the set of organisations each grant covers.
type Actor struct {
	AccountID int64   `json:"account_id"`
	Login     string  `json:"login"`
	PersonID  *int64  `json:"person_id,omitempty"`
	Grants    []Grant `json:"grants"`
	Locale    string  `json:"locale"`
	// System marks internal jobs (demo loader, recurring instances): they
	// pass every scope check and are audited as "system".
	System bool `json:"-"`
	// Via names the credential the request presented (ViaSession,
	// ViaToken); empty for the CLI and internal jobs. Minting an API token
	// depends on it.
	Via string `json:"-"`
}

// The credentials an actor is resolved from.
const (
	ViaSession = "session" // a web session cookie
	ViaToken   = "token"   // an API token (Authorization: Bearer)
)

// SystemActor is the actor of internal jobs.
func SystemActor() *Actor { return &Actor{Login: "system", System: true} }

type contextKey int

const actorKey contextKey = 1

// NewContextWithActor returns ctx carrying a.
func NewContextWithActor(ctx context.Context, a *Actor) context.Context {
	return context.WithValue(ctx, actorKey, a)
}

// ActorFromContext returns the actor of ctx, or nil.
func ActorFromContext(ctx context.Context) *Actor {
	a, _ := ctx.Value(actorKey).(*Actor)
	return a
}

const clientAddrKey contextKey = 2

// NewContextWithClientAddr returns ctx carrying the client's network
// address, which sign-in throttling and the security log record.
func NewContextWithClientAddr(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, clientAddrKey, addr)
}

// ClientAddrFromContext returns the client's address, or "".
func ClientAddrFromContext(ctx context.Context) string {
	a, _ := ctx.Value(clientAddrKey).(string)
	return a
}

const changeDayKey contextKey = 3

// NewContextWithChangeDay returns ctx whose task changes the store dates
// on day d instead of today in the task history (TaskState): for loading
// recorded history, such as the demo's stories, never for a user's request.
func NewContextWithChangeDay(ctx context.Context, d vn.Date) context.Context {
	return context.WithValue(ctx, changeDayKey, d)
}

// ChangeDay is the day a task change made under ctx enters the history:
// the one NewContextWithChangeDay set, else today by clock c.
func ChangeDay(ctx context.Context, c Clock) vn.Date {
	if d, ok := ctx.Value(changeDayKey).(vn.Date); ok && !d.IsZero() {
		return d
	}
	return Today(c)
}
