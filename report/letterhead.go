package report

import (
	"strings"

	"tiendo"
	"tiendo/vn"
)

// Letterhead is what the organisation tree says about the top and the
// foot of a document one organisation issues (NĐ 30/2020/NĐ-CP, Appendix
// I): the governing and issuing bodies, the issuer's part of the symbol,
// the place and the signing capacity.
type Letterhead struct {
	ParentBody string // cơ quan chủ quản trực tiếp, upper case; "" when none
	Body       string // cơ quan ban hành, upper case
	Abbrev     string // issuer part of the symbol: "UBND" in "Số: 12/BC-UBND"
	Place      string // the administrative unit where the body sits: "Hà Nội", "Phường 12"
	SignerRole string // "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"; one line each
	Governing  string // the governing body's name as recipients write it; "" when none
	Party      bool   // a party committee or one of its bodies: the party layout (HD 36-HD/VPTW)
}

// LetterheadOf derives the letterhead of organisation id on date on.
// An administrative unit as a whole (a city, a ward) issues through its
// People's Committee. The governing body is the parent organisation; a
// body standing directly under its locality (a People's Committee, a
// party committee) answers to the body of the same kind one level up
// ("UBND THÀNH PHỐ HÀ NỘI" over "UBND PHƯỜNG PHỐ HUẾ"), and the other
// bodies of a locality to its People's Committee. The place is the
// locality the body sits in, as NĐ 30 writes it ("Hà Nội" for the city's
// bodies, "Phố Huế" for the ward's). An unknown id gives an empty
// letterhead.
func LetterheadOf(tree *tiendo.OrgTree, id int64, on vn.Date) Letterhead {
	o := issuingOrg(tree, id, on)
	if o == nil {
		return Letterhead{}
	}
	// The symbol holds no spaces: "VP UBND TP" is written "VPUBNDTP".
	lh := Letterhead{Body: upperName(o.Name), Abbrev: strings.Join(strings.Fields(o.Abbrev), ""), SignerRole: signerRole(o)}
	if lh.Abbrev == "" {
		lh.Abbrev = abbreviation(lh.Body)
	}
	if g := governing(tree, o, on); g != nil {
		lh.ParentBody, lh.Governing = upperName(g.Name), g.Name
	}
	lh.Party = partyBody(tree, o)
	if lh.Party && o.Kind == tiendo.KindPartyCommittee {
		// HD 36: a party committee heads with the party organisation
		// above it, "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI" over "ĐẢNG ỦY PHƯỜNG 12".
		lh.ParentBody = ""
		if p := parentOf(tree, o); p != nil && p.Kind == tiendo.KindAdministrative {
			if up := parentOf(tree, p); up != nil && up.Kind == tiendo.KindAdministrative {
				lh.ParentBody = "ĐẢNG BỘ " + upperName(up.Name)
			}
		}
	}
	lh.Place = placeOf(tree, o)
	return lh
}

// partyBody tells whether o is a party committee or a body of one: a
// party committee stands between o and its locality.
func partyBody(tree *tiendo.OrgTree, o *tiendo.Org) bool {
	for _, id := range tree.Ancestors(o.ID) {
		switch tree.Org(id).Kind {
		case tiendo.KindPartyCommittee:
			return true
		case tiendo.KindAdministrative:
			return false
		}
	}
	return false
}

// issuingOrg is the body that issues for organisation id: id itself, or
// for an administrative unit its People's Committee; nil for an unknown id
// or a nil tree.
func issuingOrg(tree *tiendo.OrgTree, id int64, on vn.Date) *tiendo.Org {
	if tree == nil {
		return nil
	}
	o := tree.Org(id)
	if o != nil && o.Kind == tiendo.KindAdministrative {
		if c := bodyOf(tree, o, tiendo.KindPeoplesCommittee, on); c != nil {
			return c
		}
	}
	return o
}

// parentOf is o's parent, nil at a root.
func parentOf(tree *tiendo.OrgTree, o *tiendo.Org) *tiendo.Org {
	if o.ParentID == nil {
		return nil
	}
	return tree.Org(*o.ParentID)
}

// governing is the body o answers to, nil when the tree does not hold it.
func governing(tree *tiendo.OrgTree, o *tiendo.Org, on vn.Date) *tiendo.Org {
	p := parentOf(tree, o)
	if p == nil {
		return nil
	}
	if p.Kind != tiendo.KindAdministrative {
		return p
	}
	switch o.Kind {
	case tiendo.KindPeoplesCommittee, tiendo.KindPeoplesCouncil, tiendo.KindPartyCommittee,
		tiendo.KindMassOrganisation, tiendo.KindPolice, tiendo.KindMilitary:
		// The same kind of body of the locality above.
		up := parentOf(tree, p)
		if up == nil {
			return nil
		}
		if up.Kind != tiendo.KindAdministrative {
			return up
		}
		return bodyOf(tree, up, o.Kind, on)
	}
	return bodyOf(tree, p, tiendo.KindPeoplesCommittee, on)
}

