package report_test

import (
	"fmt"
	"io"
	"testing"

	"tiendo"
	"tiendo/report"
	"tiendo/vn"
)

// benchTasks are n tasks with titles of a real list's length (60–120
// letters), spread over 30 units.
func benchTasks(n int) ([]*tiendo.Task, map[int64]string) {
	names := map[int64]string{}
	for i := int64(1); i <= 30; i++ {
		names[i] = fmt.Sprintf("UBND phường số %d thuộc thành phố Hà Nội", i)
	}
	tasks := make([]*tiendo.Task, n)
	for i := range tasks {
		tasks[i] = &tiendo.Task{ID: int64(i + 1), LeadOrgID: int64(i%30 + 1), Status: tiendo.StatusInProgress,
			Title:      fmt.Sprintf("Rà soát, sắp xếp lại các cơ sở nhà, đất thuộc phạm vi quản lý, đợt %d năm 2026%s", i, " và báo cáo kết quả"[:i%3*8]),
			AssignedOn: vn.NewDate(2026, 1, 6), Due: vn.NewDate(2026, 6, 30), DeadlineText: "trước ngày 30/6/2026"}
	}
	return tasks, names
}

// BenchmarkWriteXLSXTasks10k writes 10,000 tasks as one workbook (the
// file GET /api/v1/export/tasks sends), page setup and row heights included.
func BenchmarkWriteXLSXTasks10k(b *testing.B) {
	tasks, names := benchTasks(10000)
	t := report.TaskTable("Nhiệm vụ", tasks, vn.NewDate(2026, 11, 14), names)
	b.ReportAllocs()
	for b.Loop() {
		if err := report.WriteXLSX(io.Discard, t); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWritePDFReport writes the statistics report with an overdue
// list of 200 tasks (the export's limit) as PDF, column sizing included.
func BenchmarkWritePDFReport(b *testing.B) {
	fonts, err := report.LoadFonts("")
	if err != nil {
		b.Skip(err)
	}
	tasks, names := benchTasks(200)
	doc := report.TaskResults(sample(), tasks, len(tasks), names, report.ReportOptions{Place: "Hà Nội"})
	b.ReportAllocs()
	for b.Loop() {
		if err := report.WritePDF(io.Discard, doc, fonts); err != nil {
			b.Fatal(err)
		}
	}
}
