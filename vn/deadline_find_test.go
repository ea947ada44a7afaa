package vn

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFindDeadline(t *testing.T) {
	ref := NewDate(2022, 8, 9)
	tests := []struct {
		clause, kind, date, text string
	}{
		{"xây dựng kế hoạch cụ thể triển khai thực hiện kế hoạch số 245/KH-UBND, ngày 20/12/2019 của UBND Quận trước ngày 06/01/2020",
			"date", "2020-01-06", "trước ngày 06/01/2020"},
		{"khẩn trương hoàn thiện các đề án, báo cáo Thủ tướng Chính phủ chậm nhất trước ngày 20 tháng 12 năm 2023",
			"date", "2023-12-20", "chậm nhất trước ngày 20 tháng 12 năm 2023"},
		{"tổ chức tọa đàm nhân rộng trên toàn Quận trong quý IV/2022.", "period", "2022-12-31", "trong quý IV/2022"},
		{"hoàn thành trong tháng 9/2023", "period", "2023-09-30", "trong tháng 9/2023"},
		{"triển khai trong năm 2022", "period", "2022-12-31", "trong năm 2022"},
		{"duy trì đến hết năm 2024", "period", "2024-12-31", "đến hết năm 2024"},
		{"báo cáo định kỳ hàng tháng trước ngày 25", "recurring", "", "định kỳ hàng tháng trước ngày 25"},
		{"báo cáo hằng quý về Sở", "recurring", "", "hằng quý"},
		{"thường xuyên kiểm tra", "continuous", "", "thường xuyên"},
		{"duy trì tiếp công dân theo định kỳ", "continuous", "", "theo định kỳ"},
		{"kiểm tra theo định kỳ các kho xăng dầu", "continuous", "", "theo định kỳ"},
		{"bảo dưỡng xe chữa cháy theo định kỳ, báo cáo Sở", "continuous", "", "theo định kỳ"},
		// Round-the-clock duty is how the work is done, not when it is due.
		{"bố trí lực lượng trực canh 24/24 giờ tại các hồ chứa", "none", "", ""},
		{"ứng trực 24/24 giờ trong dịp Tết từ ngày 8/2 đến hết ngày 14/2", "date", "2023-02-14", "đến hết ngày 14/2"},
		// "chậm nhất vào" is "chậm nhất" with the hour or day after it.
		{"báo cáo UBND tỉnh chậm nhất vào 10 giờ ngày 4/7", "date", "2023-07-04", "chậm nhất vào 10 giờ ngày 4/7"},
		{"gửi hồ sơ muộn nhất vào ngày 20/8", "date", "2022-08-20", "muộn nhất vào ngày 20/8"},
		{"báo cáo theo định kỳ hằng quý", "recurring", "", "định kỳ hằng quý"},
		{"gửi Sở trước ngày 15/4/2023 để tổng hợp", "date", "2023-04-15", "trước ngày 15/4/2023"},
		{"gửi báo cáo trước 15/9", "date", "2022-09-15", "trước 15/9"},
		{"Đại hội Hội Nông dân tỉnh diễn ra vào 24 - 25/05/2023", "date", "2023-05-25", "vào 24 - 25/05/2023"},
		{"giá trị dự kiến vào 2 - 3 tỷ đồng", "none", "", ""},
		{"sẽ hoàn thành trong 2-3 ngày tới", "none", "", ""},
		{"hoàn thành trước ngày 15-9 người dân mới được nhận", "date", "2022-09-15", "trước ngày 15-9"},
		{"báo cáo hằng năm trước ngày 15/12", "recurring", "", "hằng năm trước ngày 15/12"},
		{"xong trong năm nay", "period", "2022-12-31", "trong năm nay"},
		// Issue 14, the language rather than the corpus: a period after
		// "Thời gian …:", "hạn cuối", a bare time of day before the date, a
		// weekday between the hour and the day.
		{"Thời gian thực hiện: tháng 5/2023", "period", "2023-05-31", "Thời gian thực hiện: tháng 5/2023"},
		{"thời gian: quý IV/2022", "period", "2022-12-31", "thời gian: quý IV/2022"},
		{"nộp hồ sơ, hạn cuối ngày 20/9", "date", "2022-09-20", "hạn cuối ngày 20/9"},
		{"ra quân tổng vệ sinh sáng 14/9/2022", "date", "2022-09-14", "sáng 14/9/2022"},
		{"Thời gian tổ chức: ngày 26/9/2022", "date", "2022-09-26", "Thời gian tổ chức: ngày 26/9/2022"},
		// A weekday, in words or figures, between the cue and the day, the
		// day in brackets or after "ngày".
		{"báo cáo kết quả trước thứ Sáu (30/9)", "date", "2022-09-30", "trước thứ Sáu (30/9"},
		{"gửi Văn phòng trước thứ 6, ngày 30/9/2022", "date", "2022-09-30", "trước thứ 6, ngày 30/9/2022"},
		{"nộp hồ sơ trước 17h ngày thứ Sáu 30/9", "date", "2022-09-30", "trước 17h ngày thứ Sáu 30/9"},
		{"hoàn thành chậm nhất thứ Hai (3/10)", "date", "2022-10-03", "chậm nhất thứ Hai (3/10"},
		{"họp vào thứ Sáu (30/9)", "date", "2022-09-30", "vào thứ Sáu (30/9"},
		// "kỳ" of a term folds as "ký" (signed): a day after it is no date of signing.
		{"tiếp công dân định kỳ vào ngày 15/9/2022", "date", "2022-09-15", "vào ngày 15/9/2022"},
		// A window's start with its part of the day is not its deadline;
		// "đến hết" may stand without "ngày".
		{"treo cờ từ chiều ngày 18/9/2022 đến hết ngày 25/9/2022 (chủ nhật)", "date", "2022-09-25", "đến hết ngày 25/9/2022"},
		{"treo cờ từ sáng 18/9 đến hết 25/9/2022", "date", "2022-09-25", "đến hết 25/9/2022"},
		{"bảo đảm vật tư trước ngày 30/9/2022", "date", "2022-09-30", "trước ngày 30/9/2022"},
		// A period gone by or compared with is no deadline.
		{"không để tỷ lệ đúng hạn chỉ đạt 54% như trong tháng vừa qua", "none", "", ""},
		{"rút kinh nghiệm những tồn tại trong năm qua", "none", "", ""},
		{"hoàn thành trong tháng trước ngày 20", "period", "2022-08-31", "trong tháng"},
		{"giữ gìn an ninh trật tự vào ngày 2/9/2022", "date", "2022-09-02", "vào ngày 2/9/2022"},
		{"văn bản ký vào ngày 15/9/2022", "none", "", ""},
		{"quyết tâm trong thời gian từ nay đến tháng 12/2022 xử lý dứt điểm", "period", "2022-12-31", "từ nay đến tháng 12/2022"},
		{"bảo đảm an toàn dịp lễ 30/4 và 1/5", "date", "2023-05-01", "dịp lễ 30/4 và 1/5"},
		{"gửi báo cáo trước 16 giờ, thứ Sáu, ngày 16/9/2022", "date", "2022-09-16", "trước 16 giờ, thứ Sáu, ngày 16/9/2022"},
		{"các hộ dân sang 15/9 mới nộp", "none", "", ""},
		// Work for an occasion takes its day, whatever the occasion is
		// called; "từ" after its name opens a window, dated by its end.
		{"bảo đảm an ninh trong dịp Giỗ Tổ Hùng Vương 10/3/2022", "date", "2022-03-10", "dịp Giỗ Tổ Hùng Vương 10/3/2022"},
		{"trực cấp cứu dịp Quốc khánh 2/9", "date", "2022-09-02", "dịp Quốc khánh 2/9"},
		{"treo cờ nhân dịp kỷ niệm ngày thành lập Đảng 3-2-2023", "date", "2023-02-03", "dịp kỷ niệm ngày thành lập Đảng 3-2-2023"},
		{"trực trong dịp nghỉ Tết Nguyên đán từ ngày 20/1 đến hết ngày 26/1/2023", "date", "2023-01-26", "đến hết ngày 26/1/2023"},
		{"kiểm tra hàng hóa dịp Trung thu từ 1/9 đến ngày 10/9/2022", "date", "2022-09-10", "đến ngày 10/9/2022"},
		{"phục vụ dịp kỷ niệm 50 năm thành lập trường", "none", "", ""},
		// Work over several listed months is due at the end of the last.
		{"triển khai trong tháng 10 và tháng 11/2022", "period", "2022-11-30", "trong tháng 10 và tháng 11/2022"},
		{"ra quân trong tháng 5, tháng 6 năm 2023", "period", "2023-06-30", "trong tháng 5, tháng 6 năm 2023"},
		{"tập huấn trong tháng 10 và 11/2022 tại huyện", "period", "2022-11-30", "trong tháng 10 và 11/2022"},
		{"khảo sát trong tháng 9 và 10 ngày đầu tháng 10", "period", "2022-09-30", "trong tháng 9"},
		// A month may be written by its name; a bare "tháng"/"năm" is the
		// current one only when no name follows.
		{"hoàn thành trong tháng Mười một", "period", "2022-11-30", "trong tháng Mười một"},
		{"tổ chức trong tháng Chạp.", "period", "2022-12-31", "trong tháng Chạp"},
		{"xong trong tháng Giêng năm 2023, báo cáo Sở", "period", "2023-01-31", "trong tháng Giêng năm 2023"},
		{"hoàn thành trước tháng Mười năm 2022", "period", "2022-09-30", "trước tháng Mười năm 2022"},
		{"hoàn thành trong tháng", "period", "2022-08-31", "trong tháng"},
		{"dạy bù trong năm học 2022 - 2023", "none", "", ""},
		// A labelled time line: any label of "Thời gian …:", "Thời hạn …:",
		// "Hạn …:" before a day or a period.
		{"Hạn gửi hồ sơ về UBND huyện: ngày 5/10/2022", "date", "2022-10-05", "Hạn gửi hồ sơ về UBND huyện: ngày 5/10/2022"},
		{"Thời gian báo cáo: quý IV/2022", "period", "2022-12-31", "Thời gian báo cáo: quý IV/2022"},
		{"Thời hạn nộp sản phẩm dự thi: 30/9/2022", "date", "2022-09-30", "Thời hạn nộp sản phẩm dự thi: 30/9/2022"},
		{"Thời gian qua đơn vị đã tiếp nhận ngày 5/10/2022", "none", "", ""},
		{"Thời gian đăng: 09/02/2022 02:32:04 PM", "none", "", ""},
		{"Thời gian cập nhật: ngày 12/9/2022", "none", "", ""},
		// A data cut-off is not a deadline; the day the report is due is.
		{"báo cáo số liệu tính từ ngày 1/1/2022 đến ngày 30/6/2022", "none", "", ""},
		{"tổng hợp số vụ tính từ 15/12/2021 đến 15/6/2022, gửi Sở trước ngày 20/8/2022", "date", "2022-08-20", "trước ngày 20/8/2022"},

		{"báo cáo số liệu tính đến ngày 15/8/2022, gửi Sở trước ngày 20/8/2022", "date", "2022-08-20", "trước ngày 20/8/2022"},
		{"báo cáo tình hình sĩ số từ đầu năm học đến ngày 15/10", "none", "", ""},
		{"tổng hợp kết quả tính đến hết ngày 31/8", "none", "", ""},
		{"duy trì trực đến ngày 31/8/2022", "date", "2022-08-31", "đến ngày 31/8/2022"},
		{"Đại hội sẽ diễn ra trong hai ngày 24 và 25-8", "date", "2022-08-25", "trong hai ngày 24 và 25-8"},
		{"tổ chức hội thi vào các ngày 14, 15/9/2022", "date", "2022-09-15", "vào các ngày 14, 15/9/2022"},
		{"diễn ra trong 3 ngày 12, 13 và 14/10/2022", "date", "2022-10-14", "trong 3 ngày 12, 13 và 14/10/2022"},
		// Issue 14: day.month after a cue, event dates, a list of years.
		{"dự kiến tổ chức trước ngày 12.9", "date", "2022-09-12", "trước ngày 12.9"},
		{"ra quân tổng vệ sinh vào sáng ngày 14/9/2024", "date", "2024-09-14", "vào sáng ngày 14/9/2024"},
		{"tổ chức lễ khai giảng trong ngày 5/9/2022", "date", "2022-09-05", "trong ngày 5/9/2022"},
		{"Thời gian: sáng ngày 14/9/2024", "date", "2024-09-14", "Thời gian: sáng ngày 14/9/2024"},
		{"lập danh sách cần sửa chữa trong từng năm 2024, 2025", "recurring", "", "từng năm 2024, 2025"},
		{"tăng 1.5 lần so với cùng kỳ", "none", "", ""},
		{"Thời gian: 7h30 ngày 20/5/2022 (Thứ Sáu)", "date", "2022-05-20", "Thời gian: 7h30 ngày 20/5/2022"},
		{"Hạn chót nộp là ngày 20 tháng 9 năm 2022", "date", "2022-09-20", "Hạn chót nộp là ngày 20 tháng 9 năm 2022"},
		{"treo cờ trong ngày 30/4/2022 và ngày 1/5/2022", "date", "2022-05-01", "trong ngày 30/4/2022 và ngày 1/5/2022"},
		{"báo cáo định kỳ hằng quý trước ngày 20 tháng cuối quý", "recurring", "", "định kỳ hằng quý trước ngày 20 tháng cuối quý"},
		{"báo cáo kết quả muộn nhất ngày 5/9/2022", "date", "2022-09-05", "muộn nhất ngày 5/9/2022"},
		{"trực 24/24 giờ trong dịp nghỉ Lễ Quốc khánh 02/9/2022", "date", "2022-09-02", "dịp nghỉ Lễ Quốc khánh 02/9/2022"},
		{"tổ chức tổng kết hằng năm vào tháng 12", "recurring", "", "hằng năm vào tháng 12"},
		{"nộp báo cáo trước ngày 10 hằng tháng", "recurring", "", "trước ngày 10 hằng tháng"},
		// A limit counted from the document's date (9/8/2022, a Tuesday).
		{"hoàn thành trong vòng 10 ngày kể từ ngày ký", "date", "2022-08-19", "trong vòng 10 ngày kể từ ngày ký"},
		{"báo cáo trong thời hạn 5 ngày làm việc kể từ ngày ban hành văn bản này", "date", "2022-08-16", "trong thời hạn 5 ngày làm việc kể từ ngày ban hành văn bản này"},
		{"phản hồi trong 7 ngày kể từ ngày nhận được văn bản", "none", "", ""},
		// Daily and weekly reports recur, the hour or weekday kept in the phrase.
		{"tổng hợp, báo cáo Sở Y tế trước 14 giờ hằng ngày", "recurring", "", "trước 14 giờ hằng ngày"},
		{"gửi kết quả về Văn phòng vào thứ Sáu hằng tuần để tổng hợp", "recurring", "", "vào thứ Sáu hằng tuần"},
		{"cập nhật số liệu hàng tuần vào chiều thứ Năm", "recurring", "", "hàng tuần vào chiều thứ Năm"},
		{"duy trì giao ban mỗi tuần", "recurring", "", "mỗi tuần"},
		{"báo cáo nhanh hằng ngày, trường hợp khẩn cấp báo cáo ngay", "recurring", "", "hằng ngày"},
		{"họp vào thứ Hai, báo cáo trước ngày 20/9/2022", "date", "2022-09-20", "trước ngày 20/9/2022"},
		{"gửi về Sở trước 16 giờ 00 ngày 20/9/2022", "date", "2022-09-20", "trước 16 giờ 00 ngày 20/9/2022"},
		{"báo cáo trước 16h, ngày 20/9/2022", "date", "2022-09-20", "trước 16h, ngày 20/9/2022"},
		{"Thời hạn hoàn thành: ngày 20/9/2022", "date", "2022-09-20", "Thời hạn hoàn thành: ngày 20/9/2022"},
		// Issue 14 (corpus angiang-thoaison-…, quangnam-nuithanh-…): a span of
		// months is dated by its last; a month and year fronted in a schedule.
		{"từ tháng 3 đến tháng 4-2023 tổ chức đại hội chi bộ", "period", "2023-04-30", "từ tháng 3 đến tháng 4-2023"},
		{"đại hội các chi hội hoàn thành từ tháng 9 - 10", "period", "2022-10-31", "từ tháng 9 - 10"},
		{"Tháng 11-2022, tổ chức hội nghị điểm", "period", "2022-11-30", "Tháng 11-2022"},
		{"tháng 10 đến tháng 12/2022 tiến hành kiểm tra chéo", "period", "2022-12-31", "tháng 10 đến tháng 12/2022"},
		{"triển khai Kế hoạch tháng 9/2023 của Sở; từ tháng 3 tổ chức", "none", "", ""},
		{"chọn xã Tân Lập làm điểm tổ chức đại hội vào tháng 11/2022", "period", "2022-11-30", "vào tháng 11/2022"},
		// The README's annotation rules for deadlines (testdata/intake/README.md).
		{"hoàn thành việc kiểm kê đầu tháng 10", "period", "2022-10-31", "đầu tháng 10"},
		{"hoàn thành trước tháng 3.2023", "period", "2023-02-28", "trước tháng 3.2023"},
		{"Quý IV/2022, Ban Thường vụ sẽ kiểm tra", "period", "2022-12-31", "Quý IV/2022"},
		{"Năm 2023, UBND huyện sẽ hoàn thiện hồ sơ", "period", "2023-12-31", "Năm 2023"},
		{"hoàn thành quý III/2022", "period", "2022-09-30", "quý III/2022"},
		{"Hội nghị tổ chức ngày 20/9/2022 tại hội trường", "date", "2022-09-20", "tổ chức ngày 20/9/2022"},
		{"lễ ra quân diễn ra lúc 7 giờ 30, ngày 25/9/2022", "date", "2022-09-25", "lúc 7 giờ 30, ngày 25/9/2022"},
		{"phường sẽ tổ chức lễ công bố vào lúc 19g00 ngày 14/4/2022", "date", "2022-04-14", "lúc 19g00 ngày 14/4/2022"},
		{"xây dựng kế hoạch tuyên truyền theo từng đợt đến ngày bầu cử 23/5/2021", "date", "2021-05-23", "đến ngày bầu cử 23/5/2021"},
		{"tuyên truyền về ngày bầu cử 23/5/2021", "none", "", ""},
		{"gửi về Sở chậm nhất là ngày 20/9/2022", "date", "2022-09-20", "chậm nhất là ngày 20/9/2022"},
		{"hoàn thành năm học 2022 - 2023 với kết quả tốt", "none", "", ""},
		// h-dl2: a stretch of time to watch is no end (backan-caoson-…),
		// and a document's issue day is its own (kiengiang-khoahocdoisong-…).
		{"hoàn thành việc gia cố vật dụng, chèn chống nhà cửa… trước 9h sáng ngày 27/9", "date", "2022-09-27", "trước 9h sáng ngày 27/9"},
		{"gửi báo cáo chậm nhất 14 giờ chiều ngày 5/10/2022", "date", "2022-10-05", "chậm nhất 14 giờ chiều ngày 5/10/2022"},
		{"có mặt trước 7 giờ 30 sáng, ngày 3/9/2022 tại hội trường", "date", "2022-09-03", "trước 7 giờ 30 sáng, ngày 3/9/2022"},
		{"nộp hồ sơ trước 16h chiều thứ Sáu, ngày 23/9/2022", "date", "2022-09-23", "trước 16h chiều thứ Sáu, ngày 23/9/2022"},
		{"theo các nội dung nêu trong Hướng dẫn số 54-HD/BTGTU, ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2023", "none", "", ""},
		{"triển khai Kế hoạch số 12/KH-UBND ngày 5/1/2022 của UBND tỉnh về phòng chống thiên tai và tìm kiếm cứu nạn trong năm 2022", "none", "", ""},
		{"tuyên truyền Chỉ thị số 05-CT/TW của Bộ Chính trị trong quý III/2022", "period", "2022-09-30", "trong quý III/2022"},
		{"triển khai Quyết định số 45/QĐ-UBND của UBND huyện về kế hoạch sản xuất vụ đông, hoàn thành gieo trồng trong tháng 11/2022", "period", "2022-11-30", "trong tháng 11/2022"},
		{"thực hiện Công văn số 88-CV/HU của Huyện ủy về tổng kết công tác xây dựng Đảng năm 2022, báo cáo trước ngày 15/12/2022", "date", "2022-12-15", "trước ngày 15/12/2022"},
		{"tổ chức sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010", "recurring", "", "hằng năm"},
		{"kiểm tra định kỳ hằng quý và tổng kiểm tra trong quý IV/2022", "recurring", "", "định kỳ hằng quý"},
		{"giao ban hằng tháng, sơ kết trong tháng 6/2022", "recurring", "", "hằng tháng"},
		{"trong năm 2022, định kỳ hằng quý kiểm tra các cơ sở", "period", "2022-12-31", "trong năm 2022"},
		{"bảo vệ rừng nhất là những tháng cuối năm", "none", "", ""},
		{"tăng cường kiểm tra hàng hóa trong các tháng cuối năm 2022", "none", "", ""},
		{"trực phòng cháy những ngày cuối tháng 12", "none", "", ""},
		{"hoàn thành kế hoạch cuối năm 2022", "period", "2022-12-31", "cuối năm 2022"},
		{"bãi bỏ công văn số 651 do UBND tỉnh ban hành vào ngày 15/5/2018", "none", "", ""},
		{"triển khai quyết định được ký vào chiều ngày 5/9/2022", "none", "", ""},
		{"thay thế bảng giá công bố vào ngày 1/7/2022, hoàn thành trước ngày 20/9/2022", "date", "2022-09-20", "trước ngày 20/9/2022"},
		{"tổ chức lễ ra quân vào ngày 25/9/2022", "date", "2022-09-25", "vào ngày 25/9/2022"},
		// No deadline: urgency words, the year of a programme, a period under review, a duration.
		{"khẩn trương hoàn thiện, sớm báo cáo, kịp thời tháo gỡ", "none", "", ""},
		{"rút khỏi Chương trình công tác năm 2023 theo quy định", "none", "", ""},
		{"khắc phục tồn tại của năm 2022 và 3 tháng đầu năm 2023", "none", "", ""},
		{"thực hiện kế hoạch số 141/KH-UBND ngày 10/6/2019", "none", "", ""},
		{"xử lý trong năm ngày làm việc", "none", "", ""},
		{"triển khai các nhiệm vụ trong thời gian tới", "none", "", ""},
	}
	for _, tt := range tests {
		dl, s, e := FindDeadline(tt.clause, ref)
		text := ""
		if s >= 0 {
			text = NFC(tt.clause)[s:e]
		}
		if string(dl.Kind) != tt.kind || dl.Date.String() != tt.date || text != tt.text || dl.Text != tt.text {
			t.Errorf("FindDeadline(%q) = %s %s %q (%q), want %s %s %q", tt.clause, dl.Kind, dl.Date, text, dl.Text, tt.kind, tt.date, tt.text)
		}
	}
}

