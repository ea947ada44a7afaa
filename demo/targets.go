package demo

import (
	"fmt"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// demoTarget is a target of the seeds with its real figures.
type demoTarget struct {
	org, name, unit, place, note string
	kind                         vn.PeriodKind
	cumulative                   bool
	values                       []service.ValueInput
}

func plan(period string, v float64, note string) service.ValueInput {
	return service.ValueInput{Period: period, Kind: tiendo.Plan, Value: v, Note: note}
}

func actual(period string, v float64, note string) service.ValueInput {
	return service.ValueInput{Period: period, Kind: tiendo.Actual, Value: v, Note: note}
}

// targets are the figures the seed articles report.
var targets = []demoTarget{
	// Seed 002: "số thu ngân sách ... hơn 6 nghìn tỉ đồng, đạt 52% dự toán giao" (end of March 2023).
	{org: "HBT-TCKH", name: "Thu ngân sách nhà nước trên địa bàn quận", unit: "tỉ đồng", kind: vn.PeriodQuarter, cumulative: true,
		values: []service.ValueInput{plan("2023", 11540, "Dự toán giao năm 2023 (6.000 tỉ = 52%)"),
			actual("2023-Q1", 6000, "Hơn 6 nghìn tỉ đồng, đạt 52% dự toán giao (phiên họp UBND quận tháng 3/2023)")}},
	// Seed 002: "hoàn thành 100% chỉ tiêu giao quân".
	{org: "HBT-QS", name: "Hoàn thành chỉ tiêu giao quân", unit: "%", kind: vn.PeriodYear,
		values: []service.ValueInput{plan("2023", 100, "Chỉ tiêu Thành phố giao"), actual("2023", 100, "Hoàn thành 100% chỉ tiêu giao quân")}},
	// Seed 003: "Tỷ lệ giải quyết thủ tục hành chính trực tuyến tại quận đạt 99,9% với 6.397 hồ sơ".
	{org: "HBT-VP", name: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến", unit: "%", kind: vn.PeriodYear,
		values: []service.ValueInput{plan("2018", 100, "Toàn bộ hồ sơ thuộc thẩm quyền"), actual("2018", 99.9, "6.397 hồ sơ")}},
	// Seed 003: "Kiểm tra đột xuất 20/20 phường".
	{org: "HBT-NV", name: "Số phường được kiểm tra đột xuất kỷ cương hành chính", unit: "phường", kind: vn.PeriodYear,
		values: []service.ValueInput{plan("2018", 20, "Toàn bộ 20 phường"), actual("2018", 20, "Kiểm tra đột xuất 20/20 phường")}},
	// Seed 003: "Tập huấn ... cho hơn 1.200 cán bộ cơ sở".
	{org: "HBT-QLDT", name: "Cán bộ cơ sở được tập huấn Luật Xây dựng, cấp phép xây dựng", unit: "người", kind: vn.PeriodYear,
		values: []service.ValueInput{plan("2018", 1200, "Kế hoạch tập huấn năm 2018"), actual("2018", 1200, "Hơn 1.200 cán bộ cơ sở")}},
	// Seed 001: "từ 5 tuyến theo Kế hoạch 115, hiện tại đã nhân rộng lên 10 tuyến".
	{org: "LB-QLDT", name: "Số tuyến phố, chung cư kiểu mẫu", unit: "tuyến", kind: vn.PeriodYear,
		place: "Phú Hựu (phường Bồ Đề); tuyến 21m Phúc Lợi", note: "Kế hoạch số 115-KH/QU ngày 15/4/2022",
		values: []service.ValueInput{plan("2022", 5, "5 tuyến theo Kế hoạch 115-KH/QU"), actual("2022", 10, "Đã nhân rộng lên 10 tuyến (giao ban 09/8/2022)")}},
}

// liveTargets are phường Hai Bà Trưng's targets for today's year: the plan
// and the actuals reported for each month or quarter so far, the current
// one included (an estimate to date), so the year always has figures.
func liveTargets(today vn.Date) []demoTarget {
	y := today.Year
	budget := demoTarget{org: "HN-HAIBATRUNG-UBND", name: "Thu ngân sách nhà nước trên địa bàn phường", unit: "tỉ đồng",
		kind: vn.PeriodMonth, cumulative: true, note: "Dự toán UBND Thành phố giao",
		values: []service.ValueInput{plan(fmt.Sprint(y), 1250, "Dự toán giao năm "+fmt.Sprint(y))}}
	for m := 1; m <= int(today.Month); m++ {
		budget.values = append(budget.values, actual(fmt.Sprintf("%d-%02d", y, m), float64(96*m), "Lũy kế đến hết tháng"))
	}
	tthc := demoTarget{org: "HN-HAIBATRUNG-UBND", name: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", unit: "%",
		kind: vn.PeriodQuarter, note: "Chỉ số cải cách hành chính của Thành phố",
		values: []service.ValueInput{plan(fmt.Sprint(y), 100, "Toàn bộ hồ sơ")}}
	for q := 1; q <= (int(today.Month)+2)/3; q++ {
		tthc.values = append(tthc.values, actual(fmt.Sprintf("%d-Q%d", y, q), 98.6+0.3*float64(q), ""))
	}
	return []demoTarget{budget, tthc}
}

// targets adds the seeds' targets with their plan and actual values, then
// the current year's.
func (l *loader) targets() error {
	seeds := len(targets)
	for i, dt := range append(append([]demoTarget{}, targets...), liveTargets(l.today)...) {
		t, err := l.svc.CreateTarget(l.sys, tiendo.Target{Name: dt.name, Unit: dt.unit, Direction: tiendo.HigherBetter,
			OrgID: l.org(dt.org), PeriodKind: dt.kind, Place: dt.place, Description: dt.note, Cumulative: dt.cumulative})
		if err != nil {
			return fmt.Errorf("demo: target %s: %w", dt.name, err)
		}
		for _, v := range dt.values {
			if _, err := l.svc.AddTargetValue(l.sys, t.ID, v); err != nil {
				return fmt.Errorf("demo: target %s value %s: %w", dt.name, v.Period, err)
			}
		}
		if i >= seeds {
			l.targetIDs = append(l.targetIDs, t.ID)
		}
	}
	return nil
}
