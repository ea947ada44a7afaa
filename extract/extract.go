// Package extract reads directive texts — plans, conclusion notices,
// letters, their appendices — and proposes the tasks they assign and the
// documents they cite, for an office to review before anything is created.
// It works by rules over the way such texts are written (see lexicon.go),
// so every proposal keeps the exact source clause it came from.
package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"tiendo/vn"
)

// Result is what Extract proposes for one text.
type Result struct {
	// Date is the document's own date: given, or the first full date near
	// its top. Deadlines without a year resolve against it.
	Date       vn.Date     `json:"-"`
	References []Reference `json:"references"`
	Tasks      []Task      `json:"tasks"`
}

// Reference is a document the text cites.
type Reference struct {
	Raw    string  `json:"raw"`
	Style  string  `json:"style"` // state or party
	Number string  `json:"number"`
	Year   *int    `json:"year"` // only when written inside the symbol
	Type   string  `json:"type"` // "" for a công văn
	Issuer string  `json:"issuer"`
	Unit   string  `json:"unit"` // drafting unit of a công văn
	Date   vn.Date `json:"date"` // null when the text does not give it
}

// Task is a proposed task.
type Task struct {
	Lead        string   `json:"lead"`
	Cooperating []string `json:"cooperating"`
	Content     string   `json:"content"`
	Source      string   `json:"source"` // the exact clause of the input that states it
	// Cue says why it was read as a task (in Vietnamese, for the office):
	// the trigger word, an announcing sentence, a passive, an event.
	Cue      string   `json:"cue,omitempty"`
	Deadline Deadline `json:"deadline"`
	// Clause locates a row of an appendix table ("Phụ lục, STT 12").
	Clause string `json:"clause,omitempty"`
	// Output is the expected product, from an appendix's "Sản phẩm" column.
	Output string `json:"output,omitempty"`
	// LeadMatch and CooperatingMatches are set by MatchOrgs.
	LeadMatch          *Match  `json:"lead_match,omitempty"`
	CooperatingMatches []Match `json:"cooperating_matches,omitempty"`
}

// MatchOrgs matches the lead and cooperating bodies of every task to the
// organisation tree; unmatched mentions stay as text, flagged.
func (r *Result) MatchOrgs(m *Matcher) {
	// A plan names the same few units on row after row: each mention is
	// matched once (Match compares it with every organisation).
	seen := map[string]Match{}
	match := func(mention string) Match {
		x, ok := seen[mention]
		if !ok {
			x = m.Match(mention)
			seen[mention] = x
		}
		x.Candidates = slices.Clone(x.Candidates)
		return x
	}
	for i := range r.Tasks {
		t := &r.Tasks[i]
		lead := match(t.Lead)
		t.LeadMatch = &lead
		t.CooperatingMatches = nil
		for _, c := range t.Cooperating {
			t.CooperatingMatches = append(t.CooperatingMatches, match(c))
		}
	}
}

// Deadline is a task's deadline as written and normalised.
type Deadline struct {
	Kind string  `json:"kind"` // date, period, recurring, continuous, none
	Date vn.Date `json:"date"` // a period's last day; null for recurring, continuous, none
	Text string  `json:"text"` // the phrase as written
}

func deadlineOf(dl vn.Deadline) Deadline {
	return Deadline{Kind: string(dl.Kind), Date: dl.Date, Text: dl.Text}
}

// Extract proposes the references and tasks of a plain text. date is the
// document's date; when zero it is read from the text.
func Extract(text string, date vn.Date) Result {
	text = vn.NFC(text)
	if date.IsZero() {
		date = documentDate(text)
	}
	taskDate := date
	if taskDate.IsZero() {
		taskDate = textYear(text)
	}
	res := Result{Date: date, References: references(text, date), Tasks: findTasks(text, taskDate, !date.IsZero())}
	if res.Tasks == nil {
		res.Tasks = []Task{}
	}
	return res
}

// references lists each cited document once.
func references(text string, date vn.Date) []Reference {
	out := []Reference{}
	for _, r := range vn.MergeDocRefs(vn.FindDocRefs(text, date)) {
		ref := Reference{Raw: r.Raw, Style: string(r.Style), Number: r.Number, Type: r.Type,
			Issuer: r.Issuer, Unit: r.Unit, Date: r.Date}
		if r.Year != 0 {
			y := r.Year
			ref.Year = &y
		}
		out = append(out, ref)
	}
	return out
}

