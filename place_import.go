package tiendo

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"tiendo/vn"
)

// PlaceRow is one place read from an import file: the place without its
// wards, the code of its ward (an organisation code) and the row it came
// from (the CSV line, or the feature's number from 1), which names its
// errors (rows[N].field).
type PlaceRow struct {
	Row      int
	WardCode string
	Place    Place
}

// MaxImportRows bounds the places of one import file.
const MaxImportRows = 5000

// placeKindWords are the folded Vietnamese names an import file may use
// for a kind, besides the kind's own code.
var placeKindWords = map[string]PlaceKind{
	"tuyen pho": PlaceStreet, "pho": PlaceStreet, "duong": PlaceStreet, "tuyen duong": PlaceStreet,
	"doan pho": PlaceStreetSection, "doan duong": PlaceStreetSection,
	"chung cu": PlaceApartment, "toa nha": PlaceApartment, "nha chung cu": PlaceApartment,
	"to dan pho": PlaceResidentialGroup, "tdp": PlaceResidentialGroup,
	"cho":           PlaceMarket,
	"khu cong cong": PlacePublicArea, "vuon hoa": PlacePublicArea, "cong vien": PlacePublicArea,
	"quang truong": PlacePublicArea,
	"dia chi":      PlaceAddress, "so nha": PlaceAddress,
}

// ParsePlaceKind reads a kind written as its code or its Vietnamese name
// ("tuyến phố", "chung cư", "tổ dân phố"…).
func ParsePlaceKind(s string) (PlaceKind, bool) {
	f := strings.Join(strings.Fields(vn.Fold(s)), " ")
	for _, k := range PlaceKinds {
		if f == string(k) {
			return k, true
		}
	}
	k, ok := placeKindWords[f]
	return k, ok
}

// ParsePlacesGeoJSON reads a GeoJSON FeatureCollection: each feature a
// place, its geometry a Point (the place's point) or a LineString,
// Polygon or their Multi forms (its outline), its properties name, kind
// and ward (the ward's organisation code; "ward_code" and "ma_phuong" are
// read too). Every feature's errors are collected; the error is EINVALID
// with fields rows[N].field when any feature is wrong.
func ParsePlacesGeoJSON(data []byte) ([]PlaceRow, error) {
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type       string          `json:"type"`
			Geometry   json.RawMessage `json:"geometry"`
			Properties map[string]any  `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil || fc.Type != "FeatureCollection" {
		return nil, FieldError("file", "Tệp không phải GeoJSON FeatureCollection")
	}
	if len(fc.Features) > MaxImportRows {
		return nil, FieldError("file", fmt.Sprintf("Tối đa %d địa bàn một lần nhập", MaxImportRows))
	}
	var v Validator
	rows := make([]PlaceRow, 0, len(fc.Features))
	for i, ft := range fc.Features {
		r := PlaceRow{Row: i + 1}
		prefix := fmt.Sprintf("rows[%d].", r.Row)
		prop := func(keys ...string) string {
			for _, k := range keys {
				switch x := ft.Properties[k].(type) {
				case string:
					return strings.TrimSpace(x)
				case float64:
					return strconv.FormatFloat(x, 'f', -1, 64)
				}
			}
			return ""
		}
		r.Place.Name = prop("name", "ten")
		r.WardCode = prop("ward", "ward_code", "ma_phuong")
		readKind(&v, prefix, prop("kind", "loai"), &r.Place)
		var g geometry
		if len(ft.Geometry) == 0 || string(ft.Geometry) == "null" || json.Unmarshal(ft.Geometry, &g) != nil {
			v.Add(prefix+"geometry", "Thiếu hình học (geometry)")
		} else if first, err := parseGeometry(g); err != nil {
			v.Add(prefix+"geometry", "Hình học không hợp lệ: "+err.Error())
		} else if g.Type == "Point" {
			lon, lat := first[0], first[1]
			r.Place.Lat, r.Place.Lon = &lat, &lon
		} else {
			var compact bytes.Buffer
			if json.Compact(&compact, ft.Geometry) == nil {
				r.Place.Outline = compact.String()
			}
		}
		rows = append(rows, r)
	}
	return rows, v.Err()
}

func readKind(v *Validator, prefix, s string, p *Place) {
	if s == "" {
		v.Add(prefix+"kind", "Thiếu loại địa bàn")
		return
	}
	k, ok := ParsePlaceKind(s)
	if !ok {
		v.Add(prefix+"kind", fmt.Sprintf("Loại địa bàn %q không hợp lệ", s))
	}
	p.Kind = k
}

// ParsePlacesCSV reads rows name,kind,ward code,lat,lon (lat and lon
// optional; a decimal comma is read as a point), separated by commas or,
// when the first line has semicolons and no comma, by semicolons. A first
// line whose first cell is "name" or "tên" is a header. Rows are numbered
// by line; errors are collected as in ParsePlacesGeoJSON.
func ParsePlacesCSV(data []byte) ([]PlaceRow, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	first, _, _ := bytes.Cut(data, []byte("\n"))
	cr := csv.NewReader(bytes.NewReader(data))
	if bytes.IndexByte(first, ';') >= 0 && bytes.IndexByte(first, ',') < 0 {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var v Validator
	var rows []PlaceRow
	for n := 0; ; n++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			return nil, FieldError(fmt.Sprintf("rows[%d]", perr.Line), "Dòng CSV không đọc được")
		} else if err != nil {
			return nil, FieldError("file", "Tệp CSV không đọc được")
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if n == 0 {
			if h := vn.Fold(strings.TrimSpace(rec[0])); h == "name" || h == "ten" {
				continue
			}
		}
		if len(rows) == MaxImportRows {
			return nil, FieldError("file", fmt.Sprintf("Tối đa %d địa bàn một lần nhập", MaxImportRows))
		}
		prefix := fmt.Sprintf("rows[%d].", line)
		cell := func(i int) string {
			if i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		r := PlaceRow{Row: line, WardCode: cell(2)}
		r.Place.Name = cell(0)
		readKind(&v, prefix, cell(1), &r.Place)
		if len(rec) > 5 {
			v.Add(prefix+"file", "Mỗi dòng có tối đa 5 cột: tên, loại, mã phường, vĩ độ, kinh độ")
		}
		lat, latErr := ParseCoordinate(cell(3))
		lon, lonErr := ParseCoordinate(cell(4))
		switch {
		case latErr != nil:
			v.Add(prefix+"lat", "Vĩ độ phải là số")
		case lonErr != nil:
			v.Add(prefix+"lon", "Kinh độ phải là số")
		case (lat == nil) != (lon == nil):
			v.Add(prefix+"lat", "Phải nhập cả vĩ độ và kinh độ, hoặc bỏ trống cả hai")
		default:
			r.Place.Lat, r.Place.Lon = lat, lon
		}
		rows = append(rows, r)
	}
	return rows, v.Err()
}

// ParseCoordinate reads a latitude or longitude written with a decimal
// point or a decimal comma (21.0285, 21,0285; coordinates have no
// thousands); "" is none.
func ParseCoordinate(s string) (*float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil {
		return nil, err
	}
	return &f, nil
}
