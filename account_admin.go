package tiendo

import "context"

// AccountAdminStore is what administering accounts needs beyond
// AccountStore: an account's API tokens, and ending its sessions when it is
// disabled or its password is reset.
type AccountAdminStore interface {
	// FindTokens lists the API tokens of an account, oldest first.
	FindTokens(ctx context.Context, accountID int64) ([]*Token, error)
	// DeleteToken revokes token id of the account; ENOTFOUND when the
	// account has no such token.
	DeleteToken(ctx context.Context, accountID, id int64) error
	// DeleteAccountTokens revokes every API token of the account and
	// returns how many there were.
	DeleteAccountTokens(ctx context.Context, accountID int64) (int, error)
	// DeleteAccountSessions ends every web session of the account and
	// returns how many there were.
	DeleteAccountSessions(ctx context.Context, accountID int64) (int, error)
}
