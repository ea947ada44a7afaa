package demo

import (
	"fmt"

	"tiendo"
	"tiendo/vn"
)

// orgSpec is one organisation of the demo tree. Parent, Successor and
// Members name other organisations by code; each must come earlier.
type orgSpec struct {
	Code, Abbrev, Name string
	Kind               tiendo.OrgKind
	Level              tiendo.Level
	Parent             string
	From, To           vn.Date
	Successor          string
	Members            []string
}

// Short names for the kinds and levels, to keep the tables on one line.
const (
	admin  = tiendo.KindAdministrative
	ubnd   = tiendo.KindPeoplesCommittee
	party  = tiendo.KindPartyCommittee
	hdnd   = tiendo.KindPeoplesCouncil
	dept   = tiendo.KindDepartment
	bcd    = tiendo.KindSteeringCommittee
	mass   = tiendo.KindMassOrganisation
	public = tiendo.KindPublicService
	police = tiendo.KindPolice
	army   = tiendo.KindMilitary

	province = tiendo.LevelProvince
	district = tiendo.LevelDistrict
	commune  = tiendo.LevelCommune
)

// cityOrgs are the city's bodies.
var cityOrgs = []orgSpec{
	{Code: "HN", Name: "Thành phố Hà Nội", Kind: admin, Level: province},
	{Code: "HN-UBND", Abbrev: "UBND", Name: "UBND Thành phố Hà Nội", Kind: ubnd, Level: province, Parent: "HN"},
	{Code: "HN-TU", Abbrev: "TU", Name: "Thành ủy Hà Nội", Kind: party, Level: province, Parent: "HN"},
	{Code: "HN-BCD197", Abbrev: "BCĐ197", Name: "Ban Chỉ đạo 197 Thành phố Hà Nội", Kind: bcd, Level: province, Parent: "HN",
		Members: []string{"HN-UBND"}},
	{Code: "HN-VPUB", Abbrev: "VP UBND TP", Name: "Văn phòng UBND Thành phố Hà Nội", Kind: dept, Level: province, Parent: "HN-UBND"},
	// The departments as merged from 1/3/2025: Xây dựng with Giao thông vận
	// tải, Tài chính with Kế hoạch và Đầu tư, Nội vụ with Lao động – Thương
	// binh và Xã hội.
	{Code: "HN-SXD", Abbrev: "SXD", Name: "Sở Xây dựng Hà Nội", Kind: dept, Level: province, Parent: "HN-UBND", From: cityDeptsFrom},
	{Code: "HN-STC", Abbrev: "STC", Name: "Sở Tài chính Hà Nội", Kind: dept, Level: province, Parent: "HN-UBND", From: cityDeptsFrom},
	{Code: "HN-SNV", Abbrev: "SNV", Name: "Sở Nội vụ Hà Nội", Kind: dept, Level: province, Parent: "HN-UBND", From: cityDeptsFrom},
	{Code: "HN-SVHTT", Abbrev: "SVHTT", Name: "Sở Văn hóa và Thể thao Hà Nội", Kind: dept, Level: province, Parent: "HN-UBND", From: cityDeptsFrom},
	{Code: "HN-CA", Abbrev: "CATP", Name: "Công an Thành phố Hà Nội", Kind: police, Level: province, Parent: "HN"},
}

// cityDeptsFrom is when the merged city departments started.
var cityDeptsFrom = vn.NewDate(2025, 3, 1)

// newWard is a ward created by the 2025 reform, directly under the city.
// Staffed wards get the three bodies every commune-level People's Committee
// has since 1/7/2025.
type newWard struct {
	Code, Name string
	Staffed    bool
}

var newWards = []newWard{
	{"HN-HAIBATRUNG", "Hai Bà Trưng", true},
	{"HN-BACHMAI", "Bạch Mai", true},
	{"HN-VINHTUY", "Vĩnh Tuy", true},
	{"HN-BODE", "Bồ Đề", false},
	{"HN-PHUCLOI", "Phúc Lợi", false},
}

