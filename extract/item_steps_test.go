package extract

import (
	"fmt"
	"strings"
	"testing"

	"tiendo/vn"
)

// TestItemSteps checks the README's one task per distinct action inside
// list items: an action after ";" is its own task for the item's lead,
// while a manner clause, a hand-over step without a schedule and a
// deadline clause stay with the task before.
func TestItemSteps(t *testing.T) {
	const lead = "UBND huyện yêu cầu các xã thực hiện tốt các nhiệm vụ sau:\n"
	cases := []struct {
		name, item string
		tasks      []GoldTask
	}{
		{"two actions", "- Rà soát các hộ nghèo trên địa bàn; chuẩn bị kinh phí hỗ trợ kịp thời.",
			[]GoldTask{gt("các xã", "Rà soát các hộ nghèo", "none", ""), gt("các xã", "chuẩn bị kinh phí hỗ trợ", "none", "")}},
		{"three actions, numbered", "1. Kiểm tra an toàn thực phẩm tại chợ; tuyên truyền cho người dân về phòng dịch; lập danh sách hộ kinh doanh.",
			[]GoldTask{gt("các xã", "Kiểm tra an toàn thực phẩm", "none", ""), gt("các xã", "tuyên truyền cho người dân", "none", ""),
				gt("các xã", "lập danh sách hộ kinh doanh", "none", "")}},
		{"deadline clause stays", "- Hoàn thiện hồ sơ đất đai của các hộ; hoàn thành trước ngày 30/4/2024.",
			[]GoldTask{gt("các xã", "Hoàn thiện hồ sơ đất đai", "date", "2024-04-30")}},
		{"manner clause stays", "- Vận động nhân dân hiến đất làm đường; phát huy vai trò của Mặt trận và các đoàn thể.",
			[]GoldTask{gt("các xã", "Vận động nhân dân hiến đất", "none", "")}},
		{"hand-over step stays", "- Tổng hợp nhu cầu vốn của các thôn; báo cáo UBND huyện.",
			[]GoldTask{gt("các xã", "Tổng hợp nhu cầu vốn", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(lead+c.item, vn.NewDate(2024, 3, 10))
			var diffs []string
			ScoreText(c.name, Gold{Tasks: c.tasks}, res, func(f string, a ...any) { diffs = append(diffs, fmt.Sprintf(f, a...)) })
			if len(diffs) > 0 {
				for _, tk := range res.Tasks {
					t.Logf("task lead %q source %q", tk.Lead, tk.Source)
				}
				t.Error(strings.Join(diffs, "\n"))
			}
		})
	}
}
