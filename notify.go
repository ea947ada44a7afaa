package tiendo

import (
	"context"
	"net/netip"
	"time"

	"tiendo/vn"
)

// Reminder is one reminder decided by the rules: at most one per rule,
// step, task, organisation and period, whatever the number of instances.
type Reminder struct {
	ID     int64  `json:"id"`
	Rule   string `json:"rule"`
	Step   int    `json:"step"`
	TaskID *int64 `json:"task_id"`
	// CaseID is the case a case reminder is about; not stored (the period
	// names it), it links the reminder's notifications to the case.
	CaseID    *int64    `json:"case_id,omitempty"`
	OrgID     int64     `json:"org_id"` // the organisation chased
	Period    string    `json:"period"`
	FiredOn   vn.Date   `json:"fired_on"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	CreatedAt time.Time `json:"created_at"`
}

// ReminderKey is what makes a task reminder unique: its rule, step, task,
// the organisation chased and the period.
type ReminderKey struct {
	Rule   string
	Step   int
	TaskID int64
	OrgID  int64
	Period string
}

// Notification is one entry of an account's in-app notification centre.
type Notification struct {
	ID         int64      `json:"id"`
	AccountID  int64      `json:"account_id"`
	ReminderID *int64     `json:"reminder_id"`
	TaskID     *int64     `json:"task_id"`
	CaseID     *int64     `json:"case_id"` // a notice about a case opens it
	Kind       string     `json:"kind"`    // the rule, or "explanation_answer"…
	Title      string     `json:"title"`
	Body       string     `json:"body"`
	CreatedAt  time.Time  `json:"created_at"`
	ReadAt     *time.Time `json:"read_at"`
}

// Email modes of an account.
const (
	EmailOff     = "off"
	EmailInstant = "instant"
	EmailDigest  = "digest" // one mail a day at DigestHour (Vietnam time)
)

// NotifyPrefs is how an account wants to be told.
type NotifyPrefs struct {
	AccountID  int64  `json:"account_id"`
	Email      string `json:"email"`
	Mode       string `json:"mode"`
	DigestHour int    `json:"digest_hour"`
}

// Webhook posts reminders about an organisation's subtree to a URL, signed
// with HMAC-SHA256 over the secret.
type Webhook struct {
	ID           int64     `json:"id"`
	OrgID        int64     `json:"org_id"`
	URL          string    `json:"url"`
	Secret       string    `json:"-"`
	AllowPrivate bool      `json:"allow_private"` // admin only: loopback and private targets
	Active       bool      `json:"active"`
	Version      int       `json:"version"`
	CreatedAt    time.Time `json:"created_at"`
}

// Delivery channels and states.
const (
	ChannelEmail   = "email"
	ChannelWebhook = "webhook"

	DeliveryPending = "pending"
	DeliverySent    = "sent"
	DeliveryFailed  = "failed" // gave up after the last retry
)

// Delivery is one message in the outbox, sent by whichever instance holds
// its lease. Dedup names it uniquely ("n:12" for the mail of notification
// 12, "r:5:w:2" for reminder 5 to webhook 2, "digest:7:2026-03-02"), so
// enqueueing it twice stores it once.
type Delivery struct {
	ID         int64      `json:"id"`
	Dedup      string     `json:"dedup"`
	Channel    string     `json:"channel"`
	Target     string     `json:"target"` // email address, or webhook URL at enqueue time
	WebhookID  *int64     `json:"webhook_id"`
	Subject    string     `json:"subject"`
	Payload    string     `json:"payload"` // mail body, or webhook JSON
	Status     string     `json:"status"`
	Attempts   int        `json:"attempts"`
	NextAt     time.Time  `json:"next_at"`
	LeaseOwner string     `json:"lease_owner"`
	LeaseUntil *time.Time `json:"lease_until"`
	LastError  string     `json:"last_error"`
	SentAt     *time.Time `json:"sent_at"`
	CreatedAt  time.Time  `json:"created_at"`
}

// DeliveryAttempt is one line of the delivery log.
type DeliveryAttempt struct {
	DeliveryID int64     `json:"delivery_id"`
	Attempt    int       `json:"attempt"`
	Owner      string    `json:"owner"` // the instance that tried
	StartedAt  time.Time `json:"started_at"`
	OK         bool      `json:"ok"`
	StatusCode int       `json:"status_code"`
	Error      string    `json:"error"`
}

// DeliveryOutcome ends a claimed delivery: sent, retried at RetryAt, or
// failed for good.
type DeliveryOutcome struct {
	Attempt DeliveryAttempt
	Status  string    // DeliverySent, DeliveryPending (retry) or DeliveryFailed
	RetryAt time.Time // for DeliveryPending
}

// ExplanationRequest is a request to a lead unit to explain an overdue task
// (giải trình), and its answer.
type ExplanationRequest struct {
	ID          int64     `json:"id"`
	TaskID      int64     `json:"task_id"`
	ReminderID  *int64    `json:"reminder_id"`
	OrgID       int64     `json:"org_id"`
	RequestedOn vn.Date   `json:"requested_on"`
	DueOn       vn.Date   `json:"due_on"`
	Question    string    `json:"question"`
	Answer      string    `json:"answer"`
	AnsweredOn  vn.Date   `json:"answered_on"`
	AnsweredBy  *int64    `json:"answered_by"`
	Version     int       `json:"version"`
	CreatedAt   time.Time `json:"created_at"`
}

// LateDays is how many days after its due date the explanation was
// answered (or, unanswered, is overdue at asOf); 0 when on time.
func (e *ExplanationRequest) LateDays(asOf vn.Date) int {
	end := e.AnsweredOn
	if end.IsZero() {
		end = asOf
	}
	return max(0, end.Sub(e.DueOn))
}

// NotifyStore persists reminders, the notification centre, preferences,
// webhooks, the delivery outbox and explanation requests.
type NotifyStore interface {
	// ReminderTasks returns, in id order, up to limit of the open tasks the
	// rules look at with an id above afterID: those with a deadline on or
	// before dueBefore, and every task in progress. Callers page through
	// them, so a scan of a million tasks never holds them all at once.
	ReminderTasks(ctx context.Context, dueBefore vn.Date, afterID int64, limit int) ([]ReminderTask, error)
	// FireReminder stores r unless the same rule, step, task, organisation
	// and period exists; it reports whether r was stored (and r.ID set).
	FireReminder(ctx context.Context, r *Reminder) (bool, error)
	// FiredTaskReminders returns the keys of the reminders already stored
	// for tasks with ids in (afterID, lastID], so a scan tries to fire
	// only what is new instead of one write per past step on every pass.
	FiredTaskReminders(ctx context.Context, afterID, lastID int64) (map[ReminderKey]bool, error)
	// FiredReminders returns the keys of the reminders of rules fired on
	// or after since: a case reminder pass reads them once instead of one
	// write attempt per case.
	FiredReminders(ctx context.Context, rules []string, since vn.Date) (map[ReminderKey]bool, error)
	// CountReminders counts stored reminders (for tests and metrics).
	CountReminders(ctx context.Context) (int, error)

	// AccountIDsWithGrant lists enabled accounts holding one of roles
	// directly on org.
	AccountIDsWithGrant(ctx context.Context, org int64, roles ...Role) ([]int64, error)
	// AccountIDsWithGrantOn is AccountIDsWithGrant for several
	// organisations in one query: each of orgs with such accounts maps
	// to them; the others are absent.
	AccountIDsWithGrantOn(ctx context.Context, orgs []int64, roles ...Role) (map[int64][]int64, error)
	// AccountIDsOfHeads lists enabled accounts of the people heading org.
	AccountIDsOfHeads(ctx context.Context, org int64) ([]int64, error)
	// AccountIDsOfPerson lists enabled accounts of a person.
	AccountIDsOfPerson(ctx context.Context, person int64) ([]int64, error)

	CreateNotification(ctx context.Context, n *Notification) error
	// FindNotifications returns an account's notifications, newest first.
	FindNotifications(ctx context.Context, account int64, unreadOnly bool, p Page) ([]*Notification, int, error)
	CountUnread(ctx context.Context, account int64) (int, error)
	// MarkRead marks the given notifications of account read (all when ids
	// is nil) and returns how many changed.
	MarkRead(ctx context.Context, account int64, ids []int64, at time.Time) (int, error)
	// NotificationsBetween returns an account's notifications created in
	// [from, to), oldest first: the content of a digest.
	NotificationsBetween(ctx context.Context, account int64, from, to time.Time) ([]*Notification, error)

	// GetNotifyPrefs returns an account's preferences (mode off when none).
	GetNotifyPrefs(ctx context.Context, account int64) (*NotifyPrefs, error)
	PutNotifyPrefs(ctx context.Context, p *NotifyPrefs) error
	// ListDigestPrefs lists the preferences in digest mode with an address.
	ListDigestPrefs(ctx context.Context) ([]*NotifyPrefs, error)

	// ReminderSettings returns every organisation's own rules.
	ReminderSettings(ctx context.Context) (map[int64]ReminderRules, error)
	PutReminderSettings(ctx context.Context, org int64, r ReminderRules, by int64) error
	DeleteReminderSettings(ctx context.Context, org int64) error

	CreateWebhook(ctx context.Context, w *Webhook) error
	FindWebhook(ctx context.Context, id int64) (*Webhook, error)
	// ListWebhooks returns the webhooks of the given organisations (all
	// when orgs is nil).
	ListWebhooks(ctx context.Context, orgs []int64) ([]*Webhook, error)
	// SetWebhookActive switches a webhook on or off.
	SetWebhookActive(ctx context.Context, id int64, active bool) error

	// EnqueueDelivery stores d unless its Dedup exists; reports whether.
	EnqueueDelivery(ctx context.Context, d *Delivery) (bool, error)
	// ClaimDeliveries leases up to limit pending deliveries whose time has
	// come and whose lease (if any) ran out, to owner until leaseUntil.
	// Two instances never hold the same delivery at once.
	ClaimDeliveries(ctx context.Context, owner string, now, leaseUntil time.Time, limit int) ([]*Delivery, error)
	// FinishDelivery records an attempt and the outcome, if owner still
	// holds the lease; ECONFLICT when it lost it.
	FinishDelivery(ctx context.Context, id int64, owner string, o DeliveryOutcome) error
	FindDelivery(ctx context.Context, id int64) (*Delivery, error)
	// ListDeliveries returns the deliveries of a webhook, newest first.
	ListDeliveries(ctx context.Context, webhook int64, p Page) ([]*Delivery, int, error)
	DeliveryAttempts(ctx context.Context, delivery int64) ([]DeliveryAttempt, error)

	CreateExplanationRequest(ctx context.Context, e *ExplanationRequest) error
	FindExplanationRequest(ctx context.Context, id int64) (*ExplanationRequest, error)
	// ListExplanationRequests returns a task's explanation requests (all tasks
	// when task is 0), oldest first.
	ListExplanationRequests(ctx context.Context, task int64) ([]*ExplanationRequest, error)
	// AnswerExplanationRequest stores the answer if e.Version is current.
	AnswerExplanationRequest(ctx context.Context, e *ExplanationRequest) error
}

// InternalAddr reports whether ip is not a public unicast address: loopback,
// RFC 1918 and unique-local, link-local (cloud metadata at 169.254.169.254),
// CGNAT, unspecified, multicast, and IPv4-mapped forms of those. Webhooks
// may reach such addresses only when a whole-tree admin allowed it: the
// service checks a webhook's host when it is created, the sender every
// address it dials.
func InternalAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range internalPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

var internalPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // CGNAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach IPv4 internals
}