// hbtOrgs are quận Hai Bà Trưng's district bodies (seeds 000, 002, 003, 004).
var hbtOrgs = []orgSpec{
	{Code: "HBT", Name: "Quận Hai Bà Trưng", Kind: admin, Level: district, Parent: "HN"},
	{Code: "HBT-QU", Abbrev: "QU", Name: "Quận ủy Hai Bà Trưng", Kind: party, Level: district, Parent: "HBT"},
	{Code: "HBT-BTG", Abbrev: "BTG", Name: "Ban Tuyên giáo Quận ủy Hai Bà Trưng", Kind: dept, Level: district, Parent: "HBT-QU"},
	{Code: "HBT-HDND", Abbrev: "HĐND", Name: "HĐND quận Hai Bà Trưng", Kind: hdnd, Level: district, Parent: "HBT"},
	{Code: "HBT-UBND", Abbrev: "UBND", Name: "UBND quận Hai Bà Trưng", Kind: ubnd, Level: district, Parent: "HBT"},
	{Code: "HBT-VP", Abbrev: "VP", Name: "Văn phòng HĐND-UBND quận Hai Bà Trưng", Kind: dept, Level: district, Parent: "HBT-UBND"},
	{Code: "HBT-QLDT", Abbrev: "QLĐT", Name: "Phòng Quản lý đô thị quận Hai Bà Trưng", Kind: dept, Level: district, Parent: "HBT-UBND"},
	{Code: "HBT-VHTT", Abbrev: "VH&TT", Name: "Phòng Văn hóa và Thông tin quận Hai Bà Trưng", Kind: dept, Level: district, Parent: "HBT-UBND"},
	{Code: "HBT-TCKH", Abbrev: "TC-KH", Name: "Phòng Tài chính – Kế hoạch quận Hai Bà Trưng", Kind: dept, Level: district, Parent: "HBT-UBND"},
	{Code: "HBT-NV", Abbrev: "NV", Name: "Phòng Nội vụ quận Hai Bà Trưng", Kind: dept, Level: district, Parent: "HBT-UBND"},
	{Code: "HBT-TTRA", Abbrev: "TTr", Name: "Thanh tra quận Hai Bà Trưng", Kind: dept, Level: district, Parent: "HBT-UBND"},
	{Code: "HBT-BQLDA", Abbrev: "BQLDA", Name: "Ban Quản lý dự án đầu tư xây dựng quận Hai Bà Trưng", Kind: public, Level: district, Parent: "HBT-UBND"},
	{Code: "HBT-TTPTQD", Abbrev: "TTPTQĐ", Name: "Trung tâm Phát triển quỹ đất quận Hai Bà Trưng", Kind: public, Level: district, Parent: "HBT-UBND"},
	{Code: "HBT-CA", Abbrev: "CA", Name: "Công an quận Hai Bà Trưng", Kind: police, Level: district, Parent: "HBT"},
	{Code: "HBT-QS", Abbrev: "BCHQS", Name: "Ban Chỉ huy Quân sự quận Hai Bà Trưng", Kind: army, Level: district, Parent: "HBT"},
	{Code: "HBT-MTTQ", Abbrev: "MTTQ", Name: "Ủy ban MTTQ Việt Nam quận Hai Bà Trưng", Kind: mass, Level: district, Parent: "HBT"},
	{Code: "HBT-BCD197", Abbrev: "BCĐ197", Name: "Ban Chỉ đạo 197 quận Hai Bà Trưng", Kind: bcd, Level: district, Parent: "HBT",
		Members: []string{"HBT-CA", "HBT-QLDT", "HBT-VHTT", "HBT-BQLDA", "HBT-TCKH", "HBT-MTTQ"}},
}

// oldWard is a ward that ended with the reform. Successor is the new ward
// that took over most of it under Nghị quyết 1656/NQ-UBTVQH15 (phường Hai
// Bà Trưng: all of Đồng Nhân and Phố Huế, most of Nguyễn Du, Phạm Đình Hổ
// and Lê Đại Hành; phường Bạch Mai: all of Bạch Mai, Quỳnh Mai and Bách
// Khoa, most of Thanh Nhàn, Minh Khai and Đồng Tâm). Simplified: the
// reform split some wards between several successors, some outside these
// three (Tương Mai, Cửa Nam, Hồng Hà); the demo links each to one.
// Dissolve wards are dissolved through the service after their history,
// so their open tasks move to the successor; the others are created
// already ended.
type oldWard struct {
	Code, Name string
	Successor  string
	Dissolve   bool
	BCD197     bool // has a steering committee 197 of its own (seed 000)
}

