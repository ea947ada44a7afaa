package service

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"tiendo"
)

// Weekly lists: a residential group's violations of the week, sent from a
// phone or an XLSX file, turned into cases by the ward office in one step.

// WeeklyListResult is what processing a weekly list did: the list with
// each row's outcome, and the cases created.
type WeeklyListResult struct {
	List       *tiendo.WeeklyList `json:"list"`
	Created    []*tiendo.Case     `json:"created"`
	Duplicates int                `json:"duplicates"`
	Repeats    int                `json:"repeats"`
}

// SubmitWeeklyList stores a residential group's list of the week.
func (s *Service) SubmitWeeklyList(ctx context.Context, l tiendo.WeeklyList) (*tiendo.WeeklyList, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	l.Status, l.SubmittedBy, l.ProcessedBy, l.ProcessedAt = tiendo.ListSubmitted, actorID(ctx), nil, nil
	if l.Week.From.IsZero() && len(l.Rows) > 0 && !l.Rows[0].FoundOn.IsZero() {
		l.Week = tiendo.WeekOf(l.Rows[0].FoundOn)
	} else if !l.Week.From.IsZero() {
		l.Week = tiendo.WeekOf(l.Week.From)
	}
	for i := range l.Rows {
		l.Rows[i].Row, l.Rows[i].Outcome, l.Rows[i].CaseID, l.Rows[i].DuplicateOf = i+1, tiendo.RowPending, nil, nil
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		var v tiendo.Validator
		if err := l.Validate(); err != nil {
			for f, m := range tiendo.ErrorFields(err) {
				v.Add(f, m)
			}
		}
		if l.WardID != 0 && (!sc.tree.Has(l.WardID) || !sc.sees(l.WardID)) {
			v.Add("ward_id", "Phường, xã không tồn tại")
		} else if l.WardID != 0 && !sc.tree.IsWard(l.WardID) {
			v.Add("ward_id", wardOnly)
		}
		if l.GroupPlaceID != nil {
			p, err := st.FindPlaceByID(ctx, *l.GroupPlaceID)
			if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
				return err
			}
			v.Check(p != nil && p.Kind == tiendo.PlaceResidentialGroup && slices.Contains(p.WardIDs(), l.WardID),
				"group_place_id", "Tổ dân phố không thuộc phường, xã này")
		}
		for i, r := range l.Rows {
			ward := l.WardID
			if err := s.checkCaseSpot(ctx, st, &v, sc, fmt.Sprintf("rows[%d].", i+1), &ward, r.PlaceID, r.KindID, r.FoundOn); err != nil {
				return err
			}
			if !r.FoundOn.IsZero() && !l.Week.From.IsZero() && (r.FoundOn.After(l.Week.To)) {
				v.Add(fmt.Sprintf("rows[%d].found_on", i+1), "Ngày phát hiện sau tuần của danh sách")
			}
		}
		if err := v.Err(); err != nil {
			return err
		}
		if !tiendo.CanSubmitWeeklyList(sc.actor, sc.tree, l.WardID) {
			return forbidden("gửi danh sách tuần của phường, xã này")
		}
		if err := st.CreateWeeklyList(ctx, &l); err != nil {
			return err
		}
		return s.audit(ctx, st, "weekly_list.submit", "weekly_list", l.ID, nil, &l.WardID, nil, l)
	})
	if err != nil {
		return nil, err
	}
	return &l, nil
}

// ListWeeklyLists returns one page of the weekly lists of the wards the
// actor sees.
func (s *Service) ListWeeklyLists(ctx context.Context, f tiendo.WeeklyListFilter) ([]*tiendo.WeeklyList, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	f.WardIDs = nil
	if ids, restricted := sc.visibleOrgIDs(); restricted {
		f.WardIDs = ids
		if ids == nil {
			f.WardIDs = []int64{}
		}
	}
	f.Page = f.Page.Normalize()
	return s.store.FindWeeklyLists(ctx, f)
}

func (s *Service) visibleList(ctx context.Context, st tiendo.Store, id int64) (*tiendo.WeeklyList, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	l, err := st.FindWeeklyListByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if !sc.sees(l.WardID) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy danh sách tuần %d", id)
	}
	return l, sc, nil
}

// GetWeeklyList returns a weekly list with its rows.
func (s *Service) GetWeeklyList(ctx context.Context, id int64) (*tiendo.WeeklyList, error) {
	l, _, err := s.visibleList(ctx, s.store, id)
	return l, err
}

// ProcessWeeklyList turns a submitted list's rows into cases in one
// transaction (the ward's office): a row whose place and address have an
// open case of the same kind is flagged as its duplicate, not created
// (rows of the same list included); the others become cases, repeats when
// an earlier closed case of the same kind is there.
func (s *Service) ProcessWeeklyList(ctx context.Context, id int64, version int) (*WeeklyListResult, error) {
	var res *WeeklyListResult
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		l, sc, err := s.visibleList(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanManageCases(sc.actor, sc.tree, l.WardID) {
			return forbidden("chuyển danh sách tuần thành vụ việc")
		}
		if l.Status != tiendo.ListSubmitted {
			return tiendo.Errorf(tiendo.ECONFLICT, "Danh sách đã được xử lý")
		}
		if version != l.Version {
			return tiendo.Errorf(tiendo.ECONFLICT, "Danh sách đã được người khác cập nhật; hãy tải lại")
		}
		res = &WeeklyListResult{List: l, Created: []*tiendo.Case{}}
		for i := range l.Rows {
			r := &l.Rows[i]
			c := &tiendo.Case{WardID: l.WardID, PlaceID: r.PlaceID, Address: r.Address, KindID: r.KindID,
				Description: r.Description, Reporter: tiendo.ReporterGroupLeader, FoundOn: r.FoundOn,
				Status: tiendo.CaseOpen, WeeklyListID: &l.ID, CreatedBy: actorID(ctx)}
			if r.PlaceID != nil {
				if p, err := st.FindPlaceByID(ctx, *r.PlaceID); err == nil {
					if w := p.WardOn(r.FoundOn); w != 0 {
						c.WardID = w
					}
				}
			}
			err := s.createCase(ctx, st, c)
			var te *tiendo.Error
			if errors.As(err, &te) && te.Code == tiendo.ECONFLICT && te.Fields["duplicate_of"] != "" {
				dup, _ := strconv.ParseInt(te.Fields["duplicate_of"], 10, 64)
				r.Outcome, r.DuplicateOf = tiendo.RowDuplicate, &dup
				res.Duplicates++
				continue
			}
			if err != nil {
				return err
			}
			r.Outcome, r.CaseID = tiendo.RowCreated, &c.ID
			if c.RepeatOf != nil {
				res.Repeats++
			}
			res.Created = append(res.Created, c)
		}
		now := s.clock.Now().UTC()
		by := actorID(ctx)
		l.Status, l.ProcessedAt = tiendo.ListProcessed, &now
		if by != 0 {
			l.ProcessedBy = &by
		}
		if err := st.UpdateWeeklyList(ctx, l); err != nil {
			return err
		}
		return s.audit(ctx, st, "weekly_list.process", "weekly_list", l.ID, nil, &l.WardID, nil, l)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}
