package ui

import (
	"fmt"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/grade"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// The rules page (/quy-dinh): every version of the rules an administrator
// can change (extension limit, default deadline, grading weights, bands,
// the cap on the top band and the tie-break), the one in force today, and
// for a whole-tree admin a form for a new version, prefilled from today's
// rules, or for correcting a version that has not taken effect yet.
// Who may do what is decided by the service (RulesOverview.CanEdit,
// SaveRulesVersion).

type rulesPageData struct {
	Today   vn.Date
	Rows    []rulesRow
	CanEdit bool
	Form    formState
	// Sets are the rule sets the form edits (their codes, names and band
	// names are kept; the numbers are the form's).
	Sets    []grade.RuleSet
	TieKeys []string
	// NumKeys are the numeric fields of a rule set in the form's order;
	// TieSlots the positions of the tie-break selects.
	NumKeys  []string
	TieSlots []int
	EditID   int64
	EditVer  int
	Base     int64 // the version the form starts from; 0 for the defaults
}

// rulesRow is one version as the table shows it.
type rulesRow struct {
	ID          int64
	From        string
	InForce     bool
	Editable    bool
	MaxExt      int
	DefaultDays int
	Sets        []string
	Note        string
}

// rulesPage: GET /quy-dinh?sua=ID
func (s *Server) rulesPage(w http.ResponseWriter, r *http.Request) error {
	edit, _ := strconv.ParseInt(r.URL.Query().Get("sua"), 10, 64)
	d, err := s.loadRulesPage(r, edit, nil)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "rules", &page{Title: i18n.Translate(i18n.LocaleOf(tiendo.ActorFromContext(r.Context())), "rules.title"),
		Data: d, Notice: notice(r, "rules.notice."+r.URL.Query().Get("ok"))})
	return nil
}

// loadRulesPage builds the page; vals (a refused form) replaces the
// prefilled values when given.
func (s *Server) loadRulesPage(r *http.Request, edit int64, vals url.Values) (*rulesPageData, error) {
	ov, err := s.svc.RulesOverview(r.Context())
	if err != nil {
		return nil, err
	}
	loc := i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))
	d := &rulesPageData{Today: ov.Today, CanEdit: ov.CanEdit, TieKeys: grade.TieBreakKeys, TieSlots: []int{1, 2, 3},
		NumKeys: []string{"general_max", "task_max", "bonus_max", "quantity", "quality", "progress", "delay_deduction",
			"error_deduction", "explanation_late", "explanation_missing"}}
	d.Rows = append(d.Rows, rulesRow{From: i18n.Translate(loc, "rules.defaults"), InForce: ov.InForce < 0,
		MaxExt: ov.Defaults.MaxExtensions, DefaultDays: ov.Defaults.DefaultDeadlineWorkingDays, Sets: setSummaries(loc, ov.Defaults.Grading)})
	base := ov.Defaults // a new version starts from the latest one, in force or planned
	if n := len(ov.Versions); n > 0 {
		base = ov.Versions[n-1]
	}
	from := firstOfNextMonth(ov.Today)
	for i, v := range ov.Versions {
		editable := ov.CanEdit && !v.Version.EffectiveFrom.Before(ov.Today)
		d.Rows = append(d.Rows, rulesRow{ID: v.Version.ID, From: v.Version.EffectiveFrom.Format(), InForce: i == ov.InForce,
			Editable: editable, MaxExt: v.MaxExtensions, DefaultDays: v.DefaultDeadlineWorkingDays,
			Sets: setSummaries(loc, v.Grading), Note: v.Version.Note})
		if v.Version.ID == edit && editable {
			base, from, d.EditID, d.EditVer = v, v.Version.EffectiveFrom, v.Version.ID, v.Version.Version
		}
	}
	if base.Version != nil {
		d.Base = base.Version.ID
	}
	d.Sets = base.Grading
	if vals == nil {
		vals = rulesFormValues(base, from)
	}
	d.Form = newForm(vals)
	return d, nil
}

func firstOfNextMonth(d vn.Date) vn.Date {
	if d.Month == 12 {
		return vn.NewDate(d.Year+1, 1, 1)
	}
	return vn.NewDate(d.Year, d.Month+1, 1)
}

