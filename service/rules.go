package service

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"tiendo"
	"tiendo/grade"
	"tiendo/vn"
)

// The rules a whole-tree administrator can change, versioned by the date
// they take effect (tiendo.RulesVersion). Every rule that reads them asks
// for the version in force on the date that matters: the extension limit
// today, the default deadline on the task's assignment date, a period's
// grading rules at the period's end.

// RulesInForce are the rules in force on a date, decoded.
type RulesInForce struct {
	// Version is the stored version in force; nil for the built-in
	// defaults (no version takes effect on or before the date).
	Version                    *tiendo.RulesVersion `json:"version"`
	MaxExtensions              int                  `json:"max_extensions"`
	DefaultDeadlineWorkingDays int                  `json:"default_deadline_working_days"`
	Grading                    []grade.RuleSet      `json:"grading"`
}

// defaultRulesInForce are the built-in rules: the service's configured
// limits and the shipped rule sets (NĐ 335/2025, QĐ 3814-QĐ/TU).
func (s *Service) defaultRulesInForce() *RulesInForce {
	return &RulesInForce{MaxExtensions: s.rules.MaxExtensions,
		DefaultDeadlineWorkingDays: s.rules.DefaultDeadlineWorkingDays, Grading: slices.Clone(grade.RuleSets)}
}

// rulesAt returns the rules in force on d, read through st, with the
// grading rule sets decoded.
func (s *Service) rulesAt(ctx context.Context, st tiendo.Store, d vn.Date) (*RulesInForce, error) {
	v, err := s.versionAt(ctx, st, d)
	if err != nil {
		return nil, err
	}
	return s.decodeRules(v)
}

// versionAt returns the stored version in force on d, nil for the
// defaults; the limits below read it without decoding the rule sets.
func (s *Service) versionAt(ctx context.Context, st tiendo.Store, d vn.Date) (*tiendo.RulesVersion, error) {
	vs, err := st.FindRulesVersions(ctx)
	if err != nil {
		return nil, err
	}
	return tiendo.RulesVersionAt(vs, d), nil
}

// maxExtensions is the extension limit of version v (nil: the default).
func (s *Service) maxExtensions(v *tiendo.RulesVersion) int {
	if v == nil {
		return s.rules.MaxExtensions
	}
	return v.MaxExtensions
}

// defaultDeadlineDays is the default deadline of version v (nil: the
// default), in working days.
func (s *Service) defaultDeadlineDays(v *tiendo.RulesVersion) int {
	if v == nil {
		return s.rules.DefaultDeadlineWorkingDays
	}
	return v.DefaultDeadlineWorkingDays
}

// creationRules are what building tasks in one transaction reads once,
// when a task without a deadline first needs them: the versions of the
// rules (the default deadline in force on its assignment date) and the
// working-day calendar that counts it. Most tasks have a deadline and
// never read them (issue 18: the calendar was a round trip per create on
// PostgreSQL).
type creationRules struct {
	s        *Service
	cal      *vn.Calendar
	versions []*tiendo.RulesVersion
	loaded   bool
}

// newCreationRules reads nothing yet: defaultDue loads on first need.
func (s *Service) newCreationRules() *creationRules { return &creationRules{s: s} }

// defaultDue is the default deadline in force on d, counted in working
// days from d.
func (cr *creationRules) defaultDue(ctx context.Context, st tiendo.Store, d vn.Date) (vn.Date, error) {
	if !cr.loaded {
		vs, err := st.FindRulesVersions(ctx)
		if err != nil {
			return vn.Date{}, err
		}
		cal, err := cr.s.calendarIn(ctx, st)
		if err != nil {
			return vn.Date{}, err
		}
		cr.versions, cr.cal, cr.loaded = vs, cal, true
	}
	return cr.cal.AddWorkingDays(d, cr.s.defaultDeadlineDays(tiendo.RulesVersionAt(cr.versions, d))), nil
}

func (s *Service) decodeRules(v *tiendo.RulesVersion) (*RulesInForce, error) {
	if v == nil {
		return s.defaultRulesInForce(), nil
	}
	out := &RulesInForce{Version: v, MaxExtensions: v.MaxExtensions, DefaultDeadlineWorkingDays: v.DefaultDeadlineWorkingDays}
	if err := json.Unmarshal(v.Grading, &out.Grading); err != nil || len(out.Grading) == 0 {
		return nil, tiendo.Errorf(tiendo.EINTERNAL, "Không đọc được bộ tiêu chí đánh giá của quy định áp dụng từ %s", v.EffectiveFrom.Format())
	}
	return out, nil
}

// RulesAt returns the rules in force on d (any signed-in account: the
// rules are public within the system).
func (s *Service) RulesAt(ctx context.Context, d vn.Date) (*RulesInForce, error) {
	if _, err := s.withScope(ctx); err != nil {
		return nil, err
	}
	return s.rulesAt(ctx, s.store, d)
}

// RulesOverview is what the administration page shows: every version,
// the built-in defaults, which version is in force today, and whether
// the actor may add one.
type RulesOverview struct {
	Today    vn.Date         `json:"today"`
	Versions []*RulesInForce `json:"versions"` // earliest first
	Defaults *RulesInForce   `json:"defaults"`
	// InForce is the index in Versions of today's version; -1 when the
	// defaults apply.
	InForce int  `json:"in_force"`
	CanEdit bool `json:"can_edit"`
}

