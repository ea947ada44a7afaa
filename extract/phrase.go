package extract

import "strings"

// predicateStart returns the index of the word at or after from where what
// must be done begins: a marker ("sẽ", "chủ động", "định kỳ") or a verb.
// A capitalised verb is part of a name ("Bộ Xây dựng", "Ban Chỉ đạo"),
// except at the start of a clause (atStart), and so are verbs right after
// a body's head noun ("Phòng Quản lý đô thị", "tổ tuyên truyền, kiểm tra").
// It returns -1 when there is none.
func predicateStart(ws []word, from int, atStart bool) int {
	inName := false
	for i := from; i < len(ws); i++ {
		w := ws[i]
		if w.punct {
			if w.raw != "," && w.raw != "&" {
				inName = false
			}
			continue
		}
		if n := pluralNounAt(ws, i); n > 0 && n > phraseAt(ws, i, orgNouns, 3) {
			// "các tổ chức chính trị - xã hội", "các cơ sở giáo dục": a plural
			// names bodies even with a verb's spelling; what follows is not
			// part of the name ("các đơn vị tổ chức …").
			inName = false
			i += n - 1
			continue
		}
		if n := nameNounAt(ws, i, from); n > 0 && n >= isAction(ws, i) {
			// "các tổ tuyên truyền" names a body; "các trường rà soát", "các
			// Sở kiểm tra" act: a school or department is not named by a
			// lowercase verb.
			inName = phraseAt(ws, i, verblessNouns, 2) == 0
			i += n - 1
			continue
		}
		n := isAction(ws, i)
		if n == 0 {
			inName = false
			continue
		}
		if inName && !w.upper && (phraseAt(ws, i, mannerMarkers, 2) > 0 || phraseAt(ws, i, processVerbs, 2) > 0) {
			// "Các lực lượng khẩn trương rà soát …": no body is named by
			// how it acts, nor by carrying work out ("các tổ hoàn thành
			// danh sách cử tri").
			return i
		}
		if inName || (w.upper && !(atStart && i == from)) {
			// A verb naming the body: only a coordinated one may follow
			// ("tổ tuyên truyền, kiểm tra").
			inName = inName && i+n+1 < len(ws) && ws[i+n].raw == "," && isAction(ws, i+n+1) > 0
			i += n - 1
			continue
		}
		return i
	}
	return -1
}

// mannerMarkers say how or when a body acts and never name one.
var mannerMarkers = set("sẽ", "cần", "phải", "khẩn trương", "tiếp tục", "kịp thời", "nghiêm túc", "tích cực",
	"quyết liệt", "gấp rút", "nhanh chóng", "chủ động", "sớm")

// processVerbs carry out work of any kind; a team is named by its field
// ("tổ tuyên truyền", "tổ kiểm tra"), never by them.
var processVerbs = set("hoàn thành", "thực hiện", "triển khai", "tiến hành", "đẩy mạnh", "tăng cường")

// verblessNouns head bodies whose names never go on with a lowercase verb.
var verblessNouns = set("trường", "sở", "bộ", "vụ", "cục", "chi cục", "viện", "công ty", "hội", "phòng")

// nameNounAt returns the length of a head noun that starts a body's name
// at ws[i]: capitalised ("Phòng", "Trung tâm") or after "các", "những",
// "mỗi" ("các tổ"), not inside a name ("Tài nguyên và Môi trường").
func nameNounAt(ws []word, i, from int) int {
	n := phraseAt(ws, i, orgNouns, 3)
	if n == 0 || ws[i].upper || i == from {
		return n
	}
	if i > 0 && phraseAt(ws, i-1, wCacNhungMoiTung, 1) > 0 {
		return n
	}
	return 0
}

// pluralNounAt returns the length of a collective noun right after "các",
// "những", "mỗi" or "từng" at ws[i], or 0.
// After a comma of a list it counts when longer than the verb spelt like
// it: "các cấp ủy, tổ chức đảng khẩn trương …".
func pluralNounAt(ws []word, i int) int {
	if i == 0 {
		return 0
	}
	if ws[i-1].raw == "," {
		if n := phraseAt(ws, i, collectiveWords, 4); n > isAction(ws, i) {
			return n
		}
		return 0
	}
	if phraseAt(ws, i-1, wCacNhungMoiTung, 1) == 0 && !countWord(ws[i-1]) {
		return 0
	}
	return phraseAt(ws, i, collectiveWords, 4)
}

// countWords count bodies as "các" does: "đề nghị 4 bộ, ngành nêu trên",
// "yêu cầu ba xã …".
var countWords = set("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")

