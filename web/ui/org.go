package ui

import (
	"net/http"
	"sort"
	"strconv"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/i18n"
)

// The organisation tree (/don-vi) with valid dates, successors and the
// members of steering committees; administrators get a link to edit each
// organisation they administer and to add one below it.

// orgNode is one organisation in the tree with its children.
type orgNode struct {
	*tiendo.Org
	Successor string
	Members   []string // names of a steering committee's member organisations
	Children  []*orgNode
	Ended     bool
	Editable  bool // the actor administers it
}

// orgsData is the Data of the tree page.
type orgsData struct {
	Roots     []*orgNode
	CanCreate bool
}

// orgsPage: GET /don-vi, the organisation tree with validity and
// successors.
func (s *Server) orgsPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	orgs, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	admin, err := s.svc.AdminOrgs(ctx)
	if err != nil {
		return err
	}
	editable := make(map[int64]bool, len(admin))
	for _, o := range admin {
		editable[o.ID] = true
	}
	d := orgsData{Roots: orgTree(orgs, s.Today(), editable), CanCreate: len(admin) > 0}
	p := &page{Data: d}
	switch q := r.URL.Query(); q.Get("ok") {
	case "":
	case "org-dissolved":
		// The count of moved tasks is read as a number: nothing typed into
		// an address is shown as text.
		moved, _ := strconv.Atoi(q.Get("chuyen"))
		p.Notice = notice(r, "notice.org-dissolved", i18n.FormatInt(i18n.LocaleOf(tiendo.ActorFromContext(ctx)), int64(max(moved, 0))))
	default:
		p.Notice = notice(r, "notice."+q.Get("ok"))
	}
	s.render(w, r, http.StatusOK, "orgs", p)
	return nil
}

// orgTree arranges organisations under their parents; roots are those
// without a parent (or whose parent is unknown). Siblings are by name,
// those that ended last.
func orgTree(orgs []*tiendo.Org, today vn.Date, editable map[int64]bool) []*orgNode {
	nodes := make(map[int64]*orgNode, len(orgs))
	names := orgNames(orgs)
	for _, o := range orgs {
		n := &orgNode{Org: o, Ended: !o.ValidTo.IsZero() && o.ValidTo.Before(today), Editable: editable[o.ID]}
		if o.SuccessorID != nil {
			n.Successor = names[*o.SuccessorID]
		}
		for _, m := range o.MemberIDs {
			n.Members = append(n.Members, names[m])
		}
		nodes[o.ID] = n
	}
	var roots []*orgNode
	for _, o := range orgs {
		n := nodes[o.ID]
		if o.ParentID != nil && nodes[*o.ParentID] != nil {
			p := nodes[*o.ParentID]
			p.Children = append(p.Children, n)
		} else {
			roots = append(roots, n)
		}
	}
	sortOrgNodes(roots)
	return roots
}

func sortOrgNodes(ns []*orgNode) {
	sort.SliceStable(ns, func(i, j int) bool {
		if ns[i].Ended != ns[j].Ended {
			return !ns[i].Ended
		}
		return ns[i].Name < ns[j].Name
	})
	for _, n := range ns {
		sortOrgNodes(n.Children)
	}
}
