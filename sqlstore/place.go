package sqlstore

import (
	"context"
	"database/sql"

	"tiendo"
)

const placeColumns = `p.id, p.kind, p.name, p.lat, p.lon, p.outline, p.programme, p.programme_status,
	p.registered_on, p.building_on, p.recognised_on, p.note, p.version, p.created_at, p.updated_at`

func scanPlace(sc interface{ Scan(...any) error }) (*tiendo.Place, error) {
	var p tiendo.Place
	var lat, lon sql.NullFloat64
	err := sc.Scan(&p.ID, &p.Kind, &p.Name, &lat, &lon, &p.Outline, &p.Programme, &p.ProgrammeStatus,
		&p.RegisteredOn, &p.BuildingOn, &p.RecognisedOn, &p.Note, &p.Version, timeScan{&p.CreatedAt},
		timeScan{&p.UpdatedAt})
	if err != nil {
		return nil, err
	}
	if lat.Valid && lon.Valid {
		p.Lat, p.Lon = &lat.Float64, &lon.Float64
	}
	p.Wards = []tiendo.PlaceWard{}
	return &p, nil
}

func normPlace(p *tiendo.Place) {
	p.Name, p.Outline, p.Programme, p.Note = text(p.Name), text(p.Outline), text(p.Programme), text(p.Note)
}

func nullFloat(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

// FindPlaceByID returns one place with its wards.
func (s *Store) FindPlaceByID(ctx context.Context, id int64) (*tiendo.Place, error) {
	p, err := scanPlace(s.q().QueryRowContext(ctx, "SELECT "+placeColumns+" FROM places p WHERE p.id = $1", id))
	if err != nil {
		return nil, s.found(err, "địa bàn", id)
	}
	if err := s.loadPlaceWards(ctx, []*tiendo.Place{p}); err != nil {
		return nil, err
	}
	return p, nil
}

// FindPlaces returns one page of places ordered by name, and the total.
func (s *Store) FindPlaces(ctx context.Context, f tiendo.PlaceFilter) ([]*tiendo.Place, int, error) {
	var a sqlArgs
	var conds []string
	if f.IDs != nil {
		conds = append(conds, s.inIDs(&a, "p.id", f.IDs))
	}
	if f.Kind != "" {
		conds = append(conds, "p.kind = "+a.add(string(f.Kind)))
	}
	if f.WardIDs != nil {
		conds = append(conds, "p.id IN (SELECT place_id FROM place_wards WHERE "+s.inIDs(&a, "org_id", f.WardIDs)+")")
	}
	if ws := queryWords(f.Query); len(ws) > 0 {
		conds = append(conds, likeWords(&a, "p.name_folded", ws))
	}
	w := where(conds)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM places p"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm địa bàn", "")
	}
	q := "SELECT " + placeColumns + " FROM places p" + w + " ORDER BY p.name_folded, p.id" + limit(&a, f.Page)
	places, err := queryList(ctx, s, "đọc địa bàn", q, a, scanPlace)
	if err != nil {
		return nil, 0, err
	}
	if err := s.loadPlaceWards(ctx, places); err != nil {
		return nil, 0, err
	}
	return places, total, nil
}

// loadPlaceWards fills Wards (never nil), oldest period first.
func (s *Store) loadPlaceWards(ctx context.Context, places []*tiendo.Place) error {
	if len(places) == 0 {
		return nil
	}
	byID := make(map[int64]*tiendo.Place, len(places))
	ids := make([]int64, len(places))
	for i, p := range places {
		byID[p.ID], ids[i] = p, p.ID
	}
	var a sqlArgs
	return eachRow(ctx, s, "đọc phường của địa bàn", "SELECT place_id, org_id, valid_from, valid_to FROM place_wards WHERE "+
		s.inIDs(&a, "place_id", ids)+" ORDER BY place_id, seq", a, func(r interface{ Scan(...any) error }) error {
		var id int64
		var w tiendo.PlaceWard
		if err := r.Scan(&id, &w.OrgID, &w.From, &w.To); err != nil {
			return err
		}
		if p := byID[id]; p != nil {
			p.Wards = append(p.Wards, w)
		}
		return nil
	})
}

// CreatePlace stores p and its wards, setting ID, Version and the times.
func (s *Store) CreatePlace(ctx context.Context, p *tiendo.Place) error {
	normPlace(p)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO places (kind, name, name_folded, lat, lon, outline,
			programme, programme_status, registered_on, building_on, recognised_on, note, version, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13) RETURNING id`,
			string(p.Kind), p.Name, folded(p.Name), nullFloat(p.Lat), nullFloat(p.Lon), p.Outline, p.Programme,
			string(p.ProgrammeStatus), p.RegisteredOn, p.BuildingOn, p.RecognisedOn, p.Note, ts(now)).Scan(&p.ID)
		if err != nil {
			return s.fail(err, "tạo địa bàn", "")
		}
		p.Version, p.CreatedAt, p.UpdatedAt = 1, now, now
		return s.writePlaceWards(ctx, p)
	})
}

// UpdatePlace writes p and replaces its wards when p.Version is current.
func (s *Store) UpdatePlace(ctx context.Context, p *tiendo.Place) error {
	normPlace(p)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		res, err := s.w().ExecContext(ctx, `UPDATE places SET kind = $1, name = $2, name_folded = $3, lat = $4,
			lon = $5, outline = $6, programme = $7, programme_status = $8, registered_on = $9, building_on = $10,
			recognised_on = $11, note = $12, updated_at = $13, version = version + 1
			WHERE id = $14 AND version = $15`,
			string(p.Kind), p.Name, folded(p.Name), nullFloat(p.Lat), nullFloat(p.Lon), p.Outline, p.Programme,
			string(p.ProgrammeStatus), p.RegisteredOn, p.BuildingOn, p.RecognisedOn, p.Note, ts(now), p.ID, p.Version)
		if err != nil {
			return s.fail(err, "cập nhật địa bàn", "")
		}
		if err := s.checkUpdated(ctx, res, "places", "địa bàn", p.ID); err != nil {
			return err
		}
		if _, err := s.w().ExecContext(ctx, "DELETE FROM place_wards WHERE place_id = $1", p.ID); err != nil {
			return s.fail(err, "cập nhật phường của địa bàn", "")
		}
		if err := s.writePlaceWards(ctx, p); err != nil {
			return err
		}
		p.Version++
		p.UpdatedAt = now
		return nil
	})
}

func (s *Store) writePlaceWards(ctx context.Context, p *tiendo.Place) error {
	for i, w := range p.Wards {
		if _, err := s.w().ExecContext(ctx, `INSERT INTO place_wards (place_id, org_id, valid_from, valid_to, seq)
			VALUES ($1, $2, $3, $4, $5)`, p.ID, w.OrgID, w.From, w.To, i); err != nil {
			return s.fail(err, "lưu phường của địa bàn", "")
		}
	}
	return nil
}
