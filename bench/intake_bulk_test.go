package bench

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"tiendo"
	"tiendo/extract"
	"tiendo/gen"
	"tiendo/service"
	"tiendo/sqlstore/sqlite"
)

// Bulk intake (issue 18): a plan of 5,000 tasks imported from XLSX through
// the service, the path of POST /api/v1/intake and …/commit without HTTP:
// each workbook is uploaded (Propose: unzip, read the sheet, extract the
// rows, match every organisation to the tree, store the proposal) and
// committed (Commit: one transaction creating the document and every
// task with its notices and audit). A proposal holds at most
// tiendo.MaxDrafts (500) drafts, so the plan is ten appendices of 500
// rows, one lead unit each: 5,000 rows, 5,000 tasks.
const (
	intakeFiles = 10
	intakeRows  = 500
)

// BenchmarkIntakeBulk imports the plan b.N times. It writes, so it runs on
// the database named by TIENDO_BENCH_WRITE_DB (a migrated copy of a
// generated database, never the shared one) or, without it, on a province
// it generates in a temporary directory (600 organisations, 5,000 tasks).
// It reports seconds per 5,000 tasks, CPU per task and the process's peak
// RSS while importing (the peak is reset first through
// /proc/self/clear_refs, so generating the province does not count).
func BenchmarkIntakeBulk(b *testing.B) {
	path := os.Getenv("TIENDO_BENCH_WRITE_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "intake.db")
		if err := generateProvince(path, 5000); err != nil {
			b.Fatal(err)
		}
	}
	p, svc := writeService(b, path)
	ctx := officeContext(b, svc, p.root)
	leads := leadNames(p)
	rng := rand.New(rand.NewPCG(18, 5000))
	books := make([][]byte, intakeFiles)
	for i := range books {
		books[i] = planXlsx(b, rng, leads, intakeRows, i)
	}
	runtime.GC()
	resetPeakRSS()
	b.ResetTimer()
	cpu, start, tasks := SelfCPU(), time.Now(), 0
	for range b.N {
		for i, book := range books {
			prop, err := svc.Propose(ctx, service.IntakeInput{Name: fmt.Sprintf("phu-luc-%d.xlsx", i+1), Data: book})
			if err != nil {
				b.Fatal(err)
			}
			if len(prop.Drafts) != intakeRows || len(prop.RowErrors) != 0 {
				b.Fatalf("workbook %d: %d drafts, %d row errors (%+v), want %d and none", i+1, len(prop.Drafts), len(prop.RowErrors), prop.RowErrors, intakeRows)
			}
			for j, d := range prop.Drafts {
				if len(d.Lead.OrgIDs) != 1 {
					b.Fatalf("workbook %d row %d: lead %q matched %v (%s)", i+1, j+1, d.Lead.Text, d.Lead.OrgIDs, d.Lead.Flag)
				}
			}
			_, created, err := svc.Commit(ctx, prop.ID, prop.Version)
			if err != nil {
				b.Fatal(err)
			}
			tasks += len(created)
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()
	n := float64(tasks)
	b.ReportMetric(elapsed.Seconds()/n*intakeFiles*intakeRows, "s/5000-tasks")
	b.ReportMetric(ms(SelfCPU()-cpu)/n, "cpu-ms/task")
	if rss, err := PeakRSS(os.Getpid()); err == nil {
		b.ReportMetric(float64(rss)/(1<<20), "peak-rss-MiB")
	}
}

// generateProvince writes a generated province of the given size at path.
func generateProvince(path string, tasks int) error {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, tiendo.SystemClock{})
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	_, err = gen.Generate(ctx, st, tiendo.SystemClock{}, gen.Options{Orgs: 600, Tasks: tasks, Seed: 1}, nil)
	return err
}

// leadNames are the names of the organisations that lead tasks, written as
// a plan writes them, that the intake's matcher resolves to their own
// organisation: near-identical names (a ward's People's Committee and a
// commune's of the same name) are flagged for the office to choose, which
// is right but not what this measures.
func leadNames(p *province) []string {
	var all []extract.OrgName
	for _, o := range p.byID {
		all = append(all, extract.OrgName{ID: o.ID, Name: o.Name, Abbrev: o.Abbrev})
	}
	m := extract.NewMatcher(all)
	var out []string
	for _, id := range p.leads {
		if n := p.byID[id].Name; m.Match(n).OrgID == id {
			out = append(out, n)
		}
	}
	slices.Sort(out) // map order is random; the workbooks are not
	return out
}

// planXlsx writes an appendix of a plan as an office types it: a header,
// a group row, then rows of number, task, lead unit, cooperating units,
// deadline and product.
func planXlsx(b *testing.B, rng *rand.Rand, leads []string, rows, file int) []byte {
	b.Helper()
	f := excelize.NewFile()
	defer f.Close()
	deadlines := []string{"trước 31/3/2027", "Quý II/2027", "Tháng 9/2027", "Năm 2027", "Thường xuyên", "30/6/2027", "Hằng tháng"}
	outputs := []string{"Báo cáo", "Kế hoạch", "Quyết định", "Tờ trình", ""}
	sheet := [][]any{
		{"STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"},
		{"I", fmt.Sprintf("Nhóm nhiệm vụ %d", file+1), "", "", "", ""},
	}
	for i := range rows {
		coop := ""
		if rng.IntN(3) == 0 {
			coop = leads[rng.IntN(len(leads))]
		}
		sheet = append(sheet, []any{i + 1,
			fmt.Sprintf("%s (phụ lục %d, mục %d)", benchTitles[rng.IntN(len(benchTitles))], file+1, i+1),
			leads[rng.IntN(len(leads))], coop, deadlines[rng.IntN(len(deadlines))], outputs[rng.IntN(len(outputs))]})
	}
	for i, r := range sheet {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			b.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// resetPeakRSS resets the kernel's peak RSS (VmHWM) of this process, so
// that PeakRSS reports the peak from now on.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }
