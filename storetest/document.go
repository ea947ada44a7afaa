package storetest

import (
	"reflect"

	"tiendo"
	"tiendo/vn"
)

var documentCases = []testCase{
	{"Create/OK", func(f *fixture) {
		issuer := f.org("UBND quận Hai Bà Trưng")
		city := f.document("241/KH-UBND", d(2019, 11, 1), "Kế hoạch của thành phố")
		parsed, err := vn.ParseDocNumber("Số: 245/KH-UBND")
		must(f, err)
		doc := &tiendo.Document{Number: "245/KH-UBND", Parsed: parsed, Type: "KH", IssuerID: &issuer.ID,
			Issuer: "UBND quận Hai Bà Trưng", Date: d(2019, 12, 20), Summary: "Kế hoạch thực hiện chỉnh trang đô thị",
			Signer: "Nguyễn Văn Nam", Secrecy: "mat",
			Links: []tiendo.DocLink{{Kind: tiendo.LinkImplements, TargetID: city.ID}}}
		must(f, f.st.CreateDocument(f.ctx, doc))
		if doc.ID == 0 || doc.Version != 1 || doc.CreatedAt.IsZero() || doc.Links[0].Target != "241/KH-UBND" {
			f.Fatalf("after create: %+v", doc)
		}
		got, err := f.st.FindDocumentByID(f.ctx, doc.ID)
		must(f, err)
		if !reflect.DeepEqual(got, doc) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, doc)
		}
	}},
	{"Create/ErrDuplicateNumberAndDate", func(f *fixture) {
		f.document("115-KH/QU", d(2020, 3, 2), "Kế hoạch")
		err := f.st.CreateDocument(f.ctx, &tiendo.Document{Number: "115-KH/QU", Date: d(2020, 3, 2)})
		wantCode(f, err, tiendo.ECONFLICT)
	}},
	{"Create/SameNumberOtherDate", func(f *fixture) {
		// Party numbers restart every term: the same number on another date is another document.
		f.document("115-KH/QU", d(2020, 3, 2), "Kế hoạch")
		f.document("115-KH/QU", d(2025, 3, 2), "Kế hoạch")
	}},
	{"Create/ErrDuplicateUndated", func(f *fixture) {
		f.document("9061/VPCP-CN", vn.Date{}, "Công văn")
		err := f.st.CreateDocument(f.ctx, &tiendo.Document{Number: "9061/VPCP-CN"})
		wantCode(f, err, tiendo.ECONFLICT)
	}},
	{"Create/ErrUnknownLinkTarget", func(f *fixture) {
		err := f.st.CreateDocument(f.ctx, &tiendo.Document{Number: "1/KH-UBND",
			Links: []tiendo.DocLink{{Kind: tiendo.LinkCites, TargetID: 4242}}})
		wantCode(f, err, tiendo.EINVALID)
		_, total, err := f.st.FindDocuments(f.ctx, tiendo.DocumentFilter{})
		must(f, err)
		if total != 0 {
			f.Fatalf("failed create left %d documents", total)
		}
	}},
	{"Create/ErrInvalidSecrecy", func(f *fixture) {
		err := f.st.CreateDocument(f.ctx, &tiendo.Document{Number: "1/KH-UBND", Secrecy: "tuyet_mat_lam"})
		wantCode(f, err, tiendo.EINVALID)
	}},
	{"FindByID/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindDocumentByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Find/Filters", func(f *fixture) {
		issuer := f.org("UBND quận")
		a := f.document("245/KH-UBND", d(2019, 12, 20), "Kế hoạch chỉnh trang tuyến phố Phố Huế")
		b := f.document("161-KH/QU", d(2019, 6, 1), "Kế hoạch của Quận ủy về đường Giải Phóng")
		c := &tiendo.Document{Number: "9061/VPCP-CN", IssuerID: &issuer.ID, Issuer: "Văn phòng Chính phủ",
			Summary: "Về việc đôn đốc"}
		must(f, f.st.CreateDocument(f.ctx, c))
		find := func(flt tiendo.DocumentFilter) ([]int64, int) {
			f.Helper()
			docs, total, err := f.st.FindDocuments(f.ctx, flt)
			must(f, err)
			ids := []int64{}
			for _, doc := range docs {
				ids = append(ids, doc.ID)
			}
			return ids, total
		}
		ids, total := find(tiendo.DocumentFilter{})
		wantIDs(f, "newest first, undated last", ids, []int64{a.ID, b.ID, c.ID})
		if total != 3 {
			f.Fatalf("total %d", total)
		}
		ids, _ = find(tiendo.DocumentFilter{Query: "ke hoach 245"})
		wantIDs(f, "number and summary", ids, []int64{a.ID})
		ids, _ = find(tiendo.DocumentFilter{Query: "PHỐ HUẾ"})
		wantIDs(f, "summary accented", ids, []int64{a.ID})
		ids, _ = find(tiendo.DocumentFilter{Query: "duong"})
		wantIDs(f, "đ folds to d", ids, []int64{b.ID})
		ids, _ = find(tiendo.DocumentFilter{Query: "van phong chinh"})
		wantIDs(f, "issuer", ids, []int64{c.ID})
		ids, _ = find(tiendo.DocumentFilter{Query: "kế hoạch"})
		wantIDs(f, "two matches", ids, []int64{a.ID, b.ID})
		ids, _ = find(tiendo.DocumentFilter{IssuerID: &issuer.ID})
		wantIDs(f, "IssuerID", ids, []int64{c.ID})
		ids, _ = find(tiendo.DocumentFilter{Number: ptr("161-KH/QU")})
		wantIDs(f, "Number", ids, []int64{b.ID})
		ids, total = find(tiendo.DocumentFilter{Page: tiendo.Page{Page: 2, PerPage: 2}})
		wantIDs(f, "page 2", ids, []int64{c.ID})
		if total != 3 {
			f.Fatalf("paged total %d", total)
		}
	}},
	{"Update/OK", func(f *fixture) {
		target := f.document("241/KH-UBND", d(2019, 11, 1), "")
		doc := f.document("245/KH-UBND", d(2019, 12, 20), "Kế hoạch")
		doc.Summary, doc.Signer = "Kế hoạch sửa đổi", "Lê Hồng Sơn"
		doc.Links = []tiendo.DocLink{{Kind: tiendo.LinkCites, TargetID: target.ID}}
		must(f, f.st.UpdateDocument(f.ctx, doc))
		if doc.Version != 2 || doc.Links[0].Target != "241/KH-UBND" {
			f.Fatalf("after update: %+v", doc)
		}
		got, err := f.st.FindDocumentByID(f.ctx, doc.ID)
		must(f, err)
		if !reflect.DeepEqual(got, doc) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, doc)
		}
	}},
	{"Update/ErrStaleVersion", func(f *fixture) {
		doc := f.document("245/KH-UBND", d(2019, 12, 20), "Kế hoạch")
		stale := *doc
		doc.Summary = "Một"
		must(f, f.st.UpdateDocument(f.ctx, doc))
		stale.Summary = "Hai"
		wantCode(f, f.st.UpdateDocument(f.ctx, &stale), tiendo.ECONFLICT)
	}},
	{"Update/ErrNotFound", func(f *fixture) {
		wantCode(f, f.st.UpdateDocument(f.ctx, &tiendo.Document{ID: 4242, Number: "1/KH", Version: 1}), tiendo.ENOTFOUND)
	}},
	{"Update/RenumberRefreshesTaskSearch", func(f *fixture) {
		o := f.org("UBND phường")
		doc := f.document("245/KH-UBND", d(2019, 12, 20), "")
		t := f.task(o.ID, func(t *tiendo.Task) { t.DocumentID = &doc.ID })
		wantIDs(f, "old number", f.findIDs(tiendo.TaskFilter{Query: "245"}), []int64{t.ID})
		doc.Number = "246/KH-UBND"
		must(f, f.st.UpdateDocument(f.ctx, doc))
		wantIDs(f, "old number after renumbering", f.findIDs(tiendo.TaskFilter{Query: "245"}), nil)
		wantIDs(f, "new number", f.findIDs(tiendo.TaskFilter{Query: "246 kh"}), []int64{t.ID})
	}},
}
