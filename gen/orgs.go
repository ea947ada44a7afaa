package gen

import (
	"context"
	"fmt"
	"math/rand/v2"

	"tiendo"
	"tiendo/service"
)

// plan splits Options.Orgs into the province's bodies, districts with their
// offices, and communes, so that the total is exact.
type plan struct {
	depts     int // provincial departments
	districts int
	offices   int // offices per district People's Committee
	communes  int // in total, spread over the districts
	extra     int // additional offices of the first district, to round the total
}

// provinceBodies are the province node, its People's Committee, party
// committee and People's Council.
const provinceBodies = 4

// districtCore are a district node, its People's Committee, party
// committee and police; a commune is a node, its People's Committee and its
// party committee.
const (
	districtCore = 4
	communeSize  = 3
)

func planOrgs(n int) plan {
	p := plan{depts: min(len(provinceDepts), max(3, n/20))}
	rem := n - provinceBodies - p.depts
	// About 15 communes and 8 offices per district, as in most provinces.
	p.districts = max(1, min((rem+28)/57, rem/(districtCore+communeSize)))
	p.offices = min(8, (rem-(districtCore+communeSize)*p.districts)/p.districts)
	rem -= p.districts * (districtCore + p.offices)
	p.communes, p.extra = rem/communeSize, rem%communeSize
	return p
}

// names returns n distinct two-syllable place names in random order,
// numbered when the syllables run out.
func (g *generator) names(n int) []string {
	var all []string
	for _, a := range syllableA {
		for _, b := range syllableB {
			if a != b {
				all = append(all, a+" "+b)
			}
		}
	}
	g.rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	out := make([]string, n)
	for i := range out {
		out[i] = all[i%len(all)]
		if i >= len(all) {
			out[i] += fmt.Sprintf(" %d", i/len(all)+1)
		}
	}
	return out
}

// buildOrgs creates the province in one transaction.
func (g *generator) buildOrgs(ctx context.Context) error {
	p := planOrgs(g.opts.Orgs)
	g.stats.Districts = p.districts
	err := g.st.Tx(ctx, func(st tiendo.Store) error {
		create := func(code, abbrev, name string, kind tiendo.OrgKind, level tiendo.Level, parent int64) (int64, error) {
			o := &tiendo.Org{Code: code, Abbrev: abbrev, Name: name, Kind: kind, Level: level}
			if parent != 0 {
				o.ParentID = &parent
			}
			if err := st.CreateOrg(ctx, o); err != nil {
				return 0, fmt.Errorf("gen: organisation %s: %w", code, err)
			}
			g.stats.Orgs++
			return o.ID, nil
		}
		if err := g.buildProvince(create, p); err != nil {
			return err
		}
		names := g.names(p.districts)
		width := len(fmt.Sprint(p.districts))
		for i := range p.districts {
			communes := p.communes / p.districts
			if i < p.communes%p.districts {
				communes++
			}
			offices := p.offices
			if i == 0 {
				offices += p.extra
			}
			if err := g.buildDistrict(create, fmt.Sprintf("D%0*d", width, i+1), i, names[i], offices, communes); err != nil {
				return err
			}
		}
		return g.audit(ctx, st, "org", g.province.node, map[string]any{"orgs": g.stats.Orgs, "districts": p.districts})
	})
	if err != nil {
		return err
	}
	g.rankLeads()
	g.zipf = rand.NewZipf(g.rng, 1.1, 8, uint64(len(g.leads)-1))
	fmt.Fprintf(g.out, "gen: %d organisations (%d districts, %d communes)\n", g.stats.Orgs, p.districts, p.communes)
	return nil
}

// rankLeads orders the lead organisations by how many tasks they get: a
// few units carry many (rank k leads in proportion to (8+k)^-1.1). The
// district People's Committees come first, party committees of communes
// last, the others in random order.
func (g *generator) rankLeads() {
	var first, middle, last []*leadOf
	for _, l := range g.leads {
		switch {
		case len(l.subUnits) > 0:
			first = append(first, l)
		case l.party:
			last = append(last, l)
		default:
			middle = append(middle, l)
		}
	}
	for _, part := range [][]*leadOf{first, middle, last} {
		g.rng.Shuffle(len(part), func(i, j int) { part[i], part[j] = part[j], part[i] })
	}
	g.leads = append(append(first, middle...), last...)
}

type createFunc func(code, abbrev, name string, kind tiendo.OrgKind, level tiendo.Level, parent int64) (int64, error)

func (g *generator) buildProvince(create createFunc, p plan) error {
	u := &unit{name: "tỉnh " + provinceName, partyName: "Tỉnh ủy " + provinceName, partyCode: "TU", stateIssue: "UBND"}
	var err error
	steps := []struct {
		dst                *int64
		code, abbrev, name string
		kind               tiendo.OrgKind
	}{
		{&u.node, "P", "", "Tỉnh " + provinceName, tiendo.KindAdministrative},
		{&u.committee, "P-UBND", "UBND", "UBND tỉnh " + provinceName, tiendo.KindPeoplesCommittee},
		{&u.party, "P-TU", "TU", "Tỉnh ủy " + provinceName, tiendo.KindPartyCommittee},
		{new(int64), "P-HDND", "HĐND", "HĐND tỉnh " + provinceName, tiendo.KindPeoplesCouncil},
	}
	for i, s := range steps {
		parent := u.node
		if i == 0 {
			parent = 0
		}
		if *s.dst, err = create(s.code, s.abbrev, s.name, s.kind, tiendo.LevelProvince, parent); err != nil {
			return err
		}
	}
	for _, d := range provinceDepts[:p.depts] {
		parent := u.committee
		switch d.Kind {
		case tiendo.KindPolice, tiendo.KindMilitary, tiendo.KindMassOrganisation:
			parent = u.node
		}
		if d.Abbrev == "BTG" || d.Abbrev == "BTC" || d.Abbrev == "UBKT" {
			parent = u.party
		}
		id, err := create("P-"+d.Abbrev, d.Abbrev, d.Name, d.Kind, tiendo.LevelProvince, parent)
		if err != nil {
			return err
		}
		u.members = append(u.members, id)
		g.leads = append(g.leads, &leadOf{id: id, area: u.name})
	}
	g.province = u
	return nil
}

