package extract

import (
	"fmt"
	"strings"
	"testing"

	"tiendo/vn"
)

// TestIntakeCorpusClasses holds the classes found on the tuning half of the
// development corpus (testdata/intake/tune): each case is an invented
// example of the class, named with the corpus text it was found in. The
// document date is 10/3/2024.
func TestIntakeCorpusClasses(t *testing.T) {
	cases := []struct {
		class, corpus, text string
		tasks               []GoldTask
	}{
		// C1: a clause read as a subject. A past or degree adverb, reported
		// speech or a contrast inside the words before "cần/phải/sẽ" means
		// the modal qualifies an object; "cần được" is passive.
		{"C1 past verb before a modal on the object", "binhthuan-lagi-ubkt-giam-sat-chuyen-de-2024",
			"Qua kiểm tra, Đoàn kiểm tra đã nêu rõ những hạn chế cần khắc phục; đề nghị Chi bộ Trường Tiểu học Hòa Bình xây dựng kế hoạch khắc phục.",
			[]GoldTask{gt("Chi bộ Trường Tiểu học Hòa Bình", "xây dựng kế hoạch khắc phục", "none", "")}},
		{"C1 reported speech and contrast", "quangnam-phuocson-phien-hop-thuong-ky-thang-8-2023",
			"Phát biểu kết luận, Chủ tịch UBND xã cho rằng, tiến độ thu ngân sách còn chậm, nhưng nhiều việc cần được tháo gỡ.",
			nil},
		{"C1 degree adverb", "thainguyen-81-tb-ubnd-ket-luan-bao-ccb-2011",
			"Tòa soạn rất cảm ơn sự hợp tác của Sở Y tế và sẽ tiếp tục đưa tin.",
			nil},
		{"C1 copula stays a task", "hanoi-caugiay-quan-triet-nghi-quyet-dai-hoi-2011",
			"Ban Dân vận Huyện ủy là cơ quan chủ trì theo dõi việc thực hiện.",
			[]GoldTask{gt("Ban Dân vận Huyện ủy", "chủ trì theo dõi việc thực hiện", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			res := Extract(c.text, vn.NewDate(2024, 3, 10))
			g := Gold{Tasks: c.tasks}
			var diffs []string
			ScoreText(c.corpus, g, res, func(f string, a ...any) { diffs = append(diffs, fmt.Sprintf(f, a...)) })
			if diffs = dropRefs(diffs); len(diffs) > 0 {
				for _, tk := range res.Tasks {
					t.Logf("task lead %q source %q deadline %s %v", tk.Lead, tk.Source, tk.Deadline.Kind, tk.Deadline.Date)
				}
				t.Errorf("%s", strings.Join(diffs, "\n"))
			}
		})
	}
}
