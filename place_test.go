package tiendo_test

import (
	"slices"
	"strings"
	"testing"

	"tiendo"
	"tiendo/vn"
)

func TestPlacePermissions(t *testing.T) {
	tr := permTree()
	city1 := actorWith(grant(tiendo.RoleViewer, 1))
	office1 := actorWith(grant(tiendo.RoleOffice, 1))
	// a street of ward 3 that belonged to ward 2 before a merger
	moved := &tiendo.Place{Wards: []tiendo.PlaceWard{{OrgID: 2, To: vn.NewDate(2025, 6, 30)}, {OrgID: 3, From: vn.NewDate(2025, 7, 1)}}}
	in3 := &tiendo.Place{Wards: []tiendo.PlaceWard{{OrgID: 3}}}
	for _, c := range []struct {
		name  string
		actor *tiendo.Actor
		place *tiendo.Place
		want  bool
	}{
		{"the ward's own unit", viewer3, in3, true},
		{"a unit inside the ward", officer4, moved, true},
		{"a unit inside the old ward keeps the history", officer4, moved, true},
		{"above the ward", city1, in3, true},
		{"another ward", officer4, in3, false},
		{"a committee outside the tree", office5, in3, false},
		{"no grants", nobody, in3, false},
		{"whole tree", wholeTree, in3, true},
	} {
		if got := tiendo.CanSeePlace(c.actor, tr, c.place); got != c.want {
			t.Errorf("see %s: got %v", c.name, got)
		}
		ids, restricted := tiendo.PlaceScopeIDs(c.actor, tr)
		listed := !restricted || slices.ContainsFunc(c.place.WardIDs(), func(w int64) bool { return slices.Contains(ids, w) })
		if listed != c.want {
			t.Errorf("list %s: scope %v listed %v, want %v", c.name, ids, listed, c.want)
		}
	}
	for _, c := range []struct {
		name  string
		actor *tiendo.Actor
		ward  int64
		want  bool
	}{
		{"the ward's office", office2, 2, true},
		{"the ward's admin", admin2, 2, true},
		{"an admin above", actorWith(grant(tiendo.RoleAdmin, 1)), 2, true},
		{"an office above sees but does not edit", office1, 2, false},
		{"the ward's leader", leader2, 2, false},
		{"an officer inside", officer4, 2, false},
		{"another ward's office", office2, 3, false},
		{"whole tree", wholeTree, 3, true},
		{"system", system, 3, true},
	} {
		if got := tiendo.CanEditPlace(c.actor, tr, c.ward); got != c.want {
			t.Errorf("edit %s: got %v", c.name, got)
		}
	}
}

