package service

import (
	"context"
	"fmt"
	"net"
	"net/mail"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"tiendo"
)

// Notifications lists the actor's own notifications, newest first.
func (s *Service) Notifications(ctx context.Context, unreadOnly bool, p tiendo.Page) ([]*tiendo.Notification, int, error) {
	a, err := actor(ctx)
	if err != nil {
		return nil, 0, err
	}
	return s.store.FindNotifications(ctx, a.AccountID, unreadOnly, p)
}

// UnreadCount is the number shown in the header.
func (s *Service) UnreadCount(ctx context.Context) (int, error) {
	a, err := actor(ctx)
	if err != nil {
		return 0, err
	}
	return s.store.CountUnread(ctx, a.AccountID)
}

// MarkRead marks the actor's notifications read: the given ids, or all
// when ids is nil. Another account's ids are ignored, not an error.
func (s *Service) MarkRead(ctx context.Context, ids []int64) (int, error) {
	a, err := actor(ctx)
	if err != nil {
		return 0, err
	}
	return s.store.MarkRead(ctx, a.AccountID, ids, s.clock.Now())
}

// NotifyPrefs returns the actor's mail preferences.
func (s *Service) NotifyPrefs(ctx context.Context) (*tiendo.NotifyPrefs, error) {
	a, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	return s.store.GetNotifyPrefs(ctx, a.AccountID)
}

// SetNotifyPrefs stores the actor's mail preferences.
func (s *Service) SetNotifyPrefs(ctx context.Context, p tiendo.NotifyPrefs) (*tiendo.NotifyPrefs, error) {
	a, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	p.AccountID, p.Email = a.AccountID, strings.TrimSpace(p.Email)
	var v tiendo.Validator
	v.Check(p.Mode == tiendo.EmailOff || p.Mode == tiendo.EmailInstant || p.Mode == tiendo.EmailDigest,
		"mode", "Cách nhận thư phải là off, instant hoặc digest")
	v.Check(p.DigestHour >= 0 && p.DigestHour <= 23, "digest_hour", "Giờ gửi thư tổng hợp phải từ 0 đến 23")
	if p.Email != "" {
		addr, err := mail.ParseAddress(p.Email)
		v.Check(err == nil && addr.Address == p.Email && len(p.Email) <= 254, "email", "Địa chỉ thư điện tử không hợp lệ")
	}
	v.Check(p.Mode == tiendo.EmailOff || p.Email != "", "email", "Cần địa chỉ thư điện tử để nhận thư")
	if err := v.Err(); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.PutNotifyPrefs(ctx, &p); err != nil {
			return err
		}
		return s.audit(ctx, st, "notify_prefs.put", "account", a.AccountID, nil, nil, nil, p)
	})
	return &p, err
}

// ReminderRulesOf returns the rules in force for an organisation and
// whether they are its own.
func (s *Service) ReminderRulesOf(ctx context.Context, org int64) (tiendo.ReminderRules, bool, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return tiendo.ReminderRules{}, false, err
	}
	if !sc.tree.Has(org) || !sc.sees(org) {
		return tiendo.ReminderRules{}, false, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy đơn vị %d", org)
	}
	settings, err := s.store.ReminderSettings(ctx)
	if err != nil {
		return tiendo.ReminderRules{}, false, err
	}
	_, own := settings[org]
	run := &reminderRun{tree: sc.tree, settings: settings}
	return run.rulesFor(nil, org), own, nil
}

// SetReminderRules gives an organisation (and the subtree without rules
// of its own) its reminder rules. Office or admin over the organisation.
func (s *Service) SetReminderRules(ctx context.Context, org int64, r tiendo.ReminderRules) error {
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
	if err := r.Validate(); err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.PutReminderSettings(ctx, org, r, sc.actor.AccountID); err != nil {
			return err
		}
		return s.audit(ctx, st, "reminder_rules.put", "org", org, nil, &org, nil, r)
	})
}

// WebhookInput creates a webhook. An empty Secret is generated.
type WebhookInput struct {
	OrgID        int64  `json:"org_id"`
	URL          string `json:"url"`
	Secret       string `json:"secret"`
	AllowPrivate bool   `json:"allow_private"`
}

