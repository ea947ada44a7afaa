package demo

import (
	"encoding/json"
	"fmt"

	"tiendo"
	"tiendo/vn"
)

// demoPlace is a place of the register the seeds name: the model streets
// of seed 001 (Kế hoạch 115-KH/QU: "tuyến Phú Hựu - phường Bồ Đề; tuyến
// 21m Phúc Lợi") and the streets of seed 000 where the BCĐ 197 wards made
// "tuyến phố văn minh đô thị" points. Each belonged to a ward dissolved on
// 30/6/2025 and then to its successor, so its history keeps both; their
// outlines are approximate, for the map page. Tasks
// whose place (as typed) is one of match, folded, are linked to it.
type demoPlace struct {
	name           string
	kind           tiendo.PlaceKind
	oldWard, ward  string // the ward until reformEnd and from reformStart
	programme      string
	step           tiendo.ProgrammeStatus
	registered, at vn.Date // registered on; the current step reached on
	note           string
	match          []string
	// outline is an approximate GeoJSON line, drawn on the map page (the
	// seeds give no coordinates; these are for illustration).
	outline string
}

// line is a GeoJSON LineString through lon,lat pairs.
func line(pts ...[2]float64) string {
	b, _ := json.Marshal(map[string]any{"type": "LineString", "coordinates": pts})
	return string(b)
}

const (
	modelStreets     = "Tuyến phố, chung cư kiểu mẫu (Kế hoạch 115-KH/QU)"
	civilisedStreets = "Tuyến phố văn minh đô thị (BCĐ 197)"
)

var places = []demoPlace{
	{name: "Tuyến phố Phú Hựu", kind: tiendo.PlaceStreet, oldWard: "LB-BODE", ward: "HN-BODE",
		programme: modelStreets, step: tiendo.ProgrammeBuilding, registered: d(2022, 4, 15), at: d(2022, 8, 9),
		note:  "Tuyến tiêu biểu tại hội nghị giao ban ngày 09/8/2022 (seed 001).",
		match: []string{"tuyến phố Phú Hựu"}, outline: line([2]float64{105.8768, 21.0452}, [2]float64{105.8801, 21.0431})},
	{name: "Tuyến đường 21m Phúc Lợi", kind: tiendo.PlaceStreet, oldWard: "LB-PHUCLOI", ward: "HN-PHUCLOI",
		programme: modelStreets, step: tiendo.ProgrammeBuilding, registered: d(2022, 4, 15), at: d(2022, 8, 9),
		note:  "Tuyến tiêu biểu tại hội nghị giao ban ngày 09/8/2022 (seed 001).",
		match: []string{"tuyến đường 21m Phúc Lợi"}, outline: line([2]float64{105.9050, 21.0445}, [2]float64{105.9112, 21.0418})},
	{name: "Phố Huế", kind: tiendo.PlaceStreet, oldWard: "HBT-PHOHUE", ward: "HN-HAIBATRUNG",
		programme: civilisedStreets, step: tiendo.ProgrammeBuilding, registered: d(2023, 4, 26), at: d(2023, 5, 9),
		note:  "Tuyến phố điểm BCĐ 197 quận đã đăng ký với BCĐ 197 Thành phố (seed 000).",
		match: []string{"phố Huế"}, outline: line([2]float64{105.8513, 21.0187}, [2]float64{105.8518, 21.0132}, [2]float64{105.8521, 21.0094})},
	{name: "Phố Bà Triệu", kind: tiendo.PlaceStreet, oldWard: "HBT-LEDAIHANH", ward: "HN-HAIBATRUNG",
		programme: civilisedStreets, step: tiendo.ProgrammeBuilding, registered: d(2023, 4, 26), at: d(2023, 5, 25),
		note:  "Tuyến phố điểm BCĐ 197; đoạn thuộc phường Lê Đại Hành (seed 000).",
		match: []string{"phố Bà Triệu"}, outline: line([2]float64{105.8497, 21.0190}, [2]float64{105.8492, 21.0133}, [2]float64{105.8490, 21.0093})},
	{name: "Phố Trương Định", kind: tiendo.PlaceStreet, oldWard: "HBT-TRUONGDINH", ward: "HN-BACHMAI",
		note:  "Nhiều hộ tái lấn chiếm vỉa hè sau kiểm tra (giao ban BCĐ 197, 2023).",
		match: []string{"phố Trương Định"}, outline: line([2]float64{105.8471, 20.9985}, [2]float64{105.8462, 20.9902}, [2]float64{105.8458, 20.9850})},
}

// places creates the register's places through the service, as the
// system: they belong to wards now in force and to dissolved ones.
func (l *loader) places() error {
	l.placeIDs = map[string]int64{}
	for _, dp := range places {
		p := tiendo.Place{Kind: dp.kind, Name: dp.name, Note: dp.note, Outline: dp.outline,
			Wards: []tiendo.PlaceWard{{OrgID: l.org(dp.oldWard), To: reformEnd}, {OrgID: l.org(dp.ward), From: reformStart}}}
		if dp.step != "" {
			p.Programme, p.ProgrammeStatus, p.RegisteredOn = dp.programme, dp.step, dp.registered
			switch dp.step {
			case tiendo.ProgrammeBuilding:
				p.BuildingOn = dp.at
			case tiendo.ProgrammeRecognised:
				p.RecognisedOn = dp.at
			}
		}
		created, err := l.svc.CreatePlace(l.sys, p)
		if err != nil {
			return fmt.Errorf("demo: place %q: %w", dp.name, err)
		}
		l.res.Places++
		for _, m := range dp.match {
			l.placeIDs[vn.Fold(m)] = created.ID
		}
	}
	return nil
}

// placeOf is the demo place a task's place text names, or nil.
func (l *loader) placeOf(text string) *int64 {
	if id, ok := l.placeIDs[vn.Fold(text)]; ok {
		return &id
	}
	return nil
}
