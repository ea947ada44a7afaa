package web

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"tiendo"
	"tiendo/service"
)

// A case's page shows its deadline history (old and new day, who, why),
// and the assigned unit's inbox links the case's notice to the case.
func TestCaseDeadlineHistoryAndInboxLink(t *testing.T) {
	e := newEnv(t)
	today := tiendo.Today(e.clock)
	c, _ := e.weeklyListCase(t)
	other := e.org["HBT-TRUONGDINH"]
	var err error
	for i, due := range []int{7, 14} {
		c, err = e.svc.AssignCase(e.as("office"), c.ID, service.CaseAssignment{Version: c.Version, OrgID: &other,
			Due: today.AddDays(due), Reason: fmt.Sprintf("Lý do %d", i)})
		if err != nil {
			t.Fatal(err)
		}
	}
	path := fmt.Sprintf("/vu-viec/%d", c.ID)
	p := e.browse("office").get(path)
	p.want(t, "the case", http.StatusOK, `id="case-deadlines"`, "Lý do 1", today.AddDays(7).Format(), today.AddDays(14).Format(),
		`id="assign-reason"`)
	p.lacks(t, "the case", "Lý do 0") // the first deadline is no change
	e.browse("truongdinh").get("/thong-bao").want(t, "the unit's inbox", http.StatusOK, `href="`+path+`"`, `name="case"`)
}

// With more places than a picker's page, a case at a place past it keeps
// its place's name in the list, stays chosen in the list's filter, and
// the picker says how many places it leaves out.
func TestCasePlacesPastThePickersPage(t *testing.T) {
	e := newEnv(t)
	ward := e.org["HBT-PHOHUE"]
	var last *tiendo.Place
	err := e.store.Tx(context.Background(), func(st tiendo.Store) error {
		for i := range tiendo.MaxPerPage + 5 {
			p := &tiendo.Place{Kind: tiendo.PlaceStreet, Name: fmt.Sprintf("Ngõ %04d", i), Wards: []tiendo.PlaceWard{{OrgID: ward}}}
			if err := st.CreatePlace(context.Background(), p); err != nil {
				return err
			}
			last = p
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	kinds, err := e.svc.ListCaseKinds(e.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := e.svc.CreateCase(e.as("office"), tiendo.Case{WardID: ward, PlaceID: &last.ID, KindID: kinds[0].ID,
		Description: "Lấn chiếm lòng ngõ", FoundOn: tiendo.Today(e.clock)})
	if err != nil {
		t.Fatal(err)
	}
	e.browse("office").get("/vu-viec").want(t, "the list", http.StatusOK, fmt.Sprintf(`href="/vu-viec/%d"`, c.ID), last.Name,
		`class="places-more"`)
	e.browse("office").get(fmt.Sprintf("/vu-viec?place=%d", last.ID)).want(t, "the list by place", http.StatusOK,
		fmt.Sprintf(`<option value="%d" selected>%s</option>`, last.ID, last.Name))
}

// The assignment picker on a case lists the units in the reader's scope
// (the service refuses the others), not the whole tree.
func TestCaseAssignUnitsInScope(t *testing.T) {
	e := newEnv(t)
	outside := &tiendo.Org{Code: "DD", Name: "Quận Đống Đa", Kind: tiendo.KindAdministrative, Level: tiendo.LevelDistrict}
	if err := e.svc.CreateOrg(e.as("admin"), outside); err != nil {
		t.Fatal(err)
	}
	kinds, err := e.svc.ListCaseKinds(e.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := e.svc.CreateCase(e.as("office"), tiendo.Case{WardID: e.org["HBT-PHOHUE"], Address: "Số 5", KindID: kinds[0].ID,
		Description: "Lấn chiếm vỉa hè", FoundOn: tiendo.Today(e.clock)})
	if err != nil {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/vu-viec/%d", c.ID)
	p := e.browse("office").get(path)
	p.want(t, "the district's office", http.StatusOK, `id="assign-org"`, fmt.Sprintf(`<option value="%d">`, e.org["HBT-TRUONGDINH"]))
	p.lacks(t, "the district's office", fmt.Sprintf(`<option value="%d">`, outside.ID))
	e.browse("admin").get(path).want(t, "a whole-tree admin", http.StatusOK, fmt.Sprintf(`<option value="%d">`, outside.ID))
}
