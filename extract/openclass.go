package extract

// Actions are an open class. The verb list (verbs in lexicon.go) holds the
// actions directives commonly use, but any verb can be the work ("khởi công",
// "biên soạn", "dựng", "rà phá" …). Where the structure already says "what
// follows is the work" — after a hand-over trigger and its addressees — the
// work starts at the first word after the addressees' names, whatever that
// word is, unless the word cannot begin an action.
//
// The hard part is where a name ends, since official names go on in
// lowercase ("Sở Nông nghiệp và Phát triển nông thôn", "Đài truyền thanh
// xã", "các cơ quan báo chí"). openWorkStart reads a name as ended only where
// that is unambiguous:
//
//   - after a capitalised proper part that is neither a body's head noun nor
//     a verb ("Sở Văn hóa, Thể thao và Du lịch | biên soạn …", "UBND huyện
//     Thọ Xuân | dựng …"): a head ("Đài", "Trung tâm") or a capitalised verb
//     ("Phát triển", "Quản lý") takes a lowercase tail (so a name that is
//     a verb, "Sở Xây dựng", is left to the verb list);
//   - after a place or level word that closes a body's name ("Công an tỉnh |
//     rà phá …", "UBND các xã | khởi công …"), where no lowercase descriptor
//     can follow but a qualifier, which cannot begin an action.
//
// Anything else (a plural like "các đơn vị", "các cơ sở", which take sector
// nouns: "các đơn vị sự nghiệp") leaves the decision to the verb list.

// closingPlaceWords end a body's name: the level or place a body belongs to.
var closingPlaceWords = set("tỉnh", "huyện", "xã", "thành phố", "tp", "quận", "phường", "thị xã", "thị trấn",
	"thôn", "xóm", "ấp", "bản", "làng", "buôn", "tổ dân phố", "khu phố", "khu dân cư", "địa phương",
	"trung ương", "đặc khu")

// notActionStart are words that continue or qualify a name and cannot begin
// an action: prepositions and qualifiers ("UBND các xã trên địa bàn huyện",
// "các huyện có rừng", "các cấp nơi có di tích"), demonstratives ("tỉnh
// này", "các huyện trên"), tense and aspect words ("UBND TP vừa …"), and the
// nouns that extend a place ("các xã vùng cao", "các tỉnh ven biển").
var notActionStart = set(
	"trên", "tại", "trong", "thuộc", "trực thuộc", "của", "về", "với", "theo", "cho", "để", "nhằm", "từ", "đến",
	"ở", "nơi", "có", "là", "gồm", "bao gồm", "như", "đối với", "vào", "qua", "tới", "bằng", "sang", "trước",
	"kể từ", "kể cả", "nhất là", "trong đó", "tính đến", "và", "hoặc", "hay", "cùng", "liên quan", "có liên quan", "chức năng",
	"này", "đó", "kia", "đây", "nói trên", "nêu trên", "kể trên", "trên đây", "sau", "dưới", "ngoài", "giữa",
	"đã", "vừa", "đang", "mới", "được", "bị", "cũng", "đều", "vẫn", "còn", "thì", "lại", "không", "chưa", "chỉ",
	"mà", "nhưng", "nếu", "khi", "vì", "do", "bởi",
	"vùng", "miền", "khu vực", "ven", "ven biển", "biên giới", "miền núi", "vùng cao", "đồng bằng", "nông thôn",
	"đô thị", "trọng điểm", "đặc biệt", "khó khăn", "lân cận", "giáp ranh", "còn lại", "mới", "cũ", "nhỏ", "lớn",
	"cấp", "ngành", "đoàn thể", "dân", "nhân dân", "người", "mình", "ta", "nhà", "lần", "năm", "tháng", "ngày",
	// What is handed over, named as a noun: "giao X nhiệm vụ tổ chức …".
	"nhiệm vụ", "trách nhiệm", "quyền", "việc", "công việc",
	// Lowercase tails of names after a two-syllable word: "Sở Giao thông
	// vận tải", "Chi cục Quản lý thị trường", "Chi cục Trồng trọt và Bảo vệ
	// thực vật".
	"vận tải", "thị trường", "thực vật", "thú y",
)

