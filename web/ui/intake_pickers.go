package ui

import (
	"context"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/i18n"
)

// The review screen's unit pickers. Each draft has one for its lead units,
// one per cooperating mention and one for cooperating units added; their
// fields keep the names the handlers read ("d2.lead", "d2.coop1",
// "d2.coopx"). The units the extraction proposed for a mention are offered
// first, unticked, so a flagged draft is fixed with a tick.

// draftUnitValues is what the pickers show chosen when the form is not being
// searched: the units of the drafts as saved (or as typed, after an error).
func draftUnitValues(rows []draftRow) url.Values {
	v := url.Values{}
	for _, row := range rows {
		for _, id := range row.Lead.OrgIDs {
			v.Add(row.Key+".lead", strconv.FormatInt(id, 10))
		}
		for _, c := range row.Coop {
			for _, id := range c.OrgIDs {
				v.Add(c.Key, strconv.FormatInt(id, 10))
			}
		}
	}
	return v
}

// reviewPickers fills the pickers of every row from form: the values
// posted when a picker's search button sent the form, else the drafts'.
func (s *Server) reviewPickers(ctx context.Context, d *reviewData, form url.Values, on vn.Date) error {
	if form == nil {
		form = draftUnitValues(d.Rows)
	}
	f := formState{Values: form, Errors: map[string]string{}}
	loc := i18n.LocaleOf(tiendo.ActorFromContext(ctx))
	for i := range d.Rows {
		row := &d.Rows[i]
		hint := ""
		if row.Lead.Text != "" {
			hint = i18n.Translate(loc, "review.written", row.Lead.Text)
		}
		if row.Confidence != "" {
			hint = joinHint(hint, i18n.Translate(loc, "review.confidence", row.Confidence))
		}
		var err error
		row.LeadPicker, err = s.reviewPicker(ctx, f, pickerSpec{name: row.Key + ".lead", label: i18n.Translate(loc, "review.lead"),
			hint: hint, multiple: true, required: true, assignable: true, on: on}, row.Lead, d.Err(row.N, "lead"), loc)
		if err != nil {
			return err
		}
		for j := range row.Coop {
			c := &row.Coop[j]
			label := i18n.Translate(loc, "review.coop")
			if c.Text != "" {
				label += ": " + c.Text
			}
			if c.Picker, err = s.reviewPicker(ctx, f, pickerSpec{name: c.Key, label: label, multiple: true, on: on},
				c.DraftOrg, "", loc); err != nil {
				return err
			}
		}
		row.CoopX, err = s.reviewPicker(ctx, f, pickerSpec{name: row.Key + ".coopx", label: i18n.Translate(loc, "review.coop_add"),
			multiple: true, on: on}, tiendo.DraftOrg{}, d.Err(row.N, "cooperating"), loc)
		if err != nil {
			return err
		}
	}
	return nil
}

// reviewPicker is one picker of the review: the mention's flag beside its
// hint, and its candidates not yet chosen offered first.
func (s *Server) reviewPicker(ctx context.Context, f formState, sp pickerSpec, m tiendo.DraftOrg, fieldErr, loc string) (*orgPicker, error) {
	p, err := s.orgPicker(ctx, f, sp)
	if err != nil {
		return nil, err
	}
	p.Flag, p.Err = m.Flag, fieldErr
	var ids []int64
	for _, c := range m.Candidates {
		ids = append(ids, c.ID)
	}
	if len(ids) == 0 {
		return p, nil
	}
	hits, err := s.svc.SearchOrgs(ctx, service.OrgSearch{IDs: ids, On: sp.on, Limit: 100})
	if err != nil {
		return nil, err
	}
	for _, h := range p.Chosen {
		hits = withoutIDs(hits, []int64{h.ID})
	}
	p.Offered, p.OfferedLabel = hits, i18n.Translate(loc, "review.candidates")
	return p, nil
}

func joinHint(a, b string) string {
	if a == "" {
		return b
	}
	return a + " · " + b
}