// setSummaries states each rule set in one line: maxima, shares, bands,
// caps and tie-break.
func setSummaries(loc string, sets []grade.RuleSet) []string {
	var out []string
	for _, rs := range sets {
		var bands []string
		for _, b := range rs.Bands {
			bands = append(bands, b.Name+" ≥ "+decimalN(b.Min, 2))
		}
		line := i18n.Translate(loc, "rules.summary", rs.Name, decimalN(rs.GeneralMax, 2), decimalN(rs.TaskMax, 2), decimalN(rs.BonusMax, 2),
			decimalN(rs.Quantity*100, 2), decimalN(rs.Quality*100, 2), decimalN(rs.Progress*100, 2), strings.Join(bands, ", "))
		for _, c := range rs.Caps {
			line += "; " + i18n.Translate(loc, "rules.summary_cap", decimalN(c.MaxShare*100, 2), c.Band, c.Fallback)
		}
		var ties []string
		for _, k := range rs.TieBreak {
			ties = append(ties, i18n.Translate(loc, "rules.tie."+k))
		}
		ties = append(ties, i18n.Translate(loc, "rules.tie.name"))
		out = append(out, line+"; "+i18n.Translate(loc, "rules.summary_tie", strings.Join(ties, ", ")))
	}
	return out
}

// tieBreakText states the order of a sheet: higher score, then the rule
// set's criteria, then the name.
func tieBreakText(loc string, rs grade.RuleSet) string {
	parts := []string{i18n.Translate(loc, "rules.tie.score")}
	for _, k := range rs.TieBreak {
		parts = append(parts, i18n.Translate(loc, "rules.tie."+k))
	}
	parts = append(parts, i18n.Translate(loc, "rules.tie.name"))
	return strings.Join(parts, i18n.Translate(loc, "rules.then"))
}

// decimal writes a number as the form shows it: at most four decimals
// (so three shares of 33,3333% add up within the tolerance), a comma.
func decimal(x float64) string { return decimalN(x, 4) }

// decimalN writes x with at most n decimals (vn.FormatDecimal).
func decimalN(x float64, n int) string {
	p := math.Pow(10, float64(n))
	return vn.FormatDecimal(math.Round(x*p)/p, -1)
}

// rulesFormValues prefills the form from r, effective from.
func rulesFormValues(r *service.RulesInForce, from vn.Date) url.Values {
	v := url.Values{}
	v.Set("effective_from", from.Format())
	v.Set("max_extensions", strconv.Itoa(r.MaxExtensions))
	v.Set("default_deadline_working_days", strconv.Itoa(r.DefaultDeadlineWorkingDays))
	for i, rs := range r.Grading {
		p := fmt.Sprintf("g%d.", i)
		for name, x := range map[string]float64{"general_max": rs.GeneralMax, "task_max": rs.TaskMax, "bonus_max": rs.BonusMax,
			"explanation_late": rs.ExplanationLate, "explanation_missing": rs.ExplanationMissing} {
			v.Set(p+name, decimal(x))
		}
		for name, x := range map[string]float64{"quantity": rs.Quantity, "quality": rs.Quality, "progress": rs.Progress,
			"delay_deduction": rs.DelayDeduction, "error_deduction": rs.ErrorDeduction} {
			v.Set(p+name, decimal(x*100))
		}
		for j, b := range rs.Bands {
			v.Set(fmt.Sprintf("%sb%d.min", p, j), decimal(b.Min))
		}
		if len(rs.Caps) > 0 {
			v.Set(p+"cap", decimal(rs.Caps[0].MaxShare*100))
		}
		for j := range 3 {
			if j < len(rs.TieBreak) {
				v.Set(fmt.Sprintf("%stie%d", p, j+1), rs.TieBreak[j])
			}
		}
	}
	return v
}

