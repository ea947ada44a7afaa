package ui

import (
	"context"
	"encoding/json"
	"math"
	"strconv"

	"tiendo"
)

// Cases on the map page (issue 16 item 2): the latest cases at places
// that have a point or an outline, drawn by static/place-map.js as small
// dots at their place coloured by timeliness, and listed below the map
// for readers without script.

// mapCase is a case as the map draws it.
type mapCase struct {
	ID         int64             `json:"id"`
	Lat        float64           `json:"lat"`
	Lon        float64           `json:"lon"`
	Label      string            `json:"label"`
	Place      string            `json:"place"`
	Timeliness tiendo.Timeliness `json:"timeliness"`
	URL        string            `json:"url"`
}

// casesOnMap lists the latest cases (up to tiendo.MaxPerPage) at the
// given places with a position, and the same as JSON for the script.
// Cases at the same place are spread on a small circle around it.
func (s *Server) casesOnMap(ctx context.Context, places []*tiendo.Place) ([]mapCase, string, error) {
	at := map[int64]*tiendo.Place{}
	for _, p := range places {
		at[p.ID] = p
	}
	cases, _, err := s.svc.ListCases(ctx, tiendo.CaseFilter{Sort: tiendo.CaseSortFound, Desc: true,
		Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return nil, "[]", err
	}
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return nil, "[]", err
	}
	today := s.Today()
	seen := map[int64]int{}
	out := []mapCase{}
	for _, c := range cases {
		if c.PlaceID == nil || at[*c.PlaceID] == nil {
			continue
		}
		p := at[*c.PlaceID]
		lat, lon, ok := placePosition(p)
		if !ok {
			continue
		}
		n := seen[p.ID]
		seen[p.ID]++
		if n > 0 { // about 15 m apart, around the place
			a := float64(n) * 2.4
			r := 0.00012 * (1 + float64(n)/8)
			lat, lon = lat+r*math.Sin(a), lon+r*math.Cos(a)
		}
		label := c.Address
		if label == "" {
			label = refs.KindName(c.KindID)
		}
		out = append(out, mapCase{ID: c.ID, Lat: lat, Lon: lon, Label: "#" + strconv.FormatInt(c.ID, 10) + " " + label, Place: p.Name,
			Timeliness: c.TimelinessAt(today), URL: "/vu-viec/" + strconv.FormatInt(c.ID, 10)})
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil, "[]", err
	}
	return out, string(b), nil
}

// placePosition is a place's point, or the middle vertex of its outline.
func placePosition(p *tiendo.Place) (lat, lon float64, ok bool) {
	if p.Lat != nil && p.Lon != nil {
		return *p.Lat, *p.Lon, true
	}
	if p.Outline == "" {
		return 0, 0, false
	}
	var g struct {
		Coordinates json.RawMessage `json:"coordinates"`
	}
	if json.Unmarshal([]byte(p.Outline), &g) != nil {
		return 0, 0, false
	}
	var pts [][2]float64
	collectPositions(g.Coordinates, &pts, 0)
	if len(pts) == 0 {
		return 0, 0, false
	}
	mid := pts[len(pts)/2]
	return mid[1], mid[0], true
}

// collectPositions gathers the [lon, lat] positions of nested GeoJSON
// coordinates.
func collectPositions(raw json.RawMessage, out *[][2]float64, depth int) {
	if depth > 4 {
		return
	}
	var pos []float64
	if json.Unmarshal(raw, &pos) == nil && len(pos) >= 2 {
		*out = append(*out, [2]float64{pos[0], pos[1]})
		return
	}
	var parts []json.RawMessage
	if json.Unmarshal(raw, &parts) != nil {
		return
	}
	for _, part := range parts {
		collectPositions(part, out, depth+1)
	}
}