// buildDistrict creates one district: the first is a city of wards, the
// second a town, the others rural districts whose first commune is a
// township.
func (g *generator) buildDistrict(create createFunc, code string, index int, name string, offices, communes int) error {
	kind, commune := "Huyện", "Xã"
	switch index {
	case 0:
		kind, commune = "Thành phố", "Phường"
	case 1:
		kind, commune = "Thị xã", "Phường"
	}
	u := &unit{name: lower(kind) + " " + name, partyName: "Huyện ủy " + name, partyCode: "HU", stateIssue: "UBND"}
	switch index {
	case 0:
		u.partyName, u.partyCode = "Thành ủy "+name, "TU" // a provincial city's party committee is a Thành ủy
	case 1:
		u.partyName = "Thị ủy " + name
	}
	dl := tiendo.LevelDistrict
	var err error
	if u.node, err = create(code, "", kind+" "+name, tiendo.KindAdministrative, dl, g.province.node); err != nil {
		return err
	}
	if u.committee, err = create(code+"-UBND", "UBND", "UBND "+u.name, tiendo.KindPeoplesCommittee, dl, u.node); err != nil {
		return err
	}
	if u.party, err = create(code+"-HU", u.partyCode, u.partyName, tiendo.KindPartyCommittee, dl, u.node); err != nil {
		return err
	}
	police, err := create(code+"-CA", "CA", "Công an "+u.name, tiendo.KindPolice, dl, u.node)
	if err != nil {
		return err
	}
	ubnd := &leadOf{id: u.committee, area: u.name, district: u}
	g.leads = append(g.leads, ubnd, &leadOf{id: police, area: u.name, district: u})
	u.members = append(u.members, u.committee, police)
	for _, d := range districtDepts[:offices] {
		id, err := create(code+"-"+d.Abbrev, d.Abbrev, d.Name+" "+u.name, d.Kind, dl, u.committee)
		if err != nil {
			return err
		}
		ubnd.subUnits = append(ubnd.subUnits, id)
		u.members = append(u.members, id)
		g.leads = append(g.leads, &leadOf{id: id, area: u.name, district: u})
	}
	names := g.names(communes)
	for j := range communes {
		ck := commune
		if index > 1 && j == 0 {
			ck = "Thị trấn"
		}
		cc := fmt.Sprintf("%s-X%03d", code, j+1)
		cname := ck + " " + names[j]
		node, err := create(cc, "", cname, tiendo.KindAdministrative, tiendo.LevelCommune, u.node)
		if err != nil {
			return err
		}
		committee, err := create(cc+"-UBND", "UBND", "UBND "+lower(ck)+" "+names[j], tiendo.KindPeoplesCommittee, tiendo.LevelCommune, node)
		if err != nil {
			return err
		}
		party, err := create(cc+"-DU", "ĐU", "Đảng ủy "+lower(ck)+" "+names[j], tiendo.KindPartyCommittee, tiendo.LevelCommune, node)
		if err != nil {
			return err
		}
		area := lower(ck) + " " + names[j]
		g.leads = append(g.leads, &leadOf{id: committee, area: area, district: u}, &leadOf{id: party, area: area, district: u, party: true})
		u.members = append(u.members, committee, party)
	}
	g.districts = append(g.districts, u)
	return nil
}

// lower lowercases the first letter of an administrative kind ("Huyện" →
// "huyện").
func lower(kind string) string {
	switch kind {
	case "Huyện":
		return "huyện"
	case "Thành phố":
		return "thành phố"
	case "Thị xã":
		return "thị xã"
	case "Phường":
		return "phường"
	case "Xã":
		return "xã"
	case "Thị trấn":
		return "thị trấn"
	}
	return kind
}

// buildAccounts creates an admin, a provincial leader and one office
// account per district, all with Password.
func (g *generator) buildAccounts(ctx context.Context) error {
	hash, err := service.HashPassword(Password)
	if err != nil {
		return err
	}
	err = g.st.Tx(ctx, func(st tiendo.Store) error {
		add := func(login string, role tiendo.Role, org int64) (int64, error) {
			a := &tiendo.Account{Login: login, PasswordHash: hash, Locale: "vi", Grants: []tiendo.Grant{{Role: role}}}
			if org != 0 {
				a.Grants[0].OrgID = &org
			}
			if err := st.CreateAccount(ctx, a); err != nil {
				return 0, fmt.Errorf("gen: account %s: %w", login, err)
			}
			g.stats.Accounts++
			return a.ID, nil
		}
		if _, err := add("admin", tiendo.RoleAdmin, 0); err != nil {
			return err
		}
		var err error
		if g.leader, err = add("lanhdao", tiendo.RoleLeader, g.province.node); err != nil {
			return err
		}
		width := len(fmt.Sprint(len(g.districts)))
		for i, d := range g.districts {
			if d.office, err = add(fmt.Sprintf("vp-d%0*d", width, i+1), tiendo.RoleOffice, d.node); err != nil {
				return err
			}
		}
		return g.audit(ctx, st, "account", g.leader, map[string]any{"accounts": g.stats.Accounts})
	})
	if err == nil {
		fmt.Fprintf(g.out, "gen: %d accounts (password %q)\n", g.stats.Accounts, Password)
	}
	return err
}