// bodyOf is the locality's body of a kind in force on on (any, when none
// is), nil when it has none. A body of the locality's own level comes
// first: a district's People's Committee, not a ward's one filed under the
// district.
func bodyOf(tree *tiendo.OrgTree, locality *tiendo.Org, kind tiendo.OrgKind, on vn.Date) *tiendo.Org {
	var found *tiendo.Org
	rank := func(c *tiendo.Org) int { // higher is better
		r := 0
		if c.Level == locality.Level {
			r += 2
		}
		if on.IsZero() || c.ActiveOn(on) {
			r++
		}
		return r
	}
	for _, id := range tree.Children(locality.ID) {
		c := tree.Org(id)
		if c == nil || c.Kind != kind {
			continue
		}
		if found == nil || rank(c) > rank(found) {
			found = c
		}
	}
	return found
}

// placeOf is the name of the nearest administrative unit above o without
// its type word ("Thành phố Hà Nội" → "Hà Nội"); a unit named by a number
// keeps it ("Phường 12"). A central body sits in Hà Nội.
func placeOf(tree *tiendo.OrgTree, o *tiendo.Org) string {
	for _, id := range tree.Ancestors(o.ID) {
		a := tree.Org(id)
		if a.Kind == tiendo.KindAdministrative {
			return localityName(a.Name)
		}
	}
	if o.Level == tiendo.LevelCentral {
		return "Hà Nội"
	}
	return ""
}

// unitWords are the type words of administrative units, longest first.
var unitWords = []string{"thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "quan", "huyen", "phuong", "xa"}

func localityName(name string) string {
	words := strings.Fields(name)
	for _, u := range unitWords {
		n := len(strings.Fields(u))
		if len(words) <= n || vn.Fold(strings.Join(words[:n], " ")) != u {
			continue
		}
		rest := strings.Join(words[n:], " ")
		if r := []rune(rest); r[0] >= '0' && r[0] <= '9' {
			return name // "Phường 12", "Quận 1"
		}
		return rest
	}
	return name
}

// upperName is a name in the capitals of a letterhead; "Thành phố Hà Nội"
// becomes "THÀNH PHỐ HÀ NỘI".
func upperName(s string) string { return strings.ToUpper(strings.Join(strings.Fields(s), " ")) }

// signerRole is the signing capacity of the head of o: a People's
// Committee signs collectively ("TM. ỦY BAN NHÂN DÂN" over its chair), a
// department by its head's title. A deputy signing writes "KT." before it
// (ReportOptions.SignerRole).
func signerRole(o *tiendo.Org) string {
	switch o.Kind {
	case tiendo.KindPeoplesCommittee:
		return "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
	case tiendo.KindPeoplesCouncil:
		return "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH"
	case tiendo.KindPartyCommittee:
		return "T/M BAN THƯỜNG VỤ\nBÍ THƯ"
	case tiendo.KindMassOrganisation:
		return "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH"
	}
	return headTitle(o)
}

// headTitles name the head of a body by the first words of its name.
var headTitles = []struct{ prefix, title string }{
	{"van phong", "CHÁNH VĂN PHÒNG"}, {"thanh tra", "CHÁNH THANH TRA"}, {"ban chi huy quan su", "CHỈ HUY TRƯỞNG"},
	{"ban chi dao", "TRƯỞNG BAN"}, {"ban quan ly", "GIÁM ĐỐC"}, {"ban", "TRƯỞNG BAN"}, {"so", "GIÁM ĐỐC"},
	{"phong", "TRƯỞNG PHÒNG"}, {"trung tam", "GIÁM ĐỐC"}, {"bo", "BỘ TRƯỞNG"}, {"chi cuc", "CHI CỤC TRƯỞNG"},
	{"cuc", "CỤC TRƯỞNG"}, {"vu", "VỤ TRƯỞNG"},
}

func headTitle(o *tiendo.Org) string {
	name := vn.Fold(o.Name)
	if strings.HasPrefix(name, "cong an") {
		if o.Level == tiendo.LevelProvince {
			return "GIÁM ĐỐC"
		}
		return "TRƯỞNG CÔNG AN"
	}
	for _, h := range headTitles {
		if name == h.prefix || strings.HasPrefix(name, h.prefix+" ") {
			return h.title
		}
	}
	return "THỦ TRƯỞNG CƠ QUAN"
}

// fill sets the header fields o leaves empty from lh; the layout is the
// party's when the issuing body is lh's party body.
func (o *ReportOptions) fill(lh Letterhead) {
	if o.Body == "" || o.Body == lh.Body {
		o.Party = o.Party || lh.Party
	}
	for _, f := range []struct {
		dst *string
		v   string
	}{
		{&o.ParentBody, lh.ParentBody}, {&o.Body, lh.Body}, {&o.Abbrev, lh.Abbrev}, {&o.Place, lh.Place},
		{&o.SignerRole, lh.SignerRole}, {&o.Governing, lh.Governing},
	} {
		if *f.dst == "" {
			*f.dst = f.v
		}
	}
}
