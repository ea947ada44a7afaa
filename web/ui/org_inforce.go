package ui

import (
	"context"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/i18n"
)

// leadNames names every organisation, an ended one followed by its
// successor in force: "UBND phường Phố Huế (kế thừa: UBND phường Hai Bà
// Trưng)", so existing tasks of dissolved bodies show who carries them on.
func leadNames(ctx context.Context, orgs []*tiendo.Org, today vn.Date) map[int64]string {
	tree := tiendo.NewOrgTree(orgs)
	loc := i18n.LocaleOf(tiendo.ActorFromContext(ctx))
	names := make(map[int64]string, len(orgs))
	for _, o := range orgs {
		names[o.ID] = o.Name
		if !o.EndedBy(today) {
			continue
		}
		if succ := tree.SuccessorInForce(o.ID, today); succ != nil {
			names[o.ID] = o.Name + " (" + i18n.Translate(loc, "org.successor") + " " + succ.Name + ")"
		}
	}
	return names
}
