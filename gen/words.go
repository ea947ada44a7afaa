package gen

import "tiendo"

// The vocabulary of generated names and titles. No word but the street
// "phố Huế" folds to a word starting with "hue", so a search for "pho hue"
// finds exactly the tasks whose title names that street (Stats.PhoHue).

// provinceName is the synthetic province.
const provinceName = "Hòa An"

// deptSpec is a provincial department (sở, ban, ngành).
type deptSpec struct {
	Abbrev, Name string
	Kind         tiendo.OrgKind
}

var provinceDepts = []deptSpec{
	{"VP", "Văn phòng UBND tỉnh", tiendo.KindDepartment},
	{"SNV", "Sở Nội vụ", tiendo.KindDepartment},
	{"STP", "Sở Tư pháp", tiendo.KindDepartment},
	{"STC", "Sở Tài chính", tiendo.KindDepartment},
	{"SXD", "Sở Xây dựng", tiendo.KindDepartment},
	{"SNN", "Sở Nông nghiệp và Môi trường", tiendo.KindDepartment},
	{"SCT", "Sở Công Thương", tiendo.KindDepartment},
	{"SGD", "Sở Giáo dục và Đào tạo", tiendo.KindDepartment},
	{"SYT", "Sở Y tế", tiendo.KindDepartment},
	{"SVH", "Sở Văn hóa, Thể thao và Du lịch", tiendo.KindDepartment},
	{"SKH", "Sở Khoa học và Công nghệ", tiendo.KindDepartment},
	{"SDT", "Sở Dân tộc và Tôn giáo", tiendo.KindDepartment},
	{"TTRA", "Thanh tra tỉnh", tiendo.KindDepartment},
	{"SNGV", "Sở Ngoại vụ", tiendo.KindDepartment},
	{"SQH", "Sở Quy hoạch – Kiến trúc", tiendo.KindDepartment},
	{"BQLKCN", "Ban Quản lý các khu công nghiệp", tiendo.KindDepartment},
	{"BQLDD", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng", tiendo.KindPublicService},
	{"BQLGT", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông", tiendo.KindPublicService},
	{"TTHCC", "Trung tâm Phục vụ hành chính công", tiendo.KindPublicService},
	{"DPTTH", "Đài Phát thanh và Truyền hình tỉnh", tiendo.KindPublicService},
	{"QDTPT", "Quỹ Đầu tư phát triển tỉnh", tiendo.KindPublicService},
	{"TTPTQD", "Trung tâm Phát triển quỹ đất tỉnh", tiendo.KindPublicService},
	{"CA", "Công an tỉnh", tiendo.KindPolice},
	{"BCHQS", "Bộ Chỉ huy Quân sự tỉnh", tiendo.KindMilitary},
	{"MTTQ", "Ủy ban MTTQ Việt Nam tỉnh", tiendo.KindMassOrganisation},
	{"BTG", "Ban Tuyên giáo và Dân vận Tỉnh ủy", tiendo.KindDepartment},
	{"BTC", "Ban Tổ chức Tỉnh ủy", tiendo.KindDepartment},
	{"UBKT", "Ủy ban Kiểm tra Tỉnh ủy", tiendo.KindDepartment},
	{"BCD197", "Ban Chỉ đạo bảo đảm trật tự đô thị tỉnh", tiendo.KindSteeringCommittee},
	{"HND", "Hội Nông dân tỉnh", tiendo.KindMassOrganisation},
}

// districtDepts are the offices of a district People's Committee.
var districtDepts = []deptSpec{
	{"VP", "Văn phòng HĐND-UBND", tiendo.KindDepartment},
	{"NV", "Phòng Nội vụ", tiendo.KindDepartment},
	{"TCKH", "Phòng Tài chính – Kế hoạch", tiendo.KindDepartment},
	{"KTHT", "Phòng Kinh tế, Hạ tầng và Đô thị", tiendo.KindDepartment},
	{"TNMT", "Phòng Tài nguyên và Môi trường", tiendo.KindDepartment},
	{"VHTT", "Phòng Văn hóa và Thông tin", tiendo.KindDepartment},
	{"GDDT", "Phòng Giáo dục và Đào tạo", tiendo.KindDepartment},
	{"TTRA", "Thanh tra", tiendo.KindDepartment},
	{"TP", "Phòng Tư pháp", tiendo.KindDepartment},
	{"YT", "Phòng Y tế", tiendo.KindDepartment},
	{"LDTB", "Phòng Lao động – Thương binh và Xã hội", tiendo.KindDepartment},
	{"BQLDA", "Ban Quản lý dự án đầu tư xây dựng", tiendo.KindPublicService},
}

// Place names are built from two syllables, like most Vietnamese ones.
var (
	syllableA = []string{"An", "Bình", "Phú", "Tân", "Hòa", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Vĩnh", "Long",
		"Thanh", "Hưng", "Mỹ", "Phước", "Quang", "Minh", "Đức", "Xuân", "Yên", "Cẩm", "Hoàng", "Kim", "Lạc"}
	syllableB = []string{"Lập", "Hòa", "Phú", "An", "Thịnh", "Lợi", "Hưng", "Sơn", "Thủy", "Lộc", "Phong", "Tiến",
		"Thành", "Mỹ", "Bình", "Trung", "Hải", "Khánh", "Điền", "Xuyên", "Giang", "Lâm", "Định", "Thái", "Quý"}
)

// theme is a field of work: the actions that fit its objects. Spatial
// themes can be tied to a street; the others to an area at most.
type theme struct {
	actions []string
	objects []string
	spatial bool
}

var themes = []theme{
	{[]string{"Kiểm tra, xử lý", "Ra quân xử lý", "Giải quyết dứt điểm", "Rà soát, thống kê"},
		[]string{"vi phạm trật tự xây dựng", "vi phạm lấn chiếm vỉa hè, lòng đường", "vi phạm trật tự an toàn giao thông", "công trình xây dựng không phép"}, true},
	{[]string{"Kiểm tra", "Tuyên truyền, hướng dẫn", "Xây dựng kế hoạch", "Tăng cường"},
		[]string{"công tác phòng cháy, chữa cháy", "an toàn phòng cháy nhà chung cư cũ", "kỹ năng thoát nạn cho người dân", "hoạt động của đội phòng cháy chữa cháy cơ sở"}, true},
	{[]string{"Đôn đốc", "Báo cáo tiến độ", "Đẩy nhanh", "Tháo gỡ vướng mắc trong"},
		[]string{"giải ngân vốn đầu tư công", "giải phóng mặt bằng dự án", "thi công công trình trường học", "cải tạo hệ thống thoát nước"}, true},
	{[]string{"Rà soát", "Đôn đốc giải quyết", "Giải quyết", "Tổng hợp, báo cáo"},
		[]string{"hồ sơ cấp giấy chứng nhận quyền sử dụng đất", "đơn thư khiếu nại, tố cáo", "hồ sơ tồn đọng về đất đai", "kiến nghị của cử tri"}, false},
	{[]string{"Nâng cao", "Báo cáo kết quả", "Khắc phục hạn chế trong", "Đánh giá"},
		[]string{"chỉ số cải cách hành chính", "tỷ lệ hồ sơ trực tuyến toàn trình", "chất lượng giải quyết thủ tục hành chính", "công tác chuyển đổi số"}, false},
	{[]string{"Tổ chức", "Duy trì", "Chỉnh trang", "Kiểm tra"},
		[]string{"tổng vệ sinh môi trường", "tuyến phố văn minh đô thị", "hệ thống chiếu sáng công cộng", "cây xanh, vườn hoa"}, true},
	{[]string{"Rà soát", "Chi trả kịp thời", "Kiểm tra việc thực hiện", "Báo cáo kết quả"},
		[]string{"chế độ cho người có công", "trợ cấp xã hội hằng tháng", "hỗ trợ hộ nghèo, hộ cận nghèo", "quà Tết cho gia đình chính sách"}, false},
	{[]string{"Đôn đốc", "Báo cáo", "Phấn đấu hoàn thành", "Đánh giá"},
		[]string{"chỉ tiêu thu ngân sách", "chỉ tiêu giao quân", "chỉ tiêu trồng cây xanh", "chỉ tiêu bảo hiểm y tế toàn dân"}, false},
	{[]string{"Kiểm tra", "Tăng cường quản lý", "Thanh tra", "Rà soát, thống kê"},
		[]string{"an toàn thực phẩm", "hoạt động kinh doanh karaoke, vũ trường", "cơ sở kinh doanh dịch vụ lưu trú", "hoạt động chợ dân sinh"}, true},
	{[]string{"Xây dựng phương án", "Chuẩn bị", "Triển khai", "Báo cáo công tác"},
		[]string{"phòng chống lụt bão", "phòng chống dịch bệnh", "bầu cử đại biểu Quốc hội và HĐND các cấp", "tổ chức lễ hội đầu năm"}, false},
	{[]string{"Rà soát", "Kiện toàn", "Sắp xếp", "Báo cáo về"},
		[]string{"vị trí việc làm, biên chế", "tổ chức bộ máy các cơ quan chuyên môn", "đội ngũ cán bộ, công chức cấp xã", "quy chế làm việc"}, false},
	{[]string{"Triển khai", "Sơ kết", "Tổng kết", "Đánh giá kết quả"},
		[]string{"phong trào thi đua yêu nước", "mô hình dân vận khéo", "cuộc vận động xây dựng đời sống văn hóa", "chương trình xây dựng nông thôn mới"}, false},
}

// streets are places a task can be tied to; "phố Huế" is the only one the
// benchmark search "pho hue" finds.
var streets = []string{"phố Huế", "phố Bà Triệu", "đường Giải Phóng", "đường Lê Duẩn", "phố Đại La", "đường Minh Khai",
	"phố Trần Khát Chân", "phố Đại Cồ Việt", "đường Vành đai 2", "phố Nguyễn Đình Chiểu", "khu tập thể Thanh Nhàn",
	"chợ Mơ", "đường Trần Hưng Đạo", "đường Lê Lợi", "đường Quang Trung", "khu đô thị mới phía Nam", "cụm công nghiệp số 2",
	"chợ trung tâm", "bến xe khách phía Bắc", "quốc lộ 1A", "tỉnh lộ 295", "khu dân cư số 3", "kênh tiêu Bắc", "đê tả sông Cầu"}

// phoHue is the street counted in Stats.PhoHue.
const phoHue = "phố Huế"

// Narratives of progress reports.
var (
	progressNotes = []string{"Đã xây dựng kế hoạch, phân công cán bộ phụ trách.", "Đã tổ chức kiểm tra, lập biên bản.",
		"Đang tổng hợp số liệu của các đơn vị.", "Đã hoàn thành khảo sát hiện trạng.", "Đang hoàn thiện dự thảo báo cáo.",
		"Đã làm việc với các đơn vị liên quan.", "Đã triển khai đợt 1, đang chuẩn bị đợt 2."}
	problemNotes = []string{"Thiếu kinh phí thực hiện.", "Lực lượng kiểm tra còn mỏng.", "Người dân chưa đồng thuận.",
		"Hồ sơ pháp lý chưa đầy đủ.", "Chờ ý kiến của cơ quan cấp trên."}
	proposalNotes = []string{"Đề nghị bổ sung kinh phí.", "Đề nghị gia hạn thời gian thực hiện.",
		"Đề nghị cơ quan chuyên môn hướng dẫn.", "Đề nghị tăng cường lực lượng phối hợp."}
	returnReasons = []string{"Báo cáo chưa đầy đủ số liệu, đề nghị bổ sung.", "Chưa có tài liệu chứng minh kết quả.",
		"Kết quả chưa đạt yêu cầu của kế hoạch."}
	extensionReasons = []string{"Khối lượng công việc phát sinh lớn.", "Vướng mắc về mặt bằng.", "Chờ ý kiến của các sở, ngành.",
		"Thời tiết không thuận lợi cho thi công."}
)