func FuzzFindDeadline(f *testing.F) {
	for _, s := range []string{
		"trước ngày 06/01/2020", "chậm nhất trước ngày 20 tháng 12 năm 2023", "trong quý IV/2022",
		"định kỳ hàng tháng trước ngày 25", "thường xuyên", "trong năm ngày", "đến 31/02", "hết quý 9/2022",
		"hằng năm trước ngày 15/12", "trước 29/2", "\xffhạn 1/1/1",
		"trước 14 giờ hằng ngày", "vào sáng thứ Hai hằng tuần", "hằng tuần vào thứ 7",
		"trong vòng 10 ngày kể từ ngày ký", "sau 999 ngày làm việc kể từ ngày ban hành", "dịp Tết 1/1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dl, start, end := FindDeadline(s, NewDate(2023, 5, 10))
		text := NFC(strings.ToValidUTF8(s, "\uFFFD"))
		if dl.Kind == DeadlineNone {
			if start != -1 || end != -1 {
				t.Fatalf("FindDeadline(%q): none with span %d:%d", s, start, end)
			}
			return
		}
		if start < 0 || end > len(text) || start >= end || !utf8.ValidString(text[start:end]) || dl.Text != strings.TrimSpace(text[start:end]) {
			t.Fatalf("FindDeadline(%q) = %+v with span %d:%d", s, dl, start, end)
		}
		again, err := ParseDeadline(dl.Text, NewDate(2023, 5, 10))
		if err != nil || !sameDeadline(again, dl) {
			t.Fatalf("FindDeadline(%q) = %+v, but its phrase parses as %+v, %v", s, dl, again, err)
		}
	})
}

