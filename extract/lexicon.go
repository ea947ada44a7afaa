package extract

// The word lists below are folded (no diacritics). They describe how
// directive texts are written, not any one text: who can be given a task,
// which words start what must be done, which words hand a task over.

// orgHeads start the name of a body that can carry a task: "Sở …", "UBND
// …", "các phòng, ban", "Ban Chỉ đạo …", "Công an quận", "các tổ …".
var orgHeads = set(
	"ubnd", "ủy ban", "uỷ ban", "ubmttq", "hđnd", "hội đồng", "sở", "phòng", "ban", "bộ", "cục", "vụ", "chi cục",
	"trung tâm", "công an", "quân sự", "bộ chỉ huy", "ban chỉ huy", "đảng ủy", "đảng uỷ", "quận ủy", "quận uỷ",
	"huyện ủy", "huyện uỷ", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "thị ủy", "chi bộ", "đảng bộ",
	"bcđ", "bch", "bql", "bqlda", "mttq", "mặt trận", "văn phòng", "thanh tra", "kho bạc", "chi nhánh", "đoàn",
	"hội", "liên đoàn", "trường", "bệnh viện", "tổng cục", "công ty", "tổng công ty", "đội", "tổ", "lực lượng",
	"cơ quan", "đơn vị", "địa phương", "ngành", "phường", "xã", "quận", "huyện", "tỉnh", "thành phố", "thị xã",
	"thị trấn", "công chức", "viên chức", "chủ tịch", "phó chủ tịch", "giám đốc", "thủ trưởng", "trưởng phòng",
	"trưởng ban", "bí thư",
	"bộ trưởng", "thành viên", "ủy viên", "chính phủ", "tòa án", "viện kiểm sát", "cục thuế", "chi cục thuế",
	"đài", "ban quản lý", "thường trực", "lãnh đạo", "người đứng đầu", "cán bộ", "ubkt", "các", "những",
	"một số", "toàn thể", "tất cả", "cấp ủy", "cấp uỷ", "chính quyền", "nhà trường", "doanh nghiệp",
	"hợp tác xã", "ngân hàng", "bảo hiểm xã hội", "bhxh",
	// Abbreviations as written in letters and news (issue 14 item 4).
	"ubmttqvn", "mttqvn", "ủy ban mttq", "ủy ban mặt trận", "lđlđ", "đtn", "đoàn tn", "đoàn tncs", "hlhpn",
	"hội lhpn", "hnd", "hội nd", "hccb", "hội ccb", "ubkt", "btv", "ban thường vụ", "thường vụ", "chqs",
	"ban chqs", "bộ chqs", "ttyt", "trạm y tế", "trạm", "đoàn thể", "hội đoàn thể", "tổ hội", "chi hội",
	"chi đoàn", "ban công tác mặt trận", "ban điều hành", "trưởng thôn", "tổ trưởng", "khu phố", "thôn",
	"tổ dân phố", "ấp", "bản", "khối", "cụm", "hộ gia đình", "ban quản trị", "xóm", "xóm trưởng", "trưởng xóm",
	"làng", "buôn", "sóc", "tổ trưởng tổ dân phố", "khu dân cư", "nhà thầu", "chủ đầu tư", "nhà đầu tư",
	"chủ rừng", "chủ dự án", "công đoàn", "công đoàn cơ sở", "tp", "tx", // "TP Thuận An", "TX Kỳ Anh": thành phố, thị xã
	"đơn vị thi công", "đơn vị tư vấn", "nhà xuất bản", "khách sạn",
	"hạt", "hạt kiểm lâm", "kiểm lâm", "ban chấp hành", "viện", "học viện", "đại học", "nhà máy", "xí nghiệp",
	"tập đoàn", "đồn", "đồn biên phòng", "bộ đội biên phòng", "cảnh sát", "báo", "ban dân tộc", "ban tuyên giáo",
	"ban dân vận", "ban tổ chức", "cảng vụ", "quỹ", "ban an toàn giao thông", "hội đồng nhân dân",
	// Heads of bodies by title (issue 14 item 4): "Hiệu trưởng các trường",
	// "Trưởng các phòng", "Chánh Văn phòng".
	"hiệu trưởng", "hiệu phó", "ban giám hiệu", "trưởng", "phó trưởng", "phó giám đốc", "tổng giám đốc",
	"viện trưởng", "cục trưởng", "chi cục trưởng", "vụ trưởng", "chánh văn phòng", "chánh thanh tra",
	"chỉ huy trưởng", "trưởng công an", "trưởng ấp", "trưởng khu phố", "trưởng bản", "chủ nhiệm", "phó bí thư",
	// The tax offices since 2025 ("Thuế tỉnh", "Thuế cơ sở"), once "Cục
	// Thuế", "Chi cục Thuế".
	"thuế tỉnh", "thuế thành phố", "thuế cơ sở",
	// A committee's sub-committee: "Tiểu ban Văn kiện", "Tiểu ban Nhân sự".
	"tiểu ban",
)

