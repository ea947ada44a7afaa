package service

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// Case statistics by ward, place, kind, week or month, and the cases
// behind each figure.

// CaseStatsResult is the statistics of cases: a row per group with its
// label, and the total.
type CaseStatsResult struct {
	Query tiendo.CaseStatsQuery `json:"-"`
	Rows  []CaseStatsLine       `json:"rows"`
	Total tiendo.CaseCounts     `json:"total"`
}

// CaseStatsLine is one group of CaseStatsResult.
type CaseStatsLine struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	tiendo.CaseCounts
}

// caseStatsQuery sets q's scope and defaults and checks its group.
func (s *Service) caseStatsQuery(ctx context.Context, q tiendo.CaseStatsQuery) (tiendo.CaseStatsQuery, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return q, nil, err
	}
	if q.Group != "" && !slices.Contains(tiendo.CaseGroups, q.Group) {
		return q, nil, tiendo.FieldError("group", "Cách nhóm không hợp lệ")
	}
	if q.AsOf.IsZero() {
		q.AsOf = s.today()
	}
	if !q.Period.From.IsZero() && !q.Period.To.IsZero() && q.Period.To.Before(q.Period.From) {
		return q, nil, tiendo.FieldError("to", "Ngày kết thúc phải sau ngày bắt đầu")
	}
	q.ScopeOrgIDs, q.ScopePersonID, q.Unscoped = caseScope(sc)
	return q, sc, nil
}

// caseStatsRows is the store's CaseStats through the statistics cache
// (stats.go): every case write is audited, so the data version moves with
// it, and a dashboard reloading the same period does not recount the
// cases. The labels are added per call (names may change, cheaply).
func (s *Service) caseStatsRows(ctx context.Context, q tiendo.CaseStatsQuery) ([]tiendo.CaseStatsRow, error) {
	key := q
	place := "-" // the place's id, not its pointer, names the query
	if q.PlaceID != nil {
		place, key.PlaceID = strconv.FormatInt(*q.PlaceID, 10), nil
	}
	res, err := s.cached(ctx, fmt.Sprintf("cases %s %+v", place, key), func() (any, error) { return s.store.CaseStats(ctx, q) })
	if err != nil {
		return nil, err
	}
	return res.([]tiendo.CaseStatsRow), nil
}

// CaseStats counts the cases the actor may see, grouped, each row with its
// label, in the order of the labels (weeks and months in time order).
func (s *Service) CaseStats(ctx context.Context, q tiendo.CaseStatsQuery) (*CaseStatsResult, error) {
	q, sc, err := s.caseStatsQuery(ctx, q)
	if err != nil {
		return nil, err
	}
	rows, err := s.caseStatsRows(ctx, q)
	if err != nil {
		return nil, err
	}
	res := &CaseStatsResult{Query: q, Rows: []CaseStatsLine{}}
	var kinds map[string]string
	if q.Group == tiendo.CaseByKind {
		all, err := s.store.FindCaseKinds(ctx)
		if err != nil {
			return nil, err
		}
		kinds = map[string]string{}
		for _, k := range all {
			kinds[strconv.FormatInt(k.ID, 10)] = k.Name
		}
	}
	for _, r := range rows {
		line := CaseStatsLine{Key: r.Key, CaseCounts: r.CaseCounts}
		switch q.Group {
		case tiendo.CaseByWard:
			id, _ := strconv.ParseInt(r.Key, 10, 64)
			line.Label = orgName(sc.tree, id)
		case tiendo.CaseByKind:
			line.Label = kinds[r.Key]
		case tiendo.CaseByPlace:
			line.Label = "Không gắn địa bàn"
			if id, err := strconv.ParseInt(r.Key, 10, 64); err == nil {
				p, err := s.store.FindPlaceByID(ctx, id)
				if err != nil {
					return nil, err
				}
				line.Label = p.Name
			}
		case tiendo.CaseByWeek:
			if w, err := tiendo.ParseWeek(r.Key); err == nil {
				line.Label = fmt.Sprintf("Tuần %s (%s–%s)", strings.TrimLeft(r.Key[strings.Index(r.Key, "W")+1:], "0"),
					w.From.Format(), w.To.Format())
			}
		case tiendo.CaseByMonth:
			line.Label = "Tháng " + r.Key[5:] + "/" + r.Key[:4]
		case "":
			line.Label = "Tổng số"
		}
		res.Rows = append(res.Rows, line)
		res.Total.Add(r.CaseCounts)
	}
	slices.SortStableFunc(res.Rows, func(a, b CaseStatsLine) int {
		if q.Group == tiendo.CaseByWeek || q.Group == tiendo.CaseByMonth {
			return strings.Compare(a.Key, b.Key)
		}
		if c := strings.Compare(vn.Fold(a.Label), vn.Fold(b.Label)); c != 0 {
			return c
		}
		return strings.Compare(a.Key, b.Key)
	})
	return res, nil
}

// CaseStatsCell lists the cases behind one cell of CaseStats (the same
// scope); the total equals the cell's count.
func (s *Service) CaseStatsCell(ctx context.Context, q tiendo.CaseStatsQuery, key, cell string, p tiendo.Page) ([]*tiendo.Case, int, error) {
	q, _, err := s.caseStatsQuery(ctx, q)
	if err != nil {
		return nil, 0, err
	}
	f, err := q.CellFilter(key, cell)
	if err != nil {
		return nil, 0, err
	}
	f.Page = p.Normalize()
	return s.store.FindCases(ctx, f)
}
