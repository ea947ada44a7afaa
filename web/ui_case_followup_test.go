package web

import (
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
	kinds, err := e.svc.ListCaseKinds(e.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	today := tiendo.Today(e.clock)
	l, err := e.svc.SubmitWeeklyList(e.as("office"), tiendo.WeeklyList{WardID: e.org["HBT-PHOHUE"], Rows: []tiendo.WeeklyListRow{
		{Row: 1, Address: "Số 12 Phố Huế", KindID: kinds[0].ID, Description: "Bày hàng lấn chiếm vỉa hè", FoundOn: today}}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.svc.ProcessWeeklyList(e.as("office"), l.ID, l.Version)
	if err != nil || len(res.Created) != 1 {
		t.Fatalf("process: %v %+v", err, res)
	}
	c := res.Created[0]
	other := e.org["HBT-TRUONGDINH"]
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
