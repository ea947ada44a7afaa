package extract

import (
	"testing"

	"tiendo/vn"
)

// TestExactLeads checks leads as written, where the scorer's lenient match
// (containment) would not tell: a body named by its field of work, written
// with verbs, ends at the tier it serves ("Ban Chỉ huy phòng chống thiên
// tai và tìm kiếm cứu nạn các cấp"), with the place's name after it; a
// letter's addressees parted by ";" are one lead; a marker ("khẩn
// trương") never names a body; a requester's words before a fronted time
// are not part of the subject after it. The "chỉ đạo" of a steering
// committee's name ("Ban chỉ đạo phòng, chống dịch") hands nothing over.
// Bodies may be counted ("4 bộ, ngành nêu trên"), and after a speech verb
// ("… nhấn mạnh các cấp ủy cần …") the body named is the subject. Grounds
// ("trên cơ sở …", "căn cứ …") set off before or after the body are not
// part of its name, nor its work.
func TestExactLeads(t *testing.T) {
	cases := []struct{ name, text, lead, content string }{
		{"after a request",
			"Đề nghị Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn các cấp theo dõi chặt chẽ diễn biến mưa lũ.",
			"Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn các cấp", "Theo dõi chặt chẽ diễn biến mưa lũ"},
		{"a place after its tier",
			"Yêu cầu Ban Chỉ đạo phòng, chống dịch huyện Mường Tè khẩn trương rà soát các trường hợp cách ly.",
			"Ban Chỉ đạo phòng, chống dịch huyện Mường Tè", "Khẩn trương rà soát các trường hợp cách ly"},
		{"as its own subject",
			"Theo kế hoạch, Ban Quản lý dự án đầu tư xây dựng huyện phải bàn giao mặt bằng trước ngày 20/3/2024.",
			"Ban Quản lý dự án đầu tư xây dựng huyện", "Bàn giao mặt bằng"},
		{"a letter's addressees parted by ;",
			"Chủ tịch UBND tỉnh vừa ký công điện gửi Ban Chỉ huy phòng chống thiên tai các cấp; các sở, ngành liên quan yêu cầu chủ động ứng phó với mưa lũ.",
			"Ban Chỉ huy phòng chống thiên tai các cấp; các sở, ngành liên quan", "Chủ động ứng phó với mưa lũ"},
		{"the requester before a fronted time",
			"Đồng chí Bí thư yêu cầu trong những tháng cuối năm, UBND phường cần ưu tiên tháo gỡ vướng mắc cho doanh nghiệp.",
			"UBND phường", "Ưu tiên tháo gỡ vướng mắc"},
		{"all levels and branches",
			"Thường trực Thành ủy yêu cầu các cấp, các ngành rà soát toàn diện nhiệm vụ trọng tâm của năm 2026.",
			"các cấp, các ngành", "Rà soát toàn diện nhiệm vụ trọng tâm của năm 2026"},
		{"all levels, branches in short",
			"UBND tỉnh đề nghị các cấp, ngành chủ động phòng chống thiên tai.",
			"các cấp, ngành", "Chủ động phòng chống thiên tai"},
		{"the whole political system",
			"Ban Thường vụ Đảng ủy yêu cầu toàn hệ thống chính trị tập trung chuẩn bị tốt cho ngày bầu cử.",
			"toàn hệ thống chính trị", "Tập trung chuẩn bị tốt cho ngày bầu cử"},
		{"a letter's addressees end before its subject",
			"UBND tỉnh ban hành công văn gửi các sở, ngành; UBND các huyện về việc tổ chức trực Tết. Theo đó, yêu cầu các đơn vị bố trí trực 24/24 giờ.",
			"các sở, ngành; UBND các huyện", "Bố trí trực 24/24 giờ"},
		{"a subject after vì vậy inside the sentence",
			"Theo Chủ tịch UBND tỉnh, quý I là thời điểm Tết Nguyên đán, vì vậy các ngành, địa phương cần kiểm soát chặt chẽ hàng giả.",
			"các ngành, địa phương", "Kiểm soát chặt chẽ hàng giả"},
		{"no name ends with về",
			"Chủ tịch UBND huyện chỉ đạo các xã, thị trấn về tăng cường kiểm soát loài tôm càng đỏ.",
			"các xã, thị trấn", "Tăng cường kiểm soát loài tôm càng đỏ"},
		{"a bold manner is no name",
			"Thủ tướng đề nghị tỉnh mạnh dạn cắt bỏ những dự án chưa cần thiết.",
			"tỉnh", "Mạnh dạn cắt bỏ những dự án chưa cần thiết"},
		{"a target aimed at is no name",
			"Theo kế hoạch, huyện phấn đấu cấy xong diện tích lúa xuân trong tháng 2/2024.",
			"Huyện", "Phấn đấu cấy xong diện tích lúa xuân"},
		{"no name ends with cũng (passive)",
			"Sở Xây dựng cũng được yêu cầu cung cấp đầy đủ thông tin quy hoạch cho các xã.",
			"Sở Xây dựng", "Cung cấp đầy đủ thông tin quy hoạch cho các xã"},
		{"no name ends with cũng (told how to act)",
			"Chủ tịch tỉnh yêu cầu Sở Y tế rà soát thuốc. Các bệnh viện cũng khẩn trương bổ sung cơ số thuốc.",
			"Các bệnh viện", "Khẩn trương bổ sung cơ số thuốc"},
		{"a field of work written with a comma",
			"UBND tỉnh yêu cầu Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp theo dõi chặt chẽ diễn biến của bão.",
			"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp", "Theo dõi chặt chẽ diễn biến của bão"},
		{"a steering committee's name is no hand-over",
			"Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp; Thủ trưởng các sở, ban, ngành thực hiện quyết liệt công tác phòng, chống dịch.",
			"các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp; Thủ trưởng các sở, ban, ngành", "Thực hiện quyết liệt công tác phòng, chống dịch"},
		{"bodies counted",
			"Bộ Tài chính đề nghị 4 bộ, ngành nêu trên khẩn trương gửi báo cáo quyết toán về Bộ Tài chính trước ngày 15/9/2018.",
			"4 bộ, ngành nêu trên", "Khẩn trương gửi báo cáo quyết toán"},
		{"bodies counted in words",
			"Phó Chủ tịch UBND tỉnh chỉ đạo hai huyện Kiến Xương và Tiền Hải đẩy nhanh tiến độ thu hoạch lúa mùa.",
			"hai huyện Kiến Xương và Tiền Hải", "Đẩy nhanh tiến độ thu hoạch lúa mùa"},
		{"the body after what the speaker says",
			"Đồng chí Bí thư Tỉnh ủy nhấn mạnh các cấp ủy cần tập trung lãnh đạo tổ chức tốt đại hội.",
			"các cấp ủy", "Tập trung lãnh đạo tổ chức tốt đại hội"},
		{"the body after what the speaker says, no subject before",
			"Thời gian tới, Tổng Bí thư nhấn mạnh tỉnh cần tiếp tục công tác xây dựng, chỉnh đốn Đảng.",
			"tỉnh", "Tiếp tục công tác xây dựng"},
		{"grounds between the addressees and the work, ended by a comma",
			"Đồng chí cũng giao cho Văn phòng HĐND & UBND huyện trên cơ sở tiếp thu những ý kiến đã được thống nhất, hoàn chỉnh văn bản báo cáo để trình tại kỳ họp.",
			"Văn phòng HĐND & UBND huyện", "Hoàn chỉnh văn bản báo cáo"},
		{"grounds with a comma inside, ended by ;",
			"UBND tỉnh yêu cầu UBND cấp huyện trên cơ sở Đề án sắp xếp, sáp nhập đơn vị hành chính; tổ chức lấy ý kiến nhân dân theo quy định.",
			"UBND cấp huyện", "Tổ chức lấy ý kiến nhân dân"},
		{"grounds before the addressees",
			"Phát biểu kết luận, Phó Chủ tịch UBND tỉnh đề nghị trên cơ sở kế hoạch, nhiệm vụ giao, các thành viên trong Tổ nội dung tập trung phối hợp thống nhất kịch bản chương trình.",
			"các thành viên trong Tổ nội dung", "Tập trung phối hợp thống nhất kịch bản"},
		{"grounds between a subject and its work",
			"Chủ tịch UBND huyện yêu cầu: Các phòng, ban chuyên môn huyện, trên cơ sở chức năng nhiệm vụ được giao, tích cực tham mưu cho UBND huyện triển khai các nhiệm vụ.",
			"Các phòng, ban chuyên môn huyện", "Tích cực tham mưu cho UBND huyện"},
		{"a body's name after giao, in lowercase",
			"Bộ Chính trị, Ban Bí thư giao ban thường vụ các tỉnh ủy, thành ủy khẩn trương hoàn thành đề án thành lập đảng bộ xã.",
			"ban thường vụ các tỉnh ủy, thành ủy", "Khẩn trương hoàn thành đề án"},
		{"a subject whose name has its own comma, in a list",
			"UBND tỉnh yêu cầu các sở rà soát. Sở Văn hóa, Thể thao và Du lịch, UBND các huyện, thành phố hướng dẫn và tổ chức kiểm tra việc treo cờ.",
			"Sở Văn hóa, Thể thao và Du lịch, UBND các huyện, thành phố", "Hướng dẫn và tổ chức kiểm tra"},
		{"a subject set off from its work by a comma",
			"UBND tỉnh yêu cầu các xã rà soát các điểm sạt lở. Các địa phương khu vực đất liền, hướng dẫn chằng chống, gia cố nhà cửa, trụ sở.",
			"Các địa phương khu vực đất liền", "Hướng dẫn chằng chống, gia cố nhà cửa"},
		{"a newly elected head",
			"Do đó, ông Nghiêm Xuân Thành đề nghị tân Chủ tịch UBND tỉnh khẩn trương nắm bắt toàn diện tình hình của tỉnh.",
			"tân Chủ tịch UBND tỉnh", "Khẩn trương nắm bắt toàn diện"},
		{"the tax office's name since 2025",
			"Văn bản yêu cầu Thuế tỉnh và Chi cục Hải quan khu vực tăng cường theo dõi sát diễn biến kinh tế.",
			"Thuế tỉnh và Chi cục Hải quan khu vực", "Tăng cường theo dõi sát diễn biến kinh tế"},
		{"a letter's number and issuer set off by a comma before its addressees",
			"Phó Thủ tướng vừa ký Công điện số 180/CĐ-TTg ngày 30/9/2025 của Thủ tướng Chính phủ, gửi Bộ trưởng Bộ Tài chính và Chủ tịch Ủy ban nhân dân các tỉnh, yêu cầu tập trung xử lý ngay những tồn tại, vướng mắc phát sinh.",
			"Bộ trưởng Bộ Tài chính và Chủ tịch Ủy ban nhân dân các tỉnh", "Tập trung xử lý ngay những tồn tại"},
		{"a body after fronted grounds of three words",
			"UBND thành phố yêu cầu các quận rà soát. Trên cơ sở đó, các cơ quan, đơn vị lập báo cáo quyết toán vốn đầu tư năm 2020.",
			"các cơ quan, đơn vị", "Lập báo cáo quyết toán"},
		{"a body after fronted grounds is no continuation",
			"UBND thành phố yêu cầu các quận rà soát. Căn cứ kết quả đó, UBND huyện lập báo cáo quyết toán.",
			"UBND huyện", "Lập báo cáo quyết toán"},
		{"carrying work out never names a team",
			"Thị trấn tiếp tục tuyên truyền về cuộc bầu cử, yêu cầu các tổ hoàn thành danh sách cử tri.",
			"các tổ", "Hoàn thành danh sách cử tri"},
		{"a marker ends a lead",
			"Đề nghị các xã rà soát các điểm sạt lở. Các lực lượng khẩn trương di dời các hộ dân ra khỏi vùng nguy hiểm.",
			"Các lực lượng", "Khẩn trương di dời các hộ dân"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, vn.NewDate(2024, 3, 10))
			for _, tk := range res.Tasks {
				if tk.Lead == c.lead && len(tk.Content) >= len(c.content) && tk.Content[:len(c.content)] == c.content {
					return
				}
			}
			for _, tk := range res.Tasks {
				t.Logf("lead %q content %q", tk.Lead, tk.Content)
			}
			t.Errorf("no task with lead %q and content %q…", c.lead, c.content)
		})
	}
}

