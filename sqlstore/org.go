package sqlstore

import (
	"context"
	"reflect"

	"tiendo"
)

const orgColumns = `o.id, o.code, o.abbrev, o.name, o.kind, o.level, o.parent_id,
	o.valid_from, o.valid_to, o.successor_id, o.version`

func scanOrg(sc interface{ Scan(...any) error }) (*tiendo.Org, error) {
	var o tiendo.Org
	err := sc.Scan(&o.ID, &o.Code, &o.Abbrev, &o.Name, &o.Kind, &o.Level, idScan{&o.ParentID},
		&o.ValidFrom, &o.ValidTo, idScan{&o.SuccessorID}, &o.Version)
	if err != nil {
		return nil, err
	}
	return &o, nil
}

// FindOrgByID returns one organisation with its members.
func (s *Store) FindOrgByID(ctx context.Context, id int64) (*tiendo.Org, error) {
	return s.findOrg(ctx, "o.id = $1", id, id)
}

// FindOrgByCode returns the organisation with the exact code.
func (s *Store) FindOrgByCode(ctx context.Context, code string) (*tiendo.Org, error) {
	code = text(code)
	return s.findOrg(ctx, "o.code = $1", code, code)
}

func (s *Store) findOrg(ctx context.Context, cond string, arg, key any) (*tiendo.Org, error) {
	o, err := scanOrg(s.q().QueryRowContext(ctx, "SELECT "+orgColumns+" FROM orgs o WHERE "+cond, arg))
	if err != nil {
		return nil, s.found(err, "đơn vị", key)
	}
	if err := s.loadOrgMembers(ctx, []*tiendo.Org{o}); err != nil {
		return nil, err
	}
	return o, nil
}

// FindOrgs returns the organisations matching f, ordered by code.
func (s *Store) FindOrgs(ctx context.Context, f tiendo.OrgFilter) ([]*tiendo.Org, error) {
	if reflect.ValueOf(f).IsZero() { // no filter, even one added later
		return s.allOrgs(ctx) // the whole tree, read on every request
	}
	return s.findOrgs(ctx, f)
}

func (s *Store) findOrgs(ctx context.Context, f tiendo.OrgFilter) ([]*tiendo.Org, error) {
	var a sqlArgs
	var conds []string
	if f.IDs != nil {
		conds = append(conds, s.inIDs(&a, "o.id", f.IDs))
	}
	if f.ParentID != nil {
		conds = append(conds, "o.parent_id = "+a.add(*f.ParentID))
	}
	if f.Code != nil {
		conds = append(conds, "o.code = "+a.add(text(*f.Code)))
	}
	if ws := queryWords(f.Query); len(ws) > 0 {
		conds = append(conds, likeWords(&a, "o.name_folded", ws))
	}
	orgs, err := queryList(ctx, s, "đọc đơn vị", "SELECT "+orgColumns+" FROM orgs o"+where(conds)+" ORDER BY o.code, o.id", a, scanOrg)
	if err != nil {
		return nil, err
	}
	if err := s.loadOrgMembers(ctx, orgs); err != nil {
		return nil, err
	}
	return orgs, nil
}

// loadOrgMembers fills MemberIDs (never nil) of the given organisations.
func (s *Store) loadOrgMembers(ctx context.Context, orgs []*tiendo.Org) error {
	if len(orgs) == 0 {
		return nil
	}
	ids := make([]int64, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
	}
	var a sqlArgs
	q := "SELECT org_id, member_id FROM org_members WHERE " + s.inIDs(&a, "org_id", ids) + " ORDER BY org_id, member_id"
	m, err := s.loadPairs(ctx, q, a)
	if err != nil {
		return s.fail(err, "đọc thành viên đơn vị", "")
	}
	for _, o := range orgs {
		o.MemberIDs = append([]int64{}, m[o.ID]...)
	}
	return nil
}

