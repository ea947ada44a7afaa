package tiendo

import "context"

// Store is everything the service needs from storage. Each engine
// (SQLite, PostgreSQL) provides one through sqlstore.
type Store interface {
	OrgStore
	PersonStore
	AccountStore
	AccountAdminStore
	DocumentStore
	TaskStore
	UpdateStore
	ExtensionStore
	AuditStore
	ReportStore
	SessionStore
	TOTPStore
	CalendarStore
	NotifyStore
	MeetingStore
	TargetStore
	IntakeStore
	SecurityStore
	InboxStore
	CommentStore
	ClosingStore
	RulesStore
	PlaceStore
	CaseStore

	// Tx runs fn in one transaction: every write in fn is committed together
	// or not at all. fn must use the Store it is given.
	Tx(ctx context.Context, fn func(Store) error) error
	// Close releases the connections.
	Close() error
}
