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
			checkTasks(t, Extract(lead+c.item, vn.NewDate(2024, 3, 10)), c.tasks)
		})
	}
}

// TestUnmarkedItems checks a list whose markers a web page lost: a name
// line (or "Bodies: Action …." on one line) and the action lines after it
// are the bodies' tasks; a headline of the same shape is not.
func TestUnmarkedItems(t *testing.T) {
	runTaskCases(t, vn.NewDate(2024, 3, 10), []taskCase{
		{"name line then action lines",
			"Thực hiện kế hoạch phòng chống dịch của UBND huyện năm 2024.\nUBND các xã, thị trấn:\nLập danh sách hộ chăn nuôi.\nTuyên truyền cho người dân về phòng bệnh, xong trước ngày 20/5/2024.",
			[]GoldTask{gt("UBND các xã, thị trấn", "Lập danh sách hộ chăn nuôi", "none", ""),
				gt("UBND các xã, thị trấn", "Tuyên truyền cho người dân", "date", "2024-05-20")}},
		{"bodies and first action on one line",
			"Đảng ủy, UBND các phường: Lập, niêm yết danh sách cử tri; niêm yết tài liệu tại trụ sở trong ngày 19/4/2024.\nTổ chức lấy ý kiến Nhân dân, xong trước ngày 22/4/2024.\nBáo cáo UBND thành phố kết quả lấy ý kiến, chậm nhất ngày 23/4/2024.",
			[]GoldTask{gt("Đảng ủy, UBND các phường", "niêm yết danh sách cử tri", "none", ""),
				gt("Đảng ủy, UBND các phường", "niêm yết tài liệu tại trụ sở", "date", "2024-04-19"),
				gt("Đảng ủy, UBND các phường", "Tổ chức lấy ý kiến Nhân dân", "date", "2024-04-22"),
				gt("Đảng ủy, UBND các phường", "Báo cáo UBND thành phố kết quả", "date", "2024-04-23")}},
		{"a sentence with a subject ends the list",
			"Phòng Giáo dục và Đào tạo:\nKiểm tra cơ sở vật chất các trường trước ngày 15/8/2024.\nNăm học mới sẽ khai giảng vào ngày 5/9.",
			[]GoldTask{gt("Phòng Giáo dục và Đào tạo", "Kiểm tra cơ sở vật chất", "date", "2024-08-15")}},
		{"headline of the same shape", "Quận Ba Đình: Xây dựng đô thị văn minh, hiện đại\n\nNhững năm qua, quận đã đạt nhiều kết quả.", nil},
		{"speaker headline", "Chủ tịch UBND tỉnh: Khẩn trương hoàn thiện các tờ trình\n\nSáng nay, UBND tỉnh họp thường kỳ.", nil},
	})
}

// TestConclusionsLeadIn checks that a lead-in to conclusions or opinions
// ("… ý kiến của Phó Thủ tướng như sau:") opens assigning text: a sentence
// after it with its own subject and an action is a task, on the next line
// or after the colon; and that "TP"/"TX" before a name is a town.
func TestConclusionsLeadIn(t *testing.T) {
	runTaskCases(t, vn.NewDate(2024, 3, 10), []taskCase{
		{"opinion, next line", "Văn phòng Chính phủ thông báo ý kiến của Phó Thủ tướng như sau:\nỦy ban nhân dân tỉnh Hòa Bình tiếp tục nghiên cứu, hoàn chỉnh đồ án quy hoạch.",
			[]GoldTask{gt("Ủy ban nhân dân tỉnh Hòa Bình", "hoàn chỉnh đồ án quy hoạch", "none", "")}},
		{"conclusion, same line", "Kết luận của Chủ tịch UBND huyện như sau: Phòng Tài chính - Kế hoạch bố trí kinh phí. Phòng Nội vụ rà soát biên chế.",
			[]GoldTask{gt("Phòng Tài chính - Kế hoạch", "bố trí kinh phí", "none", ""), gt("Phòng Nội vụ", "rà soát biên chế", "none", "")}},
		{"direction, cụ thể", "Chủ tịch UBND tỉnh chỉ đạo cụ thể:\nSở Y tế kiểm tra các cơ sở khám chữa bệnh trước ngày 30/6/2024.",
			[]GoldTask{gt("Sở Y tế", "kiểm tra các cơ sở khám chữa bệnh", "date", "2024-06-30")}},
		{"a report's colon opens nothing", "Kết quả đạt được như sau:\nSở Y tế kiểm tra 120 cơ sở khám chữa bệnh.", nil},
		{"TP before a name", "UBND tỉnh đề nghị TP Thuận An đẩy nhanh tiến độ xây dựng các khu tái định cư.",
			[]GoldTask{gt("TP Thuận An", "đẩy nhanh tiến độ", "none", "")}},
		{"TX before a name", "Sở Xây dựng yêu cầu TX Kỳ Anh rà soát các công trình xây dựng trái phép.",
			[]GoldTask{gt("TX Kỳ Anh", "rà soát các công trình", "none", "")}},
	})
}

