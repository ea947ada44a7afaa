package web

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// pageStep is one page-route scenario, in the shape TestPageRoutesOK runs.
type pageStep = struct {
	route string
	run   func() pageResp
	check func(p pageResp)
}

// meetingPageSteps are the scenarios of the meeting and target pages: a
// weekly briefing of the district with Phố Huế attending, and a target of
// the ward with a plan.
func meetingPageSteps(t *testing.T, e *env) []pageStep {
	office, ward, leader := e.browse("office"), e.browse("phohue"), e.browse("leader")
	series, err := e.svc.CreateSeries(e.as("office"), tiendo.MeetingSeries{OrgID: e.org["HBT"], Name: "Giao ban tuần",
		Frequency: tiendo.Weekly, ChairTitle: "Chủ tịch UBND quận", AttendeeOrgIDs: []int64{e.org["HBT-PHOHUE"]}})
	if err != nil {
		t.Fatal(err)
	}
	m, err := e.svc.CreateMeeting(e.as("office"), service.MeetingInput{SeriesID: series.ID, Date: vn.NewDate(2020, 1, 3), Place: "Phòng họp số 2"})
	if err != nil {
		t.Fatal(err)
	}
	tg, err := e.svc.CreateTarget(e.as("office"), tiendo.Target{Name: "Tỷ lệ hồ sơ trực tuyến", Unit: "%", Direction: tiendo.HigherBetter,
		OrgID: e.org["HBT-PHOHUE"], PeriodKind: vn.PeriodYear})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.AddTargetValue(e.as("office"), tg.ID, service.ValueInput{Period: "2020", Kind: tiendo.Plan, Value: 95}); err != nil {
		t.Fatal(err)
	}
	mid, tid := fmt.Sprint(m.ID), fmt.Sprint(tg.ID)
	return append([]pageStep{
		{"GET /giao-ban", func() pageResp { return ward.get("/giao-ban") }, func(p pageResp) {
			p.want(t, "meetings", 200, "Giao ban tuần", "10/01/2020")
			p.lacks(t, "meetings for a ward", `id="form-meeting"`)
		}},
		{"POST /giao-ban", func() pageResp {
			return office.post("/giao-ban", url.Values{"series": {fmt.Sprint(series.ID)}, "date": {"10/01/2020"}, "start": {"25:00"}})
		}, func(p pageResp) { p.want(t, "meeting form error", 422, "Giờ họp dạng HH:MM") }},
		{"GET /giao-ban/{id}", func() pageResp { return ward.get("/giao-ban/" + mid) }, func(p pageResp) {
			p.want(t, "meeting", 200, `id="pack-overdue"`, "Phòng họp số 2", "Tỷ lệ hồ sơ trực tuyến")
			p.lacks(t, "meeting for a ward", `id="form-conclude"`)
		}},
		{"GET /giao-ban/{id}/tai-lieu", func() pageResp { return office.get("/giao-ban/" + mid + "/tai-lieu?format=docx") }, func(p pageResp) {
			if p.status != 200 || p.header.Get("Content-Type") == "" || len(p.body) < 1000 {
				t.Fatalf("pack docx: %d %s", p.status, p.header.Get("Content-Type"))
			}
		}},
		{"GET /giao-ban/{id}/thong-bao", func() pageResp { return office.get("/giao-ban/" + mid + "/thong-bao?format=docx") }, func(p pageResp) {
			if p.status != 200 || !strings.HasPrefix(p.header.Get("Content-Disposition"), `attachment; filename="thong-bao-ket-luan-`) || len(p.body) < 1000 {
				t.Fatalf("notice docx: %d %s", p.status, p.header.Get("Content-Disposition"))
			}
		}},
		{"POST /giao-ban/{id}/bien-ban", func() pageResp {
			return office.post("/giao-ban/"+mid+"/bien-ban", url.Values{"version": {"1"}, "minutes": {"Biên bản"}, "notice_no": {"5/TB-UBND"}, "notice_on": {"08/01/2020"}})
		}, func(p pageResp) { p.redirectsTo(t, "minutes", "/giao-ban/"+mid+"?ok=minutes") }},
		{"POST /giao-ban/{id}/ket-luan", func() pageResp {
			return office.post("/giao-ban/"+mid+"/ket-luan", url.Values{"title": {"Rà soát điểm trông giữ xe"}, "lead": {fmt.Sprint(e.org["HBT-PHOHUE"])},
				"deadline": {"trước ngày 20/01/2020"}})
		}, func(p pageResp) { p.redirectsTo(t, "conclude", "/giao-ban/"+mid+"?ok=concluded") }},
		{"GET /chi-tieu", func() pageResp { return ward.get("/chi-tieu") }, func(p pageResp) {
			p.want(t, "targets", 200, "Tỷ lệ hồ sơ trực tuyến", "t-not_assessable")
		}},
		{"POST /chi-tieu/{id}/so-lieu", func() pageResp {
			return ward.post("/chi-tieu/"+tid+"/so-lieu", url.Values{"period": {"2020"}, "kind": {"actual"}, "value": {"99,9"}, "note": {"6.397 hồ sơ"}})
		}, func(p pageResp) { p.redirectsTo(t, "value", "/chi-tieu/"+tid+"?ok=value") }},
		{"POST /chi-tieu/{id}/giai-trinh", func() pageResp {
			return leader.post("/chi-tieu/"+tid+"/giai-trinh", url.Values{"period": {"2020"}, "question": {"Báo cáo cách tính"}})
		}, func(p pageResp) { p.redirectsTo(t, "ask", "/chi-tieu/"+tid+"?ok=asked") }},
		{"POST /chi-tieu/{id}/giai-trinh/{eid}", func() pageResp {
			d, err := e.svc.GetTarget(e.as("office"), tg.ID)
			if err != nil || len(d.Explanations) != 1 {
				t.Fatalf("explanations %v", err)
			}
			return ward.post(fmt.Sprintf("/chi-tieu/%s/giai-trinh/%d", tid, d.Explanations[0].ID), url.Values{"version": {"1"}, "answer": {"Theo số hồ sơ"}})
		}, func(p pageResp) { p.redirectsTo(t, "answer", "/chi-tieu/"+tid+"?ok=answered") }},
		{"GET /chi-tieu/{id}", func() pageResp { return ward.get("/chi-tieu/" + tid) }, func(p pageResp) {
			p.want(t, "target", 200, `id="target-status" class="badge t-on_track"`, "99,9", "Theo số hồ sơ", `data-chart=`)
		}},
	}, append(meetingIntakePageSteps(t, e, mid), meetingAgendaPageSteps(t, e, mid)...)...)
}
