package report

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// WriteICS writes feed as an iCalendar (RFC 5545) file: one event per
// meeting and one all-day event per task deadline, CRLF line ends, lines
// folded at 75 octets without splitting a UTF-8 character, text escaped.
func WriteICS(out io.Writer, feed *service.CalendarFeed) error {
	var w icsWriter
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:-//Tien Do//Lich giao ban va thoi han//VI")
	w.line("CALSCALE:GREGORIAN")
	w.prop("X-WR-CALNAME", "Tiến Độ — giao ban và thời hạn")
	stamp := feed.Generated.UTC().Format("20060102T150405Z")
	for _, m := range feed.Meetings {
		w.meeting(m, stamp)
	}
	for _, t := range feed.Tasks {
		w.deadline(t, stamp)
	}
	w.line("END:VCALENDAR")
	_, err := io.WriteString(out, w.b.String())
	return err
}

type icsWriter struct{ b strings.Builder }

func (w *icsWriter) line(s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.b.WriteString(s[:cut])
		w.b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // a continuation line starts with the space
	}
	w.b.WriteString(s)
	w.b.WriteString("\r\n")
}

// prop writes a text property with its value escaped.
func (w *icsWriter) prop(name, value string) { w.line(name + ":" + icsEscape(value)) }

// icsEscape escapes a TEXT value (RFC 5545 §3.3.11).
func icsEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace(s)
}

func icsDate(d vn.Date) string { return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day) }

func (w *icsWriter) meeting(m *tiendo.Meeting, stamp string) {
	w.line("BEGIN:VEVENT")
	w.line(fmt.Sprintf("UID:meeting-%d@tiendo", m.ID))
	w.line("DTSTAMP:" + stamp)
	if start, ok := m.StartTime(); ok {
		w.line("DTSTART:" + start.UTC().Format("20060102T150405Z"))
		w.line("DTEND:" + start.Add(2*time.Hour).UTC().Format("20060102T150405Z"))
	} else {
		w.line("DTSTART;VALUE=DATE:" + icsDate(m.Date))
		w.line("DTEND;VALUE=DATE:" + icsDate(m.Date.AddDays(1)))
	}
	w.prop("SUMMARY", m.Title)
	if m.Place != "" {
		w.prop("LOCATION", m.Place)
	}
	desc := "Chủ trì: " + m.Chair
	if !m.NoticeDue.IsZero() {
		desc += "\nHạn ban hành thông báo kết luận: " + m.NoticeDue.Format()
	}
	w.prop("DESCRIPTION", desc)
	w.line("CATEGORIES:GIAO BAN")
	w.line("END:VEVENT")
}

func (w *icsWriter) deadline(t *tiendo.Task, stamp string) {
	w.line("BEGIN:VEVENT")
	w.line(fmt.Sprintf("UID:task-%d@tiendo", t.ID))
	w.line("DTSTAMP:" + stamp)
	w.line("DTSTART;VALUE=DATE:" + icsDate(t.Due))
	w.line("DTEND;VALUE=DATE:" + icsDate(t.Due.AddDays(1)))
	w.prop("SUMMARY", "Hạn: "+t.Title)
	desc := fmt.Sprintf("Nhiệm vụ số %d", t.ID)
	if t.DeadlineText != "" {
		desc += "\nThời hạn: " + t.DeadlineText
	}
	w.prop("DESCRIPTION", desc)
	w.line("CATEGORIES:THOI HAN")
	w.line("TRANSP:TRANSPARENT")
	w.line("END:VEVENT")
}