// TestWrappedList checks a letter copied from a PDF, one phrase a line: a
// marker alone on its line, an item wrapped before a date or a name, a
// "Thời gian: Ngày …" item that dates the items of the list, and a
// numbered sub-heading ("4. Thông tin báo cáo:") whose lines are items.
func TestWrappedList(t *testing.T) {
	text := "Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.\n" +
		"BTV Huyện Đoàn đề nghị BCH Đoàn các xã, thị trấn triển khai Ngày hội thanh niên, cụ thể như\nsau:\n" +
		"1. Thời\ngian: Ngày\n15/9/2024\n(Chủ nhật)\n" +
		"2. Nội\ndung:\n-\nTổ chức dọn vệ sinh các tuyến đường\ntrên địa bàn.\n-\nTổ\nchức thăm hỏi,\ntặng quà các Mẹ\nViệt Nam anh hùng.\n" +
		"3. Thông tin báo cáo:\nBáo cáo kết quả về Văn phòng Huyện Đoàn chậm\nnhất 10h00’ ngày 16/9/2024.\n"
	want := []GoldTask{
		gt("BCH Đoàn các xã, thị trấn", "Tổ chức dọn vệ sinh các tuyến đường trên địa bàn", "date", "2024-09-15"),
		gt("BCH Đoàn các xã, thị trấn", "tặng quà các Mẹ Việt Nam anh hùng", "date", "2024-09-15"),
		gt("BCH Đoàn các xã, thị trấn", "Báo cáo kết quả về Văn phòng Huyện Đoàn", "date", "2024-09-16"),
	}
	checkTasks(t, Extract(text, vn.NewDate(2024, 9, 10)), want)
}

// TestEventLead checks that the body holding an event is named without the
// event's ordinal or term ("lần thứ 10", "nhiệm kỳ 2020 - 2025", "khóa XX").
func TestEventLead(t *testing.T) {
	cases := []struct{ text, lead string }{
		{"Đại hội đại biểu Đảng bộ phường Vạn Hương lần thứ 10 sẽ diễn ra vào ngày 25/2/2025.", "Đảng bộ phường Vạn Hương"},
		{"Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025 sẽ diễn ra từ ngày 26 đến 28/10/2020.", "Đảng bộ tỉnh"},
		{"Đại hội Chi bộ Trường THCS Hòa Lợi nhiệm kỳ 2025 - 2027 dự kiến tổ chức trước ngày 12/4/2025.", "Chi bộ Trường THCS Hòa Lợi"},
		{"Đại hội Công đoàn huyện khóa XV sẽ diễn ra trong tháng 5/2025.", "Công đoàn huyện"},
		{"Được biết, Đại hội đại biểu Hội Nông dân huyện dự kiến diễn ra vào tháng 6/2025.", "Hội Nông dân huyện"},
		{"Thời gian tổ chức đại hội hội cựu chiến binh cấp cơ sở hoàn thành trong quý II năm 2025.", "hội cựu chiến binh cấp cơ sở"},
	}
	for _, c := range cases {
		res := Extract(c.text, vn.NewDate(2025, 1, 10))
		if len(res.Tasks) != 1 || res.Tasks[0].Lead != c.lead {
			t.Errorf("%q: tasks %+v, want one of %q", c.text, res.Tasks, c.lead)
		}
	}
}

// TestColonAfterRequest checks a request whose colon opens the work on the
// same line ("UBND tỉnh yêu cầu: Sở Y tế kiểm tra …") and a hand-over to
// the heads of bodies listed after a colon ("Giao Giám đốc: Sở A, Sở B …").
func TestColonAfterRequest(t *testing.T) {
	runTaskCases(t, vn.NewDate(2025, 1, 10), []taskCase{
		{"request, one body", "UBND tỉnh yêu cầu: Sở Y tế kiểm tra an toàn thực phẩm.",
			[]GoldTask{gt("Sở Y tế", "kiểm tra an toàn thực phẩm", "none", "")}},
		{"conclusion, two sentences", "Chủ tịch UBND huyện kết luận: Phòng Y tế kiểm tra các cơ sở. Phòng Tài chính - Kế hoạch bố trí kinh phí.",
			[]GoldTask{gt("Phòng Y tế", "kiểm tra các cơ sở", "none", ""), gt("Phòng Tài chính - Kế hoạch", "bố trí kinh phí", "none", "")}},
		{"request, ';'", "Bí thư Huyện ủy đề nghị: Ban Tuyên giáo tổ chức quán triệt nghị quyết; Ủy ban MTTQ huyện vận động nhân dân.",
			[]GoldTask{gt("Ban Tuyên giáo", "tổ chức quán triệt", "none", ""), gt("Ủy ban MTTQ huyện", "vận động nhân dân", "none", "")}},
		{"heads listed", "Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông phối hợp với các sở, ngành tuyên truyền cuộc bình chọn.",
			[]GoldTask{gt("Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông", "tuyên truyền cuộc bình chọn", "none", "")}},
		{"heads listed, đề nghị", "Đề nghị Thủ trưởng: Sở Tài chính, Kho bạc Nhà nước tỉnh bố trí kinh phí kịp thời.",
			[]GoldTask{gt("Sở Tài chính, Kho bạc Nhà nước tỉnh", "bố trí kinh phí", "none", "")}},
	})
}