// orgFolded is the searchable text of an organisation: its name, code and
// abbreviation.
func orgFolded(o *tiendo.Org) string { return folded(o.Name, o.Code, o.Abbrev) }

func normOrg(o *tiendo.Org) {
	o.Code, o.Abbrev, o.Name = text(o.Code), text(o.Abbrev), text(o.Name)
}

// CreateOrg stores o and its members, setting ID and Version.
func (s *Store) CreateOrg(ctx context.Context, o *tiendo.Org) error {
	normOrg(o)
	return s.writeTx(ctx, func(s *Store) error {
		now := ts(s.now())
		err := s.w().QueryRowContext(ctx, `INSERT INTO orgs (code, abbrev, name, name_folded, kind, level,
			parent_id, valid_from, valid_to, successor_id, version, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $11) RETURNING id`,
			o.Code, o.Abbrev, o.Name, orgFolded(o), string(o.Kind), string(o.Level),
			nullID(o.ParentID), o.ValidFrom, o.ValidTo, nullID(o.SuccessorID), now).Scan(&o.ID)
		if err != nil {
			return s.fail(err, "tạo đơn vị", "Mã đơn vị "+o.Code+" đã tồn tại")
		}
		o.Version = 1
		return s.writeOrgMembers(ctx, o)
	})
}

// UpdateOrg writes o when its Version is current. A new name refreshes the
// search text of the tasks the organisation leads.
func (s *Store) UpdateOrg(ctx context.Context, o *tiendo.Org) error {
	normOrg(o)
	return s.writeTx(ctx, func(s *Store) error {
		var oldName string
		var oldParent *int64
		if err := s.w().QueryRowContext(ctx, "SELECT name, parent_id FROM orgs WHERE id = $1", o.ID).Scan(&oldName, idScan{&oldParent}); err != nil {
			return s.found(err, "đơn vị", o.ID)
		}
		res, err := s.w().ExecContext(ctx, `UPDATE orgs SET code = $1, abbrev = $2, name = $3, name_folded = $4,
			kind = $5, level = $6, parent_id = $7, valid_from = $8, valid_to = $9, successor_id = $10,
			updated_at = $11, version = version + 1
			WHERE id = $12 AND version = $13`,
			o.Code, o.Abbrev, o.Name, orgFolded(o), string(o.Kind), string(o.Level), nullID(o.ParentID),
			o.ValidFrom, o.ValidTo, nullID(o.SuccessorID), ts(s.now()), o.ID, o.Version)
		if err != nil {
			return s.fail(err, "cập nhật đơn vị", "Mã đơn vị "+o.Code+" đã tồn tại")
		}
		if err := s.checkUpdated(ctx, res, "orgs", "đơn vị", o.ID); err != nil {
			return err
		}
		if _, err := s.w().ExecContext(ctx, "DELETE FROM org_members WHERE org_id = $1", o.ID); err != nil {
			return s.fail(err, "cập nhật thành viên đơn vị", "")
		}
		if err := s.writeOrgMembers(ctx, o); err != nil {
			return err
		}
		if oldName != o.Name {
			if err := s.refreshTaskSearch(ctx, "t.lead_org_id = $1", o.ID); err != nil {
				return err
			}
		}
		if !sameID(oldParent, o.ParentID) {
			if err := s.rebuildScopesUnder(ctx, o.ID); err != nil {
				return err
			}
		}
		o.Version++
		return nil
	})
}

// writeOrgMembers inserts the steering committee members of o.
func (s *Store) writeOrgMembers(ctx context.Context, o *tiendo.Org) error {
	seen := map[int64]bool{}
	for _, m := range o.MemberIDs {
		if seen[m] {
			continue
		}
		seen[m] = true
		if _, err := s.w().ExecContext(ctx, "INSERT INTO org_members (org_id, member_id) VALUES ($1, $2)", o.ID, m); err != nil {
			return s.fail(err, "ghi thành viên đơn vị", "")
		}
	}
	return nil
}
