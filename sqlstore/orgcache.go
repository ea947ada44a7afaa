package sqlstore

import (
	"context"

	"tiendo"
)

// The service needs the organisation tree on every request to check
// scope; reading and decoding hundreds of rows, and indexing them, each
// time cost more than the rest of a task creation. The store keeps one
// tree (stampCache), checked against the counter org_stamp that triggers
// on orgs and org_members bump (migration 00071).

// orgStampSQL reads the counter the organisation triggers bump.
const orgStampSQL = "SELECT n FROM org_stamp WHERE id = 1"

// OrgTree returns the organisation tree, shared with other callers while
// the organisations have not changed. Inside a transaction it reads the
// rows: the transaction may hold writes that are not committed, or never
// will be.
func (s *Store) OrgTree(ctx context.Context) (*tiendo.OrgTree, error) {
	return s.cache.orgs.get(ctx, s, "đọc đơn vị", func() (*tiendo.OrgTree, error) {
		orgs, err := s.findOrgs(ctx, tiendo.OrgFilter{})
		if err != nil {
			return nil, err
		}
		return tiendo.NewOrgTree(orgs), nil
	})
}

// allOrgs returns every organisation, copies of the shared tree's.
func (s *Store) allOrgs(ctx context.Context) ([]*tiendo.Org, error) {
	if s.tx != nil {
		return s.findOrgs(ctx, tiendo.OrgFilter{})
	}
	t, err := s.OrgTree(ctx)
	if err != nil {
		return nil, err
	}
	return t.Orgs(), nil
}