// TestApprovalIsNoTask checks that a decision of whoever speaks ("Chủ tịch
// UBND tỉnh đồng ý tổ chức …", "… thống nhất điều chỉnh phân công …") is
// not a task of the speaker, while work it hands over still is.
func TestApprovalIsNoTask(t *testing.T) {
	cases := []struct {
		text  string
		tasks []GoldTask
	}{
		{"Theo đó, đồng chí Chủ tịch UBND tỉnh đồng ý tổ chức lễ kỷ niệm 20 năm thành lập thành phố.", nil},
		{"Theo đó, Chủ tịch UBND tỉnh thống nhất điều chỉnh phân công Phó Chủ tịch UBND tỉnh phụ trách công nghiệp.", nil},
		{"Theo đó, Thường trực Huyện ủy nhất trí chủ trương xây dựng nhà văn hóa thôn Đông.", nil},
		{"Theo đó, UBND tỉnh chấp thuận cho Công ty A khảo sát địa điểm dự án.", nil},
		{"Chủ tịch UBND tỉnh đồng ý giao Sở Văn hóa chủ trì tổ chức lễ kỷ niệm.",
			[]GoldTask{gt("Sở Văn hóa", "chủ trì tổ chức lễ kỷ niệm", "none", "")}},
	}
	for _, c := range cases {
		checkTasks(t, Extract(c.text, vn.NewDate(2025, 1, 10)), c.tasks)
	}
}

// TestApprovalWordInName checks that a place named like a verb of approval
// ("phường Thống Nhất") is a name.
func TestApprovalWordInName(t *testing.T) {
	res := Extract("Theo đó, UBND phường Thống Nhất rà soát các hộ kinh doanh trước ngày 30/4/2025.", vn.NewDate(2025, 1, 10))
	if len(res.Tasks) != 1 || res.Tasks[0].Lead != "UBND phường Thống Nhất" {
		t.Errorf("tasks %+v, want one of UBND phường Thống Nhất", res.Tasks)
	}
}

// TestNegativeInstruction checks that "không" after the addressees begins
// the work ("yêu cầu các Sở không triển khai …"), not the name.
func TestNegativeInstruction(t *testing.T) {
	for _, c := range []struct{ text, lead string }{
		{"Bộ GD&ĐT yêu cầu các Sở không triển khai thực hiện văn bản giả mạo này.", "các Sở"},
		{"UBND huyện yêu cầu các xã không để xảy ra cháy rừng trong mùa khô.", "các xã"},
		{"Đề nghị Công an huyện không cấp phép cho các cơ sở chưa đủ điều kiện.", "Công an huyện"},
	} {
		res := Extract(c.text, vn.NewDate(2025, 1, 10))
		if len(res.Tasks) != 1 || res.Tasks[0].Lead != c.lead {
			t.Errorf("%q: tasks %+v, want one of %q", c.text, res.Tasks, c.lead)
		}
	}
}

// TestAnniversaryCeremony checks that the span of an anniversary does not
// date the ceremony of it, while work aimed at it is due that day.
func TestAnniversaryCeremony(t *testing.T) {
	cases := []struct {
		text string
		task GoldTask
	}{
		{"Chủ tịch UBND tỉnh đồng ý tổ chức lễ Kỷ niệm 20 năm ngày thành lập thành phố (17/10/2002 - 17/10/2022). Đề nghị UBND thành phố chủ trì tổ chức buổi lễ.",
			gt("UBND thành phố", "chủ trì tổ chức buổi lễ", "none", "")},
		{"Hướng tới kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024), UBND xã yêu cầu các thôn ra quân tổng vệ sinh.",
			gt("các thôn", "ra quân tổng vệ sinh", "date", "2024-12-22")},
	}
	for _, c := range cases {
		checkTasks(t, Extract(c.text, vn.NewDate(2024, 9, 10)), []GoldTask{c.task})
	}
}

// TestSectionTitlesKeepTheList checks that section titles in capitals under
// a lead-in ("A. NHIỆM VỤ CHUNG", "NHIỆM VỤ CỤ THỂ") divide the content
// announced; they do not end the list its items belong to.
func TestSectionTitlesKeepTheList(t *testing.T) {
	for _, title := range []string{"A. NHIỆM VỤ CHUNG", "B) CÁC GIẢI PHÁP", "NHIỆM VỤ CỤ THỂ", "II. NHIỆM VỤ TRỌNG TÂM"} {
		text := "Bộ Giáo dục và Đào tạo đề nghị các Sở GDĐT tổ chức thực hiện các nội dung sau:\n\n" + title +
			"\n\n1. Tiếp tục rà soát đội ngũ giáo viên; bố trí giáo viên hợp lý.\n\n2. Tăng cường kiểm tra chất lượng giáo dục.\n"
		want := []GoldTask{gt("các Sở GDĐT", "rà soát đội ngũ giáo viên", "none", ""), gt("các Sở GDĐT", "bố trí giáo viên hợp lý", "none", ""),
			gt("các Sở GDĐT", "Tăng cường kiểm tra chất lượng", "none", "")}
		checkTasks(t, Extract(text, vn.NewDate(2025, 8, 5)), want)
	}
}