// orgNouns are the heads that name a body by themselves (without "các").
// A verb right after one is part of the name: "Phòng Quản lý đô thị",
// "Ban Chỉ đạo", "Trung tâm phát triển quỹ đất", "tổ tuyên truyền".
var orgNouns = set(
	"phòng", "ban", "trung tâm", "tổ", "đội", "sở", "cục", "chi cục", "hội", "đoàn", "viện", "ủy ban", "uỷ ban",
	"văn phòng", "lực lượng", "bộ", "vụ", "trường", "ban quản lý", "hội đồng", "công ty", "đài", "nhóm", "tiểu ban",
)

// collectiveWords follow "các" in a plural lead: "các đơn vị", "các sở".
var collectiveWords = set(
	"đơn vị", "cơ quan", "địa phương", "sở", "ban", "ngành", "phòng", "phường", "xã", "huyện", "quận", "tỉnh",
	"bộ", "thành viên", "tổ", "đội", "đoàn thể", "tổ chức", "trường", "doanh nghiệp", "lực lượng", "cấp ủy",
	"cấp uỷ", "chi bộ", "đảng bộ", "hội", "ủy ban", "uỷ ban", "thôn", "tổ dân phố", "khu phố", "bcđ", "ban chỉ đạo",
	"đồng chí", "thị trấn", "thành phố", "cục", "chi cục", "trung tâm", "ngân hàng", "bệnh viện", "tổ dân phố",
	"hội đoàn thể", "đoàn thể", "chi hội", "tổ hội", "chi đoàn", "trạm y tế", "trường học", "cơ sở", "hộ",
	"hộ gia đình", "khu dân cư", "ấp", "bản", "làng", "ngành chức năng", "lực lượng chức năng", "hợp tác xã",
	"cơ sở giáo dục", "nhà thầu", "chủ đầu tư", "nhà đầu tư", "chủ rừng", "chủ dự án", "đơn vị thi công",
	"tổ trưởng", "trưởng thôn",
	"xóm", "xóm trưởng", "trưởng xóm", "buôn", "chủ tịch", "ban quản lý",
	"tổ chức cơ sở đảng", "tổ chức đảng", "tổ chức chính trị", "tổ chức đoàn thể", "ban ngành",
	"đoàn thể chính trị - xã hội",
	// A commune's staff named by their field (G42).
	"chuyên môn", "bộ phận chuyên môn",
)

// markers start a predicate: modals, the words that hand a task to its
// subject, and the adverbs that open what must be done.
var markers = set(
	"sẽ", "cần", "phải", "cần phải", "có nhiệm vụ", "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "chủ động",
	"tiếp tục", "khẩn trương", "quan tâm", "phối hợp", "nghiêm túc", "kịp thời", "sớm", "định kỳ", "thường xuyên",
	"căn cứ", "tích cực", "hằng tháng", "hàng tháng", "hằng quý", "hàng quý", "hằng năm", "hàng năm", "trực tiếp",
	"tập trung", "quyết liệt", "khẩn cấp", "chủ động phối hợp", "theo chức năng", "rà soát",
	// "các địa phương phải gấp rút chuẩn bị …" (harvest of 2026-12-07).
	"gấp rút",
	// "yêu cầu các sở nhanh chóng triển khai …" (seventh collection).
	"nhanh chóng", "cấp tốc",
	// "tỉnh mạnh dạn cắt bỏ những dự án chưa cần thiết" (fifteenth collection).
	"mạnh dạn", "kiên quyết", "dứt khoát",
	// A target set is work aimed at: "Huyện phấn đấu cấy xong trong tháng
	// 2", "Sóc Trăng quyết tâm đưa các khu công nghiệp mới vào hoạt động".
	"phấn đấu", "quyết tâm",
)

