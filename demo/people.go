package demo

import (
	"fmt"

	"tiendo"
	"tiendo/vn"
)

// personSpec is an official named in the seeds, with the positions they
// name. Dates of office are not in the seeds; district posts end with the
// district.
type personSpec struct {
	Name      string
	Positions []positionSpec
}

type positionSpec struct {
	Org   string
	Title string
	Head  bool
	To    vn.Date
}

var peopleTable = []personSpec{
	// Seed 004 (12/2019) shows him as Vice-Chair, seed 002 (4/2023) as Chair;
	// the change-over date is an approximation.
	{"Nguyễn Quang Trung", []positionSpec{
		{Org: "HBT-UBND", Title: "Phó Chủ tịch UBND quận", To: d(2021, 12, 31)},
		{Org: "HBT-UBND", Title: "Chủ tịch UBND quận", Head: true, To: reformEnd},
		{Org: "HBT-QU", Title: "Quận ủy viên", To: reformEnd},
	}},
	{"Nguyễn Mạnh Hùng", []positionSpec{
		{Org: "HBT-UBND", Title: "Phó Chủ tịch UBND quận", To: reformEnd},
		{Org: "HBT-BCD197", Title: "Trưởng Ban Chỉ đạo 197 quận", Head: true, To: reformEnd},
		{Org: "HBT-QU", Title: "Quận ủy viên", To: reformEnd},
	}},
	{"Vũ Đình Nhâm", []positionSpec{
		{Org: "HBT-CA", Title: "Phó Trưởng Công an quận", To: reformEnd},
		{Org: "HBT-BCD197", Title: "Phó Trưởng Ban Chỉ đạo 197 quận", To: reformEnd},
	}},
	{"Vũ Văn Hoạt", []positionSpec{{Org: "HBT-UBND", Title: "Phó Chủ tịch UBND quận", To: reformEnd}}},
	{"Nguyễn Tiến Quang", []positionSpec{{Org: "HBT-QLDT", Title: "Trưởng phòng Quản lý đô thị", Head: true, To: reformEnd}}},
	{"Nguyễn Duy Minh", []positionSpec{{Org: "HBT-QLDT", Title: "Phó Trưởng phòng Quản lý đô thị", To: reformEnd}}},
	{"Ngô Mạnh Điềm", []positionSpec{{Org: "LB-QU", Title: "Phó Bí thư Thường trực Quận ủy", To: reformEnd}}},
	{"Nguyễn Mạnh Trình", []positionSpec{
		{Org: "LB-UBND", Title: "Phó Chủ tịch UBND quận", To: reformEnd},
		{Org: "LB-QU", Title: "Ủy viên Ban Thường vụ Quận ủy", To: reformEnd},
	}},
	{"Nguyễn Quốc Long", []positionSpec{
		{Org: "LB-BDV", Title: "Trưởng Ban Dân vận Quận ủy", Head: true, To: reformEnd},
		{Org: "LB-QU", Title: "Ủy viên Ban Thường vụ Quận ủy", To: reformEnd},
	}},
}

// people creates the officials.
func (l *loader) people() error {
	for _, s := range peopleTable {
		p := &tiendo.Person{FullName: s.Name}
		for _, pos := range s.Positions {
			p.Positions = append(p.Positions, tiendo.Position{OrgID: l.org(pos.Org), Title: pos.Title,
				IsHead: pos.Head, ValidTo: pos.To})
		}
		if err := l.svc.CreatePerson(l.sys, p); err != nil {
			return fmt.Errorf("demo: person %s: %w", s.Name, err)
		}
		l.personIDs[s.Name] = p.ID
		l.res.People++
	}
	return nil
}

// person returns the id of a named official, nil for "".
func (l *loader) person(name string) *int64 {
	if name == "" {
		return nil
	}
	id, ok := l.personIDs[name]
	if !ok {
		panic("demo: unknown person " + name)
	}
	return &id
}
