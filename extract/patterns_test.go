package extract

import (
	"fmt"
	"strings"
	"testing"

	"tiendo/vn"
)

// gt is a shorthand gold task: lead, key phrase, deadline kind and ISO date.
func gt(lead, key, kind, date string) GoldTask {
	g := GoldTask{Lead: lead, KeyPhrase: key, Deadline: Deadline{Kind: kind}}
	if date != "" {
		d, err := vn.ParseISODate(date)
		if err != nil {
			panic(err)
		}
		g.Deadline.Date = d
	}
	return g
}

// TestIntakePatterns holds the classes of ../shared/domain/intake-patterns.md:
// each invented example, and other phrasings of the same class, must give
// exactly the tasks listed (lead, source, deadline). The document date is
// 10/3/2024 unless the text says otherwise.
func TestIntakePatterns(t *testing.T) {
	cases := []struct {
		class, text string
		tasks       []GoldTask
		refs        []Reference
	}{
		{"T1 umbrella then subject-less sentences",
			"Ngày 5-3-2024, UBND tỉnh đã có công văn số 1187 yêu cầu Sở Giáo dục và Đào tạo, UBND các huyện tập trung thực hiện một số giải pháp cấp bách.\n\n" +
				"Cụ thể như tăng cường kiểm tra an toàn thực phẩm tại bếp ăn bán trú. Phổ biến thường xuyên đến phụ huynh các quy định về đưa đón học sinh.\n\n" +
				"Tổ chức rà soát hệ thống phòng cháy tại các trường học. Lập danh sách điểm trường xuống cấp cần sửa chữa trong từng năm 2024, 2025.",
			[]GoldTask{
				gt("Sở Giáo dục và Đào tạo, UBND các huyện", "tăng cường kiểm tra an toàn thực phẩm", "none", ""),
				gt("Sở Giáo dục và Đào tạo, UBND các huyện", "Phổ biến thường xuyên đến phụ huynh", "continuous", ""),
				gt("Sở Giáo dục và Đào tạo, UBND các huyện", "rà soát hệ thống phòng cháy", "none", ""),
				gt("Sở Giáo dục và Đào tạo, UBND các huyện", "Lập danh sách điểm trường", "recurring", ""),
			},
			[]Reference{{Number: "1187", Date: vn.NewDate(2024, 3, 5)}}},
		{"T1 other phrasing: Theo đó and Cụ thể",
			"Chủ tịch UBND huyện vừa ký văn bản chỉ đạo các phòng, ban chuyên môn và UBND các xã triển khai các biện pháp phòng, chống dịch sốt xuất huyết.\n\n" +
				"Theo đó, tổ chức phun hóa chất diệt muỗi tại các ổ dịch. Vận động nhân dân thu gom vật dụng chứa nước đọng.",
			[]GoldTask{
				gt("các phòng, ban chuyên môn và UBND các xã", "phun hóa chất diệt muỗi", "none", ""),
				gt("các phòng, ban chuyên môn và UBND các xã", "thu gom vật dụng chứa nước", "none", ""),
			}, nil},
		{"T2 bare news-style assignment",
			"UBND tỉnh vừa ban hành Quyết định số 412/QĐ-UBND về phòng chống đuối nước trẻ em.\n\n" +
				"Theo đó, UBND các huyện rà soát các điểm sông, hồ nguy hiểm; cắm biển cảnh báo trước mùa mưa.\n\n" +
				"Trung tâm Y tế huyện phối hợp tập huấn kỹ năng sơ cứu cho giáo viên mầm non.",
			[]GoldTask{
				gt("UBND các huyện", "rà soát các điểm sông", "none", ""),
				gt("UBND các huyện", "cắm biển cảnh báo", "none", ""),
				gt("Trung tâm Y tế huyện", "tập huấn kỹ năng sơ cứu", "none", ""),
			},
			[]Reference{{Number: "412", Type: "QĐ", Issuer: "UBND"}}},
		{"T2 past results are not tasks",
			"Năm 2023, các đơn vị đã rà soát 120 điểm sông, hồ nguy hiểm. Trung tâm Y tế huyện đã tập huấn cho 300 giáo viên.",
			nil, nil},
		{"T3 elliptical coordination",
			"Bí thư Đảng ủy xã đề nghị các chi, đảng bộ trực thuộc chỉ đạo tổ chức tốt lễ giao nhận quân. Các chi, đảng bộ rà soát đảng viên chuyển sinh hoạt.",
			[]GoldTask{
				gt("các chi, đảng bộ trực thuộc", "tổ chức tốt lễ giao nhận quân", "none", ""),
				gt("Các chi, đảng bộ", "rà soát đảng viên chuyển sinh hoạt", "none", ""),
			}, nil},
		{"T3 các chi, tổ hội",
			"Hội Nông dân xã yêu cầu các chi, tổ hội vận động hội viên đăng ký sản xuất giỏi trước ngày 30/4/2024.",
			[]GoldTask{gt("các chi, tổ hội", "vận động hội viên đăng ký", "date", "2024-04-30")}, nil},
		{"T4 event as subject, day.month dates",
			"Ngày 02/4/2024\nĐại hội Chi bộ Trường THCS Hòa Lợi dự kiến tổ chức trước ngày 12.4; Đại hội Chi bộ Trạm Y tế xã trước ngày 20.4.",
			[]GoldTask{
				gt("Chi bộ Trường THCS Hòa Lợi", "Đại hội Chi bộ Trường THCS Hòa Lợi", "date", "2024-04-12"),
				gt("Chi bộ Trạm Y tế xã", "Đại hội Chi bộ Trạm Y tế xã", "date", "2024-04-20"),
			}, nil},
		{"T5 a report with its own schedule after ;",
			"Sở Y tế đề nghị các bệnh viện thường xuyên kiểm tra cơ số thuốc; báo cáo tình hình thiếu thuốc, vật tư định kỳ hằng tháng trước ngày 20, gửi Sở Y tế để tổng hợp.",
			[]GoldTask{
				gt("các bệnh viện", "kiểm tra cơ số thuốc", "continuous", ""),
				gt("các bệnh viện", "báo cáo tình hình thiếu thuốc", "recurring", ""),
			}, nil},
		{"T5 a hand-over step still merges",
			"Giao Sở Tài chính rà soát các khoản chi đầu tư công; báo cáo UBND tỉnh trước ngày 15/4/2024.",
			[]GoldTask{gt("Sở Tài chính", "rà soát các khoản chi", "date", "2024-04-15")}, nil},
		{"T6 passive được giao",
			"Sở Lao động - Thương binh và Xã hội được giao chủ trì, phối hợp với Công an tỉnh kiểm tra các cơ sở giáo dục nghề nghiệp.",
			[]GoldTask{gt("Sở Lao động - Thương binh và Xã hội", "kiểm tra các cơ sở giáo dục nghề nghiệp", "none", "")}, nil},
		{"T6 passive được phân công",
			"Văn phòng UBND huyện được phân công theo dõi, đôn đốc việc thực hiện kế hoạch.",
			[]GoldTask{gt("Văn phòng UBND huyện", "đôn đốc việc thực hiện", "none", "")}, nil},
		{"T7 chỉ đạo and an antecedent",
			"Ngày 20/11/2024\nBan Thường vụ Huyện ủy chọn Chi bộ thôn Đông và Chi bộ thôn Tây làm điểm. Huyện ủy chỉ đạo các chi bộ trên hoàn thành kiểm điểm cuối năm trước ngày 10.12.",
			[]GoldTask{gt("Chi bộ thôn Đông và Chi bộ thôn Tây", "hoàn thành kiểm điểm cuối năm", "date", "2024-12-10")}, nil},
		{"T8 abbreviations",
			"UBND xã đề nghị UBMTTQVN xã và các hội đoàn thể vận động nhân dân hiến đất làm đường giao thông nông thôn.",
			[]GoldTask{gt("UBMTTQVN xã và các hội đoàn thể", "vận động nhân dân hiến đất", "none", "")}, nil},
		{"T8 other abbreviations",
			"UBND huyện đề nghị MTTQVN huyện, LĐLĐ huyện, HLHPN huyện tuyên truyền hội viên chấp hành quy định về an toàn giao thông.",
			[]GoldTask{gt("MTTQVN huyện, LĐLĐ huyện, HLHPN huyện", "tuyên truyền hội viên", "none", "")}, nil},
		{"T9 ; inside the addressee list",
			"Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã thực hiện tốt các nhiệm vụ sau:\n\n" +
				"1. Rà soát, công khai thủ tục hành chính thuộc thẩm quyền.\n\n2. Tăng cường kỷ luật, kỷ cương hành chính.",
			[]GoldTask{
				gt("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã", "công khai thủ tục hành chính", "none", ""),
				gt("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã", "kỷ luật, kỷ cương hành chính", "none", ""),
			}, nil},
		{"S1/D1 trailing ; hoàn thành trước ngày",
			"Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính kiểm tra giá bán lẻ xăng dầu tại các cửa hàng; hoàn thành trước ngày 15/7/2024./.",
			[]GoldTask{gt("Sở Công Thương", "kiểm tra giá bán lẻ xăng dầu", "date", "2024-07-15")}, nil},
		{"S1/D1 ; thời gian hoàn thành",
			"Giao Phòng Nội vụ rà soát vị trí việc làm của các trường học; thời gian hoàn thành trước ngày 30/6/2024.",
			[]GoldTask{gt("Phòng Nội vụ", "rà soát vị trí việc làm", "date", "2024-06-30")}, nil},
		{"S3 a condition is not a task",
			"UBND tỉnh đề nghị các đơn vị đẩy nhanh tiến độ giải ngân; trường hợp phát sinh vướng mắc vượt thẩm quyền báo cáo Sở Xây dựng để hướng dẫn.",
			[]GoldTask{gt("các đơn vị", "đẩy nhanh tiến độ giải ngân", "none", "")}, nil},
		{"S3 nếu … thì",
			"Yêu cầu UBND các xã kiểm tra các công trình xây dựng trái phép. Nếu có vướng mắc thì báo cáo UBND huyện xem xét.",
			[]GoldTask{gt("UBND các xã", "kiểm tra các công trình xây dựng", "none", "")}, nil},
		{"S4 accountability statement",
			"Thủ trưởng các đơn vị chịu trách nhiệm trước Giám đốc Sở nếu để xảy ra mất an toàn thực phẩm tại bếp ăn.",
			nil, nil},
		{"S4 accountability with về",
			"Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND huyện về tình trạng lấn chiếm đất công trên địa bàn.",
			nil, nil},
		{"S4 chịu trách nhiệm + verb is a task",
			"Chủ tịch UBND các xã chịu trách nhiệm kiểm tra, xử lý các trường hợp lấn chiếm đất công.",
			[]GoldTask{gt("Chủ tịch UBND các xã", "kiểm tra, xử lý các trường hợp", "none", "")}, nil},
		{"S5 a petition in narrative",
			"Năm 2021, ông Lê Văn Tâm đã có đơn đề nghị UBND xã Phú Lộc cấp lại giấy chứng nhận quyền sử dụng đất nhưng chưa được giải quyết.",
			nil, nil},
		{"S5 another narrative request",
			"Trước đó, nhiều hộ dân đã gửi đơn kiến nghị yêu cầu UBND phường giải quyết dứt điểm việc ngập úng.",
			nil, nil},
		{"S6 campaign content",
			"Tổ trưởng các tổ dân phố chịu trách nhiệm vận động nhân dân tham gia. Tổ chức thu gom rác thải, phát quang bụi rậm, nạo vét mương thoát nước.",
			[]GoldTask{gt("Tổ trưởng các tổ dân phố", "vận động nhân dân tham gia", "none", "")}, nil},
		{"D2 deadline in the next sentence",
			"Chủ tịch UBND tỉnh giao UBND huyện Mỹ Lộc phối hợp với Sở Tài nguyên và Môi trường giải quyết dứt điểm kiến nghị của hộ dân. Thời gian hoàn thành trước ngày 15 tháng 8.",
			[]GoldTask{gt("UBND huyện Mỹ Lộc", "giải quyết dứt điểm kiến nghị", "date", "2024-08-15")}, nil},
		{"D3 event date vào sáng ngày",
			"UBND phường đề nghị các tổ dân phố ra quân tổng vệ sinh, khơi thông cống rãnh vào sáng ngày 14/9/2024.",
			[]GoldTask{gt("các tổ dân phố", "ra quân tổng vệ sinh", "date", "2024-09-14")}, nil},
		{"D3 trong ngày",
			"Đề nghị các trường học tổ chức lễ khai giảng trong ngày 5/9/2024.",
			[]GoldTask{gt("các trường học", "tổ chức lễ khai giảng", "date", "2024-09-05")}, nil},
		{"D3 Thời gian: sáng ngày",
			"UBND phường đề nghị các tổ dân phố ra quân tổng vệ sinh, khơi thông cống rãnh. Thời gian: sáng ngày 14/9/2024.",
			[]GoldTask{gt("các tổ dân phố", "ra quân tổng vệ sinh", "date", "2024-09-14")}, nil},
		{"D4 inherited date",
			"UBND phường đề nghị các tổ dân phố hoàn thành tổng vệ sinh trước ngày 14/9/2024. Tổ trưởng các tổ dân phố chịu trách nhiệm huy động lực lượng tham gia.",
			[]GoldTask{
				gt("các tổ dân phố", "hoàn thành tổng vệ sinh", "date", "2024-09-14"),
				gt("Tổ trưởng các tổ dân phố", "huy động lực lượng tham gia", "date", "2024-09-14"),
			}, nil},
		{"R1 có văn bản / đã có Công văn",
			"Ngày 20/7/2024\nNgày 3-7, UBND thành phố có văn bản số 118/UBND-VP về việc xử lý hồ sơ trễ hạn. Ngày 12-6-2024, UBND tỉnh đã có Công văn số 2231/UBND-KT về việc nạo vét kênh.",
			nil,
			[]Reference{{Number: "118", Issuer: "UBND", Unit: "VP", Date: vn.NewDate(2024, 7, 3)},
				{Number: "2231", Issuer: "UBND", Unit: "KT", Date: vn.NewDate(2024, 6, 12)}}},
		// Other phrasings of the same classes.
		{"T1 announcement ending with a colon, items as paragraphs",
			"UBND thị xã đề nghị Phòng Giáo dục và Đào tạo, UBND các phường thực hiện một số nội dung sau:\n\n" +
				"Rà soát, sắp xếp lại mạng lưới trường lớp. Bố trí đủ giáo viên cho các lớp học hai buổi/ngày.",
			[]GoldTask{
				gt("Phòng Giáo dục và Đào tạo, UBND các phường", "sắp xếp lại mạng lưới trường lớp", "none", ""),
				gt("Phòng Giáo dục và Đào tạo, UBND các phường", "Bố trí đủ giáo viên", "none", ""),
			}, nil},
		{"T1 announcement ends at narrative",
			"Sở Nông nghiệp yêu cầu các địa phương triển khai các biện pháp phòng dịch tả lợn châu Phi.\n\n" +
				"Tăng cường tiêu độc khử trùng tại các chợ. \n\nNăm 2023, toàn tỉnh có 12 ổ dịch. Tổ chức nhiều hoạt động hưởng ứng.",
			[]GoldTask{gt("các địa phương", "tiêu độc khử trùng tại các chợ", "none", "")}, nil},
		{"T2 own subjects after Theo đó, past sentences skipped",
			"Ngày 15/3/2024, UBND huyện ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.\n\n" +
				"Theo đó, Phòng Văn hóa và Thông tin hướng dẫn các xã xây dựng tổ công nghệ số cộng đồng. Văn phòng HĐND và UBND huyện cập nhật dữ liệu lên cổng thông tin.\n\n" +
				"Năm 2023, huyện đã hoàn thành 95% chỉ tiêu.",
			[]GoldTask{
				gt("Phòng Văn hóa và Thông tin", "hướng dẫn các xã xây dựng tổ công nghệ số", "none", ""),
				gt("Văn phòng HĐND và UBND huyện", "cập nhật dữ liệu lên cổng thông tin", "none", ""),
			}, nil},
		{"T3 các chi, tổ hội as subject",
			"Hội Cựu chiến binh xã yêu cầu các chi, tổ hội tổ chức sinh hoạt chuyên đề. Các chi, tổ hội báo cáo kết quả về Hội trước ngày 25/3/2024.",
			[]GoldTask{
				gt("các chi, tổ hội", "tổ chức sinh hoạt chuyên đề", "none", ""),
				gt("Các chi, tổ hội", "báo cáo kết quả về Hội", "date", "2024-03-25"),
			}, nil},
		{"T4 a conference scheduled by a body",
			"Ngày 01/10/2024\nHội nghị Ban Chấp hành Đảng bộ xã sẽ tổ chức trước ngày 15.10 để thông qua báo cáo chính trị.",
			[]GoldTask{gt("Ban Chấp hành Đảng bộ xã", "Hội nghị Ban Chấp hành Đảng bộ xã", "date", "2024-10-15")}, nil},
		{"T4 a past event is not a task",
			"Ngày 01/10/2024\nĐại hội Chi bộ Trường Tiểu học Kim Đồng đã tổ chức thành công vào ngày 20/9/2024.",
			nil, nil},
		{"T5 quarterly report after ;",
			"Đề nghị Công an huyện tăng cường tuần tra kiểm soát; báo cáo kết quả định kỳ hằng quý về UBND huyện.",
			[]GoldTask{
				gt("Công an huyện", "tăng cường tuần tra kiểm soát", "none", ""),
				gt("Công an huyện", "báo cáo kết quả định kỳ hằng quý", "recurring", ""),
			}, nil},
		{"T6 được giao nhiệm vụ",
			"Trung tâm Văn hóa - Thể thao huyện được giao nhiệm vụ tổ chức giải chạy việt dã trong quý II/2024.",
			[]GoldTask{gt("Trung tâm Văn hóa - Thể thao huyện", "tổ chức giải chạy việt dã", "period", "2024-06-30")}, nil},
		{"T6 tasks given are not a lead",
			"Các nhiệm vụ được giao tại Kế hoạch này phải hoàn thành đúng thời hạn.",
			nil, nil},
		{"T7 các đơn vị nêu trên",
			"Đoàn kiểm tra đã làm việc với Trường THCS Lê Lợi và Trường THCS Quang Trung. UBND huyện yêu cầu các trường nêu trên khắc phục tồn tại trước ngày 30/4/2024.",
			[]GoldTask{gt("Trường THCS Lê Lợi và Trường THCS Quang Trung", "khắc phục tồn tại", "date", "2024-04-30")}, nil},
		{"T8 ĐTN, HĐND",
			"Đề nghị Thường trực HĐND xã, ĐTN xã phối hợp giám sát việc thực hiện quy chế dân chủ.",
			[]GoldTask{gt("Thường trực HĐND xã, ĐTN xã", "giám sát việc thực hiện quy chế dân chủ", "none", "")}, nil},
		{"S1 ; xong trước",
			"Yêu cầu Phòng Tài nguyên và Môi trường kiểm tra hiện trạng sử dụng đất; xong trước ngày 10/5/2024.",
			[]GoldTask{gt("Phòng Tài nguyên và Môi trường", "kiểm tra hiện trạng sử dụng đất", "date", "2024-05-10")}, nil},
		{"S3 khi có … thì báo cáo",
			"Giao UBND các xã theo dõi chặt chẽ diễn biến thời tiết; khi có thiệt hại xảy ra báo cáo ngay về Ban Chỉ huy.",
			[]GoldTask{gt("UBND các xã", "theo dõi chặt chẽ diễn biến thời tiết", "none", "")}, nil},
		{"S4 chịu hoàn toàn trách nhiệm",
			"Giám đốc các doanh nghiệp chịu hoàn toàn trách nhiệm trước pháp luật về chất lượng sản phẩm.",
			nil, nil},
		{"S5 citizens' letter in narrative",
			"Bà Nguyễn Thị Hoa có đơn gửi UBND phường đề nghị xem xét cấp phép xây dựng nhà ở.",
			nil, nil},
		{"D2 Thời hạn in the next sentence",
			"Giao Sở Xây dựng chủ trì rà soát quy hoạch chung đô thị. Thời hạn hoàn thành: trước ngày 30/9/2024.",
			[]GoldTask{gt("Sở Xây dựng", "rà soát quy hoạch chung đô thị", "date", "2024-09-30")}, nil},
		{"D3 vào chiều ngày",
			"Yêu cầu các đơn vị cử cán bộ tham dự hội nghị vào chiều ngày 20/3/2024.",
			[]GoldTask{gt("các đơn vị", "cán bộ tham dự hội nghị", "date", "2024-03-20")}, nil},
		{"report of results: no tasks",
			"Năm 2023, UBND huyện đã ban hành 25 văn bản chỉ đạo về cải cách hành chính. Phòng Nội vụ kiểm tra 30 cơ quan, đơn vị. Các xã hoàn thành 100% chỉ tiêu số hóa hồ sơ.",
			nil, nil},
		{"D1 an hour before the day",
			"Đề nghị các phòng, ban chuyên môn gửi báo cáo về Văn phòng trước 16 giờ 00 ngày 20/3/2024.",
			[]GoldTask{gt("các phòng, ban chuyên môn", "gửi báo cáo về Văn phòng", "date", "2024-03-20")}, nil},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			res := Extract(c.text, vn.NewDate(2024, 3, 10))
			if strings.HasPrefix(c.text, "Ngày ") && strings.Contains(c.text[:20], "\n") {
				res = Extract(c.text, vn.Date{})
			}
			g := Gold{Tasks: c.tasks, References: c.refs}
			var diffs []string
			s := ScoreText(c.class, g, res, func(f string, a ...any) { diffs = append(diffs, fmt.Sprintf(f, a...)) })
			if c.refs == nil {
				s.RefGold, s.RefPred, s.RefMatch = 0, 0, 0
				diffs = dropRefs(diffs)
			}
			if len(diffs) > 0 || s.RefDated != s.RefDateOK {
				for _, tk := range res.Tasks {
					t.Logf("task lead %q source %q deadline %s %v", tk.Lead, tk.Source, tk.Deadline.Kind, tk.Deadline.Date)
				}
				t.Errorf("%s", strings.Join(diffs, "\n"))
			}
		})
	}
}

