package extract

import (
	"sort"
	"strings"

	"tiendo/vn"
)

// OrgName is an organisation of the tree as the matcher sees it.
type OrgName struct {
	ID     int64
	Name   string // "Phòng Văn hóa và Thông tin quận Hai Bà Trưng"
	Abbrev string // customary abbreviation, if any
}

// Match is the organisation a mention was matched to. OrgID 0 means it was
// not matched: the mention stays as text and is flagged for the office,
// never guessed silently. Candidates lists the close ones for review.
type Match struct {
	Text       string    `json:"text"`
	OrgID      int64     `json:"org_id,omitempty"`
	Name       string    `json:"name,omitempty"`
	Confidence float64   `json:"confidence"`
	Flag       string    `json:"flag,omitempty"` // why it is not matched, in Vietnamese
	Candidates []OrgName `json:"candidates,omitempty"`
}

// Matcher matches organisation mentions to the organisation tree, ignoring
// diacritics and expanding the usual abbreviations.
type Matcher struct {
	orgs  []OrgName
	words [][]string
}

// abbreviations are expanded before comparing (folded forms).
var abbreviations = []struct{ short, long string }{
	{"ubmttq", "uy ban mat tran to quoc"}, {"ubnd", "uy ban nhan dan"}, {"hdnd", "hoi dong nhan dan"},
	{"mttq", "mat tran to quoc"}, {"bcd", "ban chi dao"}, {"bqlda", "ban quan ly du an"},
	{"vh&tt", "van hoa va thong tin"}, {"vhtt", "van hoa va thong tin"}, {"vh-tt", "van hoa va thong tin"},
	{"kh&dt", "ke hoach va dau tu"}, {"khdt", "ke hoach va dau tu"}, {"kh-dt", "ke hoach va dau tu"},
	{"tc-kh", "tai chinh ke hoach"}, {"tckh", "tai chinh ke hoach"}, {"qldt", "quan ly do thi"},
	{"tn&mt", "tai nguyen va moi truong"}, {"tnmt", "tai nguyen va moi truong"},
	{"gd&dt", "giao duc va dao tao"}, {"gddt", "giao duc va dao tao"}, {"ld-tb&xh", "lao dong thuong binh va xa hoi"},
	{"ldtbxh", "lao dong thuong binh va xa hoi"}, {"ca", "cong an"}, {"bch", "ban chi huy"}, {"qs", "quan su"},
	{"tp", "thanh pho"}, {"vp", "van phong"},
	// Issue 14: the fronts, unions and party bodies as news and commune
	// notices write them.
	{"ubmttqvn", "uy ban mat tran to quoc"}, {"mttqvn", "mat tran to quoc"}, {"ubmt", "uy ban mat tran to quoc"},
	{"ldld", "lien doan lao dong"}, {"dtn", "doan thanh nien"}, {"tncs", "thanh nien cong san"},
	{"hlhpn", "hoi lien hiep phu nu"}, {"lhpn", "lien hiep phu nu"}, {"hnd", "hoi nong dan"},
	{"hccb", "hoi cuu chien binh"}, {"ccb", "cuu chien binh"}, {"chqs", "chi huy quan su"},
	{"ttyt", "trung tam y te"}, {"ubkt", "uy ban kiem tra"}, {"btv", "ban thuong vu"},
	{"bhxh", "bao hiem xa hoi"},
}

// fillerWords carry no identity: "Phòng Văn hóa và Thông tin" matches
// "Phòng Văn hóa & thông tin"; "Việt Nam" is in every front's name.
var fillerWords = map[string]bool{"va": true, "&": true, "viet": true, "nam": true, "cua": true}

// matchWords returns the comparison words of a name.
func matchWords(s string) []string {
	f := vn.Fold(strings.NewReplacer("–", "-", "—", "-", ",", " ", "(", " ", ")", " ").Replace(s))
	var out []string
	for _, w := range strings.Fields(f) {
		long := w
		for _, a := range abbreviations {
			if strings.ReplaceAll(w, "-", "") == strings.ReplaceAll(a.short, "-", "") {
				long = a.long
				break
			}
		}
		for _, x := range strings.FieldsFunc(long, func(r rune) bool { return r == ' ' || r == '-' }) {
			if !fillerWords[x] {
				out = append(out, x)
			}
		}
	}
	return out
}

// NewMatcher prepares a matcher over orgs.
func NewMatcher(orgs []OrgName) *Matcher {
	m := &Matcher{orgs: orgs}
	for _, o := range orgs {
		m.words = append(m.words, matchWords(o.Name))
	}
	return m
}

// pluralWords make a mention name several bodies: "các phường", "các
// phòng, ban", "các đơn vị".
var pluralWords = []string{"cac ", "nhung ", "mot so ", "tat ca "}

// Match finds the organisation a mention names. Confidence is how much of
// the mention the organisation's name explains, lowered by the part of the
// name the mention leaves out (a mention usually omits the district:
// "Công an quận" is "Công an quận Hai Bà Trưng"). A mention of several
// bodies, one matched below 0.6, or two close matches are flagged.
func (m *Matcher) Match(mention string) Match {
	res := Match{Text: mention}
	f := " " + vn.Fold(mention) + " "
	for _, p := range pluralWords {
		if strings.Contains(f, " "+p) {
			res.Flag = "Nhiều đơn vị: chọn từng đơn vị chủ trì"
			return res
		}
	}
	mw := matchWords(mention)
	if len(mw) == 0 {
		res.Flag = "Không nhận ra đơn vị"
		return res
	}
	type scored struct {
		i     int
		score float64
	}
	var all []scored
	for i, ow := range m.words {
		if s := similarity(mw, ow); s > 0 {
			all = append(all, scored{i, s})
		}
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].score > all[b].score })
	for k := 0; k < len(all) && k < 3; k++ {
		res.Candidates = append(res.Candidates, m.orgs[all[k].i])
	}
	switch {
	case len(all) == 0 || all[0].score < 0.6:
		res.Flag = "Không tìm thấy đơn vị trong cây tổ chức"
		if len(all) > 0 {
			res.Confidence = round2(all[0].score)
		}
	case len(all) > 1 && all[0].score-all[1].score < 0.05:
		res.Flag = "Có nhiều đơn vị gần giống: cần chọn"
		res.Confidence = round2(all[0].score)
	default:
		o := m.orgs[all[0].i]
		res.OrgID, res.Name, res.Confidence, res.Candidates = o.ID, o.Name, round2(all[0].score), nil
	}
	return res
}

// similarity is the share of the mention's words found in the name,
// times a milder penalty for the name's words the mention leaves out.
// Words count as often as they occur (a multiset); names and mentions are
// a few words, so a pairwise scan beats building a map per name (which
// was most of a 500-row appendix's matching time).
func similarity(mention, name []string) float64 {
	var buf [16]bool
	var used []bool
	if len(name) <= len(buf) {
		used = buf[:len(name)]
	} else {
		used = make([]bool, len(name))
	}
	hit := 0
	for _, w := range mention {
		for j, n := range name {
			if !used[j] && n == w {
				used[j] = true
				hit++
				break
			}
		}
	}
	if hit == 0 {
		return 0
	}
	covered := float64(hit) / float64(len(mention))
	explained := float64(hit) / float64(len(name))
	return covered * (0.75 + 0.25*explained)
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