// hbtWards are the 18 wards of quận Hai Bà Trưng (2020–2025).
var hbtWards = []oldWard{
	{Code: "HBT-BACHDANG", Name: "Bạch Đằng", Successor: "HN-HAIBATRUNG", Dissolve: true},
	{Code: "HBT-BACHKHOA", Name: "Bách Khoa", Successor: "HN-BACHMAI"},
	{Code: "HBT-BACHMAI", Name: "Bạch Mai", Successor: "HN-BACHMAI"},
	{Code: "HBT-CAUDEN", Name: "Cầu Dền", Successor: "HN-HAIBATRUNG"},
	{Code: "HBT-DONGMAC", Name: "Đống Mác", Successor: "HN-HAIBATRUNG"},
	{Code: "HBT-DONGNHAN", Name: "Đồng Nhân", Successor: "HN-HAIBATRUNG"},
	{Code: "HBT-DONGTAM", Name: "Đồng Tâm", Successor: "HN-BACHMAI"},
	{Code: "HBT-LEDAIHANH", Name: "Lê Đại Hành", Successor: "HN-HAIBATRUNG", Dissolve: true, BCD197: true},
	{Code: "HBT-MINHKHAI", Name: "Minh Khai", Successor: "HN-BACHMAI"},
	{Code: "HBT-NGUYENDU", Name: "Nguyễn Du", Successor: "HN-HAIBATRUNG"},
	{Code: "HBT-PHAMDINHHO", Name: "Phạm Đình Hổ", Successor: "HN-HAIBATRUNG"},
	{Code: "HBT-PHOHUE", Name: "Phố Huế", Successor: "HN-HAIBATRUNG", BCD197: true},
	{Code: "HBT-QUYNHLOI", Name: "Quỳnh Lôi", Successor: "HN-VINHTUY"},
	{Code: "HBT-QUYNHMAI", Name: "Quỳnh Mai", Successor: "HN-BACHMAI"},
	{Code: "HBT-THANHLUONG", Name: "Thanh Lương", Successor: "HN-VINHTUY"},
	{Code: "HBT-THANHNHAN", Name: "Thanh Nhàn", Successor: "HN-BACHMAI"},
	{Code: "HBT-TRUONGDINH", Name: "Trương Định", Successor: "HN-BACHMAI", BCD197: true},
	{Code: "HBT-VINHTUY", Name: "Vĩnh Tuy", Successor: "HN-VINHTUY"},
}

// lbOrgs are quận Long Biên's bodies named in seed 001.
var lbOrgs = []orgSpec{
	{Code: "LB", Name: "Quận Long Biên", Kind: admin, Level: district, Parent: "HN"},
	{Code: "LB-QU", Abbrev: "QU", Name: "Quận ủy Long Biên", Kind: party, Level: district, Parent: "LB"},
	{Code: "LB-BDV", Abbrev: "BDV", Name: "Ban Dân vận Quận ủy Long Biên", Kind: dept, Level: district, Parent: "LB-QU"},
	{Code: "LB-UBND", Abbrev: "UBND", Name: "UBND quận Long Biên", Kind: ubnd, Level: district, Parent: "LB"},
	{Code: "LB-QLDT", Abbrev: "QLĐT", Name: "Phòng Quản lý đô thị quận Long Biên", Kind: dept, Level: district, Parent: "LB-UBND"},
	{Code: "LB-VHTT", Abbrev: "VH&TT", Name: "Phòng Văn hóa và Thông tin quận Long Biên", Kind: dept, Level: district, Parent: "LB-UBND"},
	{Code: "LB-TCKH", Abbrev: "TC-KH", Name: "Phòng Tài chính – Kế hoạch quận Long Biên", Kind: dept, Level: district, Parent: "LB-UBND"},
	{Code: "LB-BQLDA", Abbrev: "BQLDA", Name: "Ban Quản lý dự án đầu tư xây dựng quận Long Biên", Kind: public, Level: district, Parent: "LB-UBND"},
	{Code: "LB-TTPTQD", Abbrev: "TTPTQĐ", Name: "Trung tâm Phát triển quỹ đất quận Long Biên", Kind: public, Level: district, Parent: "LB-UBND"},
	{Code: "LB-MTTQ", Abbrev: "MTTQ", Name: "Ủy ban MTTQ Việt Nam quận Long Biên", Kind: mass, Level: district, Parent: "LB"},
	{Code: "LB-CA", Abbrev: "CA", Name: "Công an quận Long Biên", Kind: police, Level: district, Parent: "LB"},
	{Code: "LB-CA-BODE", Abbrev: "CA", Name: "Công an phường Bồ Đề", Kind: police, Level: commune, Parent: "LB-CA"},
	{Code: "LB-CA-PHUCLOI", Abbrev: "CA", Name: "Công an phường Phúc Lợi", Kind: police, Level: commune, Parent: "LB-CA"},
}

// lbWards are the Long Biên wards of seed 001's model streets.
var lbWards = []oldWard{
	{Code: "LB-BODE", Name: "Bồ Đề", Successor: "HN-BODE"},
	{Code: "LB-PHUCLOI", Name: "Phúc Lợi", Successor: "HN-PHUCLOI"},
	{Code: "LB-NGOCLAM", Name: "Ngọc Lâm", Successor: "HN-BODE"},
	{Code: "LB-GIATHUY", Name: "Gia Thụy", Successor: "HN-BODE"},
}