// readRulesForm reads the form over the base rule sets (codes, names,
// bands' codes and names, the cap's bands are kept from them).
func readRulesForm(vals url.Values, base []grade.RuleSet) (service.RulesVersionInput, error) {
	fr := &formReader{vals: vals}
	in := service.RulesVersionInput{EffectiveFrom: fr.date("effective_from"), Note: fr.str("note")}
	in.MaxExtensions = whole(fr, "max_extensions")
	in.DefaultDeadlineWorkingDays = whole(fr, "default_deadline_working_days")
	for i, b := range base {
		rs := b
		rs.Bands, rs.Caps, rs.TieBreak = slices.Clone(b.Bands), nil, nil
		p := fmt.Sprintf("g%d.", i)
		num := func(name string) float64 { return decimalField(fr, p+name) }
		rs.GeneralMax, rs.TaskMax, rs.BonusMax = num("general_max"), num("task_max"), num("bonus_max")
		rs.ExplanationLate, rs.ExplanationMissing = num("explanation_late"), num("explanation_missing")
		rs.Quantity, rs.Quality, rs.Progress = num("quantity")/100, num("quality")/100, num("progress")/100
		rs.DelayDeduction, rs.ErrorDeduction = num("delay_deduction")/100, num("error_deduction")/100
		for j := range rs.Bands {
			rs.Bands[j].Min = num(fmt.Sprintf("b%d.min", j))
		}
		if strings.TrimSpace(vals.Get(p+"cap")) != "" && len(rs.Bands) > 1 {
			c := grade.Cap{Band: rs.Bands[0].Code, Fallback: rs.Bands[1].Code}
			if len(b.Caps) > 0 {
				c = b.Caps[0]
			}
			c.MaxShare = num("cap") / 100
			rs.Caps = append([]grade.Cap{c}, b.Caps[min(1, len(b.Caps)):]...)
		}
		for j := 1; j <= 3; j++ {
			if k := fr.str(fmt.Sprintf("%stie%d", p, j)); k != "" {
				rs.TieBreak = append(rs.TieBreak, k)
			}
		}
		in.Grading = append(in.Grading, rs)
	}
	return in, fr.err()
}

func whole(fr *formReader, name string) int {
	n := fr.integer(name)
	if n == nil {
		fr.v.Add(name, "Cần một số nguyên")
		return 0
	}
	return *n
}

// decimalField reads a number written with a comma or a dot (number, as
// the grade page's points); an empty field is an error, an unreadable one
// reads as -1, which the rule set's validation refuses.
func decimalField(fr *formReader, name string) float64 {
	s := fr.str(name)
	if s == "" {
		fr.v.Add(name, "Cần một số, ví dụ 33,33")
		return 0
	}
	return number(s)
}

// rulesForm: POST /quy-dinh — a new version, or (id) a correction of one
// not yet in force.
func (s *Server) rulesForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	edit, _ := strconv.ParseInt(vals.Get("id"), 10, 64)
	ov, err := s.svc.RulesOverview(r.Context())
	if err != nil {
		return err
	}
	base := ov.Defaults.Grading
	want, _ := strconv.ParseInt(vals.Get("base"), 10, 64)
	for _, v := range ov.Versions {
		if v.Version.ID == want {
			base = v.Grading
		}
	}
	in, err := readRulesForm(vals, base)
	if err == nil {
		in.ID = edit
		in.Version, _ = strconv.Atoi(vals.Get("version"))
		_, err = s.svc.SaveRulesVersion(r.Context(), in)
	}
	if err != nil {
		if !showsOnForm(err) {
			return err
		}
		d, lerr := s.loadRulesPage(r, edit, vals)
		if lerr != nil {
			return lerr
		}
		d.Form = d.Form.withError(err, rulesFormNames(err))
		s.render(w, r, httpx.StatusOf(err), "rules", &page{Title: i18n.Translate(i18n.LocaleOf(tiendo.ActorFromContext(r.Context())), "rules.title"), Data: d})
		return nil
	}
	s.redirect(w, r, "/quy-dinh?ok=saved")
	return nil
}

var (
	gradingField = regexp.MustCompile(`^grading\[(\d+)\]\.`)
	bandField    = regexp.MustCompile(`bands\[(\d+)\]\.`)
)

// rulesFormNames renames the service's field names to the form's:
// grading[1].bands[2].min → g1.b2.min, caps[0].max_share → cap,
// tie_break → tie1.
func rulesFormNames(err error) map[string]string {
	out := map[string]string{}
	for k := range tiendo.ErrorFields(err) {
		n := gradingField.ReplaceAllString(k, "g$1.")
		n = bandField.ReplaceAllString(n, "b$1.")
		n = strings.NewReplacer("caps[0].max_share", "cap", "caps[0].band", "cap", "caps[0].fallback", "cap", "tie_break", "tie1").Replace(n)
		if n != k {
			out[k] = n
		}
	}
	return out
}
