package tiendo

import (
	"context"
	"math"
	"slices"
	"strings"
	"time"

	"tiendo/vn"
)

// PlaceKind is what sort of place a register entry is (issue 16 item 1).
type PlaceKind string

// Place kinds.
const (
	PlaceStreet           PlaceKind = "street"            // tuyến phố, tuyến đường
	PlaceStreetSection    PlaceKind = "street_section"    // đoạn phố
	PlaceApartment        PlaceKind = "apartment"         // chung cư, tòa nhà
	PlaceResidentialGroup PlaceKind = "residential_group" // tổ dân phố
	PlaceMarket           PlaceKind = "market"            // chợ
	PlacePublicArea       PlaceKind = "public_area"       // vườn hoa, quảng trường, khu công cộng
	PlaceAddress          PlaceKind = "address"           // số nhà, địa chỉ
)

// PlaceKinds lists every kind.
var PlaceKinds = []PlaceKind{PlaceStreet, PlaceStreetSection, PlaceApartment, PlaceResidentialGroup,
	PlaceMarket, PlacePublicArea, PlaceAddress}

// ProgrammeStatus is how far a place has come in a programme such as
// "tuyến phố văn minh" or "chung cư kiểu mẫu": registered → building →
// recognised. "" is a place in no programme.
type ProgrammeStatus string

// Programme steps, in order.
const (
	ProgrammeRegistered ProgrammeStatus = "registered" // đăng ký
	ProgrammeBuilding   ProgrammeStatus = "building"   // đang xây dựng
	ProgrammeRecognised ProgrammeStatus = "recognised" // được công nhận
)

// ProgrammeStatuses lists the steps in order.
var ProgrammeStatuses = []ProgrammeStatus{ProgrammeRegistered, ProgrammeBuilding, ProgrammeRecognised}

// PlaceWard is one period during which a place belonged to a ward (or a
// commune): From and To inclusive, zero for open ends. When wards were
// merged in 2025 a place got a new row from the merger's day and its old
// row was closed the day before, so its history keeps the old ward.
type PlaceWard struct {
	OrgID int64   `json:"org_id"`
	From  vn.Date `json:"from"`
	To    vn.Date `json:"to"`
}

// Covers tells whether the period includes d.
func (w PlaceWard) Covers(d vn.Date) bool {
	return (w.From.IsZero() || !d.Before(w.From)) && (w.To.IsZero() || !d.After(w.To))
}

// Place is an entry of the register of places: a street, a section of
// one, an apartment building, a residential group, a market, a public area
// or an address, in a ward.
type Place struct {
	ID    int64       `json:"id"`
	Kind  PlaceKind   `json:"kind"`
	Name  string      `json:"name" max:"500"`
	Wards []PlaceWard `json:"wards"` // oldest first, periods not overlapping
	// Lat and Lon are a point (WGS 84), both or neither.
	Lat *float64 `json:"lat"`
	Lon *float64 `json:"lon"`
	// Outline is a GeoJSON geometry (LineString for a street, Polygon for a
	// building or an area), "" for none.
	Outline string `json:"outline" max:"200000"`
	// Programme names the programme the place takes part in ("Tuyến phố
	// văn minh"), with its step and the day each step was reached.
	Programme       string          `json:"programme" max:"500"`
	ProgrammeStatus ProgrammeStatus `json:"programme_status"`
	RegisteredOn    vn.Date         `json:"registered_on"`
	BuildingOn      vn.Date         `json:"building_on"`
	RecognisedOn    vn.Date         `json:"recognised_on"`
	Note            string          `json:"note"`
	Version         int             `json:"version"`
	CreatedAt       time.Time       `json:"created_at"`
	UpdatedAt       time.Time       `json:"updated_at"`
}

// WardOn returns the ward the place belonged to on d, 0 when none.
func (p *Place) WardOn(d vn.Date) int64 {
	for _, w := range p.Wards {
		if w.Covers(d) {
			return w.OrgID
		}
	}
	return 0
}

// WardIDs lists every ward the place ever belonged to, in order, once each.
func (p *Place) WardIDs() []int64 {
	var out []int64
	for _, w := range p.Wards {
		if !slices.Contains(out, w.OrgID) {
			out = append(out, w.OrgID)
		}
	}
	return out
}

// LatestWard is the ward of the place's newest period (its ward today
// unless the place has left the register), 0 when it has none.
func (p *Place) LatestWard() int64 {
	if len(p.Wards) == 0 {
		return 0
	}
	return p.Wards[len(p.Wards)-1].OrgID
}

