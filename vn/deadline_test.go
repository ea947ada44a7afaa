package vn

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

func TestParseDeadline(t *testing.T) {
	ref := NewDate(2023, 5, 10)
	date := func(y, m, d int) Deadline { return Deadline{Kind: DeadlineDate, Date: NewDate(y, time.Month(m), d)} }
	period := func(y, m, d int) Deadline { return Deadline{Kind: DeadlinePeriod, Date: NewDate(y, time.Month(m), d)} }
	every := func(k PeriodKind, day int) Deadline {
		return Deadline{Kind: DeadlineRecurring, Recurrence: &Recurrence{Every: k, Day: day}}
	}
	continuous := Deadline{Kind: DeadlineContinuous}
	none := Deadline{Kind: DeadlineNone}
	tests := []struct {
		in   string
		ref  Date
		want Deadline
	}{
		// Dates.
		{"trước ngày 06/01/2020", ref, date(2020, 1, 6)},
		{"chậm nhất trước ngày 20 tháng 12 năm 2023", ref, date(2023, 12, 20)},
		{"trước ngày 15/4/2023", ref, date(2023, 4, 15)},
		{"trước ngày 01/11/2021", Date{}, date(2021, 11, 1)},
		{"trước ngày 25-10- 2023", ref, date(2023, 10, 25)},
		{"truoc ngay 06/01/2020", ref, date(2020, 1, 6)},
		{"TRƯỚC NGÀY 06/01/2020", ref, date(2020, 1, 6)},
		{norm.NFD.String("trước ngày 06/01/2020"), ref, date(2020, 1, 6)},
		{"từ 01/01/2023 đến 31/03/2023", ref, date(2023, 3, 31)},
		{"trước ngày 15/11/2021 để tổng hợp, trình UBND tỉnh trước ngày 20/11/2021", ref, date(2021, 11, 15)},
		{"xong trước 15/3", ref, date(2024, 3, 15)},                  // 15/3/2023 is before ref
		{"xong trước 15/6", ref, date(2023, 6, 15)},                  // still ahead this year
		{"trước ngày 10/5", ref, date(2023, 5, 10)},                  // ref itself counts
		{"trước ngày 15 tháng 3", ref, date(2024, 3, 15)},            // spelled month
		{"trước ngày 29/2", ref, date(2024, 2, 29)},                  // next leap year
		{"trước ngày 06/01/2020, hằng tháng", ref, date(2020, 1, 6)}, // an explicit date wins
		// Periods, due on their last calendar day.
		{"trong quý IV/2022", ref, period(2022, 12, 31)},
		{"quý 3 năm 2023", ref, period(2023, 9, 30)},
		{"Quý II/2024", ref, period(2024, 6, 30)},
		{"trong quý I", ref, period(2024, 3, 31)}, // Q1 2023 ended before ref
		{"trong quý II", ref, period(2023, 6, 30)},
		{"trong tháng 9/2023", ref, period(2023, 9, 30)},
		{"tháng 02 năm 2024", ref, period(2024, 2, 29)},
		{"trong tháng 9", ref, period(2023, 9, 30)},
		{"trong năm 2022", ref, period(2022, 12, 31)},
		{"năm 2025", ref, period(2025, 12, 31)},
		{"đến hết năm 2024", ref, period(2024, 12, 31)},
		{"6 tháng đầu năm 2023", ref, period(2023, 6, 30)},
		{"sáu tháng cuối năm 2023", ref, period(2023, 12, 31)},
		{"9 tháng năm 2023", ref, period(2023, 9, 30)},
		{"trong tháng", ref, period(2023, 5, 31)},
		{"trong quý", ref, period(2023, 6, 30)},
		{"cuối năm", ref, period(2023, 12, 31)},
		{"năm nay", ref, period(2023, 12, 31)},
		{"quý tới", ref, period(2023, 9, 30)},
		{"trong tháng tới", ref, period(2023, 6, 30)},
		{"năm sau", ref, period(2024, 12, 31)},
		// Recurring.
		{"định kỳ hàng tháng trước ngày 25", ref, every(PeriodMonth, 25)},
		{"định kỳ hàng tháng", ref, every(PeriodMonth, 0)},
		{"hằng tháng", ref, every(PeriodMonth, 0)},
		{"trước ngày 25 hằng tháng", ref, every(PeriodMonth, 25)},
		{"hàng quý", ref, every(PeriodQuarter, 0)},
		{"hằng quý", ref, every(PeriodQuarter, 0)},
		{"định kỳ 6 tháng", ref, every(PeriodHalfYear, 0)},
		{"định kỳ 6 tháng, hằng năm", ref, every(PeriodHalfYear, 0)},
		{"hằng năm", ref, every(PeriodYear, 0)},
		{"hàng năm", ref, every(PeriodYear, 0)},
		{"trước ngày 15/12 hằng năm", ref, every(PeriodYear, 15)},
		{"trước ngày 15/01 hằng năm", ref, every(PeriodYear, 0)}, // a January day cannot be placed in December
		{"hang thang truoc ngay 25", ref, every(PeriodMonth, 25)},
		// Continuous.
		{"thường xuyên", ref, continuous},
		{"thường xuyên, liên tục", ref, continuous},
		{"Thường xuyên", Date{}, continuous},
		{"định kỳ", ref, continuous}, // no frequency: no instance can be dated
		// Daily and weekly duties recur, with the weekday when written
		// (issue 14's known gap; see RecurDaily).
		{"hằng tuần", ref, every(RecurWeekly, 0)},
		{"báo cáo trước 14 giờ hằng ngày", ref, every(RecurDaily, 0)},
		{"mỗi ngày một lần", ref, every(RecurDaily, 0)},
		{"vào thứ Sáu hằng tuần", ref, every(RecurWeekly, 5)},
		{"hàng tuần vào sáng thứ Hai", ref, every(RecurWeekly, 1)},
		{"trước 16h chiều thứ 5 hàng tuần", ref, every(RecurWeekly, 4)},
		{"chủ nhật hằng tuần", ref, every(RecurWeekly, 7)},
		{"định kỳ hằng tuần, hằng tháng", ref, every(RecurWeekly, 0)}, // the most frequent wins
		{"từng năm 2024, 2025", ref, every(PeriodYear, 0)},
		{"trước ngày 10 hằng tháng", ref, every(PeriodMonth, 10)},
		{"trong vòng 10 ngày kể từ ngày ký", ref, date(2023, 5, 20)},
		{"trong vòng 10 ngày kể từ ngày ký", Date{}, none}, // no date to count from
		// No deadline.
		{"", ref, none},
		{"   ", ref, none},
		{"khẩn trương", ref, none},
		{"sớm", ref, none},
		{"kịp thời", ref, none},
		{"theo quy định", ref, none},
		{"trong thời gian tới", ref, none},
		{"ngay", ref, none},
		{"trong năm ngày làm việc", ref, none}, // năm = five: a duration
		{"trong 6 tháng tới", ref, none},
		{"20/20 phường", ref, none},
	}
	for _, tt := range tests {
		got, err := ParseDeadline(tt.in, tt.ref)
		if err != nil {
			t.Errorf("ParseDeadline(%q): %v", tt.in, err)
			continue
		}
		tt.want.Text = strings.TrimSpace(tt.in)
		if !sameDeadline(got, tt.want) || got.Text != tt.want.Text {
			t.Errorf("ParseDeadline(%q) = %s, want %s", tt.in, showDeadline(got), showDeadline(tt.want))
		}
	}
}