// orgTable is the whole tree in creation order: parents and successors
// before the organisations that name them.
func orgTable() []orgSpec {
	var out []orgSpec
	out = append(out, cityOrgs...)
	for _, w := range newWards {
		out = append(out, newWardOrgs(w)...)
	}
	out = append(out, ended(hbtOrgs)...)
	for _, w := range hbtWards {
		out = append(out, oldWardOrgs(w, "HBT")...)
	}
	out = append(out, ended(lbOrgs)...)
	for _, w := range lbWards {
		out = append(out, oldWardOrgs(w, "LB")...)
	}
	return out
}

// ended marks district bodies as ended with the reform.
func ended(orgs []orgSpec) []orgSpec {
	out := make([]orgSpec, len(orgs))
	for i, o := range orgs {
		o.To = reformEnd
		out[i] = o
	}
	return out
}

// wardBodies are a ward node, its People's Committee and its party committee.
func wardBodies(code, name, parent string) []orgSpec {
	return []orgSpec{
		{Code: code, Name: "Phường " + name, Kind: admin, Level: commune, Parent: parent},
		{Code: code + "-UBND", Abbrev: "UBND", Name: "UBND phường " + name, Kind: ubnd, Level: commune, Parent: code},
		{Code: code + "-DU", Abbrev: "ĐU", Name: "Đảng ủy phường " + name, Kind: party, Level: commune, Parent: code},
	}
}

func newWardOrgs(w newWard) []orgSpec {
	out := wardBodies(w.Code, w.Name, "HN")
	if w.Staffed {
		u := w.Code + "-UBND"
		out = append(out,
			orgSpec{Code: w.Code + "-VP", Abbrev: "VP", Name: "Văn phòng HĐND và UBND phường " + w.Name, Kind: dept, Level: commune, Parent: u},
			orgSpec{Code: w.Code + "-KTHTDT", Abbrev: "KT-HT-ĐT", Name: "Phòng Kinh tế, Hạ tầng và Đô thị phường " + w.Name, Kind: dept, Level: commune, Parent: u},
			orgSpec{Code: w.Code + "-VHXH", Abbrev: "VH-XH", Name: "Phòng Văn hóa – Xã hội phường " + w.Name, Kind: dept, Level: commune, Parent: u})
	}
	for i := range out {
		out[i].From = reformStart
	}
	return out
}

// oldWardOrgs are an old ward's bodies. Wards dissolved through the service
// are created open; the others already ended, linked to their successor.
func oldWardOrgs(w oldWard, parent string) []orgSpec {
	out := wardBodies(w.Code, w.Name, parent)
	if w.BCD197 {
		out = append(out, orgSpec{Code: w.Code + "-BCD197", Abbrev: "BCĐ197", Name: "Ban Chỉ đạo 197 phường " + w.Name,
			Kind: bcd, Level: commune, Parent: w.Code, Members: []string{w.Code + "-UBND"}, To: reformEnd})
	}
	if w.Dissolve {
		return out
	}
	for i, suffix := range []string{"", "-UBND", "-DU"} {
		out[i].To, out[i].Successor = reformEnd, w.Successor+suffix
	}
	return out
}

// orgs creates the tree and schedules the dissolution of the Dissolve wards
// on the last day before the reform, after that day's history.
func (l *loader) orgs() error {
	for _, s := range orgTable() {
		o := &tiendo.Org{Code: s.Code, Abbrev: s.Abbrev, Name: s.Name, Kind: s.Kind, Level: s.Level,
			ParentID: l.orgPtr(s.Parent), ValidFrom: s.From, ValidTo: s.To, SuccessorID: l.orgPtr(s.Successor)}
		for _, m := range s.Members {
			o.MemberIDs = append(o.MemberIDs, l.org(m))
		}
		if err := l.svc.CreateOrg(l.sys, o); err != nil {
			return fmt.Errorf("demo: organisation %s: %w", s.Code, err)
		}
		l.res.OrgIDs[s.Code] = o.ID
		l.created, l.tree = append(l.created, o), nil
	}
	for _, w := range append(append([]oldWard{}, hbtWards...), lbWards...) {
		if !w.Dissolve {
			continue
		}
		for _, suffix := range []string{"-UBND", "-DU", ""} {
			from, to := w.Code+suffix, w.Successor+suffix
			l.events = append(l.events, event{on: reformEnd, name: "dissolve " + from, run: func() error {
				o, err := l.svc.GetOrg(l.sys, l.org(from))
				if err != nil {
					return err
				}
				res, err := l.svc.DissolveOrg(l.sys, o.ID, l.org(to), reformEnd, o.Version)
				if err == nil {
					l.res.MovedTasks += len(res.MovedTasks) + len(res.MovedCoopTasks)
				}
				return err
			}})
		}
	}
	return nil
}
