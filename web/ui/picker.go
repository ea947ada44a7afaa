package ui

import (
	"bytes"
	"context"
	"net/http"
	"slices"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// The unit picker replaces multi-selects of hundreds of units. It is one
// template ("org-picker") used by every form: the chosen units are checked
// checkboxes (radios for one unit) named like the field the form always
// posted, so handlers read them as before; a search box beside them finds
// more. Without JavaScript the search is a submit button (name "pick",
// value the field) that sends the whole form with its own method: the
// handler shows the form again, everything typed kept, with the matching
// units as unchecked boxes. With JavaScript (static/picker.js) the same
// results arrive as the user types, from GET /don-vi/tim.

// pickerParam is the form value that names the picker whose search button
// was pressed; querySuffix makes the name of a picker's search box.
const (
	pickerParam = "pick"
	querySuffix = "-q"
)

// orgPicker is what the template needs to draw one picker.
type orgPicker struct {
	Name, Label, Hint  string
	Multiple, Required bool
	Assignable         bool    // only units the actor may assign to
	On                 vn.Date // the day the work is assigned (zero: today)
	Query              string
	Chosen             []service.OrgHit
	Groups             []hitGroup // results of a search without JavaScript
	Searched           bool
	Err                string
	// Flag is a warning shown with the hint (the review's doubtful mention).
	Flag string
	// Offered are units suggested before any search (the extraction's
	// candidates), under OfferedLabel, unticked.
	Offered      []service.OrgHit
	OfferedLabel string
}

// hitGroup is the results of one level.
type hitGroup struct {
	Level tiendo.Level
	Hits  []service.OrgHit
}

// DescribedBy lists the ids of the hint and error, for aria-describedby.
func (p *orgPicker) DescribedBy() string {
	out := ""
	if p.Hint != "" || p.Flag != "" {
		out = p.Name + "-hint"
	}
	if p.Err != "" {
		if out != "" {
			out += " "
		}
		out += p.Name + "-error"
	}
	return out
}

// pickerSpec is how a form uses a picker.
type pickerSpec struct {
	name, label, hint              string
	multiple, required, assignable bool
	// on is the day the work is assigned: a past meeting's or document's
	// date offers the units in force then (zero: today).
	on vn.Date
}

// orgPicker builds the picker of one field from the form's values: the
// units chosen, and the results when its search button was pressed.
func (s *Server) orgPicker(ctx context.Context, f formState, sp pickerSpec) (*orgPicker, error) {
	p := &orgPicker{Name: sp.name, Label: sp.label, Hint: sp.hint, Multiple: sp.multiple,
		Required: sp.required, Assignable: sp.assignable, On: sp.on, Query: f.Get(sp.name + querySuffix), Err: f.Err(sp.name)}
	ids := formIDs(f.Values[sp.name])
	if len(ids) > 0 {
		chosen, err := s.svc.SearchOrgs(ctx, service.OrgSearch{IDs: ids, Limit: 100})
		if err != nil {
			return nil, err
		}
		p.Chosen = chosen
	}
	if f.Get(pickerParam) == sp.name && p.Query != "" {
		hits, err := s.svc.SearchOrgs(ctx, service.OrgSearch{Query: p.Query, Assignable: sp.assignable, On: sp.on})
		if err != nil {
			return nil, err
		}
		p.Searched, p.Groups = true, groupHits(withoutIDs(hits, ids))
	}
	return p, nil
}

// formIDs reads the positive ids among vals; anything else is left for the
// handler's own validation.
func formIDs(vals []string) []int64 {
	var ids []int64
	for _, v := range vals {
		if id, err := strconv.ParseInt(v, 10, 64); err == nil && id > 0 && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func withoutIDs(hits []service.OrgHit, ids []int64) []service.OrgHit {
	return slices.DeleteFunc(hits, func(h service.OrgHit) bool { return slices.Contains(ids, h.ID) })
}

// groupHits splits hits, already ordered by level, into one group a level.
func groupHits(hits []service.OrgHit) []hitGroup {
	var out []hitGroup
	for _, h := range hits {
		if n := len(out); n == 0 || out[n-1].Level != h.Level {
			out = append(out, hitGroup{Level: h.Level})
		}
		out[len(out)-1].Hits = append(out[len(out)-1].Hits, h)
	}
	return out
}

// orgPickerResults: GET /don-vi/tim?q=&truong=&mot=1&assignable=1 — the
// results of a picker as the user types (htmx or picker.js ask with
// HX-Request), or, opened directly, a page listing them.
func (s *Server) orgPickerResults(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "truong", "mot", "assignable", "in_force_on", "id", "limit")
	in := httpx.PickerSearch(q)
	field := q.Str("truong")
	if field == "" {
		field = "org_id"
	}
	if err := q.Err(); err != nil {
		return err
	}
	hits, err := s.svc.SearchOrgs(r.Context(), in)
	if err != nil {
		return err
	}
	p := &orgPicker{Name: field, Multiple: q.Str("mot") != "1", Assignable: in.Assignable, Query: in.Query,
		Searched: in.Query != "", Groups: groupHits(hits)}
	if r.Header.Get("HX-Request") == "true" {
		return s.renderFragment(w, r, "org_picker", "picker-results", p)
	}
	s.render(w, r, http.StatusOK, "org_picker", &page{Data: p})
	return nil
}

// renderFragment writes one named template of a page's set, without the
// layout: a piece of a page that a script puts in place.
func (s *Server) renderFragment(w http.ResponseWriter, r *http.Request, pageName, tmpl string, data any) error {
	set := s.ui.pages[i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))][pageName]
	if set == nil {
		return tiendo.Errorf(tiendo.EINTERNAL, "no page template %s", pageName)
	}
	var buf bytes.Buffer
	if err := set.ExecuteTemplate(&buf, tmpl, data); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Vary", "HX-Request")
	_, _ = w.Write(buf.Bytes())
	return nil
}
