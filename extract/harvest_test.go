package extract

import (
	"testing"

	"tiendo/vn"
)

// TestHarvestedVerbs: verbs harvested from what follows the hand-over
// slots (lexicon.go) start a task, and the nouns made from them ("cây
// trồng", "nhà xuất bản", "quyền sử dụng đất") do not cut a name. The last
// two cases are corpus sentences (Sơn La forestry portal, vietbao).
func TestHarvestedVerbs(t *testing.T) {
	cases := []struct {
		class, text, lead string
		tasks             []GoldTask
	}{
		{"V1 heritage",
			"Đề nghị UBND các huyện tu bổ, tôn tạo các di tích xuống cấp trong năm 2024.", "UBND các huyện",
			[]GoldTask{gt("UBND các huyện", "tu bổ, tôn tạo các di tích", "period", "2024-12-31")}},
		{"V1 publishing, a noun made from the verb",
			"Sở Giáo dục và Đào tạo đề nghị Nhà xuất bản Giáo dục Việt Nam in bổ sung sách giáo khoa lớp 4 trước ngày 15/7/2024.", "Nhà xuất bản Giáo dục Việt Nam",
			[]GoldTask{gt("Nhà xuất bản Giáo dục Việt Nam", "in bổ sung sách giáo khoa", "date", "2024-07-15")}},
		{"V1 farming, cây trồng is a noun",
			"Đề nghị Trạm Bảo vệ cây trồng huyện hướng dẫn nông dân gieo cấy lúa xuân đúng khung thời vụ.", "Trạm Bảo vệ cây trồng huyện",
			[]GoldTask{gt("Trạm Bảo vệ cây trồng huyện", "hướng dẫn nông dân gieo cấy", "none", "")}},
		{"V1 water, nước tưới is a noun",
			"UBND huyện yêu cầu Trạm bơm nước tưới Đồng Xá vận hành liên tục trong mùa khô.", "Trạm bơm nước tưới Đồng Xá",
			[]GoldTask{gt("Trạm bơm nước tưới Đồng Xá", "vận hành liên tục", "continuous", "")}},
		{"V1 building, giao trách nhiệm",
			"UBND thành phố giao trách nhiệm cho Ban Quản lý dự án khởi công cầu Bến Thủy 3 vào ngày 2/9/2024.", "Ban Quản lý dự án",
			[]GoldTask{gt("Ban Quản lý dự án", "khởi công cầu Bến Thủy 3", "date", "2024-09-02")}},
		{"V1 corpus sonla-trong-rung-thay-the-thuy-dien-2014",
			"Tại Hội nghị, Chủ tịch UBND tỉnh Sơn La cũng giao trách nhiệm các sở, ngành và UBND các huyện, thành phố hướng dẫn, bố trí đủ quỹ đất đảm bảo hoàn thành kế hoạch./.", "các sở, ngành và UBND các huyện, thành phố",
			[]GoldTask{gt("các sở, ngành và UBND các huyện, thành phố", "giao trách nhiệm các sở, ngành", "none", "")}},
		{"V1 corpus bogddt-nxb-giao-duc-vat-tu-in-sgk-2023",
			"Bộ GD&ĐT yêu cầu Nhà xuất bản Giáo dục Việt Nam phải chuẩn bị đầy đủ vật tư, gồm cả vật tư dự phòng phát sinh phục vụ việc in và cung ứng đầy đủ sách giáo khoa.", "Nhà xuất bản Giáo dục Việt Nam",
			[]GoldTask{gt("Nhà xuất bản Giáo dục Việt Nam", "yêu cầu Nhà xuất bản Giáo dục Việt Nam", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			checkClass(t, c.text, vn.NewDate(2024, 3, 10), c.tasks)
			if res := Extract(c.text, vn.NewDate(2024, 3, 10)); len(res.Tasks) == 0 || res.Tasks[0].Lead != c.lead {
				t.Errorf("lead: got %+v, want %q", res.Tasks, c.lead)
			}
		})
	}
}
