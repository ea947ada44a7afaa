package web

import (
	"strconv"
	"strings"
	"testing"

	"tiendo/report/reporttest"
)

// TestMeetingNoticeDocument reads the conclusion notice back through
// LibreOffice: the NĐ 30 header of the district's People's Committee, the
// notice's number as recorded, and the conclusion with its lead unit.
func TestMeetingNoticeDocument(t *testing.T) {
	e := newEnv(t)
	sc := &scenario{e: e, vars: map[string]string{}}
	for code, id := range e.org {
		sc.vars[code] = strconv.FormatInt(id, 10)
	}
	for _, st := range meetingAPISteps[:7] {
		sc.run(t, st)
	}
	path := e.download(sc.fill("/api/v1/meetings/{meeting}/notice?format=docx"), "office", "thong-bao.docx")
	text := reporttest.DocxText(t, path)
	for _, want := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/TB-UBND", "THÔNG BÁO", "ngày 08 tháng 01 năm 2020",
		"Rà soát điểm trông giữ xe trái phép", "Nơi nhận:", "TL. CHỦ TỊCH"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice lacks %q\n%s", want, text)
		}
	}
	if r := e.do("GET", sc.fill("/api/v1/meetings/{meeting}/notice?format=xlsx"), "office", nil); r.status != 400 {
		t.Errorf("format=xlsx: %d", r.status)
	}
}