func dropRefs(diffs []string) []string {
	var out []string
	for _, d := range diffs {
		if !strings.Contains(d, "reference") {
			out = append(out, d)
		}
	}
	return out
}

// TestIntakeNewsItem reads a whole invented news item in the style of
// provincial newspapers: a meeting report with narrative past, an
// announcement spelled out in the next paragraph, bodies given work by name,
// and a closing sentence that reports discussion.
func TestIntakeNewsItem(t *testing.T) {
	text := `Thứ Hai, 18/03/2024

Huyện Phú Lộc: Triển khai các giải pháp phòng, chống cháy rừng mùa khô năm 2024

Sáng 18/3, UBND huyện Phú Lộc tổ chức hội nghị triển khai công tác phòng cháy, chữa cháy rừng mùa khô năm 2024. Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện chủ trì hội nghị.

Năm 2023, trên địa bàn huyện xảy ra 3 vụ cháy rừng, thiệt hại 5,2 ha. Lực lượng kiểm lâm đã phối hợp với chính quyền địa phương kịp thời dập tắt các đám cháy.

Phát biểu chỉ đạo tại hội nghị, Phó Chủ tịch UBND huyện yêu cầu Hạt Kiểm lâm, UBND các xã có rừng tập trung thực hiện đồng bộ các giải pháp phòng cháy.

Cụ thể, kiện toàn Ban Chỉ huy phòng cháy rừng cấp xã trước ngày 30/3. Tổ chức trực 24/24 giờ trong những ngày nắng nóng cao điểm. Tuyên truyền để người dân không đốt thực bì trong mùa khô.

Ban Chỉ huy Quân sự huyện bố trí lực lượng sẵn sàng hỗ trợ khi có cháy lớn. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí mua sắm dụng cụ chữa cháy.

Các đại biểu cũng thảo luận nhiều giải pháp để nâng cao hiệu quả công tác phòng cháy trong thời gian tới.`
	lead := "Hạt Kiểm lâm, UBND các xã có rừng"
	g := Gold{Tasks: []GoldTask{
		gt(lead, "kiện toàn Ban Chỉ huy phòng cháy rừng cấp xã", "date", "2024-03-30"),
		gt(lead, "Tổ chức trực 24/24 giờ", "none", ""),
		gt(lead, "không đốt thực bì", "none", ""),
		gt("Ban Chỉ huy Quân sự huyện", "bố trí lực lượng sẵn sàng", "none", ""),
		gt("Phòng Tài chính - Kế hoạch", "bố trí kinh phí mua sắm", "none", ""),
	}}
	res := Extract(text, vn.Date{})
	s := ScoreText("news", g, res, t.Logf)
	if s.TaskMatch != 5 || s.TaskPred != 5 || s.LeadOK != 5 || s.DeadlineOK != 5 {
		t.Errorf("%+v", s)
	}
	for _, tk := range res.Tasks {
		if tk.Cue == "" {
			t.Errorf("task %q has no cue", tk.Source)
		}
	}
}

