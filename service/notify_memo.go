package service

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"tiendo"
)

// audienceMemo answers the read-only questions of a step's notices —
// who holds a unit's roles, a person's accounts, an account's mail
// preferences, a set of units' webhooks — once each within one
// transaction that creates many tasks (an intake or meeting commit), and
// passes every other call to the store. Issue 18: the notices were 24%
// of an intake commit, the same audience asked again for every task of
// the same lead unit. The transaction writes none of what it remembers
// (notifications, mails and deliveries only), so the answers, and the
// notices, are those the store would give.
type audienceMemo struct {
	tiendo.Store
	grants   map[string][]int64
	grantsOn map[string]map[int64][]int64
	persons  map[int64][]int64
	prefs    map[int64]*tiendo.NotifyPrefs
	hooks    map[string][]*tiendo.Webhook
}

func newAudienceMemo(st tiendo.Store) *audienceMemo {
	return &audienceMemo{Store: st, grants: map[string][]int64{}, grantsOn: map[string]map[int64][]int64{}, persons: map[int64][]int64{},
		prefs: map[int64]*tiendo.NotifyPrefs{}, hooks: map[string][]*tiendo.Webhook{}}
}

// idsKey writes an organisation and roles, or ids, as a map key.
func idsKey[T any](head int64, xs []T) string {
	var b strings.Builder
	fmt.Fprint(&b, head)
	for _, x := range xs {
		fmt.Fprint(&b, ",", x)
	}
	return b.String()
}

func (m *audienceMemo) AccountIDsWithGrant(ctx context.Context, org int64, roles ...tiendo.Role) ([]int64, error) {
	k := idsKey(org, roles)
	if ids, ok := m.grants[k]; ok {
		return slices.Clone(ids), nil
	}
	ids, err := m.Store.AccountIDsWithGrant(ctx, org, roles...)
	if err == nil {
		m.grants[k] = slices.Clone(ids)
	}
	return ids, err
}

func (m *audienceMemo) AccountIDsWithGrantOn(ctx context.Context, orgs []int64, roles ...tiendo.Role) (map[int64][]int64, error) {
	k := idsKey(int64(len(orgs)), orgs) + ";" + idsKey(0, roles)
	if got, ok := m.grantsOn[k]; ok {
		return cloneGrants(got), nil
	}
	got, err := m.Store.AccountIDsWithGrantOn(ctx, orgs, roles...)
	if err == nil {
		m.grantsOn[k] = cloneGrants(got)
	}
	return got, err
}

// cloneGrants copies a map of AccountIDsWithGrantOn, so that a caller
// changing an answer does not change the next.
func cloneGrants(m map[int64][]int64) map[int64][]int64 {
	out := make(map[int64][]int64, len(m))
	for k, v := range m {
		out[k] = slices.Clone(v)
	}
	return out
}

func (m *audienceMemo) AccountIDsOfPerson(ctx context.Context, person int64) ([]int64, error) {
	if ids, ok := m.persons[person]; ok {
		return slices.Clone(ids), nil
	}
	ids, err := m.Store.AccountIDsOfPerson(ctx, person)
	if err == nil {
		m.persons[person] = slices.Clone(ids)
	}
	return ids, err
}

func (m *audienceMemo) GetNotifyPrefs(ctx context.Context, account int64) (*tiendo.NotifyPrefs, error) {
	if p, ok := m.prefs[account]; ok {
		c := *p
		return &c, nil
	}
	p, err := m.Store.GetNotifyPrefs(ctx, account)
	if err == nil {
		c := *p
		m.prefs[account] = &c
	}
	return p, err
}

func (m *audienceMemo) ListWebhooks(ctx context.Context, orgs []int64) ([]*tiendo.Webhook, error) {
	k := idsKey(0, orgs)
	if hs, ok := m.hooks[k]; ok {
		return hs, nil
	}
	hs, err := m.Store.ListWebhooks(ctx, orgs)
	if err == nil {
		m.hooks[k] = hs
	}
	return hs, err
}
