package web

import (
	"bytes"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"tiendo"
)

// reviewForm is the form of the review screen for intakeNotice as served,
// with overrides.
func reviewValues(version string, over url.Values) url.Values {
	v := url.Values{"version": {version}, "n": {"2"}, "action": {"save"},
		"doc_number": {"12/TB-UBND"}, "doc_date": {"08/01/2020"}, "doc_summary": {"Thông báo kết luận"},
		"d1.content": {"Rà soát biển quảng cáo"}, "d1.deadline": {"trước ngày 31/01/2020"},
		"d2.content": {"Hoàn thiện quy chế PCCC"}, "d2.deadline": {"trong quý I/2020"}}
	for k, vs := range over {
		v[k] = vs
	}
	return v
}

func TestIntakePages(t *testing.T) {
	e := newEnv(t)
	e.addOffice("vp-td", "HBT-TRUONGDINH")
	office := e.browse("office")
	id := e.propose()
	review := "/nhap-tu-van-ban/" + id
	ph, td := org(e, "HBT-PHOHUE"), org(e, "HBT-TRUONGDINH")

	office.get(review).want(t, "review", 200,
		`id="d1.lead-picker"`, chosenUnit("d1.lead", ph),
		"Văn bản ghi: “UBND các phường”", "Nhiều đơn vị", "→ Có hạn 31/01/2020", "Trích văn bản:", "Vì sao đề xuất: giao việc: «Giao»",
		`name="version" value="1"`, `id="review-commit"`)
	e.browse("phohue").get("/nhap-tu-van-ban").want(t, "officer form", 403)
	e.browse("phohue").get("/viec").lacks(t, "officer nav", `href="/nhap-tu-van-ban"`)
	e.browse("vp-td").get(review).want(t, "other office", 404)
	e.browse("phohue").post(review, reviewValues("1", nil)).want(t, "officer post", 404)

	// Committing with the flagged lead unresolved: 422, every error listed
	// by task and field, what was typed kept, nothing created.
	typed := reviewValues("1", url.Values{"action": {"commit"}, "d1.lead": {ph}, "d1.content": {"Rà soát <b>biển</b> quảng cáo"},
		"d1.deadline": {"trước ngày 35/13/2020"}})
	p := office.post(review, typed)
	p.want(t, "commit with errors", 422, "Nhiệm vụ 1, thời hạn:", "Nhiệm vụ 2, đơn vị chủ trì: Chưa chọn đơn vị chủ trì",
		"Rà soát &lt;b&gt;biển&lt;/b&gt; quảng cáo", `value="trước ngày 35/13/2020"`, `aria-invalid="true"`, `name="version" value="2"`)
	p.lacks(t, "commit with errors", "<b>biển</b>")
	if _, total, _ := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{}); total != 0 {
		t.Fatalf("%d tasks after a failed commit", total)
	}
	// A stale form: 409 with the proposal as it is now and its version.
	office.post(review, reviewValues("1", nil)).want(t, "stale", 409, "người khác sửa", `name="version" value="2"`)
	// A bad date on the form is a field error of its task.
	office.post(review, reviewValues("2", url.Values{"d2.due": {"31/02/2020"}})).want(t, "bad due", 422, "Nhiệm vụ 2, hạn (ngày)")
	// Drop the first row, add one, save.
	office.post(review, reviewValues("2", url.Values{"action": {"drop:1"}, "d2.lead": {td}})).redirectsTo(t, "drop", review+"?ok=saved")
	office.get(review).want(t, "after drop", 200, `name="n" value="1"`, "Hoàn thiện quy chế PCCC", chosenUnit("d1.lead", td))
	one := url.Values{"version": {"3"}, "n": {"1"}, "action": {"add"}, "doc_number": {"12/TB-UBND"}, "doc_date": {"08/01/2020"},
		"doc_summary": {"Thông báo kết luận"}, "d1.content": {"Hoàn thiện quy chế PCCC"}, "d1.lead": {td, ph}, "d1.deadline": {"trong quý I/2020"}}
	office.post(review, one).redirectsTo(t, "add", review+"?ok=saved")
	office.get(review).want(t, "after add", 200, `name="n" value="2"`, `name="d2.content"`)
	// The added row is empty: commit fails on it alone; then drop it and commit.
	one.Set("version", "4")
	one.Set("n", "2")
	one.Set("action", "commit")
	office.post(review, one).want(t, "empty row", 422, "Nhiệm vụ 2, nội dung", "Nhiệm vụ 2, đơn vị chủ trì")
	one.Set("version", "5")
	one.Set("action", "drop:2")
	office.post(review, one).redirectsTo(t, "drop added", review+"?ok=saved")
	one.Set("version", "6")
	one.Set("n", "1")
	one.Set("action", "commit")
	office.post(review, one).redirectsTo(t, "commit", review+"?ok=intake-committed-many")
	office.get(review+"?ok=intake-committed-many").want(t, "committed", 200, "Đã tạo các nhiệm vụ từ văn bản",
		"Đã tạo nhiệm vụ", "UBND phường Trương Định", "UBND phường Phố Huế", `href="/viec/da-giao"`)
	office.get("/viec/da-giao?q=quy+che+pccc").want(t, "in the list", 200, "Hoàn thiện quy chế PCCC", "2 nhiệm vụ")
	office.post(review, one).want(t, "commit again", 409, "đã được xử lý")

	// Discarding a second proposal.
	id2 := e.propose()
	office.post("/nhap-tu-van-ban/"+id2, reviewValues("1", url.Values{"action": {"discard"}})).
		redirectsTo(t, "discard", "/nhap-tu-van-ban?ok=intake-discarded")
	office.get("/nhap-tu-van-ban/"+id2).want(t, "discarded", 200, "Đề xuất này đã bị hủy")
}

