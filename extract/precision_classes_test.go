package extract

import (
	"testing"

	"tiendo/vn"
)

// TestIntakePrecisionClasses holds the classes of false tasks found on
// texts annotated before the extractor was run on them (the fifth
// collection, testdata/intake/tune): each class has invented phrasings
// that differ in wording, and the corpus sentence it was found in, named
// in the case. The document date is 10/3/2024.
func TestIntakePrecisionClasses(t *testing.T) {
	cases := []struct {
		class, text string
		tasks       []GoldTask
	}{
		// P1: a modal or trigger inside brackets belongs to an aside, not
		// to the clause ("bên phải" is a side, not "must").
		{"P1 corpus quangnam-dailoc caption",
			"Đồng chí Nguyễn Hảo- Bí thư Huyện ủy, Chủ tịch HĐND huyện (thứ nhất tính từ bên phải qua) nhận khen thưởng tại Hội nghị", nil},
		{"P1 caption from the left",
			"Giám đốc Sở Y tế (đứng giữa, bên phải) trao quà cho các y bác sĩ.", nil},
		{"P1 an aside that quotes a request",
			"Trưởng Công an xã (người được Chủ tịch yêu cầu báo cáo) trình bày tại cuộc họp.", nil},
		{"P1 square brackets",
			"Phó Chủ tịch UBND huyện [cần kiểm tra lại chức danh] dự buổi làm việc.", nil},
		{"P1 the modal outside the brackets stays",
			"UBND các xã (trừ xã Hòa Bình) phải hoàn thành kiểm kê đất đai trước ngày 30/4/2024.",
			[]GoldTask{gt("UBND các xã (trừ xã Hòa Bình)", "hoàn thành kiểm kê đất đai", "date", "2024-04-30")}},

		// P2: a belief or hope before "sẽ" makes what follows the
		// speaker's expectation, not a body's commitment.
		{"P2 corpus daknong speech",
			"Chủ tịch Quốc hội tin tưởng, tiếp nối truyền thống cách mạng vẻ vang, tinh thần “đi sau, vượt trước”, với khát vọng và quyết tâm lớn, với bản lĩnh và nghị lực, cùng sự đoàn kết, đồng lòng, Đắk Nông sẽ sớm trở thành “Tỉnh mạnh - Dân giàu - Thiên nhiên tươi đẹp - Xã hội nghĩa tình”.", nil},
		{"P2 hy vọng", "Bộ trưởng hy vọng thời gian tới ngành giáo dục tỉnh sẽ có nhiều chuyển biến.", nil},
		{"P2 mong muốn with cần", "Đồng chí Bí thư mong muốn Đảng bộ xã cần phát huy truyền thống đoàn kết.", nil},
		{"P2 kỳ vọng with phải", "Thứ trưởng kỳ vọng các trường phải trở thành trung tâm văn hóa của địa phương.", nil},
		{"P2 a commitment without a belief stays",
			"UBND phường sẽ tổ chức đối thoại với các hộ dân vào ngày 20/3/2024.",
			[]GoldTask{gt("UBND phường", "tổ chức đối thoại", "date", "2024-03-20")}},

		// P3: a request to regard something as something asks for an
		// attitude, with no work to follow up.
		{"P3 corpus danang-syt",
			"Sở Y tế yêu cầu thủ trưởng đơn vị xem công tác ứng phó và khắc phục hậu quả do thiên tai là nhiệm vụ trọng tâm của giai đoạn hiện nay.", nil},
		{"P3 coi … là", "UBND huyện đề nghị các xã coi công tác phòng cháy là nhiệm vụ thường xuyên.", nil},
		{"P3 xác định … là", "Ban Thường vụ Huyện ủy yêu cầu các chi bộ xác định chuyển đổi số là nhiệm vụ trọng tâm năm 2024.", nil},
		{"P3 xem xét is work", "Đề nghị Sở Tài chính xem xét, bố trí kinh phí cho dự án trước ngày 30/4/2024.",
			[]GoldTask{gt("Sở Tài chính", "bố trí kinh phí cho dự án", "date", "2024-04-30")}},

		// P4: "chịu trách nhiệm trước … về …" is accountability however it
		// is opened, when the words before it name no work.
		{"P4 corpus danang-syt",
			"Sở Y tế đề nghị các bệnh viện tăng cường kiểm tra cơ số thuốc. Tập trung chỉ đạo quyết liệt và chịu trách nhiệm trước Giám đốc Sở Y tế cũng như Ủy ban nhân dân thành phố về công tác phòng, chống thiên tai của đơn vị.",
			[]GoldTask{gt("các bệnh viện", "kiểm tra cơ số thuốc", "none", "")}},
		{"P4 trực tiếp chỉ đạo và chịu trách nhiệm nếu",
			"UBND huyện yêu cầu Chủ tịch UBND các xã trực tiếp chỉ đạo và chịu trách nhiệm trước Chủ tịch UBND huyện nếu để xảy ra cháy rừng.", nil},
		{"P4 lãnh đạo, chịu hoàn toàn trách nhiệm về",
			"Đề nghị Hiệu trưởng các trường khẩn trương lãnh đạo, chịu hoàn toàn trách nhiệm về an toàn thực phẩm tại bếp ăn.", nil},
		{"P4 real work before it stays",
			"Yêu cầu các xã rà soát hộ nghèo và chịu trách nhiệm trước UBND huyện về số liệu báo cáo.",
			[]GoldTask{gt("các xã", "rà soát hộ nghèo", "none", "")}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			checkClass(t, c.class, c.text, vn.NewDate(2024, 3, 10), c.tasks)
		})
	}
}
