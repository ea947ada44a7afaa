package extract

import (
	"strings"
	"testing"

	"tiendo/vn"
)

func TestMatcher(t *testing.T) {
	m := NewMatcher([]OrgName{
		{1, "UBND quận Hai Bà Trưng", "UBND"},
		{2, "Phòng Văn hóa và Thông tin quận Hai Bà Trưng", ""},
		{3, "Phòng Tài chính – Kế hoạch quận Hai Bà Trưng", ""},
		{4, "Công an quận Hai Bà Trưng", ""},
		{5, "Ủy ban MTTQ Việt Nam quận Hai Bà Trưng", ""},
		{6, "Ban Chỉ đạo 197 quận Hai Bà Trưng", ""},
		{7, "UBND phường Phố Huế", ""},
		{8, "UBND phường Trương Định", ""},
		{9, "Phòng Quản lý đô thị quận Hai Bà Trưng", ""},
		{10, "Sở Kế hoạch và Đầu tư", ""},
		{11, "Phòng Nội vụ quận Hai Bà Trưng", ""},
		{12, "Phòng Nội vụ huyện Gia Lâm", ""},
		{13, "Liên đoàn Lao động quận Hai Bà Trưng", ""},
		{14, "Hội Liên hiệp Phụ nữ quận Hai Bà Trưng", ""},
		{15, "Đoàn Thanh niên Cộng sản Hồ Chí Minh quận Hai Bà Trưng", ""},
	})
	tests := []struct {
		mention string
		id      int64
		flagged bool
	}{
		{"Phòng VH&TT", 2, false},
		{"Phòng Văn hoá & thông tin", 2, false},
		{"phong van hoa va thong tin quan", 2, false},
		{"Phòng Tài chính Kế hoạch", 3, false},
		{"Phòng TC-KH", 3, false},
		{"Công an Quận", 4, false},
		{"UBMTTQ quận", 5, false},
		{"UBMTTQVN quận", 5, false},
		{"MTTQVN quận", 5, false},
		{"LĐLĐ quận", 13, false},
		{"HLHPN quận", 14, false},
		{"ĐTN quận", 15, false},
		{"BCĐ 197 quận", 6, false},
		{"UBND phường Phố Huế", 7, false},
		{"Sở KH&ĐT", 10, false},
		{"Phòng QLĐT", 9, false},
		{"UBND các phường", 0, true}, // several bodies
		{"Phòng Nội vụ", 0, true},    // two districts have one
		{"Bộ Tài chính", 0, true},    // not in the tree
		{"Trung tâm Y tế", 0, true},  // not in the tree
	}
	for _, tt := range tests {
		got := m.Match(tt.mention)
		if got.OrgID != tt.id || (got.Flag != "") != tt.flagged {
			t.Errorf("Match(%q) = %d %q (%.2f, flag %q), want %d flagged=%v", tt.mention, got.OrgID, got.Name, got.Confidence, got.Flag, tt.id, tt.flagged)
		}
		if got.OrgID != 0 && (got.Confidence < 0.6 || got.Confidence > 1) {
			t.Errorf("Match(%q) confidence %.2f", tt.mention, got.Confidence)
		}
	}
}

func TestResultMatchOrgs(t *testing.T) {
	res := Extract("Giao Phòng VH&TT chủ trì, phối hợp với Công an quận tuyên truyền trước ngày 30/3/2024. Yêu cầu UBND các phường kiểm tra.", vn.NewDate(2024, 3, 1))
	res.MatchOrgs(NewMatcher([]OrgName{{2, "Phòng Văn hóa và Thông tin quận Hai Bà Trưng", ""}, {4, "Công an quận Hai Bà Trưng", ""}}))
	if len(res.Tasks) != 2 {
		t.Fatalf("tasks %+v", res.Tasks)
	}
	a, b := res.Tasks[0], res.Tasks[1]
	if a.LeadMatch.OrgID != 2 || len(a.CooperatingMatches) != 1 || a.CooperatingMatches[0].OrgID != 4 {
		t.Errorf("task 1 matches %+v %+v", a.LeadMatch, a.CooperatingMatches)
	}
	if b.LeadMatch.OrgID != 0 || b.LeadMatch.Flag == "" || b.LeadMatch.Text != "UBND các phường" {
		t.Errorf("task 2 lead %+v, want flagged text", b.LeadMatch)
	}
}

// similarityByMap is the multiset count similarity had before it scanned
// pairwise: the reference for TestSimilarityCountsRepeatedWords.
func similarityByMap(mention, name []string) float64 {
	in := map[string]int{}
	for _, w := range name {
		in[w]++
	}
	hit := 0
	for _, w := range mention {
		if in[w] > 0 {
			in[w]--
			hit++
		}
	}
	if hit == 0 {
		return 0
	}
	return float64(hit) / float64(len(mention)) * (0.75 + 0.25*float64(hit)/float64(len(name)))
}

func TestSimilarityCountsRepeatedWords(t *testing.T) {
	long := strings.Fields("a b c d e f g h i j k l m n o p q r s")
	for _, c := range []struct{ mention, name []string }{
		{[]string{"ubnd", "phuong"}, []string{"uy", "ban", "nhan", "dan", "phuong", "pho", "hue"}},
		{[]string{"phuong", "phuong"}, []string{"phuong"}},
		{[]string{"phuong"}, []string{"phuong", "phuong"}},
		{[]string{"a", "b", "a"}, []string{"a", "a", "b", "c"}},
		{[]string{"x"}, []string{"y"}},
		{long, append(long, "a")}, // a name longer than the scan's buffer
	} {
		if got, want := similarity(c.mention, c.name), similarityByMap(c.mention, c.name); got != want {
			t.Errorf("similarity(%q, %q) = %v, want %v", c.mention, c.name, got, want)
		}
	}
}

// A mention repeated on many rows is matched once, and each row gets its
// own copy of the candidates.
func TestMatchOrgsRepeatedMentions(t *testing.T) {
	m := NewMatcher([]OrgName{{ID: 1, Name: "Công an phường Phố Huế"}, {ID: 2, Name: "Công an phường Bạch Đằng"}})
	r := Result{Tasks: []Task{{Lead: "Công an phường"}, {Lead: "Công an phường", Cooperating: []string{"Công an phường Phố Huế"}}}}
	r.MatchOrgs(m)
	a, b := r.Tasks[0].LeadMatch, r.Tasks[1].LeadMatch
	if a.Flag == "" || len(a.Candidates) != 2 || b.Flag != a.Flag || len(b.Candidates) != 2 {
		t.Fatalf("matches %+v and %+v, want the same flagged match with two candidates", a, b)
	}
	a.Candidates[0].Name = "changed"
	if b.Candidates[0].Name == "changed" {
		t.Error("two rows share one candidates slice")
	}
	if c := r.Tasks[1].CooperatingMatches; len(c) != 1 || c[0].OrgID != 1 {
		t.Errorf("cooperating %+v, want organisation 1", c)
	}
}
