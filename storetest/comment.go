package storetest

import (
	"reflect"

	"tiendo"
)

var commentCases = []testCase{
	{"Create/OK", func(f *fixture) {
		o := f.org("A")
		acct := f.account("donvi", tiendo.RoleOfficer, &o.ID)
		t, other := f.task(o.ID), f.task(o.ID)
		first := &tiendo.Comment{TaskID: t.ID, AuthorID: acct.ID, Body: "Đề nghị @vanphong cho ý kiến"}
		must(f, f.st.CreateComment(f.ctx, first))
		second := &tiendo.Comment{TaskID: t.ID, AuthorID: acct.ID, Body: "Bổ sung biên bản"}
		must(f, f.st.CreateComment(f.ctx, second))
		must(f, f.st.CreateComment(f.ctx, &tiendo.Comment{TaskID: other.ID, AuthorID: acct.ID, Body: "khác"}))
		if first.ID == 0 || first.CreatedAt.IsZero() || second.ID <= first.ID {
			f.Fatalf("after create: %+v %+v", first, second)
		}
		list, err := f.st.FindComments(f.ctx, t.ID)
		must(f, err)
		first.Author, second.Author = "donvi", "donvi"
		if !reflect.DeepEqual(list, []*tiendo.Comment{first, second}) {
			f.Fatalf("list\n got %+v\nwant %+v %+v", list, first, second)
		}
	}},
	{"Create/ErrUnknownTask", func(f *fixture) {
		wantCode(f, f.st.CreateComment(f.ctx, &tiendo.Comment{TaskID: 4242, Body: "x"}), tiendo.EINVALID)
	}},
	{"Find/NoneIsEmpty", func(f *fixture) {
		list, err := f.st.FindComments(f.ctx, 4242)
		must(f, err)
		if len(list) != 0 {
			f.Fatalf("list %+v", list)
		}
	}},
}