// headDateRe finds a full date written in the first lines of a text: the
// header's "Hà Nội, ngày 20 tháng 11 năm 2023", a news item's date line.
// A portal's date line may be ISO: "2025-09-24 Tin tức".
var headDateRe = regexp.MustCompile(`(?i)\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{4}|\d{1,2} tháng \d{1,2},? năm \d{4}`)

// signedDateRe is the date line of an official document: "Hà Nội, ngày 20
// tháng 11 năm 2023", "Liên Sơn, ngày 12 tháng 3 năm 2020".
var signedDateRe = regexp.MustCompile(`(?i)\p{L}, ngày +(\d{1,2}) +tháng +(\d{1,2}) +năm +(\d{4})`)

// documentDate returns the document's own date: its signed date line
// within the first 3,000 bytes (after the grounds' "Căn cứ Luật … ngày
// 25/11/2013" when the excerpt starts there), else a short line that is
// only a date (a news item's "18/09/2019 - 07:33", "Ngày đăng 08/07/2014"),
// else the first full date in the first 600 bytes.
func documentDate(text string) vn.Date {
	if m := signedDateRe.FindStringSubmatch(prefix(text, 3000)); m != nil {
		if d, err := vn.ParseDate(m[1] + "/" + m[2] + "/" + m[3]); err == nil {
			return d
		}
	}
	for _, l := range strings.SplitN(prefix(text, 800), "\n", 12) {
		if l = strings.TrimSpace(l); len(l) > 0 && len(l) <= 48 {
			if d := firstDate(l); !d.IsZero() {
				return d
			}
		}
	}
	return firstDate(prefix(text, 600))
}

// firstDate returns the first full date in s, or the zero Date.
func firstDate(head string) vn.Date {
	for _, m := range headDateRe.FindAllString(head, -1) {
		if d, err := vn.ParseISODate(m); err == nil {
			return d
		}
		if d, err := vn.ParseDate(m); err == nil {
			return d
		}
	}
	return vn.Date{}
}

// monthYearRe finds a month with its year: "tháng 8.2015", "tháng 3/2019".
var monthYearRe = regexp.MustCompile(`(?i)tháng \d{1,2} ?[./-] ?((?:19|20)\d{2})\b`)

// textYear dates a text that has no date line (a news excerpt) at the start
// of the latest year among the months it writes with a year ("từ tháng
// 11.2014 đến nay …; … trước ngày 15.2; … trong tháng 8.2015"): a report is
// written after what it reports, so "trước ngày 15.2" falls in 2015. It is used for
// deadlines only; the zero Date when the text writes none.
//
// Without such a month, a full date anywhere in the text ("Báo cáo số 552
// ngày 01/12/2017") dates it the same way, and then a year written as
// "năm 2024" ("vụ đông xuân năm 2024"): a day.month needs some year, and
// the text's is the best guess. A school year ("năm học 2010-2011") comes
// before such a year: it dates the text from its August. With none of
// these, the latest year in a cited document's number does.
func textYear(text string) vn.Date {
	y := 0
	for _, m := range monthYearRe.FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		y = max(y, n)
	}
	if y == 0 {
		for _, m := range headDateRe.FindAllString(text, 50) {
			if d := firstDate(m); !d.IsZero() {
				y = max(y, d.Year)
			}
		}
	}
	if y == 0 {
		// A school year runs from August of its first year, so a day.month
		// in a text that names one ("năm học 2010- 2011 … trước ngày
		// 18/10") is the next such day from then.
		if m := schoolYearRe.FindStringSubmatch(text); m != nil {
			n, _ := strconv.Atoi(m[1])
			return vn.NewDate(n, 8, 1)
		}
		for _, m := range yearWordRe.FindAllStringSubmatch(text, 50) {
			if horizonWords[strings.ToLower(m[1])] {
				continue // "Chương trình phát triển nhà ở đến năm 2030": a horizon, not the text's year
			}
			n, _ := strconv.Atoi(m[2])
			y = max(y, n)
		}
	}
	if y == 0 {
		y = anniversaryYear(text)
	}
	if y == 0 {
		// Last, the year in a cited document's number ("Công văn
		// 2209/2021", "Nghị định số 15/2018/NĐ-CP"): the text is no older
		// than what it cites.
		for _, m := range symbolYearRe.FindAllStringSubmatchIndex(text, 50) {
			if scaleBefore(text[:m[0]]) {
				continue // "quy hoạch phân khu tỷ lệ 1/2000": a map's scale
			}
			n, _ := strconv.Atoi(text[m[2]:m[3]])
			y = max(y, n)
		}
	}
	if y == 0 {
		return vn.Date{}
	}
	return vn.NewDate(y, 1, 1)
}

