package ui

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// The reminder administration page (/don-doc?don-vi=ID): the rules in
// force for an organisation and where they come from, a form for its own
// rules and a reset to the inherited ones, and its webhooks. Viewing is
// open to anyone who sees the organisation; changes are for its office or
// admins (the service decides, the page only offers).

// escalationRows is how many ladder rows the form offers (the rules allow 10).
const escalationRows = 5

// remindersPageData is the Data of the reminder administration page.
type remindersPageData struct {
	Orgs       []*tiendo.Org
	Org        *tiendo.Org
	Rules      *service.EffectiveRules
	SourceName string
	RulesForm  formState
	Ladder     []ladderRow // rows of the escalation form
	Actions    []string
	Webhooks   []*tiendo.Webhook
	HookForm   formState
	NewSecret  string // the secret of a webhook just created: shown once
	NewHook    *tiendo.Webhook
	TreeAdmin  bool // may allow private targets
}

// ladderRow is one row of the escalation form: its index in field names
// and its number as shown.
type ladderRow struct{ I, N int }

// remindersPage: GET /don-doc?don-vi=ID
func (s *Server) remindersPage(w http.ResponseWriter, r *http.Request) error {
	org, err := s.reminderOrg(r)
	if err != nil {
		return err
	}
	d, err := s.loadRemindersPage(r, org)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "reminders", &page{Data: d, Notice: notice(r, "notice."+r.URL.Query().Get("ok"))})
	return nil
}

// reminderOrg is the organisation asked for, else the first one the
// actor's grants name (an office's own unit), else the first it sees.
func (s *Server) reminderOrg(r *http.Request) (int64, error) {
	if v := r.URL.Query().Get("don-vi"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id < 1 {
			return 0, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy đơn vị %q", v)
		}
		return id, nil
	}
	a := tiendo.ActorFromContext(r.Context())
	for _, g := range a.Grants {
		if g.OrgID != nil && (g.Role == tiendo.RoleOffice || g.Role == tiendo.RoleAdmin) {
			return *g.OrgID, nil
		}
	}
	for _, g := range a.Grants {
		if g.OrgID != nil {
			return *g.OrgID, nil
		}
	}
	orgs, err := s.svc.ListOrgs(r.Context(), tiendo.OrgFilter{})
	if err != nil || len(orgs) == 0 {
		return 0, tiendo.Errorf(tiendo.ENOTFOUND, "Chưa có đơn vị nào")
	}
	return orgs[0].ID, nil
}