// CreateWebhook registers a webhook for an organisation. Office or admin
// over it; only a whole-tree admin may allow loopback or private targets.
func (s *Service) CreateWebhook(ctx context.Context, in WebhookInput) (*tiendo.Webhook, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !sc.tree.Has(in.OrgID) || !sc.sees(in.OrgID) {
		return nil, tiendo.FieldError("org_id", "Đơn vị không tồn tại")
	}
	if !sc.has(in.OrgID, tiendo.RoleAdmin, tiendo.RoleOffice) {
		return nil, forbidden("đăng ký webhook cho đơn vị này")
	}
	if in.AllowPrivate && !sc.unrestricted() {
		return nil, forbidden("cho phép webhook tới địa chỉ nội bộ")
	}
	if in.Secret == "" {
		// No secret given: make one; the caller shows it once.
		if in.Secret, err = newWebhookSecret(); err != nil {
			return nil, err
		}
	}
	var v tiendo.Validator
	u, perr := url.Parse(in.URL)
	v.Check(perr == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && u.User == nil && len(in.URL) <= 2000,
		"url", "Địa chỉ webhook phải là URL http(s) hợp lệ, không chứa tài khoản")
	v.Check(len(in.Secret) >= 16 && len(in.Secret) <= 200, "secret", "Khóa bí mật phải dài từ 16 đến 200 ký tự")
	if err := v.Err(); err != nil {
		return nil, err
	}
	if !in.AllowPrivate {
		if err := checkWebhookHost(ctx, u.Hostname()); err != nil {
			return nil, err
		}
	}
	w := &tiendo.Webhook{OrgID: in.OrgID, URL: in.URL, Secret: in.Secret, AllowPrivate: in.AllowPrivate, Active: true}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateWebhook(ctx, w); err != nil {
			return err
		}
		return s.audit(ctx, st, "webhook.create", "webhook", w.ID, nil, &w.OrgID, nil, w)
	})
	return w, err
}

// Webhooks lists the webhooks of organisations the actor manages.
func (s *Service) Webhooks(ctx context.Context) ([]*tiendo.Webhook, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	all, err := s.store.ListWebhooks(ctx, nil)
	if err != nil {
		return nil, err
	}
	out := []*tiendo.Webhook{}
	for _, w := range all {
		if sc.has(w.OrgID, tiendo.RoleAdmin, tiendo.RoleOffice) {
			out = append(out, w)
		}
	}
	return out, nil
}

// WebhookDeliveries returns the delivery log of a webhook the actor manages.
func (s *Service) WebhookDeliveries(ctx context.Context, id int64, p tiendo.Page) ([]*tiendo.Delivery, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	w, err := s.store.FindWebhook(ctx, id)
	if err != nil {
		return nil, 0, err
	}
	if !sc.has(w.OrgID, tiendo.RoleAdmin, tiendo.RoleOffice) {
		return nil, 0, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy webhook %d", id)
	}
	return s.store.ListDeliveries(ctx, id, p)
}

// webhookLookupTimeout bounds the name lookup of a webhook's host.
const webhookLookupTimeout = 3 * time.Second

// checkWebhookHost refuses a webhook host that is, or resolves to, an
// internal address (tiendo.InternalAddr), so the mistake shows when the
// webhook is registered rather than as failed deliveries. A name that does
// not resolve now is accepted: the sender checks every address it dials,
// which also covers a name re-pointed later.
func checkWebhookHost(ctx context.Context, host string) error {
	var addrs []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{ip}
	} else {
		ctx, cancel := context.WithTimeout(ctx, webhookLookupTimeout)
		defer cancel()
		addrs, _ = net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	}
	for _, ip := range addrs {
		if tiendo.InternalAddr(ip) {
			return tiendo.FieldError("url", fmt.Sprintf("Địa chỉ webhook trỏ tới địa chỉ nội bộ %s (loopback, mạng riêng hoặc link-local); "+
				"chỉ quản trị toàn hệ thống được cho phép (allow_private)", ip.Unmap()))
		}
	}
	return nil
}