// countedBodies reports words that start with bodies counted: "4 bộ, ngành
// nêu trên", "12 huyện, thị xã". Only a request's addressees are read so
// (not those chosen: "chọn 06 xã bổ sung …" tells a selection); a count
// as a subject is mostly news of results ("12 xã đã hoàn thành …").
func countedBodies(ws []word) bool {
	return len(ws) > 1 && countWord(ws[0]) && phraseAt(ws, 1, collectiveWords, 4) > isAction(ws, 1)
}

// countWord reports a number that counts what follows: a figure ("12")
// or a number word.
func countWord(w word) bool {
	if w.fold == "" {
		return false
	}
	for _, r := range w.fold {
		if r < '0' || r > '9' {
			return countWords[w.fold]
		}
	}
	return len(w.fold) <= 4
}

// isAction returns the length of the marker or verb at ws[i], or 0.
func isAction(ws []word, i int) int {
	n := max(phraseAt(ws, i, markers, 4), phraseAt(ws, i, verbs, 4))
	if n == 0 {
		return 0
	}
	if phraseAt(ws, i, nounCompounds, 3) > n || i > 0 && !ws[i-1].punct && phraseAt(ws, i-1, nounCompounds, 3) >= 2 {
		return 0 // "giao thông", "công trình", "chương trình": nouns
	}
	return n
}

// isOrgish reports whether the words start like a body that can carry a
// task: "UBND các phường", "các cơ quan, đơn vị", "Sở Nội vụ", "một số đơn vị".
func isOrgish(ws []word) bool {
	i := 0
	for i < len(ws) && ws[i].punct {
		i++
	}
	if i >= len(ws) {
		return false
	}
	if ws[i].fold == "quý" && i+1 < len(ws) && ws[i].upper || ws[i].fold == "tân" && i+1 < len(ws) && ws[i+1].upper {
		i++ // "Quý cơ quan, đơn vị": the letter's addressees, politely; "tân Chủ tịch": newly elected
	}
	if n := phraseAt(ws, i, wCacNhungMotSo, 3); n > 0 {
		if i+n+1 < len(ws) && phraseAt(ws, i+n, wOngBaDongChi, 2) > 0 {
			n += phraseAt(ws, i+n, wOngBaDongChi, 2) // "các ông xóm trưởng"
		}
		if i+n < len(ws) {
			return phraseAt(ws, i+n, collectiveWords, 3) > 0 || phraseAt(ws, i+n, orgHeads, 3) > 0 ||
				ellipticalChi(ws, i+n) || allLevels(ws, i+n)
		}
		return false
	}
	if ellipticalChi(ws, i) && i+1 < len(ws) {
		return true // "Đại hội chi, Đảng bộ cơ sở"
	}
	if politicalSystem(ws, i) {
		return true // "yêu cầu toàn hệ thống chính trị tập trung …"
	}
	n := phraseAt(ws, i, orgHeads, 3)
	return n > 0 && n >= isAction(ws, i)
}

// ellipticalChi reports the "chi" of an elliptical coordination: "các chi,
// đảng bộ" (chi bộ and đảng bộ), "các chi, tổ hội"; at the end of the words
// it is the start of such a list cut at its comma.
func ellipticalChi(ws []word, i int) bool {
	return ws[i].fold == "chi" && (i+1 == len(ws) || ws[i+1].raw == "," && i+2 < len(ws) && !ws[i+2].punct &&
		phraseAt(ws, i+2, orgHeads, 3) > 0)
}

// segmentStart returns where the comma-separated segment that ends at end
// starts, not before from.
func segmentStart(ws []word, from, end int) int {
	k := end
	for k > from && ws[k-1].raw != "," {
		if k-2 >= from && phraseAt(ws, k-2, wThereforeConn, 2) == 2 {
			return k // "…, vì vậy các ngành, địa phương cần …": the subject after the connective
		}
		k--
	}
	return k
}

// wThereforeConn open a consequence inside a sentence, before its subject.
var wThereforeConn = set("vì vậy", "vì thế", "do đó", "do vậy", "bởi vậy", "cho nên", "từ đó")

// subjectBefore returns the index of the first word of the body named just
// before ws[end]: the comma-separated segment before it, widened backwards
// over segments that continue the name ("Các tổ tuyên truyền, kiểm tra của
// BCĐ 197 các phường") or a list of bare collective nouns ("các phòng, ban,
// ngành"). It returns -1 when the words there do not name a body.
func subjectBefore(ws []word, from, end int) int {
	start := end
	for {
		seg := segmentStart(ws, from, start)
		if seg == start { // an empty segment: ",," or the clause start
			break
		}
		segWords := ws[seg:start]
		start = seg
		if isOrgish(segWords) && !isBareCollective(segWords) {
			break
		}
		if seg <= from {
			break
		}
		start = seg - 1 // take the comma too; trimmed later
	}
	for start < end && ws[start].punct {
		start++
	}
	if start >= end || !isOrgish(ws[start:end]) || verbIn(ws[start:end]) {
		return -1
	}
	for {
		k := orgSegmentBefore(ws, from, start)
		if k < 0 {
			return start
		}
		start = k
	}
}

