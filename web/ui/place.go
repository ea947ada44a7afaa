package ui

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// The register of places (issue 16 item 1): the list with search, a
// place's page with its tasks, the create and edit form, and the import
// of a GeoJSON or CSV file. Who sees and edits what is the service's
// (tiendo.CanSeePlace, CanEditPlace); the forms are offered when it says.

type placesData struct {
	Filter  formState
	Places  []placeRow
	Total   int
	Pager   pager
	Kinds   []tiendo.PlaceKind
	CanEdit bool
}

type placeRow struct {
	*tiendo.Place
	Ward string
}

// placesPage: GET /dia-ban?q=&kind=
func (s *Server) placesPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	fr := &formReader{vals: q}
	f := tiendo.PlaceFilter{Query: fr.str("q"), Kind: tiendo.PlaceKind(fr.str("kind")), Page: tiendo.Page{PerPage: PerPage}}
	if !slices.Contains(tiendo.PlaceKinds, f.Kind) {
		f.Kind = ""
	}
	if p := fr.integer("trang"); p != nil && *p > 0 {
		f.Page.Page = *p
	}
	ctx := r.Context()
	places, total, err := s.svc.ListPlaces(ctx, f)
	if err != nil {
		return err
	}
	names, err := s.orgNameMap(ctx)
	if err != nil {
		return err
	}
	d := placesData{Filter: newForm(q), Total: total, Pager: newPager(r.URL, f.Page, total), Kinds: tiendo.PlaceKinds,
		CanEdit: canAssign(tiendo.ActorFromContext(ctx))}
	for _, p := range places {
		d.Places = append(d.Places, placeRow{Place: p, Ward: names[p.LatestWard()]})
	}
	s.render(w, r, http.StatusOK, "places", &page{Data: d})
	return nil
}

type placeData struct {
	*placeDetail
	Tasks []taskRow
	Total int
}

type placeDetail struct {
	Place   *tiendo.Place
	Wards   []placeWardView
	CanEdit bool
}

type placeWardView struct {
	tiendo.PlaceWard
	Name string
}

// placePage: GET /dia-ban/{id} — the place, its wards over time and its
// tasks.
func (s *Server) placePage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	ctx := r.Context()
	pd, err := s.svc.GetPlace(ctx, id)
	if err != nil {
		return err
	}
	d := placeData{placeDetail: &placeDetail{Place: pd.Place, CanEdit: pd.CanEdit, Wards: wardViews(pd)}}
	tasks, total, err := s.svc.ListTasks(ctx, tiendo.TaskFilter{PlaceID: &id, Page: tiendo.Page{PerPage: 200}})
	if err != nil {
		return err
	}
	names, err := s.orgNameMap(ctx)
	if err != nil {
		return err
	}
	today := s.Today()
	for _, t := range tasks {
		d.Tasks = append(d.Tasks, taskRow{Task: t, Lead: names[t.LeadOrgID], Timeliness: t.TimelinessAt(today),
			OverdueDays: t.OverdueDays(today)})
	}
	d.Total = total
	s.render(w, r, http.StatusOK, "place", &page{Data: d, Notice: notice(r, "place.notice."+r.URL.Query().Get("ok"))})
	return nil
}

// coord writes a coordinate in full with a decimal comma (21,0456); ""
// for none.
func coord(p *float64) string {
	if p == nil {
		return ""
	}
	return strings.Replace(strconv.FormatFloat(*p, 'f', -1, 64), ".", ",", 1)
}

// placeFormData is the create and edit form.
type placeFormData struct {
	ID       int64 // 0 for a new place
	Form     formState
	Kinds    []tiendo.PlaceKind
	Steps    []tiendo.ProgrammeStatus
	Wards    []*tiendo.Org // communes the actor sees
	History  []placeWardView
	Moveable bool // an existing place: a new ward takes effect from ward_from
}

