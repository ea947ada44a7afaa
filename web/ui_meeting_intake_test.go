package web

import (
	"fmt"
	"net/url"
	"regexp"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// wardNotice is a conclusion notice without a number of its own: one task
// for Phố Huế, one for "UBND các phường" (several bodies: flagged).
const wardNotice = `Đồng chí Chủ tịch UBND quận kết luận như sau:
1. Giao UBND phường Phố Huế chủ trì rà soát các điểm trông giữ xe trên phố Huế, báo cáo UBND quận trước ngày 25/01/2020.
2. Yêu cầu UBND các phường kiểm tra việc lấn chiếm vỉa hè trong tháng 02/2020.
`

var proposalPath = regexp.MustCompile(`^/giao-ban/\d+/ket-luan/de-xuat/(\d+)$`)

// meetingIntakePageSteps are the page scenarios of the notice's intake on
// the meeting mid: pasted, reviewed, committed as the meeting's conclusions.
func meetingIntakePageSteps(t *testing.T, e *env, mid string) []pageStep {
	office := e.browse("office")
	var review, version string
	return []pageStep{
		{"POST /giao-ban/{id}/ket-luan/van-ban", func() pageResp {
			return office.postMultipart("/giao-ban/"+mid+"/ket-luan/van-ban", url.Values{"notice_text": {wardNotice}})
		}, func(p pageResp) {
			if p.status != 303 || !proposalPath.MatchString(p.header.Get("Location")) {
				t.Fatalf("paste: %d to %q\n%s", p.status, p.header.Get("Location"), shorten(p.body))
			}
			review = p.header.Get("Location")
		}},
		{"GET /giao-ban/{id}/ket-luan/de-xuat/{pid}", func() pageResp { return office.get(review) }, func(p pageResp) {
			p.want(t, "review", 200, "Kiểm tra nhiệm vụ theo thông báo kết luận", `id="draft-1"`, `id="draft-2"`,
				"rà soát các điểm trông giữ xe", `value="trước ngày 25/01/2020"`, `value="5/TB-UBND"`,
				fmt.Sprintf(`<option value="%d" selected>UBND phường Phố Huế</option>`, e.org["HBT-PHOHUE"]), `id="flag-2"`)
			version = formVersion(t, p)
		}},
		{"POST /giao-ban/{id}/ket-luan/de-xuat/{pid}", func() pageResp {
			return office.post(review, url.Values{"version": {version}, "action": {"commit"}, "keep": {"1"},
				"content-1": {"Rà soát các điểm trông giữ xe trên phố Huế"}, "lead-1": {org(e, "HBT-PHOHUE")},
				"deadline-1": {"trước ngày 25/01/2020"}})
		}, func(p pageResp) {
			p.redirectsTo(t, "commit", "/giao-ban/"+mid+"?ok=intake")
			office.get("/giao-ban/"+mid+"?ok=intake").want(t, "meeting after the commit", 200,
				"Đã giao các nhiệm vụ theo thông báo kết luận.", "Rà soát các điểm trông giữ xe trên phố Huế")
		}},
	}
}

// intakeEnv is the test environment with a meeting of 3/1/2020 that Phố
// Huế attends, and the review screen of wardNotice pasted on it.
func intakeEnv(t *testing.T) (*env, *tiendo.Meeting, string) {
	e := newEnv(t)
	series, err := e.svc.CreateSeries(e.as("office"), tiendo.MeetingSeries{OrgID: e.org["HBT"], Name: "Giao ban tuần",
		Frequency: tiendo.Weekly, AttendeeOrgIDs: []int64{e.org["HBT-PHOHUE"]}})
	if err != nil {
		t.Fatal(err)
	}
	m, err := e.svc.CreateMeeting(e.as("office"), service.MeetingInput{SeriesID: series.ID, Date: vn.NewDate(2020, 1, 3)})
	if err != nil {
		t.Fatal(err)
	}
	p := e.browse("office").postMultipart(fmt.Sprintf("/giao-ban/%d/ket-luan/van-ban", m.ID), url.Values{"notice_text": {wardNotice}})
	if p.status != 303 {
		t.Fatalf("paste: %d\n%s", p.status, shorten(p.body))
	}
	return e, m, p.header.Get("Location")
}

func TestConclusionIntakeReview(t *testing.T) {
	e, m, review := intakeEnv(t)
	office := e.browse("office")
	mid := fmt.Sprint(m.ID)
	// Both drafts kept, the flagged one without a lead: nothing is created,
	// the screen comes back with the error beside that draft and the edit
	// of the other saved.
	p := office.post(review, url.Values{"version": {"1"}, "action": {"commit"}, "keep": {"1", "2"},
		"content-1": {"Rà soát điểm trông giữ xe (sửa)"}, "lead-1": {org(e, "HBT-PHOHUE")}, "deadline-1": {"trước ngày 25/01/2020"},
		"content-2": {"Kiểm tra lấn chiếm vỉa hè"}, "deadline-2": {"trong tháng 02/2020"}})
	p.want(t, "commit without a lead", 422, "Có nhiệm vụ chưa hợp lệ", `id="lead-2-error"`, "Rà soát điểm trông giữ xe (sửa)")
	if ts, _ := e.svc.Conclusions(e.as("office"), m.ID); len(ts) != 0 {
		t.Fatalf("%d conclusions after a failed commit", len(ts))
	}
	// Both wards for the plural mention: one task each, all three linked.
	p = office.post(review, url.Values{"version": {formVersion(t, p)}, "action": {"commit"}, "keep": {"1", "2"},
		"content-1": {"Rà soát điểm trông giữ xe (sửa)"}, "lead-1": {org(e, "HBT-PHOHUE")}, "deadline-1": {"trước ngày 25/01/2020"},
		"content-2": {"Kiểm tra lấn chiếm vỉa hè"}, "lead-2": {org(e, "HBT-PHOHUE"), org(e, "HBT-TRUONGDINH")},
		"deadline-2": {"trong tháng 02/2020"}})
	p.redirectsTo(t, "commit", "/giao-ban/"+mid+"?ok=intake")
	ts, err := e.svc.Conclusions(e.as("office"), m.ID)
	if err != nil || len(ts) != 3 {
		t.Fatalf("%d conclusions (%v), want 3", len(ts), err)
	}
	for _, tk := range ts {
		if tk.Category != tiendo.CategoryConclusion || tk.AssignedOn != m.Date {
			t.Errorf("task %d: %s assigned %s", tk.ID, tk.Category, tk.AssignedOn)
		}
	}
	// Done: the screen says so and offers no form; a second submit conflicts.
	office.get(review).want(t, "committed proposal", 200, `id="proposal-status"`)
	office.get(review).lacks(t, "committed proposal", `id="proposal-form"`)
	office.post(review, url.Values{"version": {"3"}, "action": {"commit"}}).want(t, "second commit", 409)
}

func TestConclusionIntakeRights(t *testing.T) {
	e, m, review := intakeEnv(t)
	mid := fmt.Sprint(m.ID)
	// The ward attends the meeting but neither runs it nor reads proposals;
	// the leader runs it but intake is the office's.
	e.browse("phohue").get(review).want(t, "ward reads the review", 404)
	e.browse("phohue").get("/giao-ban/"+mid).lacks(t, "ward's meeting page", `id="form-conclude-text"`)
	e.browse("leader").get("/giao-ban/"+mid).lacks(t, "leader's meeting page", `id="form-conclude-text"`)
	e.browse("office").get("/giao-ban/"+mid).want(t, "office's meeting page", 200, `id="form-conclude-text"`)
	e.browse("leader").postMultipart("/giao-ban/"+mid+"/ket-luan/van-ban", url.Values{"notice_text": {wardNotice}}).
		want(t, "leader pastes", 403)
	// An empty paste shows the meeting again with the message.
	e.browse("office").postMultipart("/giao-ban/"+mid+"/ket-luan/van-ban", url.Values{"notice_text": {" "}}).
		want(t, "empty paste", 422, "Hãy dán nội dung văn bản", `id="form-conclude-text" open`)
	// Discarded: nothing is created and the screen says so.
	p := e.browse("office").post(review, url.Values{"version": {"1"}, "action": {"discard"}})
	p.redirectsTo(t, "discard", "/giao-ban/"+mid+"?ok=discarded")
	e.browse("office").get(review).want(t, "discarded", 200, "Đề xuất này đã bị hủy.")
	if ts, _ := e.svc.Conclusions(e.as("office"), m.ID); len(ts) != 0 {
		t.Errorf("%d conclusions after a discard", len(ts))
	}
}
