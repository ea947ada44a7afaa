package sqlstore

import (
	"context"

	"tiendo"
)

// FindPersonByID returns a person with every position.
func (s *Store) FindPersonByID(ctx context.Context, id int64) (*tiendo.Person, error) {
	var p tiendo.Person
	err := s.q().QueryRowContext(ctx, "SELECT id, full_name, email, phone, version FROM people WHERE id = $1", id).
		Scan(&p.ID, &p.FullName, &p.Email, &p.Phone, &p.Version)
	if err != nil {
		return nil, s.found(err, "cán bộ", id)
	}
	if err := s.loadPositions(ctx, []*tiendo.Person{&p}); err != nil {
		return nil, err
	}
	return &p, nil
}

// FindPeople returns one page of people ordered by folded name, and the
// total count.
func (s *Store) FindPeople(ctx context.Context, f tiendo.PersonFilter) ([]*tiendo.Person, int, error) {
	var a sqlArgs
	var conds []string
	if f.OrgIDs != nil {
		conds = append(conds, "p.id IN (SELECT person_id FROM positions WHERE "+s.inIDs(&a, "org_id", f.OrgIDs)+")")
	}
	if ws := queryWords(f.Query); len(ws) > 0 {
		conds = append(conds, likeWords(&a, "p.name_folded", ws))
	}
	w := where(conds)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM people p"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm cán bộ", "")
	}
	q := "SELECT p.id, p.full_name, p.email, p.phone, p.version FROM people p" + w +
		" ORDER BY p.name_folded, p.id" + limit(&a, f.Page)
	people, err := queryList(ctx, s, "đọc cán bộ", q, a, func(r interface{ Scan(...any) error }) (*tiendo.Person, error) {
		var p tiendo.Person
		err := r.Scan(&p.ID, &p.FullName, &p.Email, &p.Phone, &p.Version)
		return &p, err
	})
	if err != nil {
		return nil, 0, err
	}
	if err := s.loadPositions(ctx, people); err != nil {
		return nil, 0, err
	}
	return people, total, nil
}

// loadPositions fills Positions (never nil) of the given people.
func (s *Store) loadPositions(ctx context.Context, people []*tiendo.Person) error {
	if len(people) == 0 {
		return nil
	}
	byID := make(map[int64]*tiendo.Person, len(people))
	ids := make([]int64, len(people))
	for i, p := range people {
		p.Positions = []tiendo.Position{}
		byID[p.ID] = p
		ids[i] = p.ID
	}
	var a sqlArgs
	return eachRow(ctx, s, "đọc chức vụ", `SELECT id, person_id, org_id, title, is_head, valid_from, valid_to
		FROM positions WHERE `+s.inIDs(&a, "person_id", ids)+" ORDER BY person_id, id", a, func(r interface{ Scan(...any) error }) error {
		var pos tiendo.Position
		if err := r.Scan(&pos.ID, &pos.PersonID, &pos.OrgID, &pos.Title, boolScan{&pos.IsHead},
			&pos.ValidFrom, &pos.ValidTo); err != nil {
			return err
		}
		p := byID[pos.PersonID]
		p.Positions = append(p.Positions, pos)
		return nil
	})
}

// CreatePerson stores p and its positions, setting their IDs.
func (s *Store) CreatePerson(ctx context.Context, p *tiendo.Person) error {
	p.FullName, p.Email, p.Phone = text(p.FullName), text(p.Email), text(p.Phone)
	return s.writeTx(ctx, func(s *Store) error {
		now := ts(s.now())
		err := s.w().QueryRowContext(ctx, `INSERT INTO people (full_name, name_folded, email, phone, version, created_at, updated_at)
			VALUES ($1, $2, $3, $4, 1, $5, $5) RETURNING id`,
			p.FullName, folded(p.FullName), p.Email, p.Phone, now).Scan(&p.ID)
		if err != nil {
			return s.fail(err, "tạo cán bộ", "")
		}
		p.Version = 1
		for i := range p.Positions {
			pos := &p.Positions[i]
			pos.PersonID, pos.Title = p.ID, text(pos.Title)
			err := s.w().QueryRowContext(ctx, `INSERT INTO positions (person_id, org_id, title, is_head, valid_from, valid_to)
				VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
				pos.PersonID, pos.OrgID, pos.Title, pos.IsHead, pos.ValidFrom, pos.ValidTo).Scan(&pos.ID)
			if err != nil {
				return s.fail(err, "tạo chức vụ", "")
			}
		}
		if p.Positions == nil {
			p.Positions = []tiendo.Position{}
		}
		return nil
	})
}
