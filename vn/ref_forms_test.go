package vn

import (
	"fmt"
	"strings"
	"testing"
)

// The ways unseen texts write a reference, one class a table: invented
// wordings that differ in kind, issuer, date form and punctuation, then the
// sentence of the intake corpus that showed the class (testdata/intake).
func TestFindDocRefsUnseenForms(t *testing.T) {
	ref := NewDate(2024, 1, 10)
	classes := []struct {
		name  string
		tests []struct {
			text string
			want []string // "canonical|date", as refForms prints them
		}
	}{
		{"a number inserted between two others carries a letter", []struct {
			text string
			want []string
		}{
			{"Quyết định số 25b/QĐ-UBND ngày 3/4/2022 của UBND huyện", []string{"25b/QĐ-UBND|2022-04-03"}},
			{"theo Công văn số 908a/VPCP-KTN, ngày 12 tháng 8 năm 2019", []string{"908a/VPCP-KTN|2019-08-12"}},
			{"Kế hoạch 12c-KH/HU ngày 2-5-2021; Nghị quyết số 3a-NQ/ĐU.", []string{"12c-KH/HU|2021-05-02", "3a-NQ/ĐU|"}},
			{"Quyết định số 168a/QĐ-UBND ngày 6/9/2025 về việc phân công công chức tiếp công dân", []string{"168a/QĐ-UBND|2025-09-06"}},
			// Two letters, or a letter glued to a word, are not a number.
			{"tờ 12ab/KH-UBND; mẫu A5b/UBND; cỡ 3cm-Hà Nội", nil},
		}},
		{"a party symbol that lost its hyphen keeps its type code before the slash", []struct {
			text string
			want []string
		}{
			{"Chỉ thị số 17 CT/TU ngày 5/6/2020 của Ban Thường vụ Tỉnh ủy", []string{"17-CT/TU|2020-06-05"}},
			{"Hướng dẫn số 05 HD/BTGTU, ngày 1.3.2021; Kết luận 88 KL/HU", []string{"05-HD/BTGTU|2021-03-01", "88-KL/HU|"}},
			{"theo Kế hoạch 41 KH/ĐTN-TCKT ngày 01 tháng 3 năm 2022", []string{"41-KH/ĐTN-TCKT|2022-03-01"}},
			{"Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn", []string{"298-KH/TWĐTN|2011-07-14"}},
			// A space and a word that is no type code, or no slash, is no symbol.
			{"có 245 KH UBND; 20 UBND/xã; 3 Sở/ngành; 12 Kế/hoạch", nil},
		}},
		{"the slash after a symbol's year may be lost or typed as a space before its type code", []struct {
			text string
			want []string
		}{
			{"Nghị định số 08/2020NĐ-CP ngày 10/1/2020 của Chính phủ", []string{"08/2020/NĐ-CP|2020-01-10"}},
			{"theo Thông tư liên tịch 15/2019 TTLT-BTC-BNV,", []string{"15/2019/TTLT-BTC-BNV|"}},
			{"Quyết định 3/2021QĐ-UBND ngày 2.2.2021", []string{"3/2021/QĐ-UBND|2021-02-02"}},
			{"Căn cứ Thông tư 31/2013TT-BGDĐT ngày 01/8/2013 của Bộ trưởng Bộ giáo dục và Đào tạo về việc sửa đổi, bổ sung khoản 3 Điều 2 Quyết định số 44/2007 QĐ-BGDĐT;",
				[]string{"31/2013/TT-BGDĐT|2013-08-01", "44/2007/QĐ-BGDĐT|"}},
			// A month and year before a phrase is no symbol.
			{"Tháng 12/2019 UBND tỉnh ban hành; từ 3/2020 Sở-ngành", nil},
		}},
		{"a dash spaced on both sides after a type code goes on to the issuer", []struct {
			text string
			want []string
		}{
			{"Quyết định số 12/QĐ - UBND ngày 3/3/2020 của UBND xã", []string{"12/QĐ-UBND|2020-03-03"}},
			{"Kế hoạch số 45/KH — SYT, ngày 1 tháng 6 năm 2021", []string{"45/KH-SYT|2021-06-01"}},
			{"Nghị quyết số 1210/2016/NQ – UBTVQH 13 ngày 25/5/2016", []string{"1210/2016/NQ-UBTVQH13|2016-05-25"}},
			{"Sáng ngày 01/01, ngày đầu tiên của năm mới 2020, Ban chấp hành Đảng bộ huyện Đức Thọ tổ chức lễ công bố Nghị Quyết số 819/NQ – UVBTVQH 14, và các Quyết định của Huyện ủy",
				[]string{"819/NQ-UVBTVQH14|"}},
			// After an issuer, or before a word in lower case, it ends the symbol;
			// only a legislature's code takes the figure after a space.
			{"Công văn số 5/UBND - Sở Nội vụ; Kế hoạch số 6/KH - Sở; Quyết định số 7/QĐ - UBND 15 xã", []string{"5/UBND|", "7/QĐ-UBND|"}},
		}},
		{"a symbol wrapped at a dash by a table cell goes on on the next line", []struct {
			text string
			want []string
		}{
			{"Tờ trình số 12/TTr -\nSNV ngày 2/3/2020 của Sở Nội vụ", []string{"12/TTr-SNV|2020-03-02"}},
			{"Công văn số 5/UBND -\nKT ngày\n9/9/2019", []string{"5/UBND-KT|2019-09-09"}},
			{"Quyết định số 7/QĐ -\nUBND, ngày 1 tháng 2 năm 2018", []string{"7/QĐ-UBND|2018-02-01"}},
			{"Giám đốc\nSở Nông nghiệp & Phát triển nông thôn tỉnh tại Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007 và của Giám đốc Sở Nội vụ tỉnh,", []string{"473/TTr-NN&PTNT|2007-05-21"}},
			// A dash between two phrases on one line still ends the symbol.
			{"Kế hoạch số 5/KH-UBND - Sở Nội vụ chủ trì", []string{"5/KH-UBND|"}},
		}},
		{"a symbol that names only its issuer counts after a kind word as after số", []struct {
			text string
			want []string
		}{
			{"Căn cứ Tờ trình 126/SKHĐT ngày 4/4/2023 của Sở Kế hoạch và Đầu tư", []string{"126/SKHĐT|2023-04-04"}},
			{"theo văn bản 77/BQL, ngày 20 tháng 10 năm 2022", []string{"77/BQL|2022-10-20"}},
			{"Thông báo 15/UBND ngày 02-02-2021 của UBND xã", []string{"15/UBND|2021-02-02"}},
			{"Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009 của Tổ công tác chuyên trách", []string{"285/CCTTHC|2009-09-08"}},
			// Without a kind word or "số" it is too loose.
			{"khoảng 245/UBND; tỷ lệ 3/SYT", nil},
		}},
		{"the text's own number is dated by the place and date of its header", []struct {
			text string
			want []string
		}{
			{"SỐ: 21/TB-UBND\n“V/v lịch tiếp công dân”\n\n\nQuảng Yên,\nngày 3 tháng 5 năm 2021\nKính gửi:", []string{"21/TB-UBND|2021-05-03"}},
			{"Thông báo số: 5-TB/ĐU |\nĐẢNG CỘNG SẢN VIỆT NAM |\n|\nBa Vì, ngày 7 tháng 8 năm 2022 |", []string{"5-TB/ĐU|2022-08-07"}},
			{"Số:\n14/2007/QĐ-UBND\n|\nTam\nKỳ, ngày 19 tháng 6 năm 2007\n|\nQUYẾT ĐỊNH", []string{"14/2007/QĐ-UBND|2007-06-19"}},
			{"Số: 90/KH-UBND\n|\nLạng Sơn, ngày 13\ntháng 4 năm 2023\n|", []string{"90/KH-UBND|2023-04-13"}},
			{"Nghị quyết số: 653/2019/UBTVQH14\n\nHà Nội, ngày 12 tháng 3 năm 2019", []string{"653/2019/UBTVQH14|2019-03-12"}},
			{"Số:\n74-CV/ĐTN\n“V/v Triển\nkhai đồng loạt\nNgày Chủ nhật\nxanh 22/7/2018”\n|\nĐOÀN\nTNCS HỒ CHÍ MINH\nThọ Xuân,\nngày 17 tháng 7 năm 2018", []string{"74-CV/ĐTN|2018-07-17"}},
			// A number cited in the body is not the header's, whatever follows.
			{"theo Kế hoạch số 12/KH-UBND.\nHà Nội, ngày 5 tháng 6 năm 2020", []string{"12/KH-UBND|"}},
		}},
		{"a date written before the reference opens its sentence, after a dateline or a connective", []struct {
			text string
			want []string
		}{
			{"Trước đó, ngày 2/3/2022, Sở Y tế có văn bản số 77/SYT-NV đề nghị", []string{"77/SYT-NV|2022-03-02"}},
			{"(HNM) - Chiều ngày 5-6-2023, UBND thành phố ban hành Kế hoạch số 160/KH-UBND", []string{"160/KH-UBND|2023-06-05"}},
			{"Vừa qua, ngày 9 tháng 10 năm 2020 Huyện ủy đã ký Thông báo số 33-TB/HU", []string{"33-TB/HU|2020-10-09"}},
			{"Theo đó, ngày 16 tháng 8 năm 2019 Đảng ủy xã cũng đã ban hành Kế hoạch số 291-KH/ĐU về tổ chức Đại hội các chi bộ", []string{"291-KH/ĐU|2019-08-16"}},
			{"ĐNO - Ngày 17-4-2020, Ban Thường vụ Thành ủy có Công văn số 4182-CV/TU yêu cầu các cấp ủy", []string{"4182-CV/TU|2020-04-17"}},
			// A date of what was done, with no issuing verb, is not the reference's.
			{"Sáng nay, ngày 5/6/2023 đoàn kiểm tra làm việc theo Kế hoạch số 3/KH-UBND", []string{"3/KH-UBND|"}},
		}},
		{"a date before the body that issued the reference, then where it said so", []struct {
			text string
			want []string
		}{
			{"Thực hiện chỉ đạo ngày 12/5/2023 của UBND tỉnh tại Công văn số 1234/UBND-KT, Sở Xây dựng", []string{"1234/UBND-KT|2023-05-12"}},
			{"theo ý kiến ngày 3 tháng 7 năm 2021 của Chủ tịch UBND huyện tại văn bản số 56/UBND-VP", []string{"56/UBND-VP|2021-07-03"}},
			{"Kết luận ngày 20-11-2022 của Thường trực Tỉnh ủy theo Thông báo số 99-TB/TU.", []string{"99-TB/TU|2022-11-20"}},
			// Another sentence's date, or a body after its own full stop, does not date it.
			{"Ngày 12/5/2023 của tuần trước. Tại Công văn số 8/UBND-KT", []string{"8/UBND-KT|"}},
		}},
		{"a day and month without a year: ref's year, the year before when well after ref", []struct {
			text string
			want []string
		}{
			{"Ngày 15/1, UBND tỉnh ban hành Công văn số 12/UBND-KT", []string{"12/UBND-KT|2024-01-15"}},
			{"Ngày 28/12, Sở Tài chính ký Công văn số 9/STC-NS", []string{"9/STC-NS|2023-12-28"}},
			{"Kế hoạch số 8/KH-UBND ngày 30.1 của UBND huyện", []string{"8/KH-UBND|2024-01-30"}},
			{"Quyết định số 3/QĐ-UBND ngày 20/6", []string{"3/QĐ-UBND|2023-06-20"}},
		}},
	}
	for _, c := range classes {
		for _, tt := range c.tests {
			if got := refForms(FindDocRefs(tt.text, ref)); strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("%s:\nFindDocRefs(%q) =\n  %q\nwant\n  %q", c.name, tt.text, got, tt.want)
			}
		}
	}
}

// The corpus sentence whose ref is a date it cites (the first full date of
// the text), not its own: a day just after it keeps its year.
func TestFindDocRefsYearOfCitedDate(t *testing.T) {
	text := "Ngày 04/12, UBND tỉnh ban hành Công văn số 2221 /UBND-TH, tổng hợp những nội dung khác nhau"
	got := refForms(FindDocRefs(text, NewDate(2017, 12, 1)))
	if want := []string{"2221/UBND-TH|2017-12-04"}; strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("FindDocRefs(%q) = %q, want %q", text, got, want)
	}
}

// refForms prints each reference as "canonical|date" ("" for no date).
func refForms(refs []DocRef) []string {
	var out []string
	for _, r := range refs {
		if r.Bare {
			continue
		}
		date := ""
		if !r.Date.IsZero() {
			date = r.Date.String()
		}
		out = append(out, fmt.Sprintf("%s|%s", r.Canonical(), date))
	}
	return out
}
