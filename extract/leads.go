package extract

import (
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
