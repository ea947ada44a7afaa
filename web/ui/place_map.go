package ui

import (
	"net/http"
	"net/url"

	"tiendo"
)

// The map page (issue 16 item 1): the places the actor sees, drawn by
// Leaflet (static/vendor/leaflet.js, copied from npm by scripts/assets;
// no CDN) from GET /api/v1/places/map, coloured by their open tasks:
// red with an overdue task, amber with one in progress, grey with none.
// The tile server is a setting (Options.TileURL); without one the points
// and outlines are drawn on a blank base. Without script, or without the
// vendored Leaflet, the page is the list of those places with their counts.

type mapData struct {
	Places   []mapRow
	TileURL  string
	Leaflet  string // URL of the vendored script, "" when absent
	CSS      string
	MapJS    string
	HasTiles bool
	// Cases are the latest 197 cases at these places (case_map.go),
	// CasesJSON the same for the script.
	Cases     []mapCase
	CasesJSON string
}

type mapRow struct {
	ID                  int64
	Name                string
	Kind                tiendo.PlaceKind
	InProgress, Overdue int
}

// mapPage: GET /ban-do
func (s *Server) mapPage(w http.ResponseWriter, r *http.Request) error {
	items, err := s.svc.PlacesOnMap(r.Context())
	if err != nil {
		return err
	}
	d := mapData{TileURL: s.opts.TileURL, HasTiles: s.opts.TileURL != "",
		Leaflet: assetURL(s.ui.static, "vendor/leaflet.js"), CSS: assetURL(s.ui.static, "vendor/leaflet.css"),
		MapJS: assetURL(s.ui.static, "place-map.js")}
	var places []*tiendo.Place
	for _, m := range items {
		d.Places = append(d.Places, mapRow{ID: m.Place.ID, Name: m.Place.Name, Kind: m.Place.Kind,
			InProgress: m.InProgress, Overdue: m.Overdue})
		places = append(places, m.Place)
	}
	if d.Cases, d.CasesJSON, err = s.casesOnMap(r.Context(), places); err != nil {
		return err
	}
	if u, err := url.Parse(s.opts.TileURL); err == nil && u.Host != "" {
		// Tiles from the office's tile server are images of another origin.
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' "+u.Scheme+"://"+u.Host+"; frame-ancestors 'none'")
	}
	s.render(w, r, http.StatusOK, "place_map", &page{Data: d})
	return nil
}
