package extract

import (
	"regexp"
	"strings"

	"tiendo/vn"
)

// listFromStart reports a subject list that runs from the clause start to
// ws[s] through bare collective nouns: "Các cơ quan, đơn vị, lực lượng vũ
// trang, ban cán sự các thôn …". subjectBefore stops at a bare "đơn vị"
// (after "báo cáo của các đơn vị, địa phương" a new subject starts); from
// a plural at the clause start the list is one subject.
func listFromStart(ws []word, s int) bool {
	if s <= 0 || phraseAt(ws, 0, wCacNhungMotSo, 3) == 0 {
		return false
	}
	seg := 0
	for k := 0; k < s; k++ {
		if ws[k].raw != "," {
			if ws[k].punct {
				return false
			}
			continue
		}
		if k == seg || !isOrgish(ws[seg:k]) && !isBareCollective(ws[seg:k]) || predicateStart(ws[seg:k], 0, false) >= 0 {
			return false
		}
		seg = k + 1
	}
	return seg == s
}

// triggerAdverbs may stand between a trigger and its addressees: "yêu cầu
// trước mắt các cấp ủy …", "đề nghị trong thời gian tới các xã …".
var triggerAdverbs = set("trước mắt", "thời gian tới", "trong thời gian tới", "ngay", "từ nay", "sắp tới",
	"đến", "cho") // "phân công trực tiếp đến/cho các chi bộ …"

// distinctStep reports an action after ";" in a list item that is work of
// its own (G49, and items without a subject alike: "- Rà soát …; chuẩn bị
// kinh phí …"), not the manner or discipline of the work before it ("…;
// phát huy vai trò của các quỹ", "…; chấp hành nghiêm …") nor a fragment.
func distinctStep(body string) bool {
	return !mannerOnly(body) && !disciplineOnly(body) && len(strings.Fields(body)) >= 4 &&
		!strings.HasPrefix(vn.Fold(body), "phat huy")
}

// placeRefRe is a lead that refers back to a place named before: "địa
// phương" or "địa phương này" (the commune the item is about), "hai huyện",
// "UBND các huyện trên", "huyện này".
var placeRefRe = regexp.MustCompile(`^(?i)((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) )?(?:(?:các|hai|ba|2|3) )?(địa phương|huyện|xã|phường|thị xã|thành phố|quận)(?: (?:này|trên|nêu trên|kể trên))?$`)

// placeAntecedent resolves a lead that refers back to a place to the
// place named in the latest sentence before that names one of its kind
// (any kind for "địa phương"), with the names listed after it: "Xã Buôn
// Tría", "huyện Bắc Sơn và Tràng Định". The body's head ("UBND") is kept.
// A plural head with no number or reference ("các huyện") names no place
// and is left as written, and so is a lead with nothing to resolve to.
func (f *finder) placeAntecedent(lead string) (string, bool) {
	m := placeRefRe.FindStringSubmatch(lead)
	if m == nil {
		return "", false
	}
	if l := lower(lead); strings.Contains(l, "các ") && !strings.HasSuffix(l, "trên") {
		return "", false
	}
	kind := set(lower(m[2]))
	if lower(m[2]) == "địa phương" {
		kind = localityWords
	}
	// A plural ("hai huyện", "các huyện trên") looks for the places named
	// together, and takes a single one only when none are.
	plural := lower(lead) != lower(m[1]+m[2]) && !strings.HasSuffix(lower(lead), "này")
	single := ""
	for k := len(f.recent) - 1; k >= 0; k-- {
		ws := f.tokenize(f.recent[k])
		for i := range ws {
			n := phraseAt(ws, i, kind, 2)
			if n == 0 || i+n >= len(ws) || !ws[i+n].upper {
				continue
			}
			end := placeNameEnd(ws, i+n)
			name := m[1] + trimPunct(f.recent[k][ws[i].start:ws[end-1].end])
			if !plural || end > i+n && (strings.Contains(name, " và ") || strings.Contains(name, ", ")) {
				return name, true
			}
			if single == "" {
				single = name
			}
		}
	}
	return single, single != ""
}

// placeNameEnd returns where the names of places listed from ws[i] end:
// capitalised words, joined by "," or "và", each optionally after its own
// locality word ("Bắc Sơn và Tràng Định", "Kiến Xương và huyện Tiền Hải").
func placeNameEnd(ws []word, i int) int {
	end := i
	for end < len(ws) && ws[end].upper && !ws[end].punct {
		end++
	}
	for end+1 < len(ws) && (ws[end].raw == "," || ws[end].fold == "và") {
		j := end + 1 + phraseAt(ws, end+1, localityWords, 2)
		if j >= len(ws) || !ws[j].upper || ws[j].punct {
			break
		}
		for j < len(ws) && ws[j].upper && !ws[j].punct {
			j++
		}
		end = j
	}
	return end
}