// provinceNames are the provinces and centrally run cities (the 63 before
// the 2025 merger, whose names the 34 of today keep), which news items name
// bare as the bodies asked: "Thủ tướng đề nghị Thái Bình nghiên cứu …",
// "Bộ Xây dựng đề nghị Hà Nội báo cáo …" (see provinceList).
var provinceNames = set(
	"An Giang", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định",
	"Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
	"Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng",
	"Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn",
	"Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
	"Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
	"Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
	"Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)

// verbs are actions a task commonly starts with.
var verbs = set(
	"thông tin cho", "thông báo cho", // "Các xã thông tin cho nhân dân biết …" (seventh collection)
	"ước tính", "vây dập", // "Thứ ba, ước tính thiệt hại …" (eighth collection)
	"đóng cửa", // "Từ 18 giờ ngày 4/5, đóng cửa tất cả các hàng quán …"
	"xây dựng", "tổ chức", "thực hiện", "hoàn thiện", "hoàn thành", "báo cáo", "nghiên cứu", "tham mưu",
	"chỉ đạo", "kiểm tra", "tuyên truyền", "bố trí", "hướng dẫn", "theo dõi", "đánh giá", "tổng hợp", "gửi", "trình",
	"giải quyết", "xử lý", "huy động", "lựa chọn", "tiếp thu", "đề xuất", "cập nhật", "khắc phục", "nhìn nhận",
	"ban hành", "cải tạo", "mở rộng", "duy trì", "tham gia", "góp ý", "cho ý kiến", "làm", "ưu tiên", "rút kinh nghiệm",
	"điều chỉnh", "bổ sung", "kiện toàn", "đôn đốc", "giám sát", "lập", "soạn thảo", "chuẩn bị", "tiếp nhận",
	"cung cấp", "đảm bảo", "bảo đảm", "hỗ trợ", "thông báo", "phát huy", "nâng cao", "vận động", "ra quân",
	"xác minh", "thống kê", "điều tra", "phê duyệt", "thẩm định", "quản lý", "phát triển", "sắp xếp",
	"thành lập", "kiểm điểm", "triển khai", "tăng cường", "đẩy mạnh", "đề nghị", "tập huấn", "phổ biến",
	"rà soát", "trao đổi", "thẩm tra", "chấn chỉnh", "tuyên dương", "khen thưởng", "công khai", "đầu tư",
	"giải ngân", "thu hồi", "cưỡng chế", "di dời", "hoàn trả", "nộp", "chuyển", "giao", "phân công", "ký",
	"lấy ý kiến", "đăng ký", "chủ trì", "phối hợp", "tập trung", "mua sắm", "sửa chữa", "nhân rộng",
	"lồng ghép", "quán triệt", "thực hành", "số hóa", "kết nối", "vận hành", "giải đáp", "phản hồi", "trả lời",
	"xem xét", "thanh tra", "tạo điều kiện", "chấp hành", "bàn giao", "tiếp tục",
	// Verbs found in news items and commune notices (issue 14).
	"đẩy nhanh", "cắm", "lắp đặt", "treo", "phun", "thu gom", "nạo vét", "khơi thông", "phát quang", "dọn dẹp",
	"củng cố", "bảo vệ", "phòng chống", "ngăn chặn", "truy quét", "tuần tra", "sơ kết",
	"tổng kết", "kiểm kê", "đo đạc", "cấp phát", "cấp đổi", "cấp lại", "niêm yết", "tiếp công dân", "đối thoại",
	"hoàn chỉnh", "xác định", "kiến nghị", "chi trả", "nâng cấp", "cải thiện", "tu sửa", "làm việc", "thăm hỏi",
	"tặng quà", "động viên", "phát động", "hưởng ứng", "bảo dưỡng", "bảo trì", "giữ gìn", "khoanh vùng",
	"cách ly", "tiêm phòng", "tiêu độc", "khử trùng", "tiêu hủy", "thu thập", "đào tạo", "bồi dưỡng",
	"diễn tập", "sẵn sàng", "đối chiếu", "phát hiện", "ngăn ngừa", "hạn chế", "nghiêm cấm", "không để", "không",
	"tạm dừng", "đình chỉ", "tháo dỡ", "giải tỏa", "sơ tán", "chằng chống", "gia cố", "kiểm soát",
	"phân loại", "phân bổ", "nghiệm thu", "quyết toán", "thanh toán", "tạm ứng", "tháo gỡ", "kéo giảm",
	"tiến hành", "thiết lập", "công bố", "sửa đổi", "bãi bỏ", "thay thế", "lưu trữ", "đăng tải", "nắm bắt",
	"nắm chắc", "thúc đẩy", "khuyến khích", "kêu gọi", "ủng hộ", "đóng góp", "kết nạp", "giới thiệu",
	"bình xét", "xếp loại", "biểu dương", "nhắc nhở", "xử phạt", "cảnh báo", "khuyến cáo", "chia sẻ",
	"dự trữ", "sơ cứu", "cứu hộ", "cứu nạn", "khám sàng lọc", "điều trị", "chăm sóc", "lập danh sách",
	"lưu ý", "vệ sinh", "tổng vệ sinh", "ứng phó", "khắc phục hậu quả", "tăng cường công tác", "hoàn tất",
	"dán", "kê khai", "cử", "tham dự", "chốt", "dừng", "ngừng", "ứng dụng", "bám sát", "tiếp cận", "hoàn thiện hồ sơ",
	// Common verbs of directives in any field: what a body is told to
	// open, bring, create, heed or renew.
	// Not "bàn" (địa bàn), "tạo" (sáng tạo) nor "thống nhất" (agreed in a
	// meeting): words that end names or narrate.
	"giải trình", "phản ánh", "khảo sát", "điều tiết", "mở", "đưa", "dành", "đấu tranh", "trấn áp", "tấn công", "truy bắt",
	"xử lý nghiêm", "chú trọng", "chú ý", "coi trọng", "đổi mới", "giữ vững", "tìm", "nắm", "tổ chức lại",
	"phân tích", "dự báo", "theo dõi sát",
	// "…; giữ thông tin liên lạc thường xuyên …", "…; tuyệt đối không để
	// người dân ở lại trên tàu thuyền …" (eleventh collection).
	"giữ", "tuyệt đối không để", "tuyệt đối không",
	"phòng trừ", "phòng ngừa", "phòng tránh",
	// "có" with a noun of work is that work done: "có báo cáo hằng ngày",
	// "có phương án bảo đảm an toàn" (not "có văn bản", "có kế hoạch": a
	// document issued).
	"có báo cáo", "có phương án", "có giải pháp", "có biện pháp",
	// Harvested on 2026-12-07 (issue 14) from the first words after the
	// slots that say "what follows is the work" ("giao X …", "đề nghị X …",
	// "X chủ trì, phối hợp … …", items under an announcement) in the tuning
	// texts, /work/shared/corpus and ~130 fresh directive excerpts from
	// ministries, the Government, provinces and communes. Grouped by field.
	// Building, heritage and public works.
	"khởi công", "khánh thành", "động thổ", "thông xe", "xây", "lắp", "dựng", "tu bổ", "tôn tạo", "trùng tu",
	"phục hồi", "bảo tồn", "bảo quản", "duy tu", "chỉnh trang", "san lấp", "lát", "kiên cố hóa", "bê tông hóa",
	"cứng hóa", "trang trí", "căng", "hạ cờ", "dọn", "hộ đê", "canh gác", "đào đắp", "rà phá", "dò tìm",
	"giải phóng mặt bằng", "bồi thường", "gỡ vướng",
	// Farming and forests.
	"trồng", "trồng mới", "trồng lại", "gieo", "gieo cấy", "gieo trồng", "cấy", "tưới", "bón", "thu hoạch",
	// Publishing and records.
	"biên soạn", "biên tập", "xuất bản", "phát hành", "in", "in ấn", "đóng dấu", "chuẩn hóa",
	// Justice, inspection and health.
	"khởi tố", "truy tố", "xét xử", "truy cứu", "giám định", "xét nghiệm", "truy vết", "tiêm", "tiêm chủng",
	// Organisation, staff and money.
	"sáp nhập", "hợp nhất", "giải thể", "luân chuyển", "điều động", "bổ nhiệm", "tuyển dụng", "tuyển sinh",
	"huấn luyện", "khám tuyển", "cắt giảm", "tinh giản", "cân đối", "cấp giấy", "cấp phép", "xuất cấp",
	"cứu trợ", "bình ổn", "đấu giá", "đấu thầu", "sử dụng", "tuân thủ", "rút", "rút ngắn",
	// Meetings, occasions and replies.
	"tạm hoãn", "đình hoãn", "hoãn", "xin ý kiến", "giải thích", "tiếp xúc", "thăm", "viếng", "dâng hương",
	"dâng hoa", "đón tiếp", "lên phương án", "lên kế hoạch", "lên danh sách",
	// Actions of the tuning gold (2026-12-08) that no list held: "…; kích
	// hoạt hệ thống phòng, chống dịch …", "…; phân cấp, phân nhiệm rõ ràng".
	"kích hoạt", "áp dụng", "đảm nhận", "hình thành", "liên hệ", "tính toán", "chăm lo",
	"triệu tập", "trao tặng", "ứng trực", "thay đổi", "vào cuộc", "ổn định", "phân cấp",
	"phân quyền", "phân nhiệm", "bắt tay vào", "đồng loạt", "dự phòng",
)

// pastMarkers before a predicate make it a report of what was done.
var pastMarkers = set("đã", "vừa", "đã được", "đã và đang", "đang", "được")

// addresseeTriggers hand a task to the body named after them: "yêu cầu
// các phòng … báo cáo", "đề nghị các Bộ … rà soát", "giao cho …".
var addresseeTriggers = set(
	"yêu cầu", "đề nghị", "giao", "giao cho", "giao nhiệm vụ cho", "giao nhiệm vụ", "trân trọng đề nghị",
	"kính đề nghị", "chỉ đạo giao", "phân công cho", "đề nghị với", "chỉ đạo", "lưu ý",
	// "phân công (trực tiếp) đến X …" hands work over as "giao X …" does,
	// and, like it, stays live when told in the past.
	"phân công đến", "phân công trực tiếp",
	// "giao trách nhiệm (cho) X …" hands work over as "giao nhiệm vụ (cho)
	// X …" does (harvest of 2026-12-07).
	"giao trách nhiệm", "giao trách nhiệm cho",
	// "Tỉnh ủy chọn Đảng bộ huyện Sa Thầy để tổ chức đại hội điểm": the
	// body chosen for the work is given it.
	"chọn",
)

// subjectTriggers hand a task to the body named before them: "Sở … có
// nhiệm vụ", "BCĐ 197 quận sẽ …", "các đơn vị cần …".
var subjectTriggers = set(
	"sẽ", "cần", "phải", "cần phải", "có nhiệm vụ", "có trách nhiệm", "chịu trách nhiệm", "chủ trì",
)

// nounBeforeTrigger makes an addressee trigger a noun: "theo đề nghị của",
// "các yêu cầu", "đáp ứng yêu cầu".
var nounBeforeTrigger = set("theo", "xét", "các", "những", "đáp ứng", "với", "mọi", "của", "đúng", "nhiều", "được")

// triggerAsNoun reports a trigger at ws[i] made a noun by the word or two
// before it (see nounBeforeTrigger; "đáp ứng" is two).
func triggerAsNoun(ws []word, i int) bool {
	return i > 0 && phraseAt(ws, i-1, nounBeforeTrigger, 1) > 0 || i > 1 && phraseAt(ws, i-2, nounBeforeTrigger, 2) == 2
}

// submissionVerbs start the hand-over step of the task before them ("…;
// trình UBND tỉnh trước ngày 15/11"), which is not a task of its own.
var submissionVerbs = set("trình", "gửi", "báo cáo", "nộp", "chuyển")

// passiveTriggers hand a task to the body named before them in the passive:
// "Sở … được giao chủ trì …", "Văn phòng được phân công theo dõi …".
var passiveTriggers = set("được giao", "được giao nhiệm vụ", "được phân công", "được phân công nhiệm vụ", "được giao làm",
	"được yêu cầu", "được đề nghị",
	// "Đảng bộ xã Mỹ Lạc được chọn tổ chức đại hội điểm": chosen for work is
	// given it.
	"được chọn", "được chọn để", "được lựa chọn")

// accountabilityWords after "chịu trách nhiệm" make it a statement of
// accountability, not a task: "chịu trách nhiệm trước Giám đốc Sở nếu …".
var accountabilityWords = set("trước", "về", "nếu", "toàn diện", "hoàn toàn", "cá nhân", "đối với", "khi", "trong trường hợp")

// conditionWords open a clause that says what to do if something happens:
// "trường hợp phát sinh vướng mắc … báo cáo …" is not a task of its own.
var conditionWords = set("trường hợp", "trong trường hợp", "nếu", "khi", "đối với trường hợp", "nếu có", "riêng trường hợp")

// connectives open a sentence that goes on from the one before: "Theo đó, …",
// "Cụ thể như …". They are dropped before the sentence is read.
var connectives = set("theo đó", "cụ thể", "cụ thể như", "cụ thể là", "đồng thời", "ngoài ra", "bên cạnh đó",
	"trước mắt", "mặt khác", "cùng với đó", "qua đó",
	// A schedule: what follows is planned work ("Theo kế hoạch, đại hội các
	// chi bộ hoàn thành trước ngày 15.2").
	"theo kế hoạch", "theo dự kiến",
	// A fronted time: "Trong thời gian tới UBND phường sẽ chỉ đạo …".
	"trong thời gian tới", "thời gian tới", "trong thời gian sắp tới", "thời gian sắp tới", "sắp tới",
	// The work ahead after a report of results (G41).
	"nhiệm vụ thời gian tới", "nhiệm vụ trong thời gian tới", "phương hướng thời gian tới",
	"phương hướng trong thời gian tới", "phương hướng, nhiệm vụ thời gian tới")

// eventNouns name an event that a body holds: "Đại hội Chi bộ X dự kiến tổ
// chức trước ngày 12.4" is a task for Chi bộ X.
var eventNouns = set("đại hội", "hội nghị", "lễ", "hội thi", "hội diễn", "cuộc thi", "kỳ thi", "buổi", "lễ ra quân")

// meetingWords mark a request made and met inside a meeting.
var meetingWords = []string{"tai hoi nghi", "tai cuoc hop", "tai phien hop", "tai buoi"}

// inMeetingVerbs are requests answered in the meeting itself.
var inMeetingVerbs = set("báo cáo", "phát biểu", "trình bày", "giải trình", "thông tin", "giải đáp")

// coopStops end the name of a cooperating body.
var coopStops = set("trong", "để", "nhằm", "theo", "về", "tại", "khi", "trên", "thực hiện", "đối với", "cho")

// genericLeads are leads that refer back to the addressees of the text.
var genericLeads = set("các đơn vị, địa phương", "các đơn vị", "các địa phương", "các cơ quan, đơn vị, địa phương")

// groupHeaderWords open a line that names who the following items are for.
var groupHeaderWords = set("đối với", "giao", "về phía", "đề nghị")

// frontedWords open an adverbial of time fronted before the subject of a
// task: "Kết thúc đợt cao điểm, các đơn vị báo cáo …".
var frontedWords = set("sau khi", "sau", "trước", "kết thúc", "khi", "từ", "ngay sau", "định kỳ", "hằng", "hàng",
	"đến", "cuối", "đầu", "trên cơ sở", "căn cứ", "sau đó", "chậm nhất", "hết", "sáng", "chiều", "tối", "trưa", "trong",
	"vào", "giữa", "dự kiến")

// attributeLabels open a line that states an attribute of a plan's item:
// who leads it, who cooperates, when, what it yields.
var attributeLabels = set("đơn vị chủ trì", "cơ quan chủ trì", "chủ trì", "chủ trì thực hiện", "đơn vị thực hiện",
	"cơ quan thực hiện", "đơn vị thực hiện chính", "trách nhiệm thực hiện",
	"đơn vị phối hợp", "cơ quan phối hợp", "phối hợp", "đơn vị phối hợp thực hiện",
	"thời gian", "thời gian thực hiện", "thời gian hoàn thành", "thời hạn", "thời hạn hoàn thành", "tiến độ",
	"sản phẩm", "kết quả", "kết quả đầu ra", "kinh phí", "nguồn kinh phí", "hình thức")

// nounCompounds are nouns that start or end with a verb's syllable: the
// verb in them does not start a predicate.
var nounCompounds = set("giao thông", "giao dịch", "công trình", "chương trình", "quy trình", "tờ trình", "lộ trình",
	"tiến trình", "hành trình", "giao lưu", "kiểm tra viên", "thanh tra viên", "chủ đầu tư", "nhà đầu tư",
	// Nouns ending in a harvested verb: "cây trồng", "quyền sử dụng đất".
	"cây trồng", "quyền sử dụng", "mục đích sử dụng", "nhà in", "nhà xuất bản", "máy in", "bản in", "nước tưới",
	"mùa tưới", "mũi tiêm", "căng thẳng")
