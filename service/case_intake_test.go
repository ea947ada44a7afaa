package service_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiendo"
	"tiendo/service"
)

// weeklyXlsx is a workbook whose first sheet holds rows from A1.
func weeklyXlsx(t *testing.T, rows [][]any) []byte {
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

// An XLSX weekly list proposed for review: kinds and streets matched, the
// row repeating an open case flagged, rows with problems kept with them,
// nothing written.
func TestProposeWeeklyList(t *testing.T) {
	f, street, kinds := caseFixture(t)
	pave, san := kinds[tiendo.CaseGroupPavement], kinds[tiendo.CaseGroupSanitation]
	open, err := f.svc.CreateCase(f.as("vp-phohue"), tiendo.Case{PlaceID: &street.ID, Address: "Số 12 Phố Huế", KindID: pave.ID,
		Description: "Lấn chiếm", FoundOn: date(2019, 12, 30)})
	if err != nil {
		t.Fatal(err)
	}
	data := weeklyXlsx(t, [][]any{
		{"DANH SÁCH VI PHẠM TUẦN 1/2020"},
		{"STT", "Địa chỉ / Hộ vi phạm", "Loại vi phạm", "Nội dung", "Ngày phát hiện"},
		{1, "số 12 phố huế", "Lấn chiếm vỉa hè", "Bày hàng", "31/12/2019"},
		{2, "Số 9 ngõ 7", "Vệ sinh môi trường", "Đổ phế thải", "01/01/2020"},
		{3, "Số 4 ngõ 7", "Khác", "Nuôi chó thả rông", ""},
		{4, "", "Xây dựng", "Cơi nới", "02/01/2020"},
	})
	_, total, _ := f.svc.ListCases(f.as("vp-phohue"), tiendo.CaseFilter{})
	prop, err := f.svc.ProposeWeeklyList(f.as("vp-phohue"), f.orgs["PH"], data)
	if err != nil {
		t.Fatal(err)
	}
	if len(prop.Rows) != 4 {
		t.Fatalf("%d rows: %+v", len(prop.Rows), prop.Rows)
	}
	r := prop.Rows
	if r[0].Row.KindID != pave.ID || r[0].Row.PlaceID == nil || *r[0].Row.PlaceID != street.ID || r[0].DuplicateOf == nil ||
		r[0].DuplicateOf.ID != open.ID || r[0].Row.FoundOn != date(2019, 12, 31) || len(r[0].Problems) != 0 {
		t.Errorf("row 1 %+v, want the pavement kind on Phố Huế duplicating case %d", r[0], open.ID)
	}
	if r[1].Row.KindID != san.ID || r[1].Row.PlaceID != nil || r[1].DuplicateOf != nil || len(r[1].Problems) != 0 {
		t.Errorf("row 2 %+v", r[1])
	}
	if r[2].Row.KindID != 0 || len(r[2].Problems) != 1 || !strings.Contains(r[2].Problems[0], "“Khác”") || !r[2].Row.FoundOn.IsZero() {
		t.Errorf("row 3 %+v, want a problem naming the unknown kind", r[2])
	}
	if len(r[3].Problems) != 1 || !strings.Contains(r[3].Problems[0], "Địa chỉ") {
		t.Errorf("row 4 %+v, want the missing address", r[3])
	}
	if _, after, _ := f.svc.ListCases(f.as("vp-phohue"), tiendo.CaseFilter{}); after != total {
		t.Errorf("proposing wrote: %d cases, then %d", total, after)
	}
	_, err = f.svc.ProposeWeeklyList(f.as("vp-phohue"), f.orgs["PH"], []byte("không phải xlsx"))
	wantCode(t, err, tiendo.EINVALID)
	if tiendo.ErrorFields(err)["file"] == "" {
		t.Errorf("error %v not on the file", err)
	}
}

func TestMatchCaseKind(t *testing.T) {
	kinds := []*tiendo.CaseKind{
		{ID: 1, Name: "Vi phạm trật tự đô thị", Group: tiendo.CaseGroupUrbanOrder, Active: true},
		{ID: 2, Name: "Vi phạm đất đai", Group: tiendo.CaseGroupLand, Active: true},
		{ID: 3, Name: "Vi phạm trật tự xây dựng", Group: tiendo.CaseGroupConstruction, Active: true},
		{ID: 6, Name: "Lấn chiếm vỉa hè (cũ)", Group: tiendo.CaseGroupPavement, Active: false},
		{ID: 4, Name: "Lấn chiếm vỉa hè, lòng đường", Group: tiendo.CaseGroupPavement, Active: true},
		{ID: 5, Name: "Vi phạm vệ sinh môi trường", Group: tiendo.CaseGroupSanitation, Active: true},
	}
	tests := []struct {
		text string
		want int64
	}{
		{"Lấn chiếm vỉa hè, lòng đường", 4},
		{"Lấn chiếm vỉa hè Bày bán hàng hoá ra vỉa hè", 4},
		{"Xây dựng Xây dựng không phép tầng 4", 3},
		{"VE SINH MOI TRUONG đổ phế thải", 5},
		{"Quảng cáo sai phép", 1},
		{"Lấn chiếm đất công", 4}, // "lấn chiếm" reads as the pavement first
		{"Chiếm đất làm lán", 2},
		{"Khác", 0},
		{"", 0},
	}
	for _, tt := range tests {
		var id int64
		if got := service.MatchCaseKind(kinds, tt.text); got != nil {
			id = got.ID
		}
		if id != tt.want {
			t.Errorf("MatchCaseKind(%q) = %d, want %d", tt.text, id, tt.want)
		}
	}
}

func TestMatchPlace(t *testing.T) {
	places := []*tiendo.Place{
		{ID: 1, Name: "Phố Huế", Kind: tiendo.PlaceStreet},
		{ID: 2, Name: "Tuyến phố Phú Hựu", Kind: tiendo.PlaceStreet},
		{ID: 3, Name: "Tổ dân phố số 5", Kind: tiendo.PlaceResidentialGroup},
		{ID: 4, Name: "Phố Bà Triệu", Kind: tiendo.PlaceStreet},
	}
	tests := []struct {
		address string
		want    int64
	}{
		{"Số 45 Phố Huế", 1},
		{"so 12 ngo 3 phu huu - ho ong A", 2},
		{"Số 23 Bà Triệu", 4},
		{"Số 5 Huế Lâm", 0},
		{"Tổ dân phố số 5", 0},
	}
	for _, tt := range tests {
		var id int64
		if got := service.MatchPlace(places, tt.address); got != nil {
			id = got.ID
		}
		if id != tt.want {
			t.Errorf("MatchPlace(%q) = %d, want %d", tt.address, id, tt.want)
		}
	}
}