// verbIn reports words that hold a verb, other than the field of work in
// a body's name ("Ban Chỉ đạo phòng chống dịch huyện").
func verbIn(ws []word) bool {
	q := predicateStart(ws, 0, false)
	return q >= 0 && domainEnd(ws, 0, q) >= 0
}

// nameTail reports words that go on with a name after its comma: they
// start with a capital, and every word of the name does ("Thể thao và Du
// lịch", where only a word's first syllable is capitalised).
func nameTail(ws []word) bool {
	if len(ws) == 0 || len(ws) > 8 || !ws[0].upper {
		return false
	}
	upper := 0
	for _, w := range ws {
		if w.punct {
			return false
		}
		if w.upper {
			upper++
		}
	}
	return upper*2 >= len(ws)-1
}

// orgSegmentBefore returns the start of the comma-separated segment before
// ws[seg] when it names a body too, so the list goes on backwards ("các cơ
// quan, đơn vị liên quan"), or -1. A bare "địa phương" does not ("Trên cơ
// sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư …").
func orgSegmentBefore(ws []word, from, seg int) int {
	if seg <= from || ws[seg-1].raw != "," {
		return -1
	}
	k := segmentStart(ws, from, seg-1)
	if k < seg-1 && nameTail(ws[k:seg-1]) {
		// "Sở Văn hóa, Thể thao và Du lịch": the name goes on past its
		// own comma.
		if j := orgSegmentBefore(ws, from, k); j >= 0 {
			return j
		}
	}
	if k < seg-1 && isOrgish(ws[k:seg-1]) && !isBareCollective(ws[k:seg-1]) && predicateStart(ws[k:seg-1], 0, false) < 0 &&
		!requestsIn(ws[k:seg-1]) {
		return k // (not "Đồng chí Bí thư yêu cầu trong những tháng cuối năm, UBND phường cần …")
	}
	return -1
}

// isBareCollective reports a short lowercase segment that only continues a
// list: "ban", "ngành", "địa phương", "đơn vị".
func isBareCollective(ws []word) bool {
	if len(ws) == 0 || len(ws) > 3 || ws[0].upper {
		return false
	}
	return phraseAt(ws, 0, collectiveWords, 3) == len(ws) || phraseAt(ws, 0, orgHeads, 3) == len(ws)
}

// pastBefore reports a past marker right before ws[i] ("đã tham mưu").
func pastBefore(ws []word, i int) bool {
	for k := 1; k <= 2 && i-k >= 0; k++ {
		if phraseAt(ws, i-k, pastMarkers, 3) >= k {
			return true
		}
	}
	return false
}

// cooperating finds the bodies named after "phối hợp (với)" in ws.
func cooperating(clause string, ws []word) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		if phraseAt(ws, i, wPhoiHop, 2) == 0 {
			continue
		}
		j := i + 2
		for j < len(ws) && phraseAt(ws, j, wVoiChatCheChat, 3) > 0 {
			j += phraseAt(ws, j, wVoiChatCheChat, 3)
		}
		if j >= len(ws) || !isOrgish(ws[j:]) {
			continue
		}
		k := len(ws)
		if p := predicateStart(ws, j, false); p >= 0 {
			k = p
		}
		if q := openWorkStart(ws, j, k); q > j {
			k = q // "phối hợp với UBND các huyện kè bờ sông": the work is open too
		}
		for m := j + 1; m < k; m++ {
			if (ws[m].punct && ws[m].raw != "," && ws[m].raw != "&") || phraseAt(ws, m, coopStops, 3) > 0 {
				k = m
				break
			}
		}
		if k > j {
			out = append(out, trimPunct(clause[ws[j].start:ws[k-1].end]))
		}
		i = k
	}
	return out
}

