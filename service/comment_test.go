package service_test

import (
	"strings"
	"testing"

	"tiendo"
)

// A comment is kept on the task, audited, and notifies the accounts and
// units it names that see the task, never its author nor anyone else.
func TestAddCommentMentions(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 31/01/2020")
	for _, c := range []struct {
		login, body string
		code        string
		notified    []string // logins newly mentioned
	}{
		{"phohue", "Đề nghị @office cho ý kiến, @phohue tự nhắc mình.", "", []string{"office"}},
		{"office", "@PH bổ sung biên bản; @TD không thấy nhiệm vụ; @khongco.", "", []string{"phohue"}},
		{"office", "@td viết thường vẫn là mã đơn vị? không: không có tài khoản td", "", nil},
		{"truongdinh", "@office", tiendo.ENOTFOUND, nil}, // cannot see the task
		{"phohue", "   ", tiendo.EINVALID, nil},
		{"phohue", strings.Repeat("x", 5001), tiendo.EINVALID, nil},
	} {
		before := map[string]int{}
		for _, l := range []string{"office", "phohue", "truongdinh", "leader"} {
			before[l] = countKind(f, l, tiendo.NotifyMentioned)
		}
		_, err := f.svc.AddComment(f.as(c.login), task.ID, c.body)
		if c.code != "" {
			wantCode(t, err, c.code)
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", c.body, err)
		}
		for l, n := range before {
			want := n
			for _, m := range c.notified {
				if m == l {
					want++
				}
			}
			if got := countKind(f, l, tiendo.NotifyMentioned); got != want {
				t.Errorf("%q: %s has %d mentions, want %d", c.body, l, got, want)
			}
		}
	}
	list, err := f.svc.Comments(f.as("leader"), task.ID)
	if err != nil || len(list) != 3 || list[0].Author != "phohue" || !strings.HasPrefix(list[1].Body, "@PH") {
		t.Fatalf("comments %+v, %v", list, err)
	}
	if _, err := f.svc.Comments(f.as("truongdinh"), task.ID); tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
		t.Errorf("out of scope: %v", err)
	}
	audit, _, err := f.svc.TaskAudit(f.as("office"), task.ID, tiendo.Page{PerPage: 100})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range audit {
		if a.Action == "comment.create" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d comment audit entries, want 3", n)
	}
}

func countKind(f *fixture, login, kind string) int {
	n := 0
	for _, k := range f.stepKinds(login) {
		if k == kind {
			n++
		}
	}
	return n
}