// TestIntakePartyPlan reads an invented commune party committee's plan:
// numbered items with their own subjects, a monthly report after ";" in an
// item (its own task), and events scheduled for two cells with day.month
// dates resolved from the plan's year.
func TestIntakePartyPlan(t *testing.T) {
	text := `ĐẢNG BỘ HUYỆN KIM SƠN
ĐẢNG ỦY XÃ KIM ĐÔNG
Số 45-KH/ĐU
Kim Đông, ngày 05 tháng 02 năm 2024

KẾ HOẠCH
tổ chức đại hội chi bộ nhiệm kỳ 2024 - 2027

Thực hiện Chỉ thị số 20-CT/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy, Đảng ủy xã xây dựng kế hoạch tổ chức đại hội chi bộ như sau:

I. MỤC ĐÍCH, YÊU CẦU
Đại hội chi bộ là dịp để đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2022 - 2024.

II. TỔ CHỨC THỰC HIỆN
1. Các chi bộ trực thuộc xây dựng kế hoạch, chuẩn bị văn kiện, nhân sự; hoàn thành đại hội trước ngày 30.4.
2. Ban Tuyên giáo Đảng ủy chủ trì, phối hợp với các đoàn thể tuyên truyền về đại hội.
3. Văn phòng Đảng ủy tổng hợp tình hình; báo cáo Ban Thường vụ Huyện ủy định kỳ hằng tháng trước ngày 25.
Đại hội Chi bộ thôn Bắc dự kiến tổ chức trước ngày 15.3; Đại hội Chi bộ thôn Nam trước ngày 20.3.`
	g := Gold{
		References: []Reference{{Number: "45", Type: "KH", Issuer: "ĐU", Date: vn.NewDate(2024, 2, 5)},
			{Number: "20", Type: "CT", Issuer: "TU", Date: vn.NewDate(2024, 1, 10)}},
		Tasks: []GoldTask{
			gt("Các chi bộ trực thuộc", "chuẩn bị văn kiện", "date", "2024-04-30"),
			gt("Ban Tuyên giáo Đảng ủy", "tuyên truyền về đại hội", "none", ""),
			gt("Văn phòng Đảng ủy", "tổng hợp tình hình", "none", ""),
			gt("Văn phòng Đảng ủy", "định kỳ hằng tháng trước ngày 25", "recurring", ""),
			gt("Chi bộ thôn Bắc", "Đại hội Chi bộ thôn Bắc", "date", "2024-03-15"),
			gt("Chi bộ thôn Nam", "Đại hội Chi bộ thôn Nam", "date", "2024-03-20"),
		}}
	s := ScoreText("party", g, Extract(text, vn.Date{}), t.Logf)
	if s.TaskMatch != 6 || s.TaskPred != 6 || s.LeadOK != 6 || s.DeadlineOK != 6 || s.RefMatch != 2 || s.RefDateOK != 2 {
		t.Errorf("%+v", s)
	}
}

