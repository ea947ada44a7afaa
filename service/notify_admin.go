package service

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"tiendo"
)

// The administration screens of reminders: an organisation's rules as they
// apply, webhooks per organisation and their delivery log. Every check is
// here, so the pages and the API offer and refuse the same things.

// EffectiveRules are the reminder rules in force for an organisation, and
// where they come from.
type EffectiveRules struct {
	OrgID int64                `json:"org_id"`
	Rules tiendo.ReminderRules `json:"rules"`
	// Own: the organisation has rules of its own (else it inherits).
	Own bool `json:"own"`
	// SourceOrgID is the organisation whose rules apply; nil for the
	// built-in defaults (tiendo.DefaultReminderRules).
	SourceOrgID *int64 `json:"source_org_id"`
	// CanEdit: the actor may change or reset them (office or admin over it).
	CanEdit bool `json:"can_edit"`
}

// ReminderRulesFor returns the rules in force for a visible organisation:
// its own, else its nearest ancestor's, else the defaults.
func (s *Service) ReminderRulesFor(ctx context.Context, org int64) (*EffectiveRules, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !sc.tree.Has(org) || !sc.sees(org) {
		return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy đơn vị %d", org)
	}
	settings, err := s.store.ReminderSettings(ctx)
	if err != nil {
		return nil, err
	}
	out := &EffectiveRules{OrgID: org, Rules: tiendo.DefaultReminderRules(),
		CanEdit: sc.has(org, tiendo.RoleAdmin, tiendo.RoleOffice)}
	run := &reminderRun{tree: sc.tree, settings: settings}
	for _, id := range run.tree.Ancestors(org) {
		if r, ok := settings[id]; ok {
			source := id
			out.Rules, out.SourceOrgID, out.Own = r, &source, id == org
			break
		}
	}
	return out, nil
}

// ResetReminderRules removes an organisation's own rules, so it inherits
// again. Office or admin over the organisation; ENOTFOUND when it has none.
func (s *Service) ResetReminderRules(ctx context.Context, org int64) error {
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	if !sc.tree.Has(org) || !sc.sees(org) {
		return tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy đơn vị %d", org)
	}
	if !sc.has(org, tiendo.RoleAdmin, tiendo.RoleOffice) {
		return forbidden("sửa quy tắc đôn đốc của đơn vị này")
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.DeleteReminderSettings(ctx, org); err != nil {
			return err
		}
		return s.audit(ctx, st, "reminder_rules.reset", "org", org, nil, &org, nil, nil)
	})
}

// OrgWebhooks lists one organisation's webhooks: office or admin over it.
// Others get ENOTFOUND for an organisation they cannot see, EFORBIDDEN
// for one they see but do not manage.
func (s *Service) OrgWebhooks(ctx context.Context, org int64) ([]*tiendo.Webhook, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !sc.tree.Has(org) || !sc.sees(org) {
		return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy đơn vị %d", org)
	}
	if !sc.has(org, tiendo.RoleAdmin, tiendo.RoleOffice) {
		return nil, forbidden("xem webhook của đơn vị này")
	}
	hooks, err := s.store.ListWebhooks(ctx, []int64{org})
	if hooks == nil {
		hooks = []*tiendo.Webhook{}
	}
	return hooks, err
}

// managedWebhook returns a webhook the actor manages; any other is
// ENOTFOUND, as if it did not exist.
func (s *Service) managedWebhook(ctx context.Context, st tiendo.Store, id int64) (*tiendo.Webhook, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	w, err := st.FindWebhook(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if !sc.has(w.OrgID, tiendo.RoleAdmin, tiendo.RoleOffice) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy webhook %d", id)
	}
	return w, sc, nil
}

// GetWebhook returns a webhook the actor manages (without its secret).
func (s *Service) GetWebhook(ctx context.Context, id int64) (*tiendo.Webhook, error) {
	w, _, err := s.managedWebhook(ctx, s.store, id)
	return w, err
}

// SetWebhookActive switches a webhook on or off. A disabled webhook gets
// no new deliveries; those already queued are still sent.
func (s *Service) SetWebhookActive(ctx context.Context, id int64, active bool) (*tiendo.Webhook, error) {
	var out *tiendo.Webhook
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		w, _, err := s.managedWebhook(ctx, st, id)
		if err != nil {
			return err
		}
		before := *w
		if err := st.SetWebhookActive(ctx, id, active); err != nil {
			return err
		}
		if out, err = st.FindWebhook(ctx, id); err != nil {
			return err
		}
		action := "webhook.disable"
		if active {
			action = "webhook.enable"
		}
		return s.audit(ctx, st, action, "webhook", id, nil, &w.OrgID, before, out)
	})
	return out, err
}

// DeliveryLogEntry is one delivery of a webhook with every attempt.
type DeliveryLogEntry struct {
	*tiendo.Delivery
	Log []tiendo.DeliveryAttempt `json:"log"`
}

// DeliveryLog returns a page of a managed webhook's deliveries, newest
// first, each with its attempts (a page holds at most MaxPerPage).
func (s *Service) DeliveryLog(ctx context.Context, webhook int64, p tiendo.Page) ([]DeliveryLogEntry, int, error) {
	list, total, err := s.WebhookDeliveries(ctx, webhook, p)
	if err != nil {
		return nil, 0, err
	}
	out := make([]DeliveryLogEntry, 0, len(list))
	for _, d := range list {
		attempts, err := s.store.DeliveryAttempts(ctx, d.ID)
		if err != nil {
			return nil, 0, err
		}
		if attempts == nil {
			attempts = []tiendo.DeliveryAttempt{}
		}
		out = append(out, DeliveryLogEntry{Delivery: d, Log: attempts})
	}
	return out, total, nil
}

// CanEditCalendar tells whether the actor may change the working-day
// calendar (a whole-tree administrator), so pages offer the forms.
func (s *Service) CanEditCalendar(ctx context.Context) bool { return s.IsWholeTreeAdmin(ctx) }

// newWebhookSecret is 32 random bytes in hex: the signing key shown once.
func newWebhookSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", tiendo.Errorf(tiendo.EINTERNAL, "Không tạo được khóa bí mật")
	}
	return hex.EncodeToString(b), nil
}