func TestParseDeadlineErrors(t *testing.T) {
	ref := NewDate(2023, 5, 10)
	tests := []struct {
		in     string
		ref    Date
		reason string
	}{
		{"trước ngày 32/13/2020", ref, "month 13 does not exist"},
		{"trước ngày 31/02/2020", ref, "day 31 does not exist"},
		{"chậm nhất ngày 30 tháng 2 năm 2024", ref, "day 30 does not exist"},
		{"xong trước 32/3", ref, "day 32 does not exist"},
		{"xong trước 15/3", Date{}, "no reference date"},
		{"quý 5/2022", ref, "quarter"},
		{"tháng 13/2023", ref, "month 13"},
		{"trong quý IV", Date{}, "no reference date"},
		{"trong tháng", Date{}, "needs a reference date"},
	}
	for _, tt := range tests {
		_, err := ParseDeadline(tt.in, tt.ref)
		var de *DeadlineError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), tt.reason) || de.Phrase != tt.in {
			t.Errorf("ParseDeadline(%q) error = %v, want a *DeadlineError about %q", tt.in, err, tt.reason)
		}
	}
	_, err := ParseDeadline("trước ngày 31/02/2020", ref)
	var dateErr *DateError
	if !errors.As(err, &dateErr) {
		t.Errorf("error %v does not wrap the *DateError", err)
	}
}