// TestLongPreambleThenOpinions checks a letter that conveys opinions after
// a long preamble ("Về đề nghị của … tại văn bản số …, Phó Thủ tướng có ý
// kiến như sau:"), and that its closing formula ("xin thông báo để các cơ
// quan, tổ chức biết, thực hiện") is no task.
func TestLongPreambleThenOpinions(t *testing.T) {
	pre := "Về đề nghị của Ủy ban nhân dân tỉnh Hòa Bình tại văn bản số 326/TTr-UBND ngày 31 tháng 12 năm 2023 và văn bản số 224/UBND-QHXD ngày 22 tháng 01 năm 2024 về việc bổ sung, cập nhật một số nội dung đồ án điều chỉnh quy hoạch chung thành phố Hòa Bình đến năm 2040, Phó Thủ tướng có ý kiến như sau:"
	text := pre + "\n\nỦy ban nhân dân tỉnh Hòa Bình tiếp tục nghiên cứu, hoàn chỉnh đồ án điều chỉnh quy hoạch chung.\n\n" +
		"Văn phòng Chính phủ xin thông báo để các cơ quan, tổ chức biết, thực hiện./."
	want := []GoldTask{gt("Ủy ban nhân dân tỉnh Hòa Bình", "hoàn chỉnh đồ án", "none", "")}
	checkTasks(t, Extract(text, vn.NewDate(2024, 2, 4)), want)
	for _, s := range []string{"Sở Nội vụ thông báo để các đơn vị liên quan biết và phối hợp thực hiện.", "UBND huyện thông báo cho các xã biết, triển khai."} {
		if res := Extract("Theo đó, Sở Y tế kiểm tra các cơ sở.\n"+s, vn.NewDate(2024, 2, 4)); len(res.Tasks) != 1 {
			t.Errorf("%q: %d tasks, want only the one before it", s, len(res.Tasks))
		}
	}
}

// checkTasks fails t with every difference between the tasks extracted and
// the tasks wanted (references are not compared), listing what was found.
func checkTasks(t *testing.T, res Result, want []GoldTask) {
	t.Helper()
	var diffs []string
	ScoreText(t.Name(), Gold{Tasks: want}, res, func(f string, a ...any) { diffs = append(diffs, fmt.Sprintf(f, a...)) })
	if diffs = dropRefs(diffs); len(diffs) > 0 {
		for _, tk := range res.Tasks {
			t.Logf("task lead %q source %q deadline %s %v", tk.Lead, tk.Source, tk.Deadline.Kind, tk.Deadline.Date)
		}
		t.Error(strings.Join(diffs, "\n"))
	}
}

// TestSpelledOutCampaignDate checks that a sentence opening "Theo đó," or
// "Cụ thể," spells out the dated campaign before it: its undated tasks
// take the campaign's date, whoever they are given to.
func TestSpelledOutCampaignDate(t *testing.T) {
	runTaskCases(t, vn.NewDate(2024, 2, 1), []taskCase{
		{"theo đó", "UBND huyện phát động chiến dịch làm sạch môi trường từ ngày 1/3 đến hết ngày 31/3/2024. Theo đó, các xã tổ chức ra quân dọn vệ sinh các tuyến đường.",
			[]GoldTask{gt("UBND huyện", "phát động chiến dịch", "date", "2024-03-31"), gt("các xã", "ra quân dọn vệ sinh", "date", "2024-03-31")}},
		{"cụ thể", "Sở Y tế triển khai đợt kiểm tra an toàn thực phẩm trước ngày 15/5/2024. Cụ thể, Trung tâm Y tế các huyện kiểm tra các bếp ăn tập thể.",
			[]GoldTask{gt("Sở Y tế", "triển khai đợt kiểm tra", "date", "2024-05-15"), gt("Trung tâm Y tế các huyện", "kiểm tra các bếp ăn tập thể", "date", "2024-05-15")}},
		{"no connective, another body", "UBND huyện phát động chiến dịch làm sạch môi trường từ ngày 1/3 đến hết ngày 31/3/2024. Theo kế hoạch, Phòng Văn hóa tuyên truyền trên loa phát thanh.",
			[]GoldTask{gt("UBND huyện", "phát động chiến dịch", "date", "2024-03-31"), gt("Phòng Văn hóa", "tuyên truyền trên loa", "none", "")}},
	})
}

// TestCarryOutCitedDocument checks that "X thực hiện theo Kế hoạch số …"
// closing a notice carries out a cited document and is no task, while
// work written after it still is.
func TestCarryOutCitedDocument(t *testing.T) {
	runTaskCases(t, vn.NewDate(2024, 2, 1), []taskCase{
		{"closing line", "Chủ tịch UBND quận kết luận như sau:\n1. Giao Phòng Y tế kiểm tra các cơ sở.\nCác đơn vị thực hiện theo Kế hoạch số 245/KH-UBND ngày 20/12/2019 của UBND quận./.",
			[]GoldTask{gt("Phòng Y tế", "kiểm tra các cơ sở", "none", "")}},
		{"đúng hướng dẫn", "Theo đó, các trường thực hiện theo đúng Hướng dẫn số 15/HD-SGDĐT của Sở Giáo dục.", nil},
		{"work after it", "Theo đó, các xã thực hiện theo Kế hoạch số 12/KH-UBND, báo cáo kết quả trước ngày 20/3/2024.",
			[]GoldTask{gt("các xã", "báo cáo kết quả", "date", "2024-03-20")}},
	})
}

