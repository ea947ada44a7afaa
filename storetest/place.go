package storetest

import (
	"reflect"

	"tiendo"
)

// place creates a street in ward, then applies opts before storing.
func (f *fixture) place(name string, ward int64, opts ...func(*tiendo.Place)) *tiendo.Place {
	f.Helper()
	p := &tiendo.Place{Kind: tiendo.PlaceStreet, Name: name, Wards: []tiendo.PlaceWard{{OrgID: ward}}}
	for _, opt := range opts {
		opt(p)
	}
	must(f, f.st.CreatePlace(f.ctx, p))
	return p
}

func placeIDs(ps []*tiendo.Place) []int64 {
	out := []int64{}
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

var placeCases = []testCase{
	{"CreateFind/RoundTrip", func(f *fixture) {
		old, merged := f.org("Phường Phúc Đồng"), f.org("Phường Bồ Đề")
		lat, lon := 21.0456, 105.8771
		p := f.place("Tuyến đường Phú Hựu", merged.ID, func(p *tiendo.Place) {
			p.Wards = []tiendo.PlaceWard{{OrgID: old.ID, To: d(2025, 6, 30)}, {OrgID: merged.ID, From: d(2025, 7, 1)}}
			p.Lat, p.Lon = &lat, &lon
			p.Outline = `{"type":"LineString","coordinates":[[105.877,21.045],[105.879,21.046]]}`
			p.Programme, p.ProgrammeStatus = "Tuyến phố văn minh", tiendo.ProgrammeBuilding
			p.RegisteredOn, p.BuildingOn = d(2025, 3, 1), d(2025, 9, 1)
			p.Note = "Đoạn từ ngõ 10 đến ngõ 42"
		})
		if p.ID == 0 || p.Version != 1 || p.CreatedAt.IsZero() || !p.UpdatedAt.Equal(p.CreatedAt) {
			f.Fatalf("after create: %+v", p)
		}
		got, err := f.st.FindPlaceByID(f.ctx, p.ID)
		must(f, err)
		if !reflect.DeepEqual(got, p) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, p)
		}
		if got.WardOn(d(2025, 6, 30)) != old.ID || got.WardOn(d(2025, 7, 1)) != merged.ID {
			f.Fatalf("wards %+v", got.Wards)
		}
	}},
	{"Find/ByWardHistoryKindAndFoldedName", func(f *fixture) {
		old, merged, other := f.org("Phường Phúc Đồng"), f.org("Phường Bồ Đề"), f.org("Phường Phố Huế")
		road := f.place("Đường Phú Hựu", merged.ID, func(p *tiendo.Place) {
			p.Wards = []tiendo.PlaceWard{{OrgID: old.ID, To: d(2025, 6, 30)}, {OrgID: merged.ID, From: d(2025, 7, 1)}}
		})
		flats := f.place("Chung cư Bồ Đề", merged.ID, func(p *tiendo.Place) { p.Kind = tiendo.PlaceApartment })
		hue := f.place("Phố Huế", other.ID)
		for _, c := range []struct {
			name string
			flt  tiendo.PlaceFilter
			want []int64
		}{
			{"all by name", tiendo.PlaceFilter{}, []int64{flats.ID, road.ID, hue.ID}},
			{"old ward keeps its history", tiendo.PlaceFilter{WardIDs: []int64{old.ID}}, []int64{road.ID}},
			{"merged ward", tiendo.PlaceFilter{WardIDs: []int64{merged.ID}}, []int64{flats.ID, road.ID}},
			{"empty scope", tiendo.PlaceFilter{WardIDs: []int64{}}, []int64{}},
			{"kind", tiendo.PlaceFilter{Kind: tiendo.PlaceApartment}, []int64{flats.ID}},
			{"folded đ→d, last word a prefix", tiendo.PlaceFilter{Query: "duong phu h"}, []int64{road.ID}},
			{"earlier words whole", tiendo.PlaceFilter{Query: "ph hue"}, []int64{}},
			{"ids", tiendo.PlaceFilter{IDs: []int64{hue.ID, road.ID}}, []int64{road.ID, hue.ID}},
		} {
			list, total, err := f.st.FindPlaces(f.ctx, c.flt)
			must(f, err)
			if got := placeIDs(list); !reflect.DeepEqual(got, c.want) || total != len(c.want) {
				f.Fatalf("%s: got %v (total %d), want %v", c.name, got, total, c.want)
			}
		}
		list, total, err := f.st.FindPlaces(f.ctx, tiendo.PlaceFilter{Page: tiendo.Page{Page: 2, PerPage: 2}})
		must(f, err)
		if got := placeIDs(list); total != 3 || !reflect.DeepEqual(got, []int64{hue.ID}) {
			f.Fatalf("page 2: %v total %d", got, total)
		}
		if len(list[0].Wards) != 1 || list[0].Wards[0].OrgID != other.ID {
			f.Fatalf("wards of a listed place: %+v", list[0].Wards)
		}
	}},
	{"Update/ReplacesWardsAndVersion", func(f *fixture) {
		a, b := f.org("A"), f.org("B")
		p := f.place("Chợ Long Biên", a.ID, func(p *tiendo.Place) { p.Kind = tiendo.PlaceMarket })
		stale := *p
		p.Name, p.Wards = "Chợ Long Biên mới", []tiendo.PlaceWard{{OrgID: a.ID, To: d(2025, 6, 30)}, {OrgID: b.ID, From: d(2025, 7, 1)}}
		must(f, f.st.UpdatePlace(f.ctx, p))
		if p.Version != 2 {
			f.Fatalf("version %d", p.Version)
		}
		got, err := f.st.FindPlaceByID(f.ctx, p.ID)
		must(f, err)
		if !reflect.DeepEqual(got, p) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, p)
		}
		list, _, err := f.st.FindPlaces(f.ctx, tiendo.PlaceFilter{Query: "moi"})
		must(f, err)
		if !reflect.DeepEqual(placeIDs(list), []int64{p.ID}) {
			f.Fatalf("search after rename: %v", placeIDs(list))
		}
		stale.Name = "Ghi đè"
		wantCode(f, f.st.UpdatePlace(f.ctx, &stale), tiendo.ECONFLICT)
	}},
	{"Find/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindPlaceByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Create/ErrUnknownWard", func(f *fixture) {
		p := &tiendo.Place{Kind: tiendo.PlaceStreet, Name: "Phố ma", Wards: []tiendo.PlaceWard{{OrgID: 4242}}}
		wantCode(f, f.st.CreatePlace(f.ctx, p), tiendo.EINVALID)
	}},
	{"Task/LinkAndFilter", func(f *fixture) {
		o := f.org("Phường Bồ Đề")
		road, flats := f.place("Đường Phú Hựu", o.ID), f.place("Chung cư Bồ Đề", o.ID)
		t1 := f.task(o.ID, func(t *tiendo.Task) { t.PlaceID = &road.ID; t.Place = "Phú Hựu" })
		t2 := f.task(o.ID, func(t *tiendo.Task) { t.PlaceID = &flats.ID })
		t3 := f.task(o.ID)
		got, err := f.st.FindTaskByID(f.ctx, t1.ID)
		must(f, err)
		if got.PlaceID == nil || *got.PlaceID != road.ID || got.Place != "Phú Hựu" {
			f.Fatalf("read back place %v %q", got.PlaceID, got.Place)
		}
		none := int64(0)
		for _, c := range []struct {
			place *int64
			want  []int64
		}{{&road.ID, []int64{t1.ID}}, {&flats.ID, []int64{t2.ID}}, {&none, []int64{t3.ID}}} {
			if ids := f.findIDs(tiendo.TaskFilter{PlaceID: c.place, Sort: tiendo.SortID}); !reflect.DeepEqual(ids, c.want) {
				f.Fatalf("place %d: %v, want %v", *c.place, ids, c.want)
			}
		}
		t2.PlaceID = nil
		must(f, f.st.UpdateTask(f.ctx, t2))
		if ids := f.findIDs(tiendo.TaskFilter{PlaceID: &none, Sort: tiendo.SortID}); !reflect.DeepEqual(ids, []int64{t2.ID, t3.ID}) {
			f.Fatalf("after unlinking: %v", ids)
		}
	}},
	{"Target/Link", func(f *fixture) {
		o := f.org("Phường Bồ Đề")
		road := f.place("Đường Phú Hựu", o.ID)
		t := f.target(o.ID)
		t.PlaceID = &road.ID
		must(f, f.st.UpdateTarget(f.ctx, t))
		got, err := f.st.FindTargetByID(f.ctx, t.ID)
		must(f, err)
		if got.PlaceID == nil || *got.PlaceID != road.ID {
			f.Fatalf("target place %v", got.PlaceID)
		}
	}},
}
