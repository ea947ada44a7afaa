package service_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
)

// noticeText is the conclusion notice of the weekly meeting of 3/1/2020:
// its own number, two tasks, and a plan it cites.
const noticeText = `UBND QUẬN HAI BÀ TRƯNG
Số: 05/TB-UBND
Hai Bà Trưng, ngày 08 tháng 01 năm 2020

THÔNG BÁO
Kết luận của đồng chí Chủ tịch UBND quận tại cuộc họp giao ban tuần

Ngày 03/01/2020, đồng chí Chủ tịch UBND quận chủ trì cuộc họp giao ban. Đồng chí Chủ tịch UBND quận kết luận như sau:
1. Giao Phòng Quản lý đô thị chủ trì, phối hợp với Công an phường Phố Huế kiểm tra trật tự đô thị trên phố Huế, báo cáo UBND quận trước ngày 20/01/2020.
2. Yêu cầu UBND phường Phố Huế hoàn thành việc giải tỏa lấn chiếm vỉa hè trong tháng 01/2020.
Các đơn vị thực hiện theo Kế hoạch số 245/KH-UBND ngày 20/12/2019 của UBND quận./.
`

// bodyOnly is the notice without its header: what an office pastes from an
// e-mail. It cites a plan but has no number of its own.
var bodyOnly = noticeText[strings.Index(noticeText, "Ngày 03/01"):]

func conclusionFixture(t *testing.T) (*fixture, *tiendo.Meeting) {
	f, s := meetingFixture(t)
	m := f.meeting(s, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC))
	f.clock.T = time.Date(2020, 1, 9, 9, 0, 0, 0, time.UTC)
	return f, m
}

