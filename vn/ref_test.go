package vn

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFindDocRefs(t *testing.T) {
	ref := NewDate(2024, 1, 10)
	tests := []struct {
		text string
		want []string // "canonical|kind|date|bare"
	}{
		{"Kế hoạch số 245/KH-UBND ngày 20/12/2019 của UBND quận", []string{"245/KH-UBND|Kế hoạch|2019-12-20|false"}},
		{"theo Công văn số 9061/VPCP-CN.", []string{"9061/VPCP-CN|Công văn||false"}},
		{"Kế hoạch số 115-KH/QU ngày 15/4/2022.", []string{"115-KH/QU|Kế hoạch|2022-04-15|false"}},
		{"Kết luận Số 445-KL/TƯ, ngày 30-8-2023", []string{"445-KL/TU|Kết luận|2023-08-30|false"}},
		{"Nghị định 09/2019/NĐ-CP ngày 12 tháng 01 năm 2019", []string{"09/2019/NĐ-CP|Nghị định|2019-01-12|false"}},
		{"Công văn số 6882 /UBND-NC2 ngày 25-10- 2023", []string{"6882/UBND-NC2|Công văn|2023-10-25|false"}},
		{"Quyết định 1961/QĐUBND ngày 15.3", []string{"1961/QĐ-UBND|Quyết định|2023-03-15|false"}},
		{"theo công văn số 4828 của Sở", []string{"4828|công văn||true"}},
		{"Kế hoạch số 141/KH- UBND, ngày 10/6/2019", []string{"141/KH-UBND|Kế hoạch|2019-06-10|false"}},
		{"Ngày 01/3/2021, UBND tỉnh ban hành Công văn số 1066/UBND-VXNV chỉ đạo", []string{"1066/UBND-VXNV|Công văn|2021-03-01|false"}},
		{"Ngày 12-6-2024, UBND tỉnh đã có Công văn số 2231/UBND-KT về việc nạo vét kênh", []string{"2231/UBND-KT|Công văn|2024-06-12|false"}},
		{"Ngày 3-7-2024, UBND thành phố có văn bản số 118/UBND-VP về việc xử lý", []string{"118/UBND-VP|văn bản|2024-07-03|false"}},
		{"Số: 9061/VPCP-CN | Hà Nội, ngày 20 tháng 11 năm 2023 |", []string{"9061/VPCP-CN||2023-11-20|false"}},
		{"theo Nghị định 168/2024.", []string{"168/2024|Nghị định||true"}},
		// The issuer named between the symbol and its date (h-nat).
		{"Thực hiện Công văn số 123/UBND-VP của UBND tỉnh ngày 5/3/2024 về việc phòng chống dịch", []string{"123/UBND-VP|Công văn|2024-03-05|false"}},
		{"Công văn số 1090/SGDĐT-VP của Sở GDĐT ngày 07/5/2021", []string{"1090/SGDĐT-VP|Công văn|2021-05-07|false"}},
		{"theo Quyết định số 45/QĐ-UBND của Chủ tịch UBND huyện ngày 15 tháng 3 năm 2023", []string{"45/QĐ-UBND|Quyết định|2023-03-15|false"}},
		{"Thông báo số 18/TB-UBND của UBND huyện về việc nghỉ ngày 2/9", []string{"18/TB-UBND|Thông báo||false"}},
		// Not references: counts, periods, file names, a dash between phrases.
		{"báo cáo 6 tháng đầu năm; 20/20 phường; giai đoạn 2021-2030; vbdi_587_SNV_CCHC&VTLT", nil},
		{"BCĐ 197 - Phó trưởng Công an; 1.200 cán bộ; ngày 25/12/2019", nil},
		{"Kế hoạch phát triển kinh tế - xã hội năm 2023; Luật Xây dựng", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range FindDocRefs(tt.text, ref) {
			got = append(got, fmt.Sprintf("%s|%s|%s|%v", refKey(r), r.Kind, r.Date, r.Bare))
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("FindDocRefs(%q) =\n  %q\nwant\n  %q", tt.text, got, tt.want)
		}
	}
}

// refKey is the canonical form, or number/year for a bare reference.
func refKey(r DocRef) string {
	if r.Bare {
		if r.Year != 0 {
			return fmt.Sprintf("%s/%d", r.Number, r.Year)
		}
		return r.Number
	}
	return r.Canonical()
}

func TestMergeDocRefs(t *testing.T) {
	text := "Kế hoạch số 115-KH/QU ngày 15/4/2022 ... theo Kế hoạch 115, Nghị định 168/2024 và Nghị định 168; " +
		"Kế hoạch số 141/KH- UBND và kế hoạch số 141/KH-UBND ngày 10/6/2019; Kế hoạch số 5/KH-UBND ngày 2/1/2020 " +
		"khác Kế hoạch số 5/KH-UBND ngày 3/1/2021"
	var got []string
	for _, r := range MergeDocRefs(FindDocRefs(text, Date{})) {
		got = append(got, refKey(r)+"@"+r.Date.String())
	}
	want := "115-KH/QU@2022-04-15 168/2024@ 141/KH-UBND@2019-06-10 5/KH-UBND@2020-01-02 5/KH-UBND@2021-01-03"
	if strings.Join(got, " ") != want {
		t.Errorf("MergeDocRefs = %q, want %q", strings.Join(got, " "), want)
	}
}

// TestFindDocRefsGold checks the references of the annotated articles.
func TestFindDocRefsGold(t *testing.T) {
	texts := readShared(t, "*.txt")
	for name, g := range readGold(t) {
		text := texts[strings.TrimSuffix(name, ".gold.json")+".txt"]
		got := map[string]DocRef{}
		for _, r := range MergeDocRefs(FindDocRefs(text, Date{})) {
			got[r.Number+"|"+codeKey(r.Type)+"|"+r.Issuer+"|"+r.Unit] = r
		}
		for _, w := range g.References {
			k := w.Number + "|" + codeKey(w.Type) + "|" + w.Issuer + "|" + w.Unit
			r, ok := got[k]
			if !ok {
				t.Errorf("%s: missing %s", name, w.Raw)
				continue
			}
			delete(got, k)
			if d := r.Date.String(); (w.Date == nil && d != "") || (w.Date != nil && *w.Date != d) {
				t.Errorf("%s: %s date %q, want %v", name, w.Raw, d, w.Date)
			}
		}
		for k := range got {
			t.Errorf("%s: unexpected reference %s", name, k)
		}
	}
}

func FuzzFindDocRefs(f *testing.F) {
	for _, s := range []string{
		"Kế hoạch số 245/KH-UBND ngày 20/12/2019", "Số: 9061/VPCP-CN | Hà Nội, ngày 20 tháng 11 năm 2023",
		"Ngày 01/3/2021, UBND tỉnh ban hành Công văn số 1066/UBND-VXNV", "công văn số 4828",
		"Quyết định 1961/QĐUBND ngày 15.3", "Kết luận Số 445-KL/TƯ, ngày 30-8-2023", "Nghị định 168/2024",
		"6882 /UBND-NC2 ngày 25-10- 2023", "\xff1/KH-UBND", "ngày 31.2", "Số:1/A-B ngay 29/2",
		"Quyết định số 168a/QĐ-UBND ngày 6/9", "Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011", "Tờ trình số 473/TTr -\nNN&PTNT",
		"Số:\n74-CV/ĐTN\n|\nThọ Xuân,\nngày 17 tháng 7 năm 2018", "Theo đó, ngày 16/8 Đảng ủy ban hành Kế hoạch số 2-KH/ĐU",
		"chỉ đạo ngày 3/7 của UBND tỉnh tại Công văn số 12/UBND-KT", "Công văn 285/CCTTHC", "Nghị Quyết số 819/NQ – UVBTVQH 14, và 5/KH - SYT 12", "Thông tư 31/2013TT-BGDĐT; 44/2007 QĐ-BGDĐT; 12/2019 UBND",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := NFC(strings.ToValidUTF8(s, "\uFFFD"))
		refs := FindDocRefs(s, NewDate(2023, 5, 10))
		for _, r := range refs {
			if r.Start < 0 || r.End > len(text) || r.Start >= r.End || !utf8.ValidString(text[r.Start:r.End]) {
				t.Fatalf("FindDocRefs(%q): bad span %d:%d", s, r.Start, r.End)
			}
			if !numberForm(r.Number) {
				t.Fatalf("FindDocRefs(%q): number %q", s, r.Number)
			}
			if !r.Bare {
				if _, err := ParseDocNumber(r.Canonical()); err != nil {
					t.Fatalf("FindDocRefs(%q): canonical %q does not parse: %v", s, r.Canonical(), err)
				}
			}
		}
		merged := MergeDocRefs(refs)
		if len(merged) > len(refs) {
			t.Fatalf("MergeDocRefs grew %d refs to %d", len(refs), len(merged))
		}
	})
}
