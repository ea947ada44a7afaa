package web

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiendo"
)

// casePageSteps are the success scenarios of the casework pages
// (TestPageRoutesOK): the ward's officer sends a weekly list from the
// phone form (one row added by a plain post), the district office turns it
// into cases and assigns one, the ward records a step with a photo, the
// office closes the case and records a repeat; the dashboard, its
// drill-down and its XLSX; a list imported from XLSX, reviewed and made
// into cases in one step.
func casePageSteps(t *testing.T, e *env) []pageStep {
	office, ward := e.browse("office"), e.browse("phohue")
	street, err := e.svc.CreatePlace(e.as("admin"), tiendo.Place{Kind: tiendo.PlaceStreet, Name: "Phố Huế",
		Wards: []tiendo.PlaceWard{{OrgID: e.org["HBT-PHOHUE"]}}})
	if err != nil {
		t.Fatal(err)
	}
	kinds, err := e.svc.ListCaseKinds(e.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	kindOf := map[tiendo.CaseKindGroup]string{}
	for _, k := range kinds {
		kindOf[k.Group] = strconv.FormatInt(k.ID, 10)
	}
	today := tiendo.Today(e.clock)
	wardID, streetID := fmt.Sprint(e.org["HBT-PHOHUE"]), fmt.Sprint(street.ID)
	var list, caseID, fileID string
	current := func() *tiendo.Case {
		cd, err := e.svc.GetCase(e.as("office"), mustInt(t, caseID))
		if err != nil {
			t.Fatal(err)
		}
		return cd.Case
	}
	week := url.Values{"ward": {wardID}, "week": {tiendo.WeekKey(today)}, "rows": {"2"},
		"address_1": {"Số 12 Phố Huế"}, "place_1": {streetID}, "kind_1": {kindOf[tiendo.CaseGroupPavement]},
		"description_1": {"Bày hàng lấn chiếm vỉa hè"}, "found_on_1": {today.Format()}, "found_on_2": {today.Format()}}
	return []pageStep{
		{"GET /vu-viec/tuan/moi", func() pageResp { return ward.get("/vu-viec/tuan/moi") }, func(p pageResp) {
			p.want(t, "weekly form", 200, `action="/vu-viec/tuan/moi"`, `id="row-3"`, `name="kind_1"`, "Lấn chiếm vỉa hè, lòng đường")
		}},
		{"POST /vu-viec/tuan/moi", func() pageResp {
			v := url.Values{"action": {"add"}}
			for k, x := range week {
				v[k] = x
			}
			return ward.post("/vu-viec/tuan/moi", v)
		}, func(p pageResp) {
			p.want(t, "a row added", 200, `id="row-3"`, `value="Số 12 Phố Huế"`)
		}},
		{"POST /vu-viec/tuan/moi", func() pageResp { return ward.post("/vu-viec/tuan/moi", week) }, func(p pageResp) {
			loc := p.header.Get("Location")
			if p.status != 303 || !strings.HasSuffix(loc, "?ok=submitted") {
				t.Fatalf("send the list: %d %s\n%s", p.status, loc, shorten(p.body))
			}
			list = strings.TrimSuffix(strings.TrimPrefix(loc, "/vu-viec/tuan/"), "?ok=submitted")
		}},
		{"GET /vu-viec/tuan", func() pageResp { return office.get("/vu-viec/tuan") }, func(p pageResp) {
			p.want(t, "weekly lists", 200, `href="/vu-viec/tuan/`+list+`"`, "Đã gửi, chờ tạo vụ việc")
		}},
		{"GET /vu-viec/tuan/{id}", func() pageResp { return office.get("/vu-viec/tuan/" + list) }, func(p pageResp) {
			p.want(t, "weekly list", 200, "Số 12 Phố Huế", `action="/vu-viec/tuan/`+list+`/tao-vu-viec"`)
		}},
		{"POST /vu-viec/tuan/{id}/tao-vu-viec", func() pageResp {
			return office.post("/vu-viec/tuan/"+list+"/tao-vu-viec", url.Values{"version": {"1"}})
		}, func(p pageResp) {
			p.redirectsTo(t, "process", "/vu-viec/tuan/"+list+"?ok=processed")
			l, err := e.svc.GetWeeklyList(e.as("office"), mustInt(t, list))
			if err != nil || len(l.Rows) != 1 || l.Rows[0].CaseID == nil {
				t.Fatalf("processed list %+v %v", l, err)
			}
			caseID = fmt.Sprint(*l.Rows[0].CaseID)
		}},
		{"GET /vu-viec", func() pageResp { return office.get("/vu-viec?place=" + streetID + "&status=open") }, func(p pageResp) {
			p.want(t, "cases", 200, `href="/vu-viec/`+caseID+`"`, "Số 12 Phố Huế", "1 vụ việc")
		}},
		{"GET /vu-viec/{id}", func() pageResp { return office.get("/vu-viec/" + caseID) }, func(p pageResp) {
			p.want(t, "case", 200, "Bày hàng lấn chiếm vỉa hè", `action="/vu-viec/`+caseID+`/giao"`, "Chưa giao")
		}},
		{"POST /vu-viec/{id}/giao", func() pageResp {
			return office.post("/vu-viec/"+caseID+"/giao", url.Values{"version": {fmt.Sprint(current().Version)},
				"org": {wardID}, "assigned_on": {today.Format()}, "deadline_days": {"3"}})
		}, func(p pageResp) { p.redirectsTo(t, "assign", "/vu-viec/"+caseID+"?ok=assign") }},
		{"POST /vu-viec/{id}/xu-ly", func() pageResp {
			return ward.postMultipart("/vu-viec/"+caseID+"/xu-ly", url.Values{"kind": {"fined"}, "on": {today.Format()},
				"note": {"Xử phạt"}, "amount": {"3.500.000"}}, filePart{name: "hien-truong.png", ctype: "image/png", data: pngPhoto})
		}, func(p pageResp) {
			p.redirectsTo(t, "step", "/vu-viec/"+caseID+"?ok=step")
			c := current()
			if len(c.Steps) != 1 || c.Steps[0].Amount != 3_500_000 || len(c.Steps[0].Files) != 1 {
				t.Fatalf("steps %+v", c.Steps)
			}
			fileID = fmt.Sprint(c.Steps[0].Files[0].ID)
		}},
		{"GET /vu-viec/tep/{id}", func() pageResp { return ward.get("/vu-viec/tep/" + fileID) }, func(p pageResp) {
			p.want(t, "photo", 200, "\x89PNG")
			if ct, cd := p.header.Get("Content-Type"), p.header.Get("Content-Disposition"); ct != "image/png" || !strings.HasPrefix(cd, "inline") {
				t.Errorf("photo served as %s, %s", ct, cd)
			}
		}},
		{"POST /vu-viec/{id}/ket-thuc", func() pageResp {
			return office.postMultipart("/vu-viec/"+caseID+"/ket-thuc", url.Values{"version": {fmt.Sprint(current().Version)},
				"result": {"Đã khắc phục"}, "closed_on": {today.Format()}}, filePart{name: "ket-qua.png", ctype: "image/png", data: pngPhoto})
		}, func(p pageResp) { p.redirectsTo(t, "close", "/vu-viec/"+caseID+"?ok=close") }},
		{"POST /vu-viec/{id}/tai-pham", func() pageResp {
			return office.post("/vu-viec/"+caseID+"/tai-pham", url.Values{"description": {"Tái lấn chiếm"}, "found_on": {today.Format()},
				"reporter": {"citizen"}})
		}, func(p pageResp) {
			loc := p.header.Get("Location")
			if p.status != 303 || !strings.HasSuffix(loc, "?ok=again") || loc == "/vu-viec/"+caseID+"?ok=again" {
				t.Fatalf("repeat: %d %s\n%s", p.status, loc, shorten(p.body))
			}
			again := office.get(strings.TrimSuffix(loc, "?ok=again"))
			again.want(t, "the repeat", 200, `id="case-repeat"`, `href="/vu-viec/`+caseID+`" id="case-repeat-of"`)
		}},
		{"GET /vu-viec/thong-ke", func() pageResp { return office.get("/vu-viec/thong-ke?group=kind") }, func(p pageResp) {
			p.want(t, "197 dashboard", 200, "Lấn chiếm vỉa hè, lòng đường", `id="total-repeat"`, "/vu-viec/thong-ke/xuat-excel?",
				`id="case-stats-docx"`, "/api/v1/export/cases?as_of=")
		}},
		{"GET /vu-viec/thong-ke/o", func() pageResp {
			return office.get("/vu-viec/thong-ke/o?group=kind&key=" + kindOf[tiendo.CaseGroupPavement] + "&cell=done_on_time")
		}, func(p pageResp) {
			p.want(t, "drill-down", 200, `href="/vu-viec/`+caseID+`"`, "1 vụ việc")
		}},
		{"GET /vu-viec/thong-ke/xuat-excel", func() pageResp { return office.get("/vu-viec/thong-ke/xuat-excel?group=kind") }, func(p pageResp) {
			p.want(t, "dashboard XLSX", 200, "PK")
		}},
		{"GET /vu-viec/tuan/nhap", func() pageResp { return office.get("/vu-viec/tuan/nhap") }, func(p pageResp) {
			p.want(t, "import form", 200, `enctype="multipart/form-data"`, `accept=".xlsx"`)
		}},
		{"POST /vu-viec/tuan/nhap", func() pageResp {
			return office.postMultipart("/vu-viec/tuan/nhap", url.Values{"ward": {wardID}, "week": {tiendo.WeekKey(today)}},
				filePart{name: "tuan.xlsx", data: caseListXlsx(t, [][]any{
					{"STT", "Địa chỉ / Hộ vi phạm", "Loại vi phạm", "Nội dung", "Ngày phát hiện"},
					{1, "Số 12 Phố Huế", "Lấn chiếm vỉa hè", "Lại bày hàng", today.Format()},
					{2, "Số 30 Phố Huế", "Vệ sinh môi trường", "Đổ rác", today.Format()},
				})})
		}, func(p pageResp) {
			p.want(t, "review", 200, "Kiểm tra danh sách trước khi tạo vụ việc", `value="Số 30 Phố Huế"`, "Trùng vụ việc đang mở", `name="include_2" checked`)
		}},
		{"POST /vu-viec/tuan/nhap/tao", func() pageResp {
			return office.post("/vu-viec/tuan/nhap/tao", url.Values{"ward": {wardID}, "week": {tiendo.WeekKey(today)}, "rows": {"1"},
				"reviewing": {"1"}, "include_1": {"on"}, "address_1": {"Số 30 Phố Huế"}, "place_1": {streetID},
				"kind_1": {kindOf[tiendo.CaseGroupSanitation]}, "description_1": {"Đổ rác"}, "found_on_1": {today.Format()}})
		}, func(p pageResp) {
			loc := p.header.Get("Location")
			if p.status != 303 || !strings.HasSuffix(loc, "?ok=processed") {
				t.Fatalf("create from the file: %d %s\n%s", p.status, loc, shorten(p.body))
			}
		}},
	}
}

func mustInt(t *testing.T, s string) int64 {
	t.Helper()
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("not an id: %q", s)
	}
	return n
}

// pngPhoto is the smallest PNG header the upload checks accept as a photo.
var pngPhoto = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRphoto")

// caseListXlsx is a workbook of rows from A1.
func caseListXlsx(t *testing.T, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
