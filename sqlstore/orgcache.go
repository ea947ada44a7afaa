package sqlstore

import (
	"context"
	"slices"
	"sync"

	"tiendo"
)

// orgCache keeps the whole organisation list between calls. The service
// loads the tree on every request to check scope; reading and decoding
// hundreds of rows each time cost more than the rest of a task creation.
//
// The cache is checked against the database on every use, so every
// instance of a multi-instance deployment still sees a change at once:
// organisations are never deleted and every write of one (members
// included) raises its version, so (count, sum of versions) grows with
// each committed change and names one state of the table.
type orgCache struct {
	mu    sync.Mutex
	stamp orgStamp
	orgs  []*tiendo.Org // nil until filled
}

type orgStamp struct{ count, versions int64 }

// stampSQL reads the table's stamp; cheaper than the rows by far.
const stampSQL = "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM orgs"

// allOrgs returns every organisation, from the cache when the table has
// not changed. Inside a transaction it reads the rows: the transaction may
// hold writes that are not committed, or never will be.
func (s *Store) allOrgs(ctx context.Context) ([]*tiendo.Org, error) {
	if s.tx != nil || s.orgs == nil {
		return s.findOrgs(ctx, tiendo.OrgFilter{})
	}
	// The stamp is read before the rows, so the rows cached under it are
	// never older than it: a change in between only causes one more load.
	var st orgStamp
	if err := s.read.QueryRowContext(ctx, stampSQL).Scan(&st.count, &st.versions); err != nil {
		return nil, s.fail(err, "đọc đơn vị", "")
	}
	c := s.orgs
	c.mu.Lock()
	if c.orgs != nil && c.stamp == st {
		out := cloneOrgs(c.orgs)
		c.mu.Unlock()
		return out, nil
	}
	c.mu.Unlock()
	orgs, err := s.findOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.stamp, c.orgs = st, cloneOrgs(orgs)
	c.mu.Unlock()
	return orgs, nil
}

// cloneOrgs copies the organisations deeply: callers own what they get.
func cloneOrgs(orgs []*tiendo.Org) []*tiendo.Org {
	out := make([]*tiendo.Org, len(orgs))
	for i, o := range orgs {
		c := *o
		c.ParentID, c.SuccessorID = cloneID(o.ParentID), cloneID(o.SuccessorID)
		c.MemberIDs = slices.Clone(o.MemberIDs)
		if c.MemberIDs == nil {
			c.MemberIDs = []int64{}
		}
		out[i] = &c
	}
	return out
}

func cloneID(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