// openWorkStart returns where the work begins after the addressees that
// start at ws[from] when the names there end unambiguously (see above), or
// -1. It stops at the first ";" or ":" and never reads past limit.
//
// Only the first syllable of a word in a body's name is capitalised ("Văn
// hóa", "Du lịch"), so one lowercase syllable after a lone capitalised one
// belongs to it; a place name capitalises every syllable ("Thọ Xuân"), and
// an abbreviation stands alone ("VHTTDL").
func openWorkStart(ws []word, from, limit int) int {
	if limit < 0 || limit > len(ws) {
		limit = len(ws)
	}
	closed := false   // the words read so far end a name
	named := false    // a body has been named
	joinable := false // the next lowercase syllable ends a capitalised word
	run := 0          // capitalised syllables in a row, heads not counted
	for k := from; k < limit; k++ {
		w := ws[k]
		if w.punct {
			if w.raw != "," && w.raw != "&" && w.raw != "-" && w.raw != "(" && w.raw != ")" && w.raw != "." {
				return -1
			}
			closed, joinable, run = false, false, 0
			continue
		}
		if w.upper || isDigitWord(w.fold) {
			head := phraseAt(ws, k, orgHeads, 3)
			verb := isAction(ws, k)
			n := max(1, head, verb)
			if head > 0 {
				run = 0
			} else {
				run += n
			}
			// A head noun or a capitalised verb takes a lowercase tail.
			closed = head == 0 && verb == 0 && phraseAt(ws, k, orgNouns, 3) == 0
			joinable = closed && run == 1 && n == 1 && w.upper && !capitals(w.raw, 2)
			named = named || head > 0 || closed
			k += n - 1
			continue
		}
		if joinable { // "hóa" of "Văn hóa"
			joinable = false
			continue
		}
		run = 0
		if phraseAt(ws, k, wVaCungHoac, 1) > 0 {
			// A list goes on: "Sở Kế hoạch và Đầu tư", "UBND tỉnh và các sở".
			if k+1 < limit && (ws[k+1].upper || isOrgish(ws[k+1:])) {
				closed = false
				continue
			}
			return -1
		}
		if n := phraseAt(ws, k, closingPlaceWords, 3); n > 0 && named {
			closed = true
			k += n - 1
			continue
		}
		if n := max(phraseAt(ws, k, orgHeads, 3), phraseAt(ws, k, collectiveWords, 4)); n > 0 {
			named = true
			closed = false
			k += n - 1
			continue
		}
		if phraseAt(ws, k, notActionStart, 3) > 0 {
			return -1
		}
		if closed && named && k+1 < len(ws) && !ws[k+1].punct {
			return k
		}
		return -1
	}
	return -1
}

// isDigitWord reports a word that starts with a digit ("197", "2025").
func isDigitWord(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

var wVaCungHoac = set("và", "cùng", "hoặc")

// itemNouns open an item that names a topic, a section or an attribute,
// not work: "Công tác tuyên truyền …", "Kinh phí: …", "Thành phần: …".
var itemNouns = set("công tác", "nội dung", "thời gian", "thời hạn", "địa điểm", "thành phần", "kinh phí", "mục đích",
	"mục tiêu", "yêu cầu", "kết quả", "tình hình", "hồ sơ", "danh sách", "phạm vi", "đối tượng", "hình thức",
	"phương thức", "số lượng", "tiêu chí", "tiêu chuẩn", "nguồn", "chế độ", "trách nhiệm", "nhiệm vụ", "giải pháp",
	"biện pháp", "văn bản", "kế hoạch", "quyết định", "công văn", "chỉ tiêu", "phương châm", "quan điểm",
	"lưu ý", "ghi chú", "căn cứ", "tổng số", "toàn bộ", "tất cả", "mỗi", "mọi", "năm", "tháng", "quý", "ngày",
	"đợt", "giai đoạn", "bước", "phần", "mục", "điều", "khoản", "chương", "phụ lục")

// openItem reports an item of a list of tasks that opens with work whose
// verb is not on the list: under a lead-in that hands the items over ("…
// đề nghị các thôn thực hiện các nội dung sau:"), an item is work unless
// it names a body (its own subject), a topic or attribute (itemNouns), or
// opens with a word that cannot begin an action. A listed verb further on
// ("Vớt bèo ở kênh N2 trước mùa tưới") does not change that.
func openItem(ws []word) bool {
	if len(ws) < 3 || ws[0].punct || isDigitWord(ws[0].fold) || capitals(ws[0].raw, 2) {
		return false
	}
	if p := predicateStart(ws, 0, true); p == 0 || p > 0 && subjectBefore(ws, 0, p) >= 0 || isOrgish(ws) {
		return false // read as usual: it opens with a listed verb, or names its own subject
	}
	for _, s := range []map[string]bool{notActionStart, itemNouns, attributeLabels, groupHeaderWords, conditionWords,
		eventNouns, pastMarkers, connectives} {
		if phraseAt(ws, 0, s, 4) > 0 {
			return false
		}
	}
	return true
}