// TestIntakeLetter reads an invented official letter: the issue date two
// lines below its number, the addressee block ("Kính gửi:") that "các đơn
// vị" refers to, an announcement with numbered items, and a condition item
// that is not a task.
func TestIntakeLetter(t *testing.T) {
	text := `UBND TỈNH NINH BÌNH
SỞ Y TẾ
Số: 512/SYT-NVY
V/v tăng cường phòng chống dịch sốt xuất huyết

Ninh Bình, ngày 12 tháng 8 năm 2024

Kính gửi:
- Các bệnh viện tuyến tỉnh;
- Trung tâm Y tế các huyện, thành phố.

Thời gian qua, số ca mắc sốt xuất huyết trên địa bàn tỉnh tăng nhanh. Để chủ động phòng chống dịch, Sở Y tế đề nghị các đơn vị thực hiện tốt một số nội dung sau:

1. Tổ chức giám sát chặt chẽ các ca bệnh, phát hiện sớm ổ dịch.
2. Chuẩn bị đầy đủ thuốc, vật tư, hóa chất trước ngày 20/8/2024.
3. Trường hợp phát hiện ổ dịch mới, báo cáo ngay về Sở Y tế (qua Phòng Nghiệp vụ Y).`
	lead := "Các bệnh viện tuyến tỉnh; Trung tâm Y tế các huyện, thành phố"
	g := Gold{
		References: []Reference{{Number: "512", Issuer: "SYT", Unit: "NVY", Date: vn.NewDate(2024, 8, 12)}},
		Tasks: []GoldTask{
			gt(lead, "giám sát chặt chẽ các ca bệnh", "none", ""),
			gt(lead, "Chuẩn bị đầy đủ thuốc", "date", "2024-08-20"),
		}}
	res := Extract(text, vn.Date{})
	s := ScoreText("letter", g, res, t.Logf)
	if s.TaskMatch != 2 || s.TaskPred != 2 || s.LeadOK != 2 || s.DeadlineOK != 2 || s.RefMatch != 1 || s.RefDateOK != 1 {
		t.Errorf("%+v", s)
	}
	if len(res.Tasks) > 0 && res.Tasks[0].Lead != lead {
		t.Errorf("lead %q, want the addressee block %q", res.Tasks[0].Lead, lead)
	}
}

