package service_test

import (
	"testing"
	"time"

	"tiendo"
)

// The giao ban pack holds the urban-order cases carried since the previous
// meeting in the meeting organisation's locality: a district's by ward, a
// ward's steering committee's by street and place, none before the cases
// were found, and only those the reader may see.
func TestMeetingPackCases(t *testing.T) {
	f, street, kinds := caseFixture(t)
	f.addAccount("vp-truongdinh", tiendo.RoleOffice, "TD")
	for i, c := range []struct {
		who, ward string
		place     bool
	}{{"vp-phohue", "PH", true}, {"vp-phohue", "PH", false}, {"vp-truongdinh", "TD", false}} {
		in := tiendo.Case{Address: []string{"Số 1", "Số 2", "Số 3"}[i], WardID: f.orgs[c.ward],
			KindID: kinds[tiendo.CaseGroupLand].ID, Description: "Lấn đất", FoundOn: date(2020, 1, 2)}
		if c.place {
			in.PlaceID = &street.ID
		}
		if _, err := f.svc.CreateCase(f.as(c.who), in); err != nil {
			t.Fatal(err)
		}
	}
	hbt, err := f.svc.CreateSeries(f.as("office"), tiendo.MeetingSeries{OrgID: f.orgs["HBT"], Name: "Giao ban tuần",
		Frequency: tiendo.Weekly, ChairTitle: "Chủ tịch UBND quận", AttendeeOrgIDs: []int64{f.orgs["PH"], f.orgs["TD"]}})
	if err != nil {
		t.Fatal(err)
	}
	ward, err := f.svc.CreateSeries(f.as("office"), tiendo.MeetingSeries{OrgID: f.orgs["PH-UBND"], Name: "Giao ban Ban Chỉ đạo 197",
		Frequency: tiendo.Weekly, ChairTitle: "Trưởng Ban Chỉ đạo 197"})
	if err != nil {
		t.Fatal(err)
	}
	early := f.meeting(ward, time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC))
	mh, mw := f.meeting(hbt, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC)), f.meeting(ward, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC))
	f.clock.T = time.Date(2020, 1, 6, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name    string
		login   string
		meeting *tiendo.Meeting
		by      tiendo.CaseGroup // "": no case section
		rows    int
		total   int
	}{
		{"district by ward", "office", mh, tiendo.CaseByWard, 2, 3},
		{"ward's committee by street", "office", mw, tiendo.CaseByPlace, 2, 2},
		{"ward's office sees its own", "vp-phohue", mh, tiendo.CaseByPlace, 2, 2},
		{"before the cases", "office", early, "", 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := f.svc.MeetingPack(f.as(c.login), c.meeting.ID, 0)
			if err != nil {
				t.Fatal(err)
			}
			if c.by == "" {
				if p.Cases != nil {
					t.Fatalf("cases %+v", p.Cases)
				}
				return
			}
			if p.Cases == nil || p.CasesBy != c.by || len(p.Cases.Rows) != c.rows || p.Cases.Total.Total != c.total {
				t.Fatalf("by %s: %+v", p.CasesBy, p.Cases)
			}
			if q := p.Cases.Query; q.Period.From != p.From || q.Period.To != p.AsOf || q.AsOf != p.AsOf {
				t.Errorf("period %v as of %s, pack %s–%s", q.Period, q.AsOf, p.From, p.AsOf)
			}
		})
	}
}