func (s *Server) loadRemindersPage(r *http.Request, org int64) (*remindersPageData, error) {
	ctx := r.Context()
	rules, err := s.svc.ReminderRulesFor(ctx, org)
	if err != nil {
		return nil, err
	}
	own, err := s.svc.OwnOrgIDs(ctx)
	if err != nil {
		return nil, err
	}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	names := orgNames(all)
	d := &remindersPageData{Rules: rules, RulesForm: rulesForm(rules.Rules),
		HookForm: newForm(nil), Actions: []string{tiendo.ActionReminder, tiendo.ActionExplanation, tiendo.ActionLeaderNotice},
		TreeAdmin: s.svc.IsWholeTreeAdmin(ctx)}
	visible := map[int64]bool{}
	for _, id := range own {
		visible[id] = true
	}
	for _, o := range all {
		if visible[o.ID] {
			d.Orgs = append(d.Orgs, o)
		}
		if o.ID == org {
			d.Org = o
		}
	}
	if rules.SourceOrgID != nil {
		d.SourceName = names[*rules.SourceOrgID]
	}
	for i := range escalationRows {
		d.Ladder = append(d.Ladder, ladderRow{I: i, N: i + 1})
	}
	if rules.CanEdit {
		if d.Webhooks, err = s.svc.OrgWebhooks(ctx, org); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// rulesForm fills the rules form from a rule set.
func rulesForm(r tiendo.ReminderRules) formState {
	v := url.Values{}
	set := func(name string, n int) { v.Set(name, strconv.Itoa(n)) }
	set("due_soon_working_days", r.DueSoonWorkingDays)
	if r.Overdue {
		v.Set("overdue", "on")
	}
	set("stale_days", r.StaleDays)
	set("monthly_report_day", r.MonthlyReportDay)
	set("monthly_notice_working_days", r.MonthlyNoticeWorkingDays)
	set("explanation_working_days", r.ExplanationWorkingDays)
	set("conclusion_working_days", r.ConclusionWorkingDays)
	for i, st := range r.Escalation {
		v.Set(fmt.Sprintf("esc_action_%d", i), st.Action)
		set(fmt.Sprintf("esc_days_%d", i), st.AfterWorkingDays)
	}
	return newForm(v)
}

// readRules reads the rules form; a ladder row without days is left out.
func readRules(fr *formReader) (tiendo.ReminderRules, map[string]string) {
	num := func(name string) int {
		if n := fr.integer(name); n != nil {
			return *n
		}
		fr.v.Add(name, "Cần một số nguyên")
		return 0
	}
	r := tiendo.ReminderRules{DueSoonWorkingDays: num("due_soon_working_days"), Overdue: fr.checked("overdue"),
		StaleDays: num("stale_days"), MonthlyReportDay: num("monthly_report_day"),
		MonthlyNoticeWorkingDays: num("monthly_notice_working_days"), ExplanationWorkingDays: num("explanation_working_days"),
		ConclusionWorkingDays: num("conclusion_working_days"), Escalation: []tiendo.EscalationStep{}}
	// The service names ladder errors by position among the steps kept.
	rename := map[string]string{}
	for i := range escalationRows {
		days := fr.integer(fmt.Sprintf("esc_days_%d", i))
		if days == nil {
			continue
		}
		k := len(r.Escalation)
		rename[fmt.Sprintf("escalation.%d.action", k)] = fmt.Sprintf("esc_action_%d", i)
		rename[fmt.Sprintf("escalation.%d.after_working_days", k)] = fmt.Sprintf("esc_days_%d", i)
		r.Escalation = append(r.Escalation, tiendo.EscalationStep{Action: fr.str(fmt.Sprintf("esc_action_%d", i)), AfterWorkingDays: *days})
	}
	rename["escalation"] = "esc_days_0"
	return r, rename
}

// rulesFormPost: POST /don-doc/{id}/quy-tac
func (s *Server) rulesFormPost(w http.ResponseWriter, r *http.Request) error {
	org, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	rules, rename := readRules(fr)
	err = fr.err()
	if err == nil {
		err = s.svc.SetReminderRules(r.Context(), org, rules)
	}
	if err != nil {
		return s.remindersFormError(w, r, org, err, func(d *remindersPageData) {
			d.RulesForm = newForm(vals).withError(err, rename)
		})
	}
	s.redirect(w, r, remindersURL(org, "rules-saved"))
	return nil
}

// rulesResetForm: POST /don-doc/{id}/mac-dinh
func (s *Server) rulesResetForm(w http.ResponseWriter, r *http.Request) error {
	org, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.svc.ResetReminderRules(r.Context(), org); err != nil {
		return err
	}
	s.redirect(w, r, remindersURL(org, "rules-reset"))
	return nil
}

// remindersFormError shows the page again with the failed form; errors
// other than invalid input are error pages (403, 404).
func (s *Server) remindersFormError(w http.ResponseWriter, r *http.Request, org int64, err error, set func(*remindersPageData)) error {
	if tiendo.ErrorCode(err) != tiendo.EINVALID {
		return err
	}
	d, lerr := s.loadRemindersPage(r, org)
	if lerr != nil {
		return lerr
	}
	set(d)
	s.render(w, r, httpx.StatusOf(err), "reminders", &page{Data: d})
	return nil
}

func remindersURL(org int64, msg string) string {
	u := "/don-doc?don-vi=" + strconv.FormatInt(org, 10)
	if msg != "" {
		u += "&ok=" + url.QueryEscape(msg)
	}
	return u
}