func TestConclusionsThroughIntake(t *testing.T) {
	f, m := conclusionFixture(t)
	p, err := f.svc.ProposeConclusions(f.as("office"), m.ID, service.IntakeInput{Text: noticeText})
	if err != nil {
		t.Fatal(err)
	}
	if p.Document.Number != "05/TB-UBND" || p.Document.Date != date(2020, 1, 8) || len(p.Drafts) != 2 {
		t.Fatalf("proposal document %+v, %d drafts", p.Document, len(p.Drafts))
	}
	if got := p.Drafts[1].Lead.OrgIDs; !slices.Equal(got, []int64{f.orgs["PH-UBND"]}) {
		t.Fatalf("second draft's lead %v (%s)", got, p.Drafts[1].Lead.Flag)
	}
	p, tasks, err := f.svc.CommitConclusions(f.as("office"), m.ID, p.ID, p.Version)
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != tiendo.ProposalCommitted || len(tasks) != 2 {
		t.Fatalf("proposal %s with %d tasks", p.Status, len(tasks))
	}
	for _, tk := range tasks {
		if tk.Category != tiendo.CategoryConclusion || tk.AssignedOn != m.Date || tk.DocumentID == nil || *tk.DocumentID != *p.DocumentID {
			t.Errorf("task %d: category %s, assigned %s, document %v", tk.ID, tk.Category, tk.AssignedOn, tk.DocumentID)
		}
	}
	if tasks[0].Due != date(2020, 1, 20) || tasks[1].Due != date(2020, 1, 31) {
		t.Errorf("deadlines %s, %s", tasks[0].Due, tasks[1].Due)
	}
	linked, err := f.svc.Conclusions(f.as("office"), m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(linked) != 2 || linked[0].ID != tasks[0].ID || linked[1].ID != tasks[1].ID {
		t.Errorf("meeting lists %d conclusions", len(linked))
	}
	// The notice the text carries is now the meeting's, issued on its date:
	// within 5 working days, so not late.
	got, err := f.svc.GetMeeting(f.as("office"), m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.NoticeNo != "05/TB-UBND" || got.NoticeOn != date(2020, 1, 8) || got.NoticeLate(date(2020, 2, 1)) {
		t.Errorf("meeting notice %q on %s", got.NoticeNo, got.NoticeOn)
	}
	// An attending ward sees the conclusions it takes part in: Phố Huế
	// leads one and its police cooperate on the other; Trương Định none.
	for login, want := range map[string]int{"phohue": 2, "truongdinh": 0} {
		ward, err := f.svc.Conclusions(f.as(login), m.ID)
		if err != nil || len(ward) != want {
			t.Errorf("%s sees %d conclusions (%v), want %d", login, len(ward), err, want)
		}
	}
}

// A text without its own number is filed under the notice recorded on the
// meeting, or under none — never under the plan it cites.
func TestConclusionsDocument(t *testing.T) {
	tests := []struct {
		name     string
		noticeNo string
		want     string
	}{
		{"no notice recorded", "", ""},
		{"the meeting's notice", "07/TB-VP", "07/TB-VP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, m := conclusionFixture(t)
			if tt.noticeNo != "" {
				on := date(2020, 1, 7)
				var err error
				m, err = f.svc.UpdateMeeting(f.as("office"), m.ID, service.MeetingPatch{Version: m.Version, NoticeNo: &tt.noticeNo, NoticeOn: &on})
				if err != nil {
					t.Fatal(err)
				}
			}
			p, err := f.svc.ProposeConclusions(f.as("office"), m.ID, service.IntakeInput{Text: bodyOnly})
			if err != nil {
				t.Fatal(err)
			}
			if p.Document.Number != tt.want {
				t.Fatalf("document %+v, want %q", p.Document, tt.want)
			}
			_, tasks, err := f.svc.CommitConclusions(f.as("office"), m.ID, p.ID, p.Version)
			if err != nil {
				t.Fatal(err)
			}
			if tasks[0].Category != tiendo.CategoryConclusion || tasks[0].AssignedOn != m.Date || (tt.want == "") != (tasks[0].DocumentID == nil) {
				t.Errorf("task %+v", tasks[0])
			}
			got, _ := f.svc.GetMeeting(f.as("office"), m.ID)
			if got.NoticeNo != tt.noticeNo {
				t.Errorf("meeting notice %q, want %q", got.NoticeNo, tt.noticeNo)
			}
		})
	}
}

func TestConclusionsThroughIntakeRights(t *testing.T) {
	f, m := conclusionFixture(t)
	f.addAccount("vp-td", tiendo.RoleOffice, "TD") // its ward attends, it does not run the meeting
	for login, code := range map[string]string{"leader": tiendo.EFORBIDDEN, "phohue": tiendo.EFORBIDDEN,
		"vp-td": tiendo.EFORBIDDEN, "qldt": tiendo.ENOTFOUND, "viewer": tiendo.EFORBIDDEN} {
		_, err := f.svc.ProposeConclusions(f.as(login), m.ID, service.IntakeInput{Text: noticeText})
		if tiendo.ErrorCode(err) != code {
			t.Errorf("%s proposes: %v, want %s", login, err, code)
		}
	}
	p, err := f.svc.ProposeConclusions(f.as("office"), m.ID, service.IntakeInput{Text: noticeText})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = f.svc.CommitConclusions(f.as("vp-td"), m.ID, p.ID, p.Version)
	wantCode(t, err, tiendo.EFORBIDDEN)
	_, _, err = f.svc.CommitConclusions(f.as("office"), m.ID+100, p.ID, p.Version)
	wantCode(t, err, tiendo.ENOTFOUND)
	// A draft without a lead fails the whole commit: no task, no link, no
	// notice recorded on the meeting.
	drafts := slices.Clone(p.Drafts)
	drafts[1].Lead.OrgIDs = nil
	p, err = f.svc.UpdateProposal(f.as("office"), p.ID, service.ProposalPatch{Version: p.Version, Drafts: &drafts})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = f.svc.CommitConclusions(f.as("office"), m.ID, p.ID, p.Version)
	wantCode(t, err, tiendo.EINVALID)
	if tiendo.ErrorFields(err)["drafts[2].lead"] == "" {
		t.Errorf("fields %v, want drafts[2].lead", tiendo.ErrorFields(err))
	}
	f.wantNoTasks()
	got, _ := f.svc.GetMeeting(f.as("office"), m.ID)
	if got.NoticeNo != "" || got.Version != m.Version {
		t.Errorf("a failed commit changed the meeting: %+v", got)
	}
	// Committed through the meeting, a proposal cannot be committed again.
	drafts[1].Lead.OrgIDs = []int64{f.orgs["PH-UBND"]}
	p, _ = f.svc.UpdateProposal(f.as("office"), p.ID, service.ProposalPatch{Version: p.Version, Drafts: &drafts})
	if _, _, err = f.svc.CommitConclusions(f.as("office"), m.ID, p.ID, p.Version); err != nil {
		t.Fatal(err)
	}
	_, _, err = f.svc.Commit(f.as("office"), p.ID, p.Version+1)
	wantCode(t, err, tiendo.ECONFLICT)
}
