package service

import (
	"context"
	"regexp"
	"strings"

	"tiendo"
	"tiendo/extract"
	"tiendo/vn"
)

// The XLSX intake of a weekly list (issue 16 item 2): a residential
// group's list in the layout wards use, read by extract.ReadCaseList and
// proposed row by row for the ward office's review: the kind matched to
// the catalogue, the address to a street of the register, the row's
// problems, and the open case of the same kind at the same spot it would
// duplicate. Nothing is written: the reviewed rows are submitted with
// SubmitWeeklyList and processed with ProcessWeeklyList.

// WeeklyListProposal is a workbook's rows as proposed list rows.
type WeeklyListProposal struct {
	Rows []ProposedListRow `json:"rows"`
}

// ProposedListRow is a row of the file: Row is what the list would hold
// (FoundOn zero when the file gives no date, KindID 0 when no kind fits),
// Source the row as read.
type ProposedListRow struct {
	Row         tiendo.WeeklyListRow `json:"row"`
	Source      extract.CaseRow      `json:"source"`
	Problems    []string             `json:"problems"`
	DuplicateOf *tiendo.Case         `json:"duplicate_of"`
}

// ProposeWeeklyList reads an .xlsx weekly list for ward. A file that is
// no workbook or holds no list is EINVALID on the field "file".
func (s *Service) ProposeWeeklyList(ctx context.Context, ward int64, data []byte) (*WeeklyListProposal, error) {
	if _, err := actor(ctx); err != nil {
		return nil, err
	}
	list, err := extract.ReadCaseList(data)
	if err != nil {
		return nil, tiendo.FieldError("file", err.Error())
	}
	if len(list.Rows) > tiendo.MaxWeeklyRows {
		return nil, tiendo.FieldError("file", "Danh sách có quá nhiều dòng (tối đa 500)")
	}
	kinds, err := s.ListCaseKinds(ctx)
	if err != nil {
		return nil, err
	}
	places, _, err := s.ListPlaces(ctx, tiendo.PlaceFilter{WardIDs: wardIDs(ward), Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return nil, err
	}
	out := &WeeklyListProposal{Rows: []ProposedListRow{}}
	for _, src := range list.Rows {
		addr := src.Address
		if src.Household != "" && src.Household != src.Address {
			addr = src.Address + " – " + src.Household
		}
		desc := src.Description
		if desc == "" {
			desc = src.Kind
		}
		if src.Note != "" {
			desc += " (" + src.Note + ")"
		}
		p := ProposedListRow{Row: tiendo.WeeklyListRow{Address: addr, Description: desc, FoundOn: src.Found}, Source: src}
		for _, e := range src.Problems {
			p.Problems = append(p.Problems, e.Error())
		}
		if k := MatchCaseKind(kinds, src.Kind+" "+src.Description); k != nil {
			p.Row.KindID = k.ID
		} else {
			p.Problems = append(p.Problems, "Chưa xác định được loại vi phạm “"+src.Kind+"”: hãy chọn loại")
		}
		if pl := MatchPlace(places, src.Address); pl != nil {
			p.Row.PlaceID = &pl.ID
		}
		if p.Row.KindID != 0 && ward != 0 {
			c := &tiendo.Case{WardID: ward, PlaceID: p.Row.PlaceID, Address: addr, KindID: p.Row.KindID}
			f := tiendo.SpotFilter(c)
			f.Statuses, f.Page = tiendo.OpenCaseStatuses, tiendo.Page{PerPage: 1}
			dups, _, err := s.ListCases(ctx, f)
			if err != nil {
				return nil, err
			}
			if len(dups) > 0 {
				p.DuplicateOf = dups[0]
			}
		}
		out.Rows = append(out.Rows, p)
	}
	return out, nil
}

func wardIDs(ward int64) []int64 {
	if ward == 0 {
		return nil
	}
	return []int64{ward}
}

// kindWords map words of a violation as wards write it to a kind group,
// most specific first.
var kindWords = []struct {
	re    *regexp.Regexp
	group tiendo.CaseKindGroup
}{
	{regexp.MustCompile(`quang cao|bien hieu|bang ron|day dien`), tiendo.CaseGroupUrbanOrder},
	{regexp.MustCompile(`via he|long duong|lan chiem|ban hang|trong giu xe|do xe`), tiendo.CaseGroupPavement},
	{regexp.MustCompile(`xay dung|xay moi|coi noi|cai tao|khong phep|sai phep`), tiendo.CaseGroupConstruction},
	{regexp.MustCompile(`ve sinh|rac|phe thai|moi truong|nuoc thai`), tiendo.CaseGroupSanitation},
	{regexp.MustCompile(`\bdat\b|lan dat|chiem dat`), tiendo.CaseGroupLand},
	{regexp.MustCompile(`trat tu`), tiendo.CaseGroupUrbanOrder},
}

// MatchCaseKind finds the catalogue's active kind for a violation as
// written: its name, else the group its words belong to; nil when none
// fits.
func MatchCaseKind(kinds []*tiendo.CaseKind, text string) *tiendo.CaseKind {
	f := vn.Fold(text)
	if strings.TrimSpace(f) == "" {
		return nil
	}
	for _, k := range kinds {
		if n := vn.Fold(k.Name); k.Active && n != "" && strings.Contains(f, n) {
			return k
		}
	}
	for _, kw := range kindWords {
		if !kw.re.MatchString(f) {
			continue
		}
		for _, k := range kinds {
			if k.Active && k.Group == kw.group {
				return k
			}
		}
	}
	return nil
}

// MatchPlace finds the register's street, building or market an address
// names ("Số 45 Phú Hựu" is on "Tuyến phố Phú Hựu"; "Phố Huế" must be
// named whole), the longest name winning; nil when none does.
func MatchPlace(places []*tiendo.Place, address string) *tiendo.Place {
	f := " " + vn.Fold(address) + " "
	var best *tiendo.Place
	bestLen := 0
	for _, p := range places {
		if p.Kind == tiendo.PlaceResidentialGroup {
			continue
		}
		name := vn.Fold(p.Name)
		for _, prefix := range []string{"tuyen pho ", "tuyen duong ", "pho ", "duong ", "chung cu ", "cho "} {
			if rest := strings.TrimPrefix(name, prefix); rest != name && strings.Contains(rest, " ") {
				name = rest
			}
		}
		if len(name) > 2 && strings.Contains(f, " "+name+" ") && len(name) > bestLen {
			best, bestLen = p, len(name)
		}
	}
	return best
}