// A unit chosen outside a flagged mention's candidates stays chosen when
// the form is shown again.
func TestIntakeChoiceOutsideCandidates(t *testing.T) {
	e := newEnv(t)
	office := e.browse("office")
	review := "/nhap-tu-van-ban/" + e.propose()
	vp := org(e, "HBT-VP")
	office.post(review, reviewValues("1", url.Values{"d2.lead": {vp}})).redirectsTo(t, "save", review+"?ok=saved")
	p := office.get(review)
	p.want(t, "saved choice", 200, chosenUnit("d2.lead", vp), offeredUnit("d2.lead", org(e, "HBT-PHOHUE")))
	p.lacks(t, "saved choice", chosenUnit("d2.lead", org(e, "HBT-PHOHUE")))
}

// chosenUnit and offeredUnit are a picker's box for unit id, ticked or not
// (templates/picker.html "picker-option").
func chosenUnit(field, id string) string {
	return `name="` + field + `" value="` + id + `" checked>`
}

func offeredUnit(field, id string) string { return `name="` + field + `" value="` + id + `">` }

// The review's unit fields are type-ahead pickers; their search without
// JavaScript shows the review again as typed, matches for that row, and
// saves nothing; a commit with units ticked in them creates the tasks.
func TestIntakeReviewPickers(t *testing.T) {
	e := newEnv(t)
	office := e.browse("office")
	id := e.propose()
	review := "/nhap-tu-van-ban/" + id
	proposalID, _ := strconv.ParseInt(id, 10, 64)
	ph, td, vp := org(e, "HBT-PHOHUE"), org(e, "HBT-TRUONGDINH"), org(e, "HBT-VP")

	page := office.get(review)
	page.want(t, "pickers", 200, `id="d1.lead-picker"`, `id="d2.lead-picker"`, `id="d2.coopx-picker"`, `name="d2.lead-q"`,
		`name="pick" value="d2.lead"`, "Gợi ý", offeredUnit("d2.lead", ph), offeredUnit("d2.lead", td), `class="flag"`)
	page.lacks(t, "pickers", `<select id="d`, " multiple")

	search := reviewValues("1", url.Values{"pick": {"d2.lead"}, "d2.lead-q": {"văn phòng"}, "action": nil,
		"d1.lead": {ph}, "d1.content": {"Rà soát biển quảng cáo (sửa)"}, "d2.coopx": {td}, "doc_summary": {"Trích yếu mới"}})
	got := office.post(review, search)
	got.want(t, "search", 200, "Rà soát biển quảng cáo (sửa)", `value="Trích yếu mới"`, `value="văn phòng"`,
		chosenUnit("d1.lead", ph), chosenUnit("d2.coopx", td), offeredUnit("d2.lead", vp), `name="version" value="1"`)
	got.lacks(t, "search", chosenUnit("d2.lead", vp))
	if p, err := e.svc.GetProposal(e.as("office"), proposalID); err != nil || p.Version != 1 || p.Drafts[0].Content == "Rà soát biển quảng cáo (sửa)" {
		t.Fatalf("a search saved the proposal: %v", err)
	}

	commit := reviewValues("1", url.Values{"action": {"commit"}, "d1.lead": {ph}, "d2.lead": {vp}, "d2.coopx": {td}})
	office.post(review, commit).redirectsTo(t, "commit", review+"?ok=intake-committed-many")
	tasks, total, err := e.svc.ListTasks(e.as("office"), tiendo.TaskFilter{})
	if err != nil || total != 2 {
		t.Fatalf("%d tasks after commit (%v), want 2", total, err)
	}
	leads := map[int64]bool{}
	for _, task := range tasks {
		leads[task.LeadOrgID] = true
	}
	if !leads[e.org["HBT-PHOHUE"]] || !leads[e.org["HBT-VP"]] {
		t.Errorf("leads %v, want Phố Huế and the office", leads)
	}
}