// RulesOverview lists the versions of the rules.
func (s *Service) RulesOverview(ctx context.Context) (*RulesOverview, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	vs, err := s.store.FindRulesVersions(ctx)
	if err != nil {
		return nil, err
	}
	today := s.today()
	out := &RulesOverview{Today: today, Defaults: s.defaultRulesInForce(), InForce: -1,
		CanEdit: tiendo.IsWholeTreeAdmin(sc.actor), Versions: []*RulesInForce{}}
	now := tiendo.RulesVersionAt(vs, today)
	for i, v := range vs {
		r, err := s.decodeRules(v)
		if err != nil {
			return nil, err
		}
		if v == now {
			out.InForce = i
		}
		out.Versions = append(out.Versions, r)
	}
	return out, nil
}

// RulesVersionInput is a new version of the rules, or (ID set, at
// Version) new rules for a version that has not taken effect yet.
type RulesVersionInput struct {
	ID                         int64           `json:"id"`
	Version                    int             `json:"version"`
	EffectiveFrom              vn.Date         `json:"effective_from"`
	MaxExtensions              int             `json:"max_extensions"`
	DefaultDeadlineWorkingDays int             `json:"default_deadline_working_days"`
	Grading                    []grade.RuleSet `json:"grading"`
	Note                       string          `json:"note" max:"1000"`
}

// SaveRulesVersion records a version of the rules. Only a whole-tree
// admin; audited. The effective date must be today or later: the rules of
// a day already past are never rewritten, so a past period keeps the
// rules it was graded by. (Period closing, built beside this, will also
// refuse a date inside a closed period; until then "before today" is the
// line.) An existing version may be changed only while its date is today
// or later, and keeps its date.
func (s *Service) SaveRulesVersion(ctx context.Context, in RulesVersionInput) (*tiendo.RulesVersion, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !tiendo.IsWholeTreeAdmin(sc.actor) {
		return nil, forbidden("sửa quy định (chỉ quản trị toàn hệ thống)")
	}
	var v tiendo.Validator
	v.Input(in)
	today := s.today()
	if !in.EffectiveFrom.IsZero() && in.EffectiveFrom.Before(today) {
		v.Add("effective_from", fmt.Sprintf("Ngày áp dụng phải từ hôm nay (%s) trở đi: không sửa quy định của thời gian đã qua", today.Format()))
	}
	for f, m := range grade.ValidateSets(in.Grading) {
		v.Add(f, m)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	sets := slices.Clone(in.Grading)
	for i := range sets {
		sets[i].Normalize()
	}
	raw, err := json.Marshal(sets)
	if err != nil {
		return nil, tiendo.Errorf(tiendo.EINTERNAL, "Không ghi được bộ tiêu chí đánh giá")
	}
	rv := &tiendo.RulesVersion{ID: in.ID, Version: in.Version, EffectiveFrom: in.EffectiveFrom, MaxExtensions: in.MaxExtensions,
		DefaultDeadlineWorkingDays: in.DefaultDeadlineWorkingDays, Grading: raw, Note: in.Note}
	if err := rv.Validate(); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := refuseClosedPeriods(ctx, st, rv.EffectiveFrom); err != nil {
			return err
		}
		if in.ID == 0 {
			if !sc.actor.System {
				rv.CreatedBy = &sc.actor.AccountID
			}
			if err := st.CreateRulesVersion(ctx, rv); err != nil {
				return err
			}
			return s.audit(ctx, st, "rules.create", "rules_version", rv.ID, nil, nil, nil, rv)
		}
		vs, err := st.FindRulesVersions(ctx)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(vs, func(x *tiendo.RulesVersion) bool { return x.ID == in.ID })
		if i < 0 {
			return tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy phiên bản quy định %d", in.ID)
		}
		old := vs[i]
		if old.EffectiveFrom.Before(today) {
			return tiendo.Errorf(tiendo.ECONFLICT, "Quy định áp dụng từ %s đã có hiệu lực trước hôm nay, không thể sửa; hãy thêm phiên bản mới", old.EffectiveFrom.Format())
		}
		if old.EffectiveFrom != rv.EffectiveFrom {
			return tiendo.FieldError("effective_from", "Không đổi ngày áp dụng của một phiên bản; hãy thêm phiên bản mới")
		}
		rv.CreatedBy, rv.CreatedAt = old.CreatedBy, old.CreatedAt
		if err := st.UpdateRulesVersion(ctx, rv); err != nil {
			return err
		}
		return s.audit(ctx, st, "rules.update", "rules_version", rv.ID, nil, nil, old, rv)
	})
	if err != nil {
		return nil, err
	}
	return rv, nil
}

// refuseClosedPeriods refuses rules taking effect on or before the last day
// of a closed period (of any scope): a period is graded by the rules in
// force on its last day, and a closed period's figures must not move. Rules
// start today or later, so this bites when a period was closed on its last
// day, today.
func refuseClosedPeriods(ctx context.Context, st tiendo.Store, from vn.Date) error {
	closings, err := st.FindClosings(ctx, tiendo.ClosingFilter{InForce: true})
	if err != nil {
		return err
	}
	for _, c := range closings {
		if !c.To.Before(from) {
			return tiendo.FieldError("effective_from", fmt.Sprintf(
				"Kỳ %s (%s–%s) đã chốt số liệu: quy định mới chỉ áp dụng từ %s trở đi, hoặc mở lại kỳ trước",
				c.Period, c.From.Format(), c.To.Format(), c.To.AddDays(1).Format()))
		}
	}
	return nil
}