// TestPlaceAntecedent checks that a lead referring back to a place ("địa
// phương", "hai huyện", "UBND các huyện trên", "huyện này") is the place
// named before, and that a plural with no reference ("các huyện") stays as
// written.
func TestPlaceAntecedent(t *testing.T) {
	runTaskCases(t, vn.NewDate(2024, 3, 10), []taskCase{
		{"địa phương, the commune the item is about",
			"Chiều 7/5, Tổ kiểm tra của huyện làm việc với xã Ea Tar. Xã Ea Tar có 2.518 cử tri. Tổ kiểm tra yêu cầu địa phương tăng cường tuyên truyền về bầu cử.",
			[]GoldTask{gt("xã Ea Tar", "tăng cường tuyên truyền về bầu cử", "none", "")}},
		{"UBND các huyện trên, the places named together",
			"Các di tích thuộc 2 huyện Bắc Sơn và Tràng Định sẽ được tu bổ. UBND tỉnh đồng ý lập quy hoạch di tích thuộc huyện Tràng Định. UBND tỉnh yêu cầu UBND các huyện trên hoàn chỉnh chủ trương đầu tư.",
			[]GoldTask{gt("UBND huyện Bắc Sơn và Tràng Định", "hoàn chỉnh chủ trương đầu tư", "none", "")}},
		{"huyện này, the latest one",
			"Đoàn giám sát làm việc tại huyện Vĩnh Linh về quản lý di tích. Đoàn đề nghị huyện này lập hồ sơ xếp hạng các di tích.",
			[]GoldTask{gt("huyện Vĩnh Linh", "lập hồ sơ xếp hạng", "none", "")}},
		{"Bộ này, the body of that kind named last",
			"Bộ Y tế đề nghị Bộ Giáo dục và Đào tạo phối hợp kiểm tra an toàn thực phẩm. Bộ này cần chỉ đạo các trường rà soát bếp ăn bán trú.",
			[]GoldTask{gt("Bộ Giáo dục và Đào tạo", "phối hợp kiểm tra an toàn thực phẩm", "none", ""), gt("Bộ Giáo dục và Đào tạo", "chỉ đạo các trường rà soát", "none", "")}},
		{"a time told by an event between the hand-over and its bodies",
			"Ban Thường vụ Huyện ủy yêu cầu sau khi kết thúc Đại hội điểm, các chi bộ trực thuộc tiến hành tổ chức Đại hội đồng loạt.",
			[]GoldTask{gt("các chi bộ trực thuộc", "tổ chức Đại hội đồng loạt", "none", "")}},
		{"các huyện with no reference stays as written",
			"Đoàn công tác làm việc tại huyện Vĩnh Linh. UBND tỉnh yêu cầu các huyện rà soát hồ sơ di tích.",
			[]GoldTask{gt("các huyện", "rà soát hồ sơ di tích", "none", "")}},
	})
}

// TestDirectivePassageGoesOn checks that a news item's directive passage
// goes on across a sentence that only says more of the task ("Trong đó,
// …", with a prohibition "không được lơ là" in it), so that the next
// paragraph's "Bodies + action" sentences are tasks; that a subject may
// carry an aside in brackets; and that "nhanh chóng" ends a lead.
func TestDirectivePassageGoesOn(t *testing.T) {
	cases := []struct {
		name, text string
		want       []GoldTask
	}{
		{"after Trong đó, the next paragraph's bodies",
			"UBND tỉnh yêu cầu các sở, ngành nhanh chóng triển khai các phương án phòng chống bão. Trong đó, theo dõi chặt chẽ diễn biến của bão; huy động cả hệ thống chính trị vào cuộc, tuyệt đối không được lơ là, chủ quan.\n\nCác xã, phường bố trí lãnh đạo ứng trực tại địa bàn.",
			[]GoldTask{gt("các sở, ngành", "triển khai các phương án phòng chống bão", "none", ""), gt("Các xã, phường", "bố trí lãnh đạo ứng trực", "none", "")}},
		{"a subject with an aside in brackets",
			"UBND tỉnh yêu cầu các sở, ngành triển khai các phương án phòng chống bão.\n\nCác xã, phường, đặc khu (đặc biệt các địa phương ven biển) thông tin cho nhân dân biết về diễn biến bão; khẩn trương kiểm đếm toàn bộ các tàu thuyền.",
			[]GoldTask{gt("các sở, ngành", "triển khai các phương án phòng chống bão", "none", ""),
				gt("Các xã, phường, đặc khu", "thông tin cho nhân dân", "none", ""), gt("Các xã, phường, đặc khu", "kiểm đếm toàn bộ các tàu thuyền", "none", "")}},
		{"a narrative sentence still ends the passage",
			"UBND tỉnh yêu cầu các sở, ngành triển khai các phương án phòng chống bão. Năm 2023, các xã đã được hỗ trợ 120 tấn gạo.\n\nCác xã, phường bố trí lãnh đạo ứng trực tại địa bàn.",
			[]GoldTask{gt("các sở, ngành", "triển khai các phương án phòng chống bão", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, vn.NewDate(2024, 9, 5))
			checkTasks(t, res, c.want)
			for _, tk := range res.Tasks {
				if strings.Contains(tk.Lead, "nhanh chóng") {
					t.Errorf("lead %q holds the adverb", tk.Lead)
				}
			}
		})
	}
}