func TestIntakeUpload(t *testing.T) {
	e := newEnv(t)
	office := e.browse("office")
	tests := []struct {
		name   string
		file   filePart
		status int
		want   string
	}{
		{"not a workbook", filePart{name: "a.xlsx", data: []byte("không phải bảng tính")}, 422, "không phải bảng tính Excel"},
		{"no header", filePart{name: "ds.xlsx", data: plainWorkbook(t)}, 422, "Không tìm thấy dòng tiêu đề"},
		{"too large", filePart{name: "big.txt", data: bytes.Repeat([]byte("a"), testMaxAttachment+1)}, 413, "vượt quá"},
	}
	for _, tt := range tests {
		p := office.postMultipart("/nhap-tu-van-ban", url.Values{"date": {"08/01/2020"}}, tt.file)
		p.want(t, tt.name, tt.status, tt.want, `enctype="multipart/form-data"`)
	}
	office.postMultipart("/nhap-tu-van-ban", url.Values{"text": {" "}}).want(t, "nothing", 422, "Hãy dán nội dung văn bản")
	office.postMultipart("/nhap-tu-van-ban", url.Values{"text": {"x"}, "date": {"hôm qua"}}).want(t, "bad date", 422, "Ngày không hợp lệ")
	p := office.postMultipart("/nhap-tu-van-ban", nil, filePart{name: "tb12.txt", data: []byte(intakeNotice)})
	if p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/nhap-tu-van-ban/") {
		t.Fatalf("upload .txt: %d %s", p.status, p.header.Get("Location"))
	}
	office.get(p.header.Get("Location")).want(t, "from file", 200, "Từ tệp tb12.txt", "Rà soát biển quảng cáo")
	office.get("/nhap-tu-van-ban").want(t, "drafts listed", 200, `id="intake-drafts"`, "12/TB-UBND")
	// Cross-site posts are refused before anything is read.
	cross := e.browse("office")
	cross.site = "cross-site"
	cross.postMultipart("/nhap-tu-van-ban", url.Values{"text": {intakeNotice}}).want(t, "cross-site", 403)
}