// anniversaryCountRe is an anniversary counted from a national event: "80
// năm Cách mạng Tháng Tám và Quốc khánh 2-9", "96 năm Ngày thành lập
// Đảng" (folded). Its year is the year the text marks it.
var anniversaryCountRe = regexp.MustCompile(`\b(\d{1,3}) nam (?:ngay )?(cach mang thang tam|quoc khanh|thanh lap dang(?: cong san viet nam)?|` +
	`giai phong (?:hoan toan )?mien nam|sinh (?:chu tich ho chi minh|bac ho|bac)|chien thang dien bien phu|thuong binh[ -]+liet si|` +
	`(?:cuoc )?tong tuyen cu|thanh lap quan doi nhan dan viet nam|nha giao viet nam|phu nu viet nam|quoc te phu nu)\b( \pL+)?`)

// anniversaryBase is the year of each event anniversaryCountRe counts
// from, by how the event's name as matched begins (hyphens as spaces).
var anniversaryBase = []struct {
	event string
	year  int
}{{"cach mang thang tam", 1945}, {"quoc khanh", 1945}, {"thanh lap dang", 1930}, {"giai phong", 1975},
	{"sinh", 1890}, {"chien thang dien bien phu", 1954}, {"thuong binh", 1947}, {"tong tuyen cu", 1946},
	{"cuoc tong tuyen cu", 1946}, {"thanh lap quan doi", 1944}, {"nha giao", 1982}, {"phu nu viet nam", 1930},
	{"quoc te phu nu", 1910}}

// anniversaryYear returns the year a text marks an anniversary of a
// national event in ("Hà Nội phát động treo cờ chào mừng 80 năm Cách mạng
// Tháng Tám …" is of 2025), or 0. "… Ngày thành lập Đảng bộ tỉnh" counts
// from a local founding and gives none.
func anniversaryYear(text string) int {
	y := 0
	for _, m := range anniversaryCountRe.FindAllStringSubmatch(vn.Fold(prefix(text, 20000)), 20) {
		if next := strings.TrimSpace(m[3]); strings.HasPrefix(m[2], "thanh lap dang") && (next == "bo" || next == "uy") {
			continue
		}
		event := strings.Join(strings.Fields(strings.ReplaceAll(m[2], "-", " ")), " ")
		for _, b := range anniversaryBase {
			if strings.HasPrefix(event, b.event) {
				n, _ := strconv.Atoi(m[1])
				y = max(y, b.year+n)
				break
			}
		}
	}
	return y
}

// scaleBefore reports text that ends with the word for a map's scale
// ("tỷ lệ ", "tỉ lệ ").
func scaleBefore(before string) bool {
	before = strings.ToLower(strings.TrimRight(before, " "))
	return strings.HasSuffix(before, "tỷ lệ") || strings.HasSuffix(before, "tỉ lệ")
}

// symbolYearRe is the year in a document's number: "2209/2021",
// "15/2018/NĐ-CP".
var symbolYearRe = regexp.MustCompile(`\b\d{1,5}/((?:19|20)\d{2})\b`)

// schoolYearRe is a school year: "năm học 2010-2011", "năm học 2023 - 2024".
var schoolYearRe = regexp.MustCompile(`(?i)năm học ((?:19|20)\d{2}) ?[-–] ?(?:19|20)\d{2}\b`)

// yearWordRe is a year written as such: "năm 2024", with the word before.
var yearWordRe = regexp.MustCompile(`(?i)(?:(\pL+) )?năm ((?:19|20)\d{2})\b`)

// horizonWords, before "năm 2030", make the year a plan's horizon.
var horizonWords = map[string]bool{"đến": true, "tới": true, "trước": true, "sau": true}
