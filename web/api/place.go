package api

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"

	"tiendo"
	"tiendo/web/httpx"
)

// maxImportBytes bounds an import file of places (GeoJSON outlines of a
// ward's streets are well below it).
const maxImportBytes = 8 << 20

// listPlaces: GET /api/v1/places?q=&kind=&page=&per_page=
func (s *Server) listPlaces(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "kind", "page", "per_page")
	f := tiendo.PlaceFilter{Query: q.Str("q"), Kind: tiendo.PlaceKind(q.Str("kind")), Page: q.Page()}
	if f.Kind != "" && !slices.Contains(tiendo.PlaceKinds, f.Kind) {
		q.Fail("kind", "có giá trị không hợp lệ: "+string(f.Kind))
	}
	if err := q.Err(); err != nil {
		return err
	}
	places, total, err := s.svc.ListPlaces(r.Context(), f)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(places, total, f.Page))
	return nil
}

// createPlace: POST /api/v1/places
func (s *Server) createPlace(w http.ResponseWriter, r *http.Request) error {
	var in tiendo.Place
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	p, err := s.svc.CreatePlace(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, p)
	return nil
}

// getPlace: GET /api/v1/places/{id}
func (s *Server) getPlace(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := s.svc.GetPlace(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, d)
	return nil
}

// putPlace: PUT /api/v1/places/{id} — every field, with the version read.
func (s *Server) putPlace(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in tiendo.Place
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	in.ID = id
	p, err := s.svc.UpdatePlace(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, p)
	return nil
}

// importPlaces: POST /api/v1/places/import?format=geojson|csv with the
// file as the body; all rows or none.
func (s *Server) importPlaces(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "format")
	format := q.Str("format")
	if format != "geojson" && format != "csv" {
		q.Fail("format", "phải là geojson hoặc csv")
	}
	if err := q.Err(); err != nil {
		return err
	}
	body, err := httpx.ReadBody(w, r, maxImportBytes)
	if err != nil {
		return err
	}
	rows, err := parsePlaces(format, body)
	if err != nil {
		return err
	}
	places, err := s.svc.ImportPlaces(r.Context(), rows)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, httpx.NewItems(places))
	return nil
}

func parsePlaces(format string, body []byte) ([]tiendo.PlaceRow, error) {
	if format == "csv" {
		return tiendo.ParsePlacesCSV(body)
	}
	return tiendo.ParsePlacesGeoJSON(body)
}

// placesMap: GET /api/v1/places/map — the places the actor sees that have
// a point or an outline, as a GeoJSON FeatureCollection whose properties
// carry the name, kind, page and open tasks' counts (the map page draws it).
func (s *Server) placesMap(w http.ResponseWriter, r *http.Request) error {
	if err := httpx.ParseQuery(r).Err(); err != nil {
		return err
	}
	items, err := s.svc.PlacesOnMap(r.Context())
	if err != nil {
		return err
	}
	type feature struct {
		Type       string          `json:"type"`
		Geometry   json.RawMessage `json:"geometry"`
		Properties map[string]any  `json:"properties"`
	}
	fc := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for _, m := range items {
		p := m.Place
		geo := json.RawMessage(p.Outline)
		if p.Outline == "" {
			geo, _ = json.Marshal(map[string]any{"type": "Point", "coordinates": []float64{*p.Lon, *p.Lat}})
		}
		fc.Features = append(fc.Features, feature{Type: "Feature", Geometry: geo, Properties: map[string]any{
			"id": p.ID, "name": p.Name, "kind": p.Kind, "url": "/dia-ban/" + strconv.FormatInt(p.ID, 10),
			"in_progress": m.InProgress, "overdue": m.Overdue}})
	}
	httpx.WriteJSON(w, http.StatusOK, fc)
	return nil
}
