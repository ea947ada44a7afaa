package service

import (
	"context"
	"strconv"
	"strings"

	"tiendo"
)

// Comments lists a task's comments to whoever sees the task.
func (s *Service) Comments(ctx context.Context, task int64) ([]*tiendo.Comment, error) {
	if _, _, err := s.visibleTask(ctx, s.store, task); err != nil {
		return nil, err
	}
	return s.store.FindComments(ctx, task)
}

// AddComment stores a comment on a task the actor sees, audits it and
// notifies the accounts (@login) and units (@CODE) it names, in one
// transaction. A name matching nothing is left as text.
func (s *Service) AddComment(ctx context.Context, task int64, body string) (*tiendo.Comment, error) {
	c := &tiendo.Comment{TaskID: task, AuthorID: actorID(ctx), Body: strings.TrimSpace(body)}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		t, sc, err := s.visibleTask(ctx, st, task)
		if err != nil {
			return err
		}
		if err := st.CreateComment(ctx, c); err != nil {
			return err
		}
		c.Author = sc.actor.Login
		people, units, err := mentioned(ctx, st, c.Body)
		if err != nil {
			return err
		}
		if len(people)+len(units) > 0 {
			ev := step{Kind: tiendo.NotifyMentioned, Task: t, Key: "c" + strconv.FormatInt(c.ID, 10), Reason: excerpt(c.Body),
				People: people, Units: units}
			if err := s.notifyStep(ctx, st, sc.tree, ev); err != nil {
				return err
			}
		}
		return s.audit(ctx, st, "comment.create", "comment", c.ID, &t.ID, &t.LeadOrgID, nil, c)
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// mentioned resolves the names of a comment: a login (logins are lower
// case) names an account, else a unit code names a unit.
func mentioned(ctx context.Context, st tiendo.Store, body string) (people, units []int64, err error) {
	for _, name := range tiendo.ParseMentions(body) {
		a, err := st.FindAccountByLogin(ctx, strings.ToLower(name))
		switch {
		case err == nil:
			people = append(people, a.ID) // notifyStep keeps those who see t
			continue
		case tiendo.ErrorCode(err) != tiendo.ENOTFOUND:
			return nil, nil, err
		}
		o, err := st.FindOrgByCode(ctx, strings.ToUpper(name))
		switch {
		case err == nil:
			units = append(units, o.ID)
		case tiendo.ErrorCode(err) != tiendo.ENOTFOUND:
			return nil, nil, err
		}
	}
	return people, units, nil
}

// excerpt is the start of a comment, for its notification.
func excerpt(s string) string {
	if r := []rune(s); len(r) > 300 {
		return string(r[:300]) + "…"
	}
	return s
}
