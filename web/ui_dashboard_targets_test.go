package web

import (
	"net/http"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// TestDashboardTargets: the dashboard lists the targets of the actor's
// scope (or of the chosen organisation) with their status, and counts
// those off track in the heading.
func TestDashboardTargets(t *testing.T) {
	e := statsEnv(t)
	for _, x := range []struct {
		org, name    string
		plan, actual float64
	}{
		{"HBT-PHOHUE", "Hộ kinh doanh ký cam kết không lấn chiếm vỉa hè", 100, 50},
		{"HBT-TRUONGDINH", "Tỷ lệ hồ sơ giải quyết trực tuyến", 95, 99},
	} {
		tg, err := e.svc.CreateTarget(e.as("office"), tiendo.Target{Name: x.name, Unit: "%", Direction: tiendo.HigherBetter,
			OrgID: e.org[x.org], PeriodKind: vn.PeriodYear})
		if err != nil {
			t.Fatal(err)
		}
		for kind, v := range map[tiendo.ValueKind]float64{tiendo.Plan: x.plan, tiendo.Actual: x.actual} {
			if _, err := e.svc.AddTargetValue(e.as("office"), tg.ID, service.ValueInput{Period: "2020", Kind: kind, Value: v}); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name, login, query string
		want, lacks        []string
	}{
		{"the district's leader", "leader", "", []string{"Hộ kinh doanh ký cam kết", `class="badge t-at_risk"`,
			"Tỷ lệ hồ sơ giải quyết trực tuyến", `class="badge t-on_track"`, "1 chỉ tiêu chưa đạt tiến độ"}, nil},
		{"one ward chosen", "office", "?don-vi=HBT-TRUONGDINH", []string{"Tỷ lệ hồ sơ giải quyết trực tuyến"},
			[]string{"Hộ kinh doanh ký cam kết", "chỉ tiêu chưa đạt tiến độ"}},
		{"the other ward's officer", "phohue", "", []string{"Hộ kinh doanh ký cam kết", "1 chỉ tiêu chưa đạt tiến độ"},
			[]string{"Tỷ lệ hồ sơ giải quyết trực tuyến"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := e.browse(tt.login).get("/dieu-hanh" + tt.query)
			p.want(t, tt.name, http.StatusOK, append([]string{`id="dash-targets"`}, tt.want...)...)
			p.lacks(t, tt.name, tt.lacks...)
		})
	}
}