// TestParseDeadlineGold reads every deadline phrase in the gold annotations.
func TestParseDeadlineGold(t *testing.T) {
	checked := 0
	for name, g := range readGold(t) {
		for _, task := range g.Tasks {
			dl := task.Deadline
			checked++
			got, err := ParseDeadline(dl.Text, Date{})
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			want := Date{}
			if dl.Date != nil {
				want, _ = ParseISODate(*dl.Date)
			}
			if string(got.Kind) != dl.Kind || got.Date != want {
				t.Errorf("%s: ParseDeadline(%q) = %s, want kind %s date %v", name, dl.Text, showDeadline(got), dl.Kind, want)
			}
		}
	}
	if checked < 10 {
		t.Errorf("checked only %d gold deadlines", checked)
	}
}

func TestRecurrenceInstances(t *testing.T) {
	d := NewDate
	tests := []struct {
		r           Recurrence
		from, until Date
		want        []Date
	}{
		{Recurrence{PeriodMonth, 25}, d(2023, 1, 10), d(2023, 4, 1),
			[]Date{d(2023, 1, 25), d(2023, 2, 25), d(2023, 3, 25), d(2023, 4, 25)}},
		{Recurrence{PeriodMonth, 0}, d(2024, 1, 31), d(2024, 3, 31),
			[]Date{d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 31)}},
		{Recurrence{PeriodMonth, 31}, d(2023, 1, 1), d(2023, 2, 28),
			[]Date{d(2023, 1, 31), d(2023, 2, 28)}}, // short months clamp
		{Recurrence{PeriodQuarter, 20}, d(2022, 11, 5), d(2023, 7, 1),
			[]Date{d(2022, 12, 20), d(2023, 3, 20), d(2023, 6, 20), d(2023, 9, 20)}},
		{Recurrence{PeriodQuarter, 0}, d(2023, 1, 1), d(2023, 3, 31),
			[]Date{d(2023, 3, 31)}},
		{Recurrence{PeriodHalfYear, 0}, d(2023, 3, 1), d(2024, 1, 1),
			[]Date{d(2023, 6, 30), d(2023, 12, 31), d(2024, 6, 30)}},
		{Recurrence{PeriodYear, 15}, d(2021, 6, 1), d(2023, 1, 1),
			[]Date{d(2021, 12, 15), d(2022, 12, 15), d(2023, 12, 15)}},
		{Recurrence{PeriodMonth, 25}, d(2023, 5, 1), d(2023, 4, 1), nil},
		{Recurrence{PeriodCustom, 25}, d(2023, 1, 1), d(2023, 12, 31), nil},
		{Recurrence{"", 25}, d(2023, 1, 1), d(2023, 12, 31), nil},
		{Recurrence{RecurDaily, 0}, d(2023, 1, 1), d(2023, 12, 31), nil}, // followed as one ongoing task
		{Recurrence{RecurWeekly, 5}, d(2023, 1, 1), d(2023, 12, 31), nil},
	}
	for _, tt := range tests {
		if got := tt.r.Instances(tt.from, tt.until); !slices.Equal(got, tt.want) {
			t.Errorf("%+v.Instances(%v, %v) = %v, want %v", tt.r, tt.from, tt.until, got, tt.want)
		}
	}
}