// TestSourceAsWritten checks that a task's source quotes its sentence as
// written, the connective it opened with and the case of the word after it
// kept.
func TestSourceAsWritten(t *testing.T) {
	cases := []struct{ text, source string }{
		{"Hội nghị đã nghe kế hoạch. Theo đó, các xã rà soát danh sách hộ nghèo trước ngày 30/3/2024.",
			"Theo đó, các xã rà soát danh sách hộ nghèo trước ngày 30/3/2024"},
		{"Đề nghị các xã rà soát danh sách hộ nghèo. Bên cạnh đó tập trung chỉ đạo công tác giảm nghèo.",
			"Bên cạnh đó tập trung chỉ đạo công tác giảm nghèo"},
		{"Đề nghị các xã rà soát danh sách hộ nghèo. Đồng thời, Tổ chức tập huấn cho cán bộ.",
			"Đồng thời, Tổ chức tập huấn cho cán bộ"},
	}
	for _, c := range cases {
		res := Extract(c.text, vn.NewDate(2024, 3, 10))
		found := false
		for _, tk := range res.Tasks {
			found = found || tk.Source == c.source
		}
		if !found {
			for _, tk := range res.Tasks {
				t.Logf("source %q", tk.Source)
			}
			t.Errorf("no task with source %q", c.source)
		}
	}
}
