package gen

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// issuer is a body that issues documents and assigns tasks.
type issuer struct {
	id    int64
	name  string
	code  string // "UBND", "TU", "HU"
	party bool
	unit  *unit
}

// docKinds are the document types each style issues, with weights.
var (
	stateKinds = []weighted[string]{{"KH", 35}, {"QĐ", 15}, {"TB", 20}, {"CT", 5}, {"", 25}}
	partyKinds = []weighted[string]{{"KL", 35}, {"KH", 25}, {"CT", 10}, {"NQ", 15}, {"TB", 15}}
	// cvUnits are the drafting units of a công văn ("1234/UBND-KT").
	cvUnits = []string{"KT", "ĐT", "NC", "VX", "TH", "NNMT"}
)

type weighted[T any] struct {
	v T
	w int
}

func choose[T any](g *generator, list []weighted[T]) T {
	total := 0
	for _, x := range list {
		total += x.w
	}
	n := g.rng.IntN(total)
	for _, x := range list {
		if n < x.w {
			return x.v
		}
		n -= x.w
	}
	return list[len(list)-1].v
}

// issuerFor picks the body that assigns a task led by l: mostly the
// district's People's Committee for district units, the province's for
// provincial ones and districts, sometimes the party committee.
func (g *generator) issuerFor(l *leadOf) issuer {
	u := g.province
	if l.district != nil && l.id != l.district.committee && !g.chance(0.1) {
		u = l.district
	}
	if g.chance(0.15) {
		return issuer{id: u.party, name: u.partyName, code: u.partyCode, party: true, unit: u}
	}
	return issuer{id: u.committee, name: "UBND " + u.name, code: u.stateIssue, unit: u}
}

// buildDocuments creates about one document per 50 tasks, issued by the
// bodies that assign tasks, numbered in date order per symbol and year.
func (g *generator) buildDocuments(ctx context.Context) error {
	n := g.opts.Tasks / 50
	if n == 0 && g.opts.Tasks > 0 {
		n = 1
	}
	type draft struct {
		is          issuer
		typ         string
		date        vn.Date
		action, obj string
	}
	drafts := make([]draft, n)
	for i := range drafts {
		is := g.issuerFor(pick(g.rng, g.leads))
		kinds := stateKinds
		if is.party {
			kinds = partyKinds
		}
		th := pick(g.rng, themes)
		drafts[i] = draft{is: is, typ: choose(g, kinds), date: g.between(g.start, g.today),
			action: strings.ToLower(pick(g.rng, th.actions)), obj: pick(g.rng, th.objects)}
	}
	sort.SliceStable(drafts, func(i, j int) bool { return drafts[i].date.Before(drafts[j].date) })
	counters := map[string]int{}
	g.docs = map[int64][]*tiendo.Document{}
	for start := 0; start < n; start += batchSize {
		end := min(n, start+batchSize)
		err := g.st.Tx(ctx, func(st tiendo.Store) error {
			for _, dr := range drafts[start:end] {
				key := fmt.Sprintf("%s/%s/%d/%v", dr.typ, dr.is.code, dr.date.Year, dr.is.party)
				counters[key] += 1 + g.rng.IntN(12)
				number := stateNumber(counters[key], dr.typ, dr.is.code, g)
				if dr.is.party {
					number = fmt.Sprintf("%d-%s/%s", counters[key], dr.typ, dr.is.code)
				}
				parsed, err := vn.ParseDocNumber(number)
				if err != nil {
					return fmt.Errorf("gen: document number %s: %w", number, err)
				}
				issuerID := dr.is.id
				d := &tiendo.Document{Number: parsed.Canonical(), Parsed: parsed, Type: parsed.Type, IssuerID: &issuerID,
					Issuer: dr.is.name, Date: dr.date, Summary: summary(dr.typ, dr.action, dr.obj, dr.is, dr.date)}
				if err := st.CreateDocument(ctx, d); err != nil {
					return fmt.Errorf("gen: document %s: %w", number, err)
				}
				g.docs[issuerID] = append(g.docs[issuerID], d)
				g.stats.Documents++
			}
			return g.audit(ctx, st, "document", 0, map[string]any{"documents": end - start})
		})
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(g.out, "gen: %d documents\n", g.stats.Documents)
	return nil
}

// stateNumber writes a state document's number: "1234/KH-UBND", or for a
// công văn, which has no type, "1234/UBND-KT".
func stateNumber(n int, typ, code string, g *generator) string {
	if typ == "" {
		return fmt.Sprintf("%d/%s-%s", n, code, pick(g.rng, cvUnits))
	}
	return fmt.Sprintf("%d/%s-%s", n, typ, code)
}

// summary is the trích yếu of a generated document.
func summary(typ, action, object string, is issuer, date vn.Date) string {
	what := action + " " + object + " trên địa bàn " + is.unit.name
	switch typ {
	case "":
		return "V/v " + what
	case "TB", "KL":
		return fmt.Sprintf("Kết luận hội nghị giao ban về %s tháng %d/%d", object, date.Month, date.Year)
	case "QĐ":
		return fmt.Sprintf("Quyết định phê duyệt kế hoạch %s năm %d", what, date.Year)
	case "CT":
		return "Chỉ thị về tăng cường " + object + " trên địa bàn " + is.unit.name
	case "NQ":
		return fmt.Sprintf("Nghị quyết về %s năm %d", object, date.Year)
	}
	return fmt.Sprintf("%s %s năm %d", tiendo.DocTypeNames[typ], what, date.Year)
}