func FuzzParseDeadline(f *testing.F) {
	for _, s := range []string{
		"trước ngày 06/01/2020", "chậm nhất trước ngày 20 tháng 12 năm 2023", "xong trước 15/3",
		"trong quý IV/2022", "quý 3 năm 2023", "trong tháng 9/2023", "trong năm 2022", "năm 2025",
		"đến hết năm 2024", "6 tháng đầu năm 2023", "định kỳ hàng tháng trước ngày 25", "hằng tháng",
		"hàng quý", "hằng quý", "định kỳ 6 tháng", "hằng năm", "hàng năm", "thường xuyên",
		"thường xuyên, liên tục", "", "khẩn trương", "sớm", "kịp thời", "theo quy định",
		"truoc ngay 06/01/2020", "trước ngày 32/13/2020", "trước ngày 29/2", "quý 5/2022",
		"trong năm ngày", "quý tới", "từ 01/01/2023 đến 31/03/2023", "trước ngày 15/12 hằng năm",
		"tháng 0/9999", "ngày 31 tháng 12 năm 9999", "quý iv năm 9999",
		"trước 14 giờ hằng ngày", "thứ Sáu hằng tuần", "hằng tuần vào chủ nhật", "thứ 9 hằng tuần",
	} {
		f.Add(s, uint16(12183)) // 2023-05-10
		f.Add(s, uint16(0))
	}
	f.Fuzz(func(t *testing.T, s string, refDays uint16) {
		var ref Date // zero: no reference date
		if refDays != 0 {
			ref = NewDate(1990, 1, 1).AddDays(int(refDays))
		}
		dl, err := ParseDeadline(s, ref)
		folded, foldedErr := ParseDeadline(Fold(s), ref)
		if (err == nil) != (foldedErr == nil) || !sameDeadline(dl, folded) {
			t.Fatalf("ParseDeadline(%q) = %s, %v but folded input gives %s, %v",
				s, showDeadline(dl), err, showDeadline(folded), foldedErr)
		}
		if err != nil {
			var de *DeadlineError
			if !errors.As(err, &de) {
				t.Fatalf("ParseDeadline(%q) error %v is %T, want *DeadlineError", s, err, err)
			}
			return
		}
		if dl.Text != strings.TrimSpace(s) {
			t.Fatalf("ParseDeadline(%q).Text = %q, want the trimmed input", s, dl.Text)
		}
		hasDate := dl.Kind == DeadlineDate || dl.Kind == DeadlinePeriod
		if hasDate == dl.Date.IsZero() || (dl.Kind == DeadlineRecurring) != (dl.Recurrence != nil) {
			t.Fatalf("ParseDeadline(%q) = %s: date or recurrence does not match the kind", s, showDeadline(dl))
		}
		switch dl.Kind {
		case DeadlineDate, DeadlinePeriod:
			if _, err := checkedDate("", dl.Date.Year, int(dl.Date.Month), dl.Date.Day); err != nil {
				t.Fatalf("ParseDeadline(%q) date %#v does not exist", s, dl.Date)
			}
		case DeadlineRecurring:
			r := *dl.Recurrence
			if r.Day < 0 || r.Day > 31 {
				t.Fatalf("ParseDeadline(%q) recurrence day %d", s, r.Day)
			}
			if r.Every == RecurDaily || r.Every == RecurWeekly {
				if r.Day < 0 || r.Day > 7 || r.Instances(NewDate(2023, 1, 1), NewDate(2024, 1, 1)) != nil {
					t.Fatalf("ParseDeadline(%q) short recurrence %+v", s, r)
				}
				return
			}
			start := NewDate(2023, 1, 1)
			due := r.Instances(start, start.AddDays(365))
			if len(due) == 0 || !slices.IsSortedFunc(due, func(a, b Date) int { return a.compare(b) }) {
				t.Fatalf("ParseDeadline(%q) recurrence %+v gives instances %v", s, r, due)
			}
		case DeadlineContinuous, DeadlineNone:
		default:
			t.Fatalf("ParseDeadline(%q) kind %q", s, dl.Kind)
		}
	})
}

func sameDeadline(a, b Deadline) bool {
	if a.Kind != b.Kind || a.Date != b.Date || (a.Recurrence == nil) != (b.Recurrence == nil) {
		return false
	}
	return a.Recurrence == nil || *a.Recurrence == *b.Recurrence
}

func showDeadline(d Deadline) string {
	var b strings.Builder
	b.WriteString(string(d.Kind))
	if !d.Date.IsZero() {
		b.WriteString(" " + d.Date.String())
	}
	if d.Recurrence != nil {
		b.WriteString(" every " + string(d.Recurrence.Every) + " day " + FormatInt(int64(d.Recurrence.Day)))
	}
	return b.String()
}

func TestWordsBefore(t *testing.T) {
	f := "bao cao truoc ngay 06/01/2020"
	i := strings.Index(f, "06")
	if got := wordsBefore(f, i, 3); !slices.Equal(got, []string{"ngay", "truoc", "cao"}) {
		t.Errorf("wordsBefore = %q", got)
	}
	if got := wordsBefore(f, 0, 3); got != nil {
		t.Errorf("wordsBefore at start = %q, want none", got)
	}
	if got := wordsBefore(f, i, 9); len(got) != 4 {
		t.Errorf("wordsBefore past the start = %q, want all 4 words", got)
	}
}

// TestParseDeadlineLongInput guards against quadratic scans: a whole document
// pasted as a phrase must still parse quickly.
func TestParseDeadlineLongInput(t *testing.T) {
	for _, chunk := range []string{"6 tháng, 1/2 x quý 2 năm ngày làm ", "từ 01/01/2020 ", "6 tháng x 2 năm y "} {
		long := strings.Repeat(chunk, 20000)
		start := time.Now()
		if _, err := ParseDeadline(long, NewDate(2023, 5, 10)); err != nil {
			t.Errorf("ParseDeadline(%q × 20000): %.200v", chunk, err)
		}
		if elapsed := time.Since(start); elapsed > 5*time.Second {
			t.Errorf("ParseDeadline(%q × 20000) took %v", chunk, elapsed)
		}
	}
}
