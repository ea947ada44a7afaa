package demo

import (
	"fmt"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// docSpec is a directive document. Implements and Cites name earlier
// documents by Number.
type docSpec struct {
	Number     string
	Issuer     string // organisation code, "" for a body outside the tree
	IssuerName string // when Issuer is ""
	Date       vn.Date
	Summary    string
	Implements []string
	Cites      []string
}

// seedDocuments are the documents the seeds cite, with their real numbers
// and dates. 23/KH-UBND (2025, seed 003's sidebar) is left out: its date is
// not in the seed.
var seedDocuments = []docSpec{
	{Number: "141/KH-UBND", Issuer: "HBT-UBND", Date: d(2019, 6, 10),
		Summary: "Tuyên truyền và trang bị một số phương tiện cảnh báo phòng cháy chữa cháy – cứu hộ cứu nạn tại các chung cư cũ trên địa bàn quận"},
	{Number: "161-KH/QU", Issuer: "HBT-QU", Date: d(2019, 10, 30),
		Summary: "Tăng cường sự lãnh đạo của các cấp ủy Đảng, nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước đối với việc quản lý, vận hành, sử dụng nhà chung cư trên địa bàn quận"},
	{Number: "241/KH-UBND", Issuer: "HN-UBND", Date: d(2019, 11, 15),
		Summary: "Tăng cường sự lãnh đạo của các cấp ủy Đảng, nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước đối với việc quản lý, vận hành, sử dụng nhà chung cư trên địa bàn thành phố Hà Nội"},
	{Number: "245/KH-UBND", Issuer: "HBT-UBND", Date: d(2019, 12, 20),
		Summary:    "Tổ chức thực hiện Kế hoạch số 241/KH-UBND ngày 15/11/2019 của UBND Thành phố Hà Nội và Kế hoạch số 161-KH/QU ngày 30/10/2019 của Quận ủy Hai Bà Trưng về quản lý, vận hành, sử dụng nhà chung cư",
		Implements: []string{"241/KH-UBND", "161-KH/QU"}},
	{Number: "115-KH/QU", Issuer: "LB-QU", Date: d(2022, 4, 15),
		Summary: "Xây dựng “tuyến phố, chung cư kiểu mẫu” theo mô hình “Dân vận khéo” năm 2022"},
	{Number: "01/KH-BCĐ197", Issuer: "HN-BCD197", Date: d(2023, 2, 15),
		Summary: "Tổng kiểm tra, xử lý, giải quyết vi phạm về trật tự, an toàn giao thông, trật tự đô thị, trật tự công cộng trên địa bàn thành phố Hà Nội năm 2023"},
	{Number: "72/KH-BCĐ", Issuer: "HBT-BCD197", Date: d(2023, 2, 24),
		Summary:    "Tổng kiểm tra, xử lý, giải quyết vi phạm về trật tự, an toàn giao thông, trật tự đô thị, trật tự công cộng trên địa bàn quận Hai Bà Trưng năm 2023",
		Implements: []string{"01/KH-BCĐ197"}},
	{Number: "168/2024/NĐ-CP", IssuerName: "Chính phủ", Date: d(2024, 12, 26),
		Summary: "Quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ; trừ điểm, phục hồi điểm giấy phép lái xe"},
}

// recentDocuments are the new wards' own plans, dated relative to today.
// They are invented for the demo and carry generic numbers.
func recentDocuments(today vn.Date) []docSpec {
	return []docSpec{
		{Number: "86/KH-UBND", Issuer: "HN-HAIBATRUNG-UBND", Date: today.AddDays(-50),
			Summary: "Kiểm tra, bảo đảm an toàn phòng cháy, chữa cháy tại các nhà chung cư cũ trên địa bàn phường Hai Bà Trưng"},
		{Number: "57/KH-UBND", Issuer: "HN-BACHMAI-UBND", Date: today.AddDays(-35),
			Summary: "Ra quân xử lý vi phạm trật tự, an toàn giao thông, lấn chiếm vỉa hè, lòng đường theo Nghị định số 168/2024/NĐ-CP trên địa bàn phường Bạch Mai",
			Cites:   []string{"168/2024/NĐ-CP"}},
	}
}

// documents registers the documents, each by the office over its issuer
// where a demo account is one.
func (l *loader) documents() error {
	for _, s := range append(append([]docSpec{}, seedDocuments...), recentDocuments(l.today)...) {
		in := service.DocumentInput{Number: s.Number, IssuerID: l.orgPtr(s.Issuer), Issuer: s.IssuerName,
			Date: s.Date, Summary: s.Summary}
		for _, n := range s.Implements {
			in.Links = append(in.Links, tiendo.DocLink{Kind: tiendo.LinkImplements, TargetID: l.doc(n)})
		}
		for _, n := range s.Cites {
			in.Links = append(in.Links, tiendo.DocLink{Kind: tiendo.LinkCites, TargetID: l.doc(n)})
		}
		ctx := l.sys
		if in.IssuerID != nil {
			ctx = l.who(*in.IssuerID, tiendo.RoleOffice)
		}
		doc, err := l.svc.CreateDocument(ctx, in)
		if err != nil {
			return fmt.Errorf("demo: document %s: %w", s.Number, err)
		}
		l.res.DocumentIDs[s.Number] = doc.ID
	}
	return nil
}

// doc returns the id of a document by its number in this file.
func (l *loader) doc(number string) int64 {
	id, ok := l.res.DocumentIDs[number]
	if !ok {
		panic("demo: unknown document " + number)
	}
	return id
}