// TestFindDeadlineMinuteMarks checks an hour written with a minute mark
// ("10h00’", "16h30'", "8h15′") between the cue and the day, as typed in
// letters.
func TestFindDeadlineMinuteMarks(t *testing.T) {
	doc := NewDate(2018, 7, 17)
	cases := []struct{ text, want string }{
		{"Báo cáo chậm nhất 10h00’ ngày 23/7/2018.", "2018-07-23"},
		{"gửi về Văn phòng trước 16h30' ngày 25/7/2018", "2018-07-25"},
		{"nộp hồ sơ muộn nhất 8h15′ ngày 30/7/2018", "2018-07-30"},
		{"hoàn thành trước 17 giờ 00’ ngày 31/7/2018", "2018-07-31"},
	}
	for _, c := range cases {
		dl, _, _ := FindDeadline(c.text, doc)
		if dl.Kind != DeadlineDate || dl.Date.String() != c.want {
			t.Errorf("%q: %s %v, want date %s", c.text, dl.Kind, dl.Date, c.want)
		}
	}
}

// TestFindDeadlineForms checks forms of deadline found missing by writing
// variants of the README's rules: "trước năm 2025" ends with the year
// before (as "trước tháng 3" with the month before), a range of days
// after "từ ngày" is dated by its last day, "Tiến độ:" labels a time as
// "Thời gian:" does, and opening, closing and launching days date their
// events.
func TestFindDeadlineForms(t *testing.T) {
	doc := NewDate(2024, 3, 1)
	cases := []struct{ text, kind, want string }{
		{"Các xã hoàn thành kiên cố hóa kênh mương trước năm 2026.", "period", "2025-12-31"},
		{"Trước năm 2025, các trường đạt chuẩn quốc gia.", "period", "2024-12-31"},
		{"lấy ý kiến cử tri từ ngày 19 - 23/4/2025", "date", "2025-04-23"},
		{"tổ chức tiếp nhận hồ sơ từ ngày 3-5/6/2024", "date", "2024-06-05"},
		{"Tiến độ: quý II/2024.", "period", "2024-06-30"},
		{"Tiến độ thực hiện: tháng 8/2024", "period", "2024-08-31"},
		{"Các trường khai giảng ngày 5/9/2024.", "date", "2024-09-05"},
		{"Hội thi bế mạc ngày 20/3/2024.", "date", "2024-03-20"},
		{"Huyện đoàn phát động ngày 26/3/2024 tại xã.", "date", "2024-03-26"},
		// Not deadlines: a programme's year, a delay against a plan.
		{"Chương trình công tác năm 2023 của UBND huyện", "none", ""},
		{"tiến độ dự án chậm so với kế hoạch năm 2024", "none", ""},
	}
	for _, c := range cases {
		dl, _, _ := FindDeadline(c.text, doc)
		got := ""
		if !dl.Date.IsZero() {
			got = dl.Date.String()
		}
		if string(dl.Kind) != c.kind || got != c.want {
			t.Errorf("%q: %s %s, want %s %s", c.text, dl.Kind, got, c.kind, c.want)
		}
	}
}
