package service

import (
	"context"
	"slices"
	"testing"

	"tiendo"
)

// countingStore answers the audience questions from maps and counts them.
type countingStore struct {
	tiendo.Store
	calls int
}

func (c *countingStore) AccountIDsWithGrant(_ context.Context, org int64, roles ...tiendo.Role) ([]int64, error) {
	c.calls++
	return []int64{org, int64(len(roles))}, nil
}

func (c *countingStore) AccountIDsWithGrantOn(_ context.Context, orgs []int64, roles ...tiendo.Role) (map[int64][]int64, error) {
	c.calls++
	m := map[int64][]int64{}
	for _, org := range orgs {
		m[org] = []int64{org, int64(len(roles))}
	}
	return m, nil
}

func (c *countingStore) AccountIDsOfPerson(_ context.Context, person int64) ([]int64, error) {
	c.calls++
	return []int64{person * 10}, nil
}

func (c *countingStore) GetNotifyPrefs(_ context.Context, account int64) (*tiendo.NotifyPrefs, error) {
	c.calls++
	return &tiendo.NotifyPrefs{AccountID: account, Mode: tiendo.EmailInstant}, nil
}

func (c *countingStore) ListWebhooks(_ context.Context, orgs []int64) ([]*tiendo.Webhook, error) {
	c.calls++
	return []*tiendo.Webhook{{ID: int64(len(orgs))}}, nil
}

// TestAudienceMemo checks the memo asks the store once per distinct
// question, answers as the store does, and that a caller changing an
// answer does not change the next one.
func TestAudienceMemo(t *testing.T) {
	ctx := context.Background()
	cs := &countingStore{}
	m := newAudienceMemo(cs)
	for range 3 {
		ids, _ := m.AccountIDsWithGrant(ctx, 7, tiendo.RoleOffice, tiendo.RoleLeader)
		if !slices.Equal(ids, []int64{7, 2}) {
			t.Fatalf("grant ids %v", ids)
		}
		ids[0] = 99 // must not reach the memo
		if ids, _ := m.AccountIDsWithGrant(ctx, 7, tiendo.RoleOffice); !slices.Equal(ids, []int64{7, 1}) {
			t.Fatalf("other roles: %v", ids)
		}
		if ids, _ := m.AccountIDsWithGrant(ctx, 8, tiendo.RoleOffice, tiendo.RoleLeader); !slices.Equal(ids, []int64{8, 2}) {
			t.Fatalf("other org: %v", ids)
		}
		on, _ := m.AccountIDsWithGrantOn(ctx, []int64{7, 8}, tiendo.RoleOffice)
		if len(on) != 2 || !slices.Equal(on[8], []int64{8, 1}) {
			t.Fatalf("grants on two orgs: %v", on)
		}
		on[8][0] = 99 // must not reach the memo
		if on, _ := m.AccountIDsWithGrantOn(ctx, []int64{7, 8}, tiendo.RoleOffice, tiendo.RoleLeader); !slices.Equal(on[8], []int64{8, 2}) {
			t.Fatalf("grants on two orgs, other roles: %v", on)
		}
		if on, _ := m.AccountIDsWithGrantOn(ctx, []int64{7}, tiendo.RoleOffice); len(on) != 1 {
			t.Fatalf("grants on one org: %v", on)
		}
		if ids, _ := m.AccountIDsOfPerson(ctx, 3); !slices.Equal(ids, []int64{30}) {
			t.Fatalf("person: %v", ids)
		}
		p, _ := m.GetNotifyPrefs(ctx, 5)
		if p.AccountID != 5 || p.Mode != tiendo.EmailInstant {
			t.Fatalf("prefs %+v", p)
		}
		p.Mode = tiendo.EmailOff
		if hs, _ := m.ListWebhooks(ctx, []int64{1, 2}); len(hs) != 1 || hs[0].ID != 2 {
			t.Fatalf("webhooks %+v", hs)
		}
		if hs, _ := m.ListWebhooks(ctx, []int64{1, 2, 3}); len(hs) != 1 || hs[0].ID != 3 {
			t.Fatalf("webhooks %+v", hs)
		}
	}
	if cs.calls != 10 {
		t.Errorf("store asked %d times, want 10 (one per distinct question)", cs.calls)
	}
}