// Validate checks the fields a caller sets, with Vietnamese messages per
// field.
func (p *Place) Validate() error {
	var v Validator
	v.Check(strings.TrimSpace(p.Name) != "", "name", "Tên địa bàn là bắt buộc")
	v.Check(slices.Contains(PlaceKinds, p.Kind), "kind", "Loại địa bàn không hợp lệ")
	v.Check(len(p.Wards) > 0, "wards", "Phải chọn phường, xã quản lý địa bàn")
	for i, w := range p.Wards {
		v.Check(w.OrgID > 0, "wards", "Phải chọn phường, xã quản lý địa bàn")
		v.Date("wards", w.From)
		v.Date("wards", w.To)
		v.Check(w.From.IsZero() || w.To.IsZero() || !w.To.Before(w.From), "wards",
			"Ngày kết thúc thuộc phường phải sau ngày bắt đầu")
		if i > 0 {
			prev := p.Wards[i-1]
			v.Check(!prev.To.IsZero() && !w.From.IsZero() && w.From.After(prev.To), "wards",
				"Các giai đoạn thuộc phường không được chồng lên nhau và phải theo thứ tự thời gian")
		}
	}
	v.Check((p.Lat == nil) == (p.Lon == nil), "lat", "Phải nhập cả vĩ độ và kinh độ, hoặc bỏ trống cả hai")
	if p.Lat != nil {
		v.Check(!math.IsNaN(*p.Lat) && *p.Lat >= -90 && *p.Lat <= 90, "lat", "Vĩ độ phải từ -90 đến 90")
	}
	if p.Lon != nil {
		v.Check(!math.IsNaN(*p.Lon) && *p.Lon >= -180 && *p.Lon <= 180, "lon", "Kinh độ phải từ -180 đến 180")
	}
	if p.Outline != "" {
		if err := CheckGeometry(p.Outline); err != nil {
			v.Add("outline", "Đường bao không hợp lệ: "+err.Error())
		}
	}
	p.validateProgramme(&v)
	v.Input(p)
	return v.Err()
}

// validateProgramme checks that the programme's step has the day it was
// reached, that no later step has one, and that the days are in order.
func (p *Place) validateProgramme(v *Validator) {
	if p.ProgrammeStatus == "" {
		v.Check(p.RegisteredOn.IsZero() && p.BuildingOn.IsZero() && p.RecognisedOn.IsZero(), "programme_status",
			"Chọn bước của chương trình khi nhập ngày")
		return
	}
	step := slices.Index(ProgrammeStatuses, p.ProgrammeStatus)
	if step < 0 {
		v.Add("programme_status", "Bước chương trình không hợp lệ")
		return
	}
	v.Check(strings.TrimSpace(p.Programme) != "", "programme", "Tên chương trình là bắt buộc khi có bước chương trình")
	days := []struct {
		field string
		d     vn.Date
	}{{"registered_on", p.RegisteredOn}, {"building_on", p.BuildingOn}, {"recognised_on", p.RecognisedOn}}
	v.Check(!days[step].d.IsZero(), days[step].field, "Nhập ngày đạt bước này của chương trình")
	var last vn.Date
	for i, d := range days {
		v.Date(d.field, d.d)
		if i > step {
			v.Check(d.d.IsZero(), d.field, "Chưa đạt bước này: bỏ trống ngày")
			continue
		}
		if !d.d.IsZero() {
			v.Check(last.IsZero() || !d.d.Before(last), d.field, "Ngày các bước của chương trình phải theo thứ tự")
			last = d.d
		}
	}
}

// PlaceFilter selects places.
type PlaceFilter struct {
	IDs   []int64
	Query string // folded name, every word but the last whole, the last a prefix
	Kind  PlaceKind
	// WardIDs keeps the places that belonged to one of these wards at some
	// time (nil: no restriction); the service sets it to the actor's scope.
	WardIDs []int64
	Page    Page
}

// PlaceStore persists the register of places.
type PlaceStore interface {
	// FindPlaceByID returns ENOTFOUND if there is none.
	FindPlaceByID(ctx context.Context, id int64) (*Place, error)
	// FindPlaces returns one page, ordered by name, and the total count.
	FindPlaces(ctx context.Context, f PlaceFilter) ([]*Place, int, error)
	// CreatePlace stores p with its wards and sets ID, Version, CreatedAt
	// and UpdatedAt.
	CreatePlace(ctx context.Context, p *Place) error
	// UpdatePlace writes p and replaces its wards when p.Version is
	// current; ECONFLICT when another write came first.
	UpdatePlace(ctx context.Context, p *Place) error
}