// TestFlattenedDocument checks that a plan a page ran into one line is
// read as its lines: its numbered items and sections are split before
// each marker, after a sentence's end or a title in capitals, while a
// figure inside a sentence ("1.500 người", "năm 2019. Có 2 đợt") is not a
// marker.
func TestFlattenedDocument(t *testing.T) {
	flat := "III. THỜI GIAN 1. Đại hội cấp tỉnh: Thời gian tổ chức 02 ngày, hoàn thành trong tháng 11 năm 2024, với 1.500 đại biểu dự. " +
		"IV. TỔ CHỨC THỰC HIỆN 1. Báo Hà Tĩnh, Đài Phát thanh – Truyền hình Hà Tĩnh Phối hợp Ban Dân tộc tỉnh xây dựng chuyên mục tuyên truyền về Đại hội; đưa tin về các gương người tốt, việc tốt. " +
		"2. Đề nghị Ủy ban nhân dân các huyện, thị xã chỉ đạo Phòng Văn hóa và Thông tin tăng cường tuyên truyền trước, trong và sau Đại hội."
	want := []GoldTask{
		gt("Báo Hà Tĩnh, Đài Phát thanh – Truyền hình Hà Tĩnh", "xây dựng chuyên mục tuyên truyền", "none", ""),
		gt("Báo Hà Tĩnh, Đài Phát thanh – Truyền hình Hà Tĩnh", "đưa tin về các gương người tốt", "none", ""),
		gt("Ủy ban nhân dân các huyện, thị xã", "chỉ đạo Phòng Văn hóa và Thông tin", "none", ""),
	}
	checkTasks(t, Extract(flat, vn.NewDate(2024, 3, 10)), want)

	lines := unflatten([]string{flat})
	if len(lines) != 5 || !strings.HasPrefix(lines[1], "1. Đại hội") || !strings.HasPrefix(lines[2], "IV. TỔ CHỨC") ||
		!strings.HasPrefix(lines[3], "1. Báo Hà Tĩnh") || !strings.HasPrefix(lines[4], "2. Đề nghị") {
		t.Errorf("unflatten = %q", lines)
	}
	short := "Năm 2019. 2. Đại hội cấp huyện. 3. Đại hội cấp xã."
	if got := unflatten([]string{short}); len(got) != 1 {
		t.Errorf("a short line was split: %q", got)
	}
}

// taskCase is a text and the tasks it must give.
type taskCase struct {
	name, text string
	want       []GoldTask
}

// runTaskCases checks each case as a subtest: the text read as of date
// gives the tasks wanted (see checkTasks).
func runTaskCases(t *testing.T, date vn.Date, cases []taskCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, Extract(c.text, date), c.want)
		})
	}
}

// TestOrdinalEnumeration checks that an enumeration in running text
// ("Thứ nhất, … Thứ hai, …", "Một là, … Hai là, …") after a hand-over
// gives one task per item with the hand-over's lead, and that an ordinal
// with no hand-over before it gives nothing.
func TestOrdinalEnumeration(t *testing.T) {
	runTaskCases(t, vn.NewDate(2024, 3, 10), []taskCase{
		{"Thứ nhất, Thứ hai, Thứ ba",
			"Bộ Tài nguyên và Môi trường đề nghị UBND các tỉnh ven biển thực hiện một số nội dung sau. Thứ nhất, tổng hợp, đánh giá các hoạt động liên quan đến hải sản chết. Thứ hai, thường xuyên kiểm tra, thu thập thông tin về diễn biến tình hình. Thứ ba, ước tính thiệt hại về kinh tế, môi trường.",
			[]GoldTask{gt("UBND các tỉnh ven biển", "tổng hợp, đánh giá các hoạt động", "none", ""),
				gt("UBND các tỉnh ven biển", "thu thập thông tin về diễn biến", "continuous", ""),
				gt("UBND các tỉnh ven biển", "ước tính thiệt hại", "none", "")}},
		{"Một là, Hai là",
			"UBND tỉnh yêu cầu các huyện triển khai quyết liệt các giải pháp cấp bách. Một là, khoanh vùng, xử lý triệt để các ổ dịch. Hai là, tăng cường kiểm soát việc vận chuyển gia súc.",
			[]GoldTask{gt("các huyện", "khoanh vùng, xử lý triệt để", "none", ""), gt("các huyện", "kiểm soát việc vận chuyển", "none", "")}},
		{"an ordinal in a report hands nothing over",
			"Năm 2023, huyện đạt nhiều kết quả. Thứ nhất, thu ngân sách vượt 12% dự toán. Thứ hai, tỷ lệ hộ nghèo giảm còn 2,1%.", nil},
	})
}

// TestRequestGoesOnPastATime checks that a request goes on in the next
// sentence when a time is set off before its action ("Ngày 5/5, tạm dừng
// …"), which then dates it; that a full stop a copy glued to the next
// sentence ("… quy định.Ngày 5/5, …") still ends the sentence; and that
// stopping work in general ("tạm dừng các công việc không cần thiết")
// announces no items.
func TestRequestGoesOnPastATime(t *testing.T) {
	runTaskCases(t, vn.NewDate(2021, 5, 4), []taskCase{
		{"a fronted day before the action",
			"Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương tạm dừng các công việc không cần thiết. Ngày 5/5, tạm dừng tiếp nhận thủ tục hành chính tại trụ sở.",
			[]GoldTask{gt("các ngành, địa phương", "tạm dừng các công việc không cần thiết", "none", ""),
				gt("các ngành, địa phương", "tạm dừng tiếp nhận thủ tục", "date", "2021-05-05")}},
		{"a full stop glued to the next sentence",
			"Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương tăng cường tuyên truyền theo quy định.Ngày 5/5, đóng cửa tất cả các hàng quán vỉa hè.",
			[]GoldTask{gt("các ngành, địa phương", "tăng cường tuyên truyền", "none", ""),
				gt("các ngành, địa phương", "đóng cửa tất cả các hàng quán", "date", "2021-05-05")}},
		{"TP.HCM is no glued full stop",
			"UBND TP.HCM yêu cầu các quận rà soát các điểm ngập úng.",
			[]GoldTask{gt("các quận", "rà soát các điểm ngập úng", "none", "")}},
	})
}

