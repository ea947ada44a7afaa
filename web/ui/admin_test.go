package ui

import (
	"net/url"
	"strings"
	"testing"
	"tiendo"
)

// FuzzGrantRows: whatever the role and org fields hold (lengths that do
// not match, junk ids), the editor lays out every row with a role plus one
// empty row, and reading grants never panics and keeps only rows with a
// role.
func FuzzGrantRows(f *testing.F) {
	f.Add("officer\x00viewer", "12\x00")
	f.Add("\x00admin", "x\x00-3\x009")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, roles, orgs string) {
		vals := url.Values{"role": strings.Split(roles, "\x00"), "org": strings.Split(orgs, "\x00")}
		withRole := 0
		for _, r := range vals["role"] {
			if r != "" {
				withRole++
			}
		}
		rows := grantRows(vals)
		if len(rows) != withRole+1 || rows[len(rows)-1].Role != "" || rows[0].Num != 1 {
			t.Fatalf("rows %+v for %q", rows, vals)
		}
		fr := &formReader{vals: vals}
		grants := readGrants(fr)
		if len(grants)+len(tiendo.ErrorFields(fr.err())) == 0 && withRole > 0 {
			t.Fatalf("%d rows with a role read as nothing, without an error", withRole)
		}
		for _, g := range grants {
			if g.Role == "" || (g.OrgID != nil && *g.OrgID < 1) {
				t.Fatalf("grant %+v", g)
			}
		}
	})
}
