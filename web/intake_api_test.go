package web

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiendo"
	"tiendo/service"
)

// intakeNotice is a conclusion notice of the test district: one task for a
// ward (matched), one for "UBND các phường" (flagged).
const intakeNotice = "Số: 12/TB-UBND\nHai Bà Trưng, ngày 08/01/2020\n" +
	"1. Giao UBND phường Phố Huế rà soát biển quảng cáo trước ngày 31/01/2020.\n" +
	"2. Yêu cầu UBND các phường hoàn thiện quy chế PCCC trong quý I/2020.\n"

// addOffice adds an office account over code with an API token.
func (e *env) addOffice(login, code string) {
	e.t.Helper()
	id := e.org[code]
	ctx := e.sys()
	if _, err := e.svc.CreateAccount(ctx, service.AccountInput{Login: login, Password: "matkhau-123",
		Grants: []tiendo.Grant{{Role: tiendo.RoleOffice, OrgID: &id}}}); err != nil {
		e.t.Fatal(err)
	}
	tok, err := e.svc.CreateToken(ctx, login, "test")
	if err != nil {
		e.t.Fatal(err)
	}
	e.token[login] = tok
}

// propose posts the notice as office and returns the proposal id.
func (e *env) propose() string {
	e.t.Helper()
	r := e.do("POST", "/api/v1/intake", "office", map[string]string{"text": intakeNotice})
	check(e.t, "propose", r, http.StatusCreated)
	return fmt.Sprint(r.json(e.t)["id"])
}

func TestIntakeAPIErrors(t *testing.T) {
	e := newEnv(t)
	e.addOffice("vp-td", "HBT-TRUONGDINH")
	id := e.propose()
	base := "/api/v1/intake/" + id
	big := bytes.Repeat([]byte("a"), testMaxAttachment+1)
	tests := []struct {
		name, method, path, login string
		body                      any
		status                    int
		want                      string
	}{
		{"malformed JSON", "POST", "/api/v1/intake", "office", `{"text":`, 400, "JSON không hợp lệ"},
		{"unknown field", "POST", "/api/v1/intake", "office", `{"texts":"x"}`, 400, "texts"},
		{"bad date", "POST", "/api/v1/intake", "office", `{"text":"x","date":"08/01/2020"}`, 422, `"date"`},
		{"empty text", "POST", "/api/v1/intake", "office", `{"text":" "}`, 422, `"text"`},
		{"officer", "POST", "/api/v1/intake", "phohue", map[string]string{"text": intakeNotice}, 403, "forbidden"},
		{"leader", "POST", "/api/v1/intake", "leader", map[string]string{"text": intakeNotice}, 403, "forbidden"},
		{"no token", "POST", "/api/v1/intake", "", map[string]string{"text": intakeNotice}, 401, "unauthenticated"},
		{"unknown id", "GET", "/api/v1/intake/99999", "office", nil, 404, "not_found"},
		{"bad id", "GET", "/api/v1/intake/abc", "office", nil, 404, "not_found"},
		{"other office", "GET", base, "vp-td", nil, 404, "not_found"},
		{"officer reads", "GET", base, "phohue", nil, 404, "not_found"},
		{"other office commits", "POST", base + "/commit", "vp-td", `{"version":1}`, 404, "not_found"},
		{"stale patch", "PATCH", base, "office", `{"version":7}`, 409, "conflict"},
		{"commit by status", "PATCH", base, "office", `{"version":1,"status":"committed"}`, 422, `"status"`},
		{"unknown lead", "PATCH", base, "office", `{"version":1,"drafts":[{"content":"x","lead":{"text":"","org_ids":[99999]}}]}`, 422, `"drafts[1].lead"`},
		{"stale commit", "POST", base + "/commit", "office", `{"version":3}`, 409, "conflict"},
		{"flagged lead", "POST", base + "/commit", "office", `{"version":1}`, 422, `"drafts[2].lead":"Chưa chọn đơn vị chủ trì`},
	}
	for _, tt := range tests {
		r := e.do(tt.method, tt.path, tt.login, tt.body)
		check(t, tt.name, r, tt.status, tt.want)
	}
	// Files: too large, not a spreadsheet, no header — nothing stored.
	files := []struct {
		name   string
		data   []byte
		status int
		want   string
	}{
		{"big.txt", big, 413, "too_large"},
		{"a.xlsx", []byte("không phải bảng tính"), 422, "không phải bảng tính Excel"},
		{"ds.xlsx", plainWorkbook(t), 422, "Không tìm thấy dòng tiêu đề"},
		{"a.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 Word 97"), 422, "lưu tệp thành .docx"},
		{"b.doc", []byte("x"), 422, "không phải tệp Office 97-2003"},
		{"ke-hoach.docx", []byte("MZ\x90\x00 chương trình Windows"), 422, "chương trình chạy được"},
	}
	for _, f := range files {
		r := e.upload("/api/v1/intake", "office", map[string]string{"date": "08/01/2020"}, filePart{name: f.name, data: f.data})
		check(t, f.name, r, f.status, f.want)
	}
	_, total, err := e.svc.ListProposals(e.as("office"), tiendo.ProposalFilter{})
	if err != nil || total != 1 {
		t.Errorf("%d proposals (%v), want only the first", total, err)
	}
}

// plainWorkbook is a spreadsheet without a task table.
func plainWorkbook(t *testing.T) []byte {
	f := excelize.NewFile()
	defer f.Close()
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"Họ tên", "Ngày sinh"})
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestIntakeAPIFile uploads a plan appendix as a workbook: its rows become
// drafts, the bad row is reported by row and column, and the commit makes
// every task or none.
func TestIntakeAPIFile(t *testing.T) {
	e := newEnv(t)
	f := excelize.NewFile()
	rows := [][]any{
		{"STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"},
		{1, "Rà soát biển quảng cáo", "UBND phường Phố Huế", "Văn phòng HĐND và UBND quận", "trước 31/3/2020"},
		{2, "Kiểm tra chung cư cũ", "UBND phường Trương Định", "", "Quý II/2020"},
		{3, "Cải tạo lối thoát nạn", "", "", "Thường xuyên"},
	}
	for i, r := range rows {
		_ = f.SetSheetRow("Sheet1", "A"+strconv.Itoa(i+1), &r)
	}
	var buf bytes.Buffer
	_ = f.Write(&buf)
	r := e.upload("/api/v1/intake", "office", nil, filePart{name: "phu-luc.xlsx", data: buf.Bytes()})
	check(t, "upload", r, http.StatusCreated, `"file_name":"phu-luc.xlsx"`, `"row":4,"column":"Cơ quan chủ trì"`,
		`"content":"Kiểm tra chung cư cũ"`, fmt.Sprintf(`"org_ids":[%d]`, e.org["HBT-VP"]))
	id := fmt.Sprint(r.json(t)["id"])
	r = e.do("POST", "/api/v1/intake/"+id+"/commit", "office", `{"version":1}`)
	check(t, "commit", r, http.StatusCreated, `"status":"committed"`, `"due":"2020-06-30"`, `"source_clause":"Phụ lục, STT 1"`)
	if n := strings.Count(string(r.body), `"lead_org_id"`); n != 2 {
		t.Errorf("%d tasks, want 2: %s", n, r.body)
	}
	r = e.do("POST", "/api/v1/intake/"+id+"/commit", "office", `{"version":2}`)
	check(t, "commit twice", r, http.StatusConflict, "đã được xử lý")
	if _, total, _ := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{}); total != 2 {
		t.Errorf("%d tasks after committing twice, want 2", total)
	}
}
