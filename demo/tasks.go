package demo

import (
	"fmt"
	"sort"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// taskSpec is a task as a document or meeting conclusion assigns it: one
// task per lead unit, each with its own history.
type taskSpec struct {
	Doc      string // number of the source document (documents.go), "" for none
	Clause   string // where in the source: "Kết luận hội nghị ngày 26/4/2023"
	Source   string // the sentence that assigns it, verbatim from the seed
	Title    string
	Output   string // expected output
	By       string // assigning organisation
	Assigner string // assigning leader (people.go)
	Coop     []string
	Category tiendo.Category
	Urgent   bool
	Regular  bool    // a regular duty rather than an assigned task
	Deadline string  // the phrase as written; "" for none (the default deadline applies)
	Due      vn.Date // an explicit date when there is no phrase
	Assigned vn.Date
	Place    string
	Leads    []lead
}

// lead is one lead unit of a taskSpec and its task's history.
type lead struct {
	Org   string
	Place string   // overrides taskSpec.Place
	At    string   // a demo place (places.go) the task concerns without naming it in Place
	Coop  []string // added to taskSpec.Coop
	Story story
	// Instances gives the history of the i-th instance of a recurring
	// series, from the instance's assignment and due dates.
	Instances func(i int, assigned, due vn.Date) story
}

// taskTable is every task of the demo, in order of assignment.
// from is the first day of the reporting month that contains today.
func taskTable(today, from vn.Date) []taskSpec {
	var out []taskSpec
	for _, part := range [][]taskSpec{seed004Tasks, seed001Tasks, seed002Tasks, seed000Tasks, tasks2025, recentTasks(today),
		liveTasks(today, from)} {
		out = append(out, part...)
	}
	return out
}

// tasks creates every task and schedules its history.
func (l *loader) tasks() error {
	for _, s := range taskTable(l.today, l.from) {
		for _, ld := range s.Leads {
			if err := l.createTask(s, ld); err != nil {
				return fmt.Errorf("demo: task %q for %s: %w", s.Title, ld.Org, err)
			}
		}
	}
	return nil
}

func (l *loader) createTask(s taskSpec, ld lead) error {
	in := service.TaskInput{SourceClause: s.Clause, SourceText: s.Source, Title: s.Title,
		ExpectedOutput: s.Output, LeadOrgID: l.org(ld.Org), AssignerID: l.person(s.Assigner),
		AssignedByOrgID: l.orgPtr(s.By), Category: s.Category, Priority: tiendo.PriorityNormal,
		RegularDuty: s.Regular, Place: s.Place, Deadline: s.Deadline, Due: s.Due, AssignedOn: s.Assigned}
	if s.Doc != "" {
		id := l.doc(s.Doc)
		in.DocumentID = &id
	}
	for _, c := range append(append([]string{}, s.Coop...), ld.Coop...) {
		in.CoopOrgIDs = append(in.CoopOrgIDs, l.org(c))
	}
	if s.Urgent {
		in.Priority = tiendo.PriorityUrgent
	}
	if ld.Place != "" {
		in.Place = ld.Place
	}
	in.PlaceID = l.placeOf(in.Place)
	if ld.At != "" {
		in.PlaceID = l.placeOf(ld.At)
	}
	ts, err := l.svc.CreateTasks(l.who(l.org(s.By), tiendo.RoleOffice), in)
	if err != nil {
		return err
	}
	t := ts[0]
	if err := l.schedule(t, ld.Story); err != nil {
		return err
	}
	if ld.Instances == nil {
		return nil
	}
	insts, _, err := l.svc.ListTasks(l.sys, tiendo.TaskFilter{SeriesID: &t.ID, Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return err
	}
	sort.Slice(insts, func(i, j int) bool { return insts[i].Due.Before(insts[j].Due) })
	for i, inst := range insts {
		if err := l.schedule(inst, ld.Instances(i, inst.AssignedOn, inst.Due)); err != nil {
			return err
		}
	}
	return nil
}