func (s *Server) renderPlaceForm(w http.ResponseWriter, r *http.Request, status int, d placeFormData) error {
	orgs, err := s.svc.ListOrgs(r.Context(), tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	byID := make(map[int64]*tiendo.Org, len(orgs))
	for _, o := range orgs {
		byID[o.ID] = o
	}
	for _, o := range orgs {
		if isWard(o, byID) {
			d.Wards = append(d.Wards, o)
		}
	}
	d.Kinds, d.Steps = tiendo.PlaceKinds, tiendo.ProgrammeStatuses
	s.render(w, r, status, "place_form", &page{Data: d})
	return nil
}

// newPlacePage: GET /dia-ban/moi
func (s *Server) newPlacePage(w http.ResponseWriter, r *http.Request) error {
	return s.renderPlaceForm(w, r, http.StatusOK, placeFormData{Form: newForm(url.Values{"kind": {string(tiendo.PlaceStreet)}})})
}

// editPlacePage: GET /dia-ban/{id}/sua
func (s *Server) editPlacePage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	pd, err := s.svc.GetPlace(r.Context(), id)
	if err != nil {
		return err
	}
	if !pd.CanEdit {
		return tiendo.Errorf(tiendo.EFORBIDDEN, "Bạn không có quyền sửa địa bàn này")
	}
	return s.renderPlaceForm(w, r, http.StatusOK, placeFormData{ID: id, Form: newForm(placeValues(pd.Place)),
		History: wardViews(pd), Moveable: true})
}

func wardViews(pd *service.PlaceDetail) []placeWardView {
	out := make([]placeWardView, len(pd.Place.Wards))
	for i, w := range pd.Place.Wards {
		out[i] = placeWardView{PlaceWard: w, Name: pd.Wards[i]}
	}
	return out
}

// placeValues is a place as the form's fields.
func placeValues(p *tiendo.Place) url.Values {
	v := url.Values{}
	v.Set("name", p.Name)
	v.Set("kind", string(p.Kind))
	v.Set("ward", strconv.FormatInt(p.LatestWard(), 10))
	if p.Lat != nil {
		v.Set("lat", coord(p.Lat))
		v.Set("lon", coord(p.Lon))
	}
	v.Set("outline", p.Outline)
	v.Set("programme", p.Programme)
	v.Set("programme_status", string(p.ProgrammeStatus))
	v.Set("registered_on", p.RegisteredOn.Format())
	v.Set("building_on", p.BuildingOn.Format())
	v.Set("recognised_on", p.RecognisedOn.Format())
	v.Set("note", p.Note)
	v.Set("version", strconv.Itoa(p.Version))
	return v
}

// placeFromForm reads the form into p (an existing place keeps its ward
// history: a new ward takes effect from ward_from, the old period ending
// the day before).
func placeFromForm(fr *formReader, p *tiendo.Place) {
	p.Name, p.Kind = fr.str("name"), tiendo.PlaceKind(fr.str("kind"))
	p.Outline, p.Programme, p.Note = fr.str("outline"), fr.str("programme"), fr.str("note")
	p.ProgrammeStatus = tiendo.ProgrammeStatus(fr.str("programme_status"))
	p.RegisteredOn, p.BuildingOn, p.RecognisedOn = fr.date("registered_on"), fr.date("building_on"), fr.date("recognised_on")
	p.Lat, p.Lon = nil, nil
	if lat, lon := fr.str("lat"), fr.str("lon"); lat != "" || lon != "" {
		for _, c := range []struct {
			name, s string
			dst     **float64
		}{{"lat", lat, &p.Lat}, {"lon", lon, &p.Lon}} {
			if c.s == "" {
				continue
			}
			x, err := tiendo.ParseCoordinate(c.s)
			if err != nil {
				fr.v.Add(c.name, "Tọa độ phải là số, ví dụ 21,0285")
				continue
			}
			*c.dst = x
		}
	}
	ward := fr.id("ward")
	if ward == nil {
		fr.v.Add("wards", "Phải chọn phường, xã quản lý địa bàn")
		return
	}
	if len(p.Wards) == 0 {
		p.Wards = []tiendo.PlaceWard{{OrgID: *ward}}
		return
	}
	last := &p.Wards[len(p.Wards)-1]
	if last.OrgID == *ward {
		return
	}
	from := fr.date("ward_from")
	if from.IsZero() {
		fr.v.Add("ward_from", "Nhập ngày địa bàn chuyển sang phường, xã mới")
		return
	}
	last.To = from.AddDays(-1)
	p.Wards = append(p.Wards, tiendo.PlaceWard{OrgID: *ward, From: from})
}