// TestBracketedHandOver checks that a note in brackets ending a sentence
// of a schedule that gives a body work ("(Giao Phòng Văn hóa – Xã hội
// chuẩn bị nội dung)", "(Sở Kế hoạch và Đầu tư chuẩn bị nội dung và thư
// mời)") is a task of its own, due on the day heading above it; and that
// a bracket which only cites a request ("(theo đề nghị của …)"), names a
// body in passing or is a body's name with its field of work is not.
func TestBracketedHandOver(t *testing.T) {
	runTaskCases(t, vn.NewDate(2026, 2, 6), []taskCase{
		{"after a schedule's appointment",
			"LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND XÃ\n08 giờ 00’: Chủ tịch UBND xã thăm, chúc tết Trường THPT Lê Quý Đôn. (Giao Phòng Văn hóa – Xã hội chuẩn bị nội dung)\nĐịa điểm: tại Trường THPT Lê Quý Đôn.",
			[]GoldTask{gt("Phòng Văn hóa – Xã hội", "Giao Phòng Văn hóa – Xã hội chuẩn bị nội dung", "none", "")}},
		{"a body named in passing",
			"Chiều ngày 07/5, Tổ kiểm tra đã làm việc với xã Buôn Tría (Đơn vị bầu cử số 05) về công tác chuẩn bị bầu cử.", nil},
		{"a body's name with its field of work",
			"Ngày 5/3, lãnh đạo tỉnh làm việc với Sở NN&PTNT (Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh).", nil},
		{"before the closing full stop",
			"14 giờ 00’: Họp Ban Chỉ đạo chuyển đổi số xã (giao Công an xã chuẩn bị phương án bảo đảm an ninh).",
			[]GoldTask{gt("Công an xã", "giao Công an xã chuẩn bị phương án", "none", "")}},
		{"a request cited, not made",
			"14 giờ 00’: Chủ tịch UBND xã làm việc với Đoàn kiểm tra của tỉnh (theo đề nghị của Sở Nội vụ).", nil},
	})
	runTaskCases(t, vn.NewDate(2022, 3, 14), []taskCase{
		{"a body and its work, due on the day heading",
			"Lịch làm việc của Chủ tịch UBND tỉnh từ ngày 14/3 đến ngày 18/3/2022\n\nTHỨ BA              15/3\n\n- 7 giờ 30’ Chủ tịch thông qua dự thảo báo cáo quy hoạch tỉnh (Sở Kế hoạch và Đầu tư chuẩn bị nội dung và thư mời). Điểm tại Hội trường UBND tỉnh.\n\nTHỨ TƯ (16/3):\n\n- 14 giờ, Chủ tịch làm việc với Sở Y tế (Văn phòng UBND tỉnh chuẩn bị hậu cần).",
			[]GoldTask{gt("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư chuẩn bị nội dung", "date", "2022-03-15"),
				gt("Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh chuẩn bị hậu cần", "date", "2022-03-16")}},
	})
}

// TestOwnWorkGoesOn checks that in a text that directs, a subject-less
// sentence after a body's own work goes on with it as after a hand-over,
// but not after work foretold in news ("… sẽ triển khai …") nor after a
// sentence that gave work to several bodies; and that a sentence opening
// "Chỉ đạo X …" after a hand-over is the handed body's work, as an item
// under it is.
func TestOwnWorkGoesOn(t *testing.T) {
	runTaskCases(t, vn.NewDate(2024, 7, 3), []taskCase{
		{"after the addressees' own work",
			"Ngày 3/7, Phó Chủ tịch UBND tỉnh đã ký công văn đề nghị UBND huyện Đất Đỏ khẩn trương khắc phục hậu quả mưa dông. UBND các huyện, thị xã, thành phố tiếp tục theo dõi chặt chẽ các bản tin cảnh báo thời tiết. Tăng cường hướng dẫn, hỗ trợ người dân chằng chống nhà cửa.",
			[]GoldTask{gt("UBND huyện Đất Đỏ", "khắc phục hậu quả mưa dông", "none", ""),
				gt("UBND các huyện, thị xã, thành phố", "theo dõi chặt chẽ các bản tin", "none", ""),
				gt("UBND các huyện, thị xã, thành phố", "Tăng cường hướng dẫn, hỗ trợ người dân", "none", "")}},
		{"directing after a hand-over is the handed body's work",
			"Tỉnh cũng yêu cầu UBND các huyện, thành phố rà soát các khu vực có nguy cơ cao xảy ra lũ quét. Chỉ đạo các xã, phường, thị trấn theo dõi sát sao các khu vực không an toàn.",
			[]GoldTask{gt("UBND các huyện, thành phố", "rà soát các khu vực", "none", ""),
				gt("UBND các huyện, thành phố", "Chỉ đạo các xã, phường, thị trấn theo dõi", "none", "")}},
		{"and at the next paragraph's start",
			"Theo đó, UBND tỉnh yêu cầu UBND các huyện tổ chức lấy ý kiến nhân dân về chủ trương sắp xếp.\n\nChỉ đạo các xã tổ chức lấy ý kiến cử tri trước ngày 24/4/2025.",
			[]GoldTask{gt("UBND các huyện", "tổ chức lấy ý kiến nhân dân", "none", ""),
				gt("UBND các huyện", "Chỉ đạo các xã tổ chức", "date", "2025-04-24")}},
		{"not after work foretold",
			"Theo kế hoạch, từ ngày 31/5 đến ngày 25/6/2024, thành phố sẽ triển khai tiêm đồng loạt vắc xin phòng bệnh dại cho đàn chó, mèo. Ước tính sẽ có 9.378 liều vắc xin được tiêm.",
			[]GoldTask{gt("thành phố", "triển khai tiêm đồng loạt vắc xin", "date", "2024-06-25")}},
	})
}

