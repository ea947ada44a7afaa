package tiendo

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// geometry is a GeoJSON geometry object (RFC 7946 §3.1) as read.
type geometry struct {
	Type        string          `json:"type"`
	Coordinates json.RawMessage `json:"coordinates"`
}

// geometryDepth is how deeply each geometry type nests its positions.
var geometryDepth = map[string]int{"Point": 0, "MultiPoint": 1, "LineString": 1,
	"MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}

// maxPositions bounds the positions of one outline (a street or a ward is
// far below it).
const maxPositions = 20000

// CheckGeometry tells whether s is a GeoJSON geometry a place may keep as
// its outline: a Point, LineString, Polygon or their Multi forms, with
// positions [longitude, latitude] in range, a line of at least two
// positions and closed rings of at least four.
func CheckGeometry(s string) error {
	var g geometry
	if err := json.Unmarshal([]byte(s), &g); err != nil {
		return errors.New("không đọc được GeoJSON")
	}
	_, err := parseGeometry(g)
	return err
}

// parseGeometry checks g and returns its first position (used as the
// place's point when it has none).
func parseGeometry(g geometry) (first [2]float64, err error) {
	depth, ok := geometryDepth[g.Type]
	if !ok {
		return first, fmt.Errorf("kiểu hình học %q không được hỗ trợ", g.Type)
	}
	var coords any
	if err := json.Unmarshal(g.Coordinates, &coords); err != nil || coords == nil {
		return first, errors.New("thiếu tọa độ")
	}
	n, found := 0, false
	var walk func(v any, d int, ring bool) error
	walk = func(v any, d int, ring bool) error {
		arr, ok := v.([]any)
		if !ok {
			return errors.New("tọa độ phải là mảng")
		}
		if d == 0 {
			p, err := position(arr)
			if err != nil {
				return err
			}
			if n++; n > maxPositions {
				return fmt.Errorf("quá %d điểm", maxPositions)
			}
			if !found {
				first, found = p, true
			}
			return nil
		}
		if d == 1 && (g.Type == "LineString" || g.Type == "MultiLineString") && len(arr) < 2 {
			return errors.New("đường phải có ít nhất hai điểm")
		}
		if d == 1 && ring {
			if len(arr) < 4 {
				return errors.New("vòng của đa giác phải có ít nhất bốn điểm")
			}
			a, _ := arr[0].([]any)
			b, _ := arr[len(arr)-1].([]any)
			if len(a) < 2 || len(b) < 2 || a[0] != b[0] || a[1] != b[1] {
				return errors.New("vòng của đa giác phải khép kín")
			}
		}
		if d >= 1 && len(arr) == 0 && g.Type != "MultiPoint" {
			return errors.New("tọa độ rỗng")
		}
		for _, x := range arr {
			isRing := (g.Type == "Polygon" || g.Type == "MultiPolygon") && d == 2
			if err := walk(x, d-1, isRing); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(coords, depth, false); err != nil {
		return first, err
	}
	if !found {
		return first, errors.New("thiếu tọa độ")
	}
	return first, nil
}

// position reads [lon, lat] (an altitude after them is allowed).
func position(arr []any) ([2]float64, error) {
	var p [2]float64
	if len(arr) < 2 || len(arr) > 3 {
		return p, errors.New("mỗi điểm phải là [kinh độ, vĩ độ]")
	}
	for i := range 2 {
		f, ok := arr[i].(float64)
		if !ok || math.IsNaN(f) || math.IsInf(f, 0) {
			return p, errors.New("tọa độ phải là số")
		}
		p[i] = f
	}
	if p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
		return p, errors.New("tọa độ nằm ngoài phạm vi kinh độ, vĩ độ")
	}
	return p, nil
}