// normalizeLead trims a lead, drops a leading "đồng chí" and a trailing
// "cũng" or "về", which no name ends with ("Sở Xây dựng cũng được yêu cầu
// …", "chỉ đạo các xã, thị trấn về tăng cường …").
func normalizeLead(s string) string {
	s = trimPunct(s)
	for _, p := range []string{"đồng chí ", "Đồng chí "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSuffix(strings.TrimSuffix(s, " cũng"), " về")
}

// hasSemicolon reports a ";" among ws.
func hasSemicolon(ws []word) bool {
	for _, w := range ws {
		if w.punct && w.raw == ";" {
			return true
		}
	}
	return false
}

// Word sets used inside functions, built once.
var (
	wCacNhungMoiTung = set("các", "những", "mỗi", "từng")
	wCacNhungMotSo   = set("các", "những", "một số", "toàn thể", "tất cả", "tất cả các", "đồng chí")
	wOngBaDongChi    = set("ông", "bà", "đồng chí")
	wPhoiHop         = set("phối hợp")
	wVoiChatCheChat  = set("với", "chặt chẽ", "chặt chẽ với", "cùng")
)

// domainHeads head bodies named by their field of work, which is written
// with verbs: "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn các
// cấp", "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh", "Ban Quản lý dự án
// đầu tư xây dựng huyện".
var domainHeads = set("ban chỉ huy", "ban chỉ đạo", "bch", "bcđ", "ban quản lý", "ban quản lý dự án", "hội đồng",
	"tổ công tác", "ban tổ chức")

// domainTiers end the name of such a body: the tier or place it serves.
var domainTiers = set("các cấp", "cấp tỉnh", "cấp huyện", "cấp xã", "tỉnh", "huyện", "xã", "phường", "thành phố",
	"quận", "thị xã", "thị trấn")

// fieldWords reports words between a domain head and the verb that
// stopped its lead as the start of its field of work, which may be
// written with a comma ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm
// cứu nạn", stopped at "tìm kiếm").
func fieldWords(ws []word) bool {
	for _, w := range ws {
		if w.upper || w.punct && w.raw != "," {
			return false
		}
	}
	return true
}

// domainEnd returns where the work starts after a lead ws[a:p] that stops
// at a domain head ("Ban Chỉ huy" before "phòng chống …"): past the field
// of work to the tier that ends the name ("… cứu nạn các cấp"), with the
// place's name if written ("… huyện Mường Tè"), when the work starts
// right there, or after the other addressees when ";" parts them; -1 when
// the words end with no work (an addressee list to go on in the next
// clause: "… gửi Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn các
// cấp;"). Else p.
func domainEnd(ws []word, a, p int) int {
	if p <= a || p >= len(ws) || isAction(ws, p) == 0 {
		return p
	}
	head := false
	for k := max(a, p-10); k < p; k++ {
		if n := phraseAt(ws, k, domainHeads, 5); n > 0 && k+n <= p && fieldWords(ws[k+n:p]) {
			head = true
		}
	}
	if !head {
		return p
	}
	for k := p + 1; k < len(ws) && k < p+14; k++ {
		if ws[k].punct && ws[k].raw != "," && ws[k].raw != "-" && ws[k].raw != "&" {
			return p
		}
		n := phraseAt(ws, k, domainTiers, 2)
		if n == 0 || ws[k].upper {
			continue
		}
		end := k + n
		for end < len(ws) && ws[end].upper && isAction(ws, end) == 0 && phraseAt(ws, end, orgHeads, 3) == 0 {
			end++ // "huyện Mường Tè"
		}
		if end == len(ws) {
			return -1
		}
		if ws[end].raw == ";" {
			// The addressees go on after ";": the work starts after them.
			if q := predicateStart(ws, end+1, false); q > end+1 {
				return domainEnd(ws, end+1, q)
			}
			return -1
		}
		if isAction(ws, end) > 0 {
			return end
		}
	}
	return p
}

// provinceList reports whether ws are only provinces named bare, one or
// several ("Thái Bình", "Hậu Giang và Sóc Trăng"): the addressees of a
// request in a news item ("Thủ tướng đề nghị Thái Bình nghiên cứu …").
// It is read only after a request, where a place is the body asked; as a
// subject a bare province more often carries news ("Đồng Nai sẽ giảm từ
// 159 xã …").
func provinceList(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	for i := 0; i < len(ws); {
		if i > 0 && (ws[i].raw == "," || ws[i].fold == "và") {
			i++
			continue
		}
		n := phraseAt(ws, i, provinceNames, 3)
		if n == 0 || !ws[i].upper {
			return false
		}
		i += n
	}
	return true
}

// allLevels reports "các cấp" standing for the bodies of every level, as
// in "yêu cầu các cấp, các ngành …", "các cấp, ngành": "cấp" alone, not
// a level of something ("các cấp độ dịch", "các cấp học").
func allLevels(ws []word, i int) bool {
	if ws[i].fold != "cấp" {
		return false
	}
	return i+1 == len(ws) || ws[i+1].punct || ws[i+1].fold == "ngành" || ws[i+1].fold == "các" || ws[i+1].fold == "và"
}

// politicalSystem reports the whole political system asked as one body:
// "toàn hệ thống chính trị", "cả hệ thống chính trị tỉnh", "hệ thống
// chính trị các cấp" (four syllables, past phraseAt's reach in orgHeads).
func politicalSystem(ws []word, i int) bool {
	if ws[i].fold == "toàn" || ws[i].fold == "cả" {
		i++
	}
	return i+3 < len(ws) && ws[i].fold == "hệ" && ws[i+1].fold == "thống" && ws[i+2].fold == "chính" && ws[i+3].fold == "trị"
}
