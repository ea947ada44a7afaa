package storetest

import (
	"bytes"
	"reflect"

	"tiendo"
)

var updateCases = []testCase{
	{"Create/OK", func(f *fixture) {
		o := f.org("A")
		acct := f.account("phuonghue", tiendo.RoleOfficer, &o.ID)
		t := f.task(o.ID)
		blob := make([]byte, 70_000)
		for i := range blob {
			blob[i] = byte(i * 7) // every byte value, zeros included
		}
		u := &tiendo.Update{TaskID: t.ID, AsOf: d(2026, 2, 14), Narrative: "Đã hoàn thành 80%",
			Results: "Kết quả", Problems: "Khó khăn", Proposals: "Kiến nghị", Percent: ptr(80), Done: true,
			EvidenceNo: "12/BC-UBND", ReporterID: acct.ID,
			Attachments: []tiendo.Attachment{
				{Name: "báo cáo.pdf", ContentType: "application/pdf", SHA256: "abc", Data: blob},
				{Name: "trống.txt", ContentType: "text/plain", Data: nil},
			}}
		must(f, f.st.CreateUpdate(f.ctx, u))
		if u.ID == 0 || u.CreatedAt.IsZero() || u.Reporter != "phuonghue" || u.Attachments[0].ID == 0 ||
			u.Attachments[0].UpdateID != u.ID || u.Attachments[0].Size != int64(len(blob)) {
			f.Fatalf("after create: %+v", u)
		}
		list, err := f.st.FindUpdates(f.ctx, t.ID)
		must(f, err)
		if len(list) != 1 {
			f.Fatalf("%d updates", len(list))
		}
		want := *u
		want.Attachments = []tiendo.Attachment{u.Attachments[0], u.Attachments[1]}
		want.Attachments[0].Data, want.Attachments[1].Data = nil, nil
		if !reflect.DeepEqual(list[0], &want) {
			f.Fatalf("read back\n got %+v\nwant %+v", list[0], &want)
		}
		got, taskID, err := f.st.FindAttachment(f.ctx, u.Attachments[0].ID)
		must(f, err)
		if taskID != t.ID || !bytes.Equal(got.Data, blob) || got.Name != "báo cáo.pdf" || got.Size != int64(len(blob)) {
			f.Fatalf("attachment: task %d, %d bytes, %+v", taskID, len(got.Data), got.Name)
		}
		empty, _, err := f.st.FindAttachment(f.ctx, u.Attachments[1].ID)
		must(f, err)
		if empty.Data == nil || len(empty.Data) != 0 || empty.Size != 0 {
			f.Fatalf("empty attachment: %#v", empty.Data)
		}
	}},
	{"Create/NoPercent", func(f *fixture) {
		o := f.org("A")
		t := f.task(o.ID)
		u := &tiendo.Update{TaskID: t.ID, AsOf: d(2026, 2, 14), Narrative: "Đang làm"}
		must(f, f.st.CreateUpdate(f.ctx, u))
		list, err := f.st.FindUpdates(f.ctx, t.ID)
		must(f, err)
		if list[0].Percent != nil || list[0].Reporter != "" || list[0].Attachments == nil {
			f.Fatalf("got %+v", list[0])
		}
	}},
	{"Create/ErrUnknownTask", func(f *fixture) {
		u := &tiendo.Update{TaskID: 4242, AsOf: d(2026, 2, 14), Narrative: "x",
			Attachments: []tiendo.Attachment{{Name: "a", Data: []byte("x")}}}
		wantCode(f, f.st.CreateUpdate(f.ctx, u), tiendo.EINVALID)
	}},
	{"Find/OldestFirst", func(f *fixture) {
		o := f.org("A")
		t, other := f.task(o.ID), f.task(o.ID)
		var ids []int64
		for _, n := range []string{"một", "hai", "ba"} {
			u := &tiendo.Update{TaskID: t.ID, AsOf: d(2026, 2, 14), Narrative: n}
			must(f, f.st.CreateUpdate(f.ctx, u))
			ids = append(ids, u.ID)
		}
		must(f, f.st.CreateUpdate(f.ctx, &tiendo.Update{TaskID: other.ID, AsOf: d(2026, 2, 14), Narrative: "khác"}))
		list, err := f.st.FindUpdates(f.ctx, t.ID)
		must(f, err)
		var got []int64
		for _, u := range list {
			got = append(got, u.ID)
		}
		wantIDs(f, "updates", got, ids)
		none, err := f.st.FindUpdates(f.ctx, 4242)
		must(f, err)
		if none == nil || len(none) != 0 {
			f.Fatalf("unknown task: %#v", none)
		}
	}},
	{"FindAttachment/ErrNotFound", func(f *fixture) {
		_, _, err := f.st.FindAttachment(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
}