// TestIntakeTVAndSpeech: a TV item's conclusion (a trigger with a target
// and a date, "Đồng chí cũng đề nghị …", a passive) gives its three tasks;
// a report of results with a speech gives none.
func TestIntakeTVAndSpeech(t *testing.T) {
	tv := `(THTV) - Chiều 22/5, đồng chí Trần Văn Nam, Chủ tịch UBND tỉnh đã có buổi làm việc với huyện Tân Châu về tiến độ giải ngân vốn đầu tư công.

Theo báo cáo, đến nay huyện mới giải ngân được 35% kế hoạch vốn. Nguyên nhân chủ yếu do vướng mắc trong công tác giải phóng mặt bằng.

Kết luận buổi làm việc, Chủ tịch UBND tỉnh yêu cầu huyện Tân Châu khẩn trương tháo gỡ vướng mắc về mặt bằng, phấn đấu giải ngân đạt 95% kế hoạch vốn trước ngày 31/12/2024. Đồng chí cũng đề nghị các sở, ngành liên quan hỗ trợ huyện trong quá trình thực hiện. Sở Tài chính được giao tham mưu điều chuyển vốn từ các dự án chậm tiến độ.`
	g := Gold{Tasks: []GoldTask{
		gt("huyện Tân Châu", "tháo gỡ vướng mắc về mặt bằng", "date", "2024-12-31"),
		gt("các sở, ngành liên quan", "hỗ trợ huyện trong quá trình thực hiện", "none", ""),
		gt("Sở Tài chính", "tham mưu điều chuyển vốn", "none", ""),
	}}
	s := ScoreText("tv", g, Extract(tv, vn.Date{}), t.Logf)
	if s.TaskMatch != 3 || s.TaskPred != 3 || s.LeadOK != 3 || s.DeadlineOK != 3 {
		t.Errorf("tv: %+v", s)
	}
	speech := `Tổng kết năm 2023, ngành giáo dục huyện đạt nhiều kết quả nổi bật

Sáng 10/1/2024, Phòng Giáo dục và Đào tạo huyện tổ chức hội nghị tổng kết năm học. Năm qua, toàn huyện có 45 trường đạt chuẩn quốc gia, tăng 5 trường so với năm trước. Các trường tích cực đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin trong giảng dạy.

Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những kết quả ngành giáo dục đạt được. Ngành giáo dục đã góp phần quan trọng vào thành tích chung của huyện.

Dịp này, 12 tập thể và 30 cá nhân được UBND huyện tặng giấy khen. Trường Tiểu học Hòa Bình nhận cờ thi đua của UBND tỉnh.`
	if tasks := Extract(speech, vn.Date{}).Tasks; len(tasks) != 0 {
		t.Errorf("speech: %d tasks, first %q", len(tasks), tasks[0].Source)
	}
}
