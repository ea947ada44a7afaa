package demo

import (
	"context"
	"fmt"
	"sort"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// A story is the history of one task: steps in date order, each played
// through the service by the account a real office would use.
type story []step

type stepKind int

const (
	stepReport   stepKind = iota // a progress report
	stepDone                     // the unit reports the task done
	stepConfirm                  // the office confirms the completion
	stepReturn                   // the office sends the report back
	stepAsk                      // the unit asks for an extension
	stepGrant                    // the leader approves it
	stepRefuse                   // the leader declines it
	stepPostpone                 // the office suspends the task
	stepWithdraw                 // the office withdraws the task
	stepToPerson                 // the unit passes the task to one of its people
	stepToOrg                    // the unit passes it to a sub-unit: a child task
)

// step is one event of a story. on is the as-of date of a report and the
// date the step happened; the service records reports at that date, other
// steps at the time of loading, in date order.
type step struct {
	kind       stepKind
	on         vn.Date
	pct        int    // reported percent, 0 for none
	text       string // narrative, reason or note
	results    string
	problems   string
	proposals  string
	evidence   string  // number of the unit's report
	file       string  // name of a text file attached to the report (its text is the narrative)
	due        vn.Date // proposed or granted deadline, or the child task's
	org        string  // sub-unit (stepToOrg)
	person     string  // official (stepToPerson)
	childStory story   // history of the child task (stepToOrg)
}

// seq joins story parts.
func seq(parts ...story) story {
	var out story
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func report(on vn.Date, pct int, narrative string) story {
	return story{{kind: stepReport, on: on, pct: pct, text: narrative}}
}

// review is a report in the three parts offices ask for: results,
// shortcomings and difficulties, proposals.
func review(on vn.Date, pct int, results, problems, proposals string) story {
	return story{{kind: stepReport, on: on, pct: pct, results: results, problems: problems, proposals: proposals}}
}

func done(on vn.Date, narrative, evidence string) story {
	return story{{kind: stepDone, on: on, text: narrative, evidence: evidence}}
}

// doneWithFile is done with the unit's report attached as a text file.
func doneWithFile(on vn.Date, narrative, evidence, file string) story {
	return story{{kind: stepDone, on: on, text: narrative, evidence: evidence, file: file}}
}

func confirm(on vn.Date) story { return story{{kind: stepConfirm, on: on}} }

func giveBack(on vn.Date, reason string) story {
	return story{{kind: stepReturn, on: on, text: reason}}
}

func ask(on, proposed vn.Date, reason string) story {
	return story{{kind: stepAsk, on: on, due: proposed, text: reason}}
}

// grant approves the pending extension; a zero due grants the date proposed.
func grant(on, due vn.Date, note string) story {
	return story{{kind: stepGrant, on: on, due: due, text: note}}
}

func refuse(on vn.Date, note string) story { return story{{kind: stepRefuse, on: on, text: note}} }

func postpone(on vn.Date, reason string) story {
	return story{{kind: stepPostpone, on: on, text: reason}}
}

func withdraw(on vn.Date, reason string) story {
	return story{{kind: stepWithdraw, on: on, text: reason}}
}

func toPerson(on vn.Date, name string) story {
	return story{{kind: stepToPerson, on: on, person: name}}
}

func toOrg(on vn.Date, org, title string, due vn.Date, child story) story {
	return story{{kind: stepToOrg, on: on, org: org, text: title, due: due, childStory: child}}
}

// closed is the common ending: reported done on `on` with a narrative and
// the number of the unit's report, confirmed by the office two days later.
func closed(on vn.Date, narrative, evidence string) story {
	return seq(done(on, narrative, evidence), confirm(on.AddDays(2)))
}

// event is one dated action of the demo history.
type event struct {
	on   vn.Date
	name string
	run  func() error
}

// schedule adds a task's story to the history, checking that it is in
// date order, starts no earlier than the assignment and ends by today.
func (l *loader) schedule(t *tiendo.Task, s story) error {
	prev := t.AssignedOn
	for i, st := range s {
		if st.on.Before(prev) || st.on.After(l.today) {
			return fmt.Errorf("demo: task %q: step %d on %s is out of order (after %s, by %s)", t.Title, i, st.on, prev, l.today)
		}
		prev = st.on
		id, st := t.ID, st
		l.events = append(l.events, event{on: st.on, name: fmt.Sprintf("task %d step %d", t.ID, i),
			run: func() error { return l.apply(id, st) }})
	}
	return nil
}

// play runs the history in date order; events of the same day keep the
// order they were scheduled in.
func (l *loader) play() error {
	sort.SliceStable(l.events, func(i, j int) bool { return l.events[i].on.Before(l.events[j].on) })
	for _, e := range l.events {
		if err := e.run(); err != nil {
			return fmt.Errorf("demo: %s on %s: %w", e.name, e.on, err)
		}
	}
	return nil
}

// apply plays one step on a task as the account that would take it: the
// lead unit's officer (else its office) reports, the assigning office
// confirms, returns, postpones and withdraws, the assigning leader decides.
func (l *loader) apply(id int64, s step) error {
	t, err := l.svc.GetTask(l.sys, id)
	if err != nil {
		return err
	}
	lead, by := t.LeadOrgID, t.LeadOrgID
	if t.AssignedByOrg != nil {
		by = *t.AssignedByOrg
	}
	// The step enters the task history on its story's day, not on the day
	// the demo is loaded, so that past as-of dates show the story as it went.
	on := func(ctx context.Context) context.Context { return tiendo.NewContextWithChangeDay(ctx, s.on) }
	unit := on(l.reporter(lead))
	office := on(l.who(by, tiendo.RoleOffice))
	switch s.kind {
	case stepReport, stepDone:
		in := service.UpdateInput{Version: t.Version, AsOf: s.on, Narrative: s.text, Results: s.results, Problems: s.problems,
			Proposals: s.proposals, Done: s.kind == stepDone, EvidenceNo: s.evidence}
		if s.pct > 0 {
			pct := s.pct
			in.Percent = &pct
		}
		if s.file != "" {
			body := s.evidence + "\n\n" + s.text + "\n"
			in.Attachments = []tiendo.Attachment{{Name: s.file, ContentType: "text/plain; charset=utf-8", Data: []byte(body)}}
		}
		_, _, err = l.svc.ReportProgress(unit, id, in)
	case stepConfirm:
		_, err = l.svc.Confirm(office, id, service.ActionInput{Version: t.Version, Note: s.text})
	case stepReturn:
		_, err = l.svc.Return(office, id, service.ActionInput{Version: t.Version, Reason: s.text})
	case stepAsk:
		_, _, err = l.svc.RequestExtension(unit, id, service.ExtensionInput{Version: t.Version, ProposedDue: s.due, Reason: s.text})
	case stepGrant, stepRefuse:
		// The decision records the deciding account, so the system actor
		// (account 0) cannot decide: where no demo leader covers the
		// assigning unit, the admin decides.
		leader := l.who(by, tiendo.RoleLeader)
		if leader == l.sys {
			leader = l.as["admin"]
		}
		leader = on(leader)
		_, _, err = l.svc.DecideExtension(leader, id,
			service.DecisionInput{Version: t.Version, Approve: s.kind == stepGrant, Due: s.due, Note: s.text})
	case stepPostpone:
		_, err = l.svc.Postpone(office, id, service.ActionInput{Version: t.Version, Reason: s.text})
	case stepWithdraw:
		_, err = l.svc.Withdraw(office, id, service.ActionInput{Version: t.Version, Reason: s.text})
	case stepToPerson:
		_, err = l.svc.Delegate(unit, id, service.DelegateInput{Version: t.Version, PersonID: l.person(s.person)})
	case stepToOrg:
		var child *tiendo.Task
		child, err = l.svc.Delegate(unit, id, service.DelegateInput{Version: t.Version, OrgID: l.orgPtr(s.org), Title: s.text, Due: s.due})
		for i := 0; err == nil && i < len(s.childStory); i++ {
			err = l.apply(child.ID, s.childStory[i])
		}
	default:
		err = fmt.Errorf("unknown step kind %d", s.kind)
	}
	return err
}
