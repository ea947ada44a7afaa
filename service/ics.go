package service

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"time"

	"tiendo"
)

// The calendar feed: the meetings an account may see and the deadlines of
// the open tasks its organisations lead, which report.WriteICS writes as an
// iCalendar (RFC 5545) file for calendar clients. Those cannot send
// credentials: the URL carries a secret of its own (only its hash is
// stored), which the account can replace at any time.

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

// CalendarFeed holds what an account's calendar shows.
type CalendarFeed struct {
	Meetings []*tiendo.Meeting
	// Tasks are open tasks with a deadline, soonest first.
	Tasks []*tiendo.Task
	// Generated is when the feed was made (the events' DTSTAMP).
	Generated time.Time
}

// CalendarFeed gathers the actor's feed: meetings from 90 days ago on and
// the deadlines of the open tasks led by the actor's own organisations.
func (s *Service) CalendarFeed(ctx context.Context) (*CalendarFeed, error) {
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
	feed := &CalendarFeed{Meetings: meetings, Generated: s.clock.Now()}
	for _, t := range tasks {
		if !t.Due.IsZero() && len(feed.Tasks) < maxFeedTasks {
			feed.Tasks = append(feed.Tasks, t)
		}
	}
	return feed, nil
}
