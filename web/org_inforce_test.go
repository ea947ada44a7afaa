package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"tiendo/service"
	"tiendo/vn"
)

// endedEnv dissolves UBND phường Phố Huế into UBND phường Trương Định on
// 5/1/2020 (the fixture's today is 10/1/2020), after giving it a task
// that it keeps.
func endedEnv(t *testing.T) (*env, int64) {
	e := newEnv(t)
	old := e.task("Lập danh sách hộ kinh doanh", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	// Withdrawn, so dissolving leaves it with the old ward.
	if _, err := e.svc.Withdraw(e.as("office"), old.ID, service.ActionInput{Version: old.Version, Reason: "Trùng"}); err != nil {
		t.Fatal(err)
	}
	o, err := e.svc.GetOrg(e.sys(), e.org["HBT-PHOHUE"])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.DissolveOrg(e.sys(), o.ID, e.org["HBT-TRUONGDINH"], vn.NewDate(2020, 1, 5), o.Version); err != nil {
		t.Fatal(err)
	}
	return e, old.ID
}

const endedMsg = "Đơn vị «UBND phường Phố Huế» đã hết hiệu lực từ 06/01/2020; đơn vị kế thừa: «UBND phường Trương Định»"

func TestAPIRefusesEndedUnit(t *testing.T) {
	e, _ := endedEnv(t)
	ph, td := org(e, "HBT-PHOHUE"), org(e, "HBT-TRUONGDINH")
	r := e.do("POST", "/api/v1/tasks", "office", `{"title":"Lắp camera","lead_org_id":`+ph+`,"due":"2020-01-31"}`)
	check(t, "ended lead", r, http.StatusUnprocessableEntity, `"lead_org_id":"`+endedMsg+`"`)
	r = e.do("POST", "/api/v1/tasks", "office", `{"title":"Lắp camera","lead_org_id":`+td+`,"coop_org_ids":[`+ph+`],"due":"2020-01-31"}`)
	check(t, "ended cooperating unit", r, http.StatusUnprocessableEntity, `"coop_org_ids":"`+endedMsg+`"`)
	r = e.do("POST", "/api/v1/tasks", "office", `{"title":"Lắp camera","lead_org_id":`+td+`,"due":"2020-01-31"}`)
	check(t, "successor", r, http.StatusCreated)
}

func TestFormRefusesEndedUnitAndOffersSuccessor(t *testing.T) {
	e, oldTask := endedEnv(t)
	office := e.browse("office")
	ph, td := org(e, "HBT-PHOHUE"), org(e, "HBT-TRUONGDINH")
	// A form posted with the ended unit (an old tab, a crafted request)
	// comes back with the error naming the successor and the input kept.
	office.post("/viec/moi", url.Values{"title": {"Trồng cây xanh"}, "lead_org_ids": {ph}, "deadline": {"trong quý IV/2020"}}).
		want(t, "ended lead", 422, endedMsg, "Trồng cây xanh")
	// The picker offers the successor for the ended unit's name, and no
	// box to tick for the ended unit itself.
	office.hx = true
	p := office.get("/don-vi/tim?q=pho%20hue&truong=lead_org_ids&assignable=1")
	// Work assigned on a day before the end (a past meeting's conclusions,
	// a document's tasks) may still go to the unit then in force.
	before := office.get("/don-vi/tim?q=pho%20hue&truong=lead_org_ids&assignable=1&in_force_on=2020-01-03")
	before.want(t, "lead picker on 03/01/2020", 200, `name="lead_org_ids" value="`+ph+`"`)
	office.hx = false
	p.want(t, "lead picker", 200, `name="lead_org_ids" value="`+td+`"`, "UBND phường Trương Định")
	if strings.Contains(p.body, `name="lead_org_ids" value="`+ph+`"`) {
		t.Errorf("the lead picker still offers the ended unit:\n%s", p.body)
	}
	// Its existing task stays, shown with the successor.
	shown := "UBND phường Phố Huế (kế thừa: UBND phường Trương Định)"
	office.get(fmt.Sprintf("/viec/%d", oldTask)).want(t, "task page", 200, `<dd id="task-lead">`+shown+`</dd>`)
	office.get("/viec/da-giao?trang-thai=withdrawn").want(t, "task list", 200, shown)
}