func TestPlaceValidate(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	ok := func() *tiendo.Place {
		return &tiendo.Place{Kind: tiendo.PlaceStreet, Name: "Phố Huế", Wards: []tiendo.PlaceWard{{OrgID: 2}}}
	}
	for _, c := range []struct {
		name  string
		edit  func(*tiendo.Place)
		field string // "" valid
	}{
		{"minimal", func(*tiendo.Place) {}, ""},
		{"no name", func(p *tiendo.Place) { p.Name = "  " }, "name"},
		{"bad kind", func(p *tiendo.Place) { p.Kind = "river" }, "kind"},
		{"no ward", func(p *tiendo.Place) { p.Wards = nil }, "wards"},
		{"history in order", func(p *tiendo.Place) {
			p.Wards = []tiendo.PlaceWard{{OrgID: 2, To: vn.NewDate(2025, 6, 30)}, {OrgID: 3, From: vn.NewDate(2025, 7, 1)}}
		}, ""},
		{"overlapping periods", func(p *tiendo.Place) {
			p.Wards = []tiendo.PlaceWard{{OrgID: 2, To: vn.NewDate(2025, 7, 1)}, {OrgID: 3, From: vn.NewDate(2025, 7, 1)}}
		}, "wards"},
		{"open period before another", func(p *tiendo.Place) {
			p.Wards = []tiendo.PlaceWard{{OrgID: 2}, {OrgID: 3, From: vn.NewDate(2025, 7, 1)}}
		}, "wards"},
		{"ends before it starts", func(p *tiendo.Place) {
			p.Wards = []tiendo.PlaceWard{{OrgID: 2, From: vn.NewDate(2025, 7, 1), To: vn.NewDate(2025, 6, 1)}}
		}, "wards"},
		{"point", func(p *tiendo.Place) { p.Lat, p.Lon = f(21.02), f(105.85) }, ""},
		{"half a point", func(p *tiendo.Place) { p.Lat = f(21.02) }, "lat"},
		{"latitude out of range", func(p *tiendo.Place) { p.Lat, p.Lon = f(91), f(105) }, "lat"},
		{"longitude out of range", func(p *tiendo.Place) { p.Lat, p.Lon = f(21), f(181) }, "lon"},
		{"outline polygon", func(p *tiendo.Place) {
			p.Outline = `{"type":"Polygon","coordinates":[[[105.8,21],[105.9,21],[105.9,21.1],[105.8,21]]]}`
		}, ""},
		{"open ring", func(p *tiendo.Place) {
			p.Outline = `{"type":"Polygon","coordinates":[[[105.8,21],[105.9,21],[105.9,21.1],[105.8,21.1]]]}`
		}, "outline"},
		{"outline not GeoJSON", func(p *tiendo.Place) { p.Outline = "phố Huế" }, "outline"},
		{"programme step with its day", func(p *tiendo.Place) {
			p.Programme, p.ProgrammeStatus = "Tuyến phố văn minh", tiendo.ProgrammeRecognised
			p.RegisteredOn, p.RecognisedOn = vn.NewDate(2025, 1, 1), vn.NewDate(2025, 12, 1)
		}, ""},
		{"programme step without its day", func(p *tiendo.Place) {
			p.Programme, p.ProgrammeStatus = "Tuyến phố văn minh", tiendo.ProgrammeBuilding
		}, "building_on"},
		{"a later step's day", func(p *tiendo.Place) {
			p.Programme, p.ProgrammeStatus = "Kiểu mẫu", tiendo.ProgrammeRegistered
			p.RegisteredOn, p.RecognisedOn = vn.NewDate(2025, 1, 1), vn.NewDate(2025, 2, 1)
		}, "recognised_on"},
		{"days out of order", func(p *tiendo.Place) {
			p.Programme, p.ProgrammeStatus = "Kiểu mẫu", tiendo.ProgrammeBuilding
			p.RegisteredOn, p.BuildingOn = vn.NewDate(2025, 5, 1), vn.NewDate(2025, 2, 1)
		}, "building_on"},
		{"a step without a programme", func(p *tiendo.Place) {
			p.ProgrammeStatus, p.RegisteredOn = tiendo.ProgrammeRegistered, vn.NewDate(2025, 1, 1)
		}, "programme"},
		{"a day without a step", func(p *tiendo.Place) { p.RegisteredOn = vn.NewDate(2025, 1, 1) }, "programme_status"},
		{"name too long", func(p *tiendo.Place) { p.Name = strings.Repeat("a", 501) }, "name"},
	} {
		p := ok()
		c.edit(p)
		err := p.Validate()
		fields := tiendo.ErrorFields(err)
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%s: %v %v", c.name, err, fields)
		case c.field != "" && fields[c.field] == "":
			t.Errorf("%s: want an error on %s, got %v", c.name, c.field, fields)
		}
	}
}

func TestCheckGeometry(t *testing.T) {
	for _, c := range []struct {
		geo string
		ok  bool
	}{
		{`{"type":"Point","coordinates":[105.85,21.02]}`, true},
		{`{"type":"Point","coordinates":[105.85,21.02,12]}`, true},
		{`{"type":"Point","coordinates":[185,21]}`, false},
		{`{"type":"Point","coordinates":["105",21]}`, false},
		{`{"type":"Point"}`, false},
		{`{"type":"LineString","coordinates":[[105.85,21.02]]}`, false},
		{`{"type":"LineString","coordinates":[[105.85,21.02],[105.86,21.03]]}`, true},
		{`{"type":"MultiLineString","coordinates":[[[105.85,21.02],[105.86,21.03]]]}`, true},
		{`{"type":"MultiPolygon","coordinates":[[[[1,1],[2,1],[2,2],[1,1]]]]}`, true},
		{`{"type":"MultiPolygon","coordinates":[[[[1,1],[2,1],[2,2]]]]}`, false},
		{`{"type":"GeometryCollection","geometries":[]}`, false},
		{`{"type":"Polygon","coordinates":[[1,1],[2,1],[2,2],[1,1]]}`, false},
		{`[]`, false},
	} {
		if err := tiendo.CheckGeometry(c.geo); (err == nil) != c.ok {
			t.Errorf("%s: %v", c.geo, err)
		}
	}
}