// TestAnnouncementAfterHandOver checks that a sentence naming no body that
// announces items ("Đồng thời có những giải pháp …, trong đó tập trung thực
// hiện một số nhiệm vụ sau:") gives them to the body handed work just
// before, across a photo's caption between them; and that a caption does
// not open such a list by itself.
func TestAnnouncementAfterHandOver(t *testing.T) {
	const announce = "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành chuẩn bị tốt các điều kiện phục vụ nhân dân đón Tết. Đồng thời có những giải pháp để thực hiện thắng lợi các nhiệm vụ được giao, trong đó tập trung thực hiện một số nhiệm vụ sau:\n\n"
	const items = "Chủ động bình ổn giá cả thị trường trong dịp Tết; có phương án phòng, chống các dịch bệnh đối với cây trồng, vật nuôi.\n"
	want := []GoldTask{gt("các sở, ban, ngành", "chuẩn bị tốt các điều kiện", "none", ""),
		gt("các sở, ban, ngành", "Chủ động bình ổn giá cả", "none", ""),
		gt("các sở, ban, ngành", "có phương án phòng, chống", "none", "")}
	runTaskCases(t, vn.NewDate(2019, 12, 30), []taskCase{
		{"items below", announce + items, want},
		{"a caption between", announce + "Người dân thành phố Hà Giang chuẩn bị hoa, cây cảnh chơi Tết\n\n" + items, want},
		{"a caption alone opens nothing",
			"Năm 2019, tỉnh đạt nhiều kết quả.\n\nNgười dân thành phố Hà Giang chuẩn bị hoa, cây cảnh chơi Tết\n\n" + items, nil},
	})
}

// TestItemClosingWithHeader checks that an item whose last sentence names
// the bodies of the items below keeps its own task and gives them theirs.
func TestItemClosingWithHeader(t *testing.T) {
	runTaskCases(t, vn.NewDate(2025, 9, 3), []taskCase{
		{"a conclusion's item",
			"Bộ Chính trị, Ban Bí thư kết luận như sau:\n\n1. Các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm túc Chỉ thị số 45-CT/TW. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương:\n\n- Khẩn trương bổ sung, hoàn thiện các văn kiện và phương án nhân sự.\n",
			[]GoldTask{gt("Các cấp ủy, tổ chức đảng", "tiếp tục quán triệt, thực hiện nghiêm túc", "none", ""),
				gt("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "bổ sung, hoàn thiện các văn kiện", "none", "")}},
	})
}

// TestItemsForWhom checks items that say whom they are for ("Đối với các
// cơ quan, …: Treo cờ …"), and that a numbered time item closing them
// ("3. Thời gian: Từ ngày … đến hết ngày …") dates them.
func TestItemsForWhom(t *testing.T) {
	runTaskCases(t, vn.NewDate(2021, 5, 10), []taskCase{
		{"lines and a closing time item",
			"Căn cứ Kế hoạch số 11-KH/TU của Thành ủy về tuyên truyền bầu cử, UBND thành phố thông báo:\n1. Đối với các cơ quan, ban, ngành, đoàn thể chính trị - xã hội thành phố: Treo cờ Đảng, cờ Tổ quốc và khẩu hiệu tại trụ sở.\n2. UBND các phường triển khai thông báo cho nhân dân thực hiện treo cờ Tổ quốc tại các hộ gia đình.\n3. Thời gian: Từ ngày 16/5/2021 đến hết ngày 24/5/2021.",
			[]GoldTask{gt("các cơ quan, ban, ngành, đoàn thể chính trị - xã hội thành phố", "Treo cờ Đảng, cờ Tổ quốc", "date", "2021-05-24"),
				gt("UBND các phường", "triển khai thông báo cho nhân dân", "date", "2021-05-24")}},
		{"dashed items in lowercase",
			"Căn cứ Kế hoạch số 11-KH/TU của Thành ủy, UBND thành phố đề nghị:\n- Đối với các cơ quan, đơn vị: treo cờ Tổ quốc tại trụ sở.\n- Đối với cán bộ, công chức: treo cờ Tổ quốc tại nơi cư trú.",
			[]GoldTask{gt("các cơ quan, đơn vị", "treo cờ Tổ quốc tại trụ sở", "none", ""),
				gt("cán bộ, công chức", "treo cờ Tổ quốc tại nơi cư trú", "none", "")}},
	})
}

// TestCheckMarkedItems: portals mark a list's items with checks, arrows and
// diamonds as well as dashes (hanoi-dongda-chao-co-sinh-hoat-duoi-co-thang-3-2026).
func TestCheckMarkedItems(t *testing.T) {
	runTaskCases(t, vn.NewDate(2026, 3, 2), []taskCase{
		{"checks and arrows",
			"Ban Thường vụ yêu cầu các chi bộ thực hiện các nội dung sau:\n✅ Rà soát danh sách cử tri tại khu dân cư.\n➢ Tổ chức sinh hoạt chuyên đề trong quý I/2026.\n► Báo cáo kết quả về Đảng ủy trước ngày 25/3/2026.",
			[]GoldTask{gt("các chi bộ", "Rà soát danh sách cử tri", "none", ""),
				gt("các chi bộ", "Tổ chức sinh hoạt chuyên đề", "period", "2026-03-31"),
				gt("các chi bộ", "Báo cáo kết quả về Đảng ủy", "date", "2026-03-25")}},
	})
}