// createPlaceForm: POST /dia-ban/moi
func (s *Server) createPlaceForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	var p tiendo.Place
	placeFromForm(fr, &p)
	if err = fr.err(); err == nil {
		var created *tiendo.Place
		if created, err = s.svc.CreatePlace(r.Context(), p); err == nil {
			s.redirect(w, r, "/dia-ban/"+strconv.FormatInt(created.ID, 10)+"?ok=created")
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	return s.renderPlaceForm(w, r, httpx.StatusOf(err), placeFormData{Form: newForm(vals).withError(err, nil)})
}

// updatePlaceForm: POST /dia-ban/{id}/sua
func (s *Server) updatePlaceForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	pd, err := s.svc.GetPlace(r.Context(), id)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	p := *pd.Place
	p.Wards = slices.Clone(p.Wards)
	p.Version = fr.version()
	placeFromForm(fr, &p)
	if err = fr.err(); err == nil {
		if _, err = s.svc.UpdatePlace(r.Context(), p); err == nil {
			s.redirect(w, r, "/dia-ban/"+strconv.FormatInt(id, 10)+"?ok=saved")
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	return s.renderPlaceForm(w, r, httpx.StatusOf(err), placeFormData{ID: id, Form: newForm(vals).withError(err, nil),
		History: wardViews(pd), Moveable: true})
}

// importData is the import page: the file's row errors, in row order.
type importData struct {
	Form   formState
	Errors []importError
	Done   int
}

type importError struct{ Row, Field, Message string }

// importPlacesPage: GET /dia-ban/nhap
func (s *Server) importPlacesPage(w http.ResponseWriter, r *http.Request) error {
	s.render(w, r, http.StatusOK, "place_import", &page{Data: importData{Form: newForm(nil)}})
	return nil
}

// importPlacesForm: POST /dia-ban/nhap — a .geojson/.json or .csv file;
// all rows or none, every row's errors listed.
func (s *Server) importPlacesForm(w http.ResponseWriter, r *http.Request) error {
	vals, files, err := s.MultipartForm(w, r)
	if err == nil && len(files) == 0 {
		err = tiendo.FieldError("file", "Chọn tệp GeoJSON hoặc CSV")
	}
	var rows []tiendo.PlaceRow
	if err == nil {
		f := files[0]
		if strings.HasSuffix(strings.ToLower(f.Name), ".csv") {
			rows, err = tiendo.ParsePlacesCSV(f.Data)
		} else {
			rows, err = tiendo.ParsePlacesGeoJSON(f.Data)
		}
	}
	if err == nil {
		var places []*tiendo.Place
		if places, err = s.svc.ImportPlaces(r.Context(), rows); err == nil {
			s.render(w, r, http.StatusOK, "place_import", &page{Data: importData{Form: newForm(nil), Done: len(places)}})
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	d := importData{Form: newForm(vals).withError(err, nil)}
	for k, m := range tiendo.ErrorFields(err) {
		row, field, _ := strings.Cut(strings.TrimPrefix(k, "rows["), "].")
		d.Errors = append(d.Errors, importError{Row: row, Field: field, Message: m})
	}
	slices.SortFunc(d.Errors, func(a, b importError) int {
		x, _ := strconv.Atoi(a.Row)
		y, _ := strconv.Atoi(b.Row)
		if x != y {
			return x - y
		}
		return strings.Compare(a.Field, b.Field)
	})
	s.render(w, r, httpx.StatusOf(err), "place_import", &page{Data: d})
	return nil
}

// linkedPlace is the register's place a task or a target links to, or nil
// when it links none or the reader may not see it (the page then shows
// the free-text place only).
func (s *Server) linkedPlace(ctx context.Context, id *int64) (*tiendo.Place, error) {
	if id == nil {
		return nil, nil
	}
	pd, err := s.svc.GetPlace(ctx, *id)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return pd.Place, nil
}
