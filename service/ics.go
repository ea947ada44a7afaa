package service

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"tiendo"
	"tiendo/vn"
)

// The calendar feed: an iCalendar (RFC 5545) file with the meetings an
// account may see and the deadlines of the open tasks its organisations
// lead, for calendar clients that cannot send credentials: the URL carries
// a secret of its own (only its hash is stored), which the account can
// replace at any time.

// maxFeedTasks bounds the deadlines in one feed.
const maxFeedTasks = 2000

// NewCalendarToken creates or rotates the actor's calendar secret and
// returns it; it is shown once. A new secret replaces the old one, whose
// address stops working at once.
func (s *Service) NewCalendarToken(ctx context.Context) (string, error) {
	a, err := actor(ctx)
	if err != nil {
		return "", err
	}
	if a.AccountID == 0 {
		return "", forbidden("tạo lịch cho tài khoản hệ thống")
	}
	raw := make([]byte, 24)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	secret := hex.EncodeToString(raw)
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.SetCalendarToken(ctx, a.AccountID, hashToken(secret)); err != nil {
			return err
		}
		return s.audit(ctx, st, "calendar.token", "account", a.AccountID, nil, nil, nil, nil)
	})
	if err != nil {
		return "", err
	}
	return secret, nil
}

// ActorForCalendarToken resolves the account of a calendar secret.
func (s *Service) ActorForCalendarToken(ctx context.Context, secret string) (*tiendo.Actor, error) {
	acc, err := s.store.FindAccountByCalendarHash(ctx, hashToken(secret))
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND || (err == nil && acc.Disabled) {
		return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy lịch")
	}
	if err != nil {
		return nil, err
	}
	return actorOf(acc), nil
}

// CalendarFeed writes the actor's feed: meetings from 90 days ago on and
// the deadlines of the open tasks led by the actor's own organisations.
func (s *Service) CalendarFeed(ctx context.Context) ([]byte, error) {
	meetings, err := s.ListMeetings(ctx, tiendo.MeetingFilter{From: s.today().AddDays(-90)})
	if err != nil {
		return nil, err
	}
	own, err := s.OwnOrgIDs(ctx)
	if err != nil {
		return nil, err
	}
	open := []tiendo.Status{tiendo.StatusAssigned, tiendo.StatusInProgress, tiendo.StatusReturned,
		tiendo.StatusExtensionRequested, tiendo.StatusReportedDone}
	tasks, _, err := s.ListTasks(ctx, tiendo.TaskFilter{OrgIDs: own, Role: tiendo.AsLead, Statuses: open,
		Sort: tiendo.SortDue, Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return nil, err
	}
	if len(tasks) > maxFeedTasks {
		tasks = tasks[:maxFeedTasks]
	}
	var w icsWriter
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:-//Tien Do//Lich giao ban va thoi han//VI")
	w.line("CALSCALE:GREGORIAN")
	w.prop("X-WR-CALNAME", "Tiến Độ — giao ban và thời hạn")
	stamp := s.clock.Now().UTC().Format("20060102T150405Z")
	for _, m := range meetings {
		w.meeting(m, stamp)
	}
	for _, t := range tasks {
		if !t.Due.IsZero() {
			w.deadline(t, stamp)
		}
	}
	w.line("END:VCALENDAR")
	return []byte(w.b.String()), nil
}

// icsWriter builds iCalendar text: CRLF line ends, lines folded at 75
// octets without splitting a UTF-8 character, text values escaped.
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
