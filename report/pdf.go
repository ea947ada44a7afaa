package report

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Fonts are the TrueType files of a serif family with Vietnamese glyphs.
// They are read at run time (never committed): by default DejaVu Serif
// from the Debian package fonts-dejavu-core, with the italics of
// fonts-dejavu-extra when installed (else the upright faces stand in).
type Fonts struct {
	Regular, Bold, Italic, BoldItalic []byte
}

// FontDirs are searched for DejaVu Serif, in order.
var FontDirs = []string{"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts/dejavu"}

// ErrNoFont says no Vietnamese-capable font was found for PDF output.
var ErrNoFont = errors.New("report: no DejaVu Serif font found (install fonts-dejavu-core or set TIENDO_FONT_DIR)")

// LoadFonts reads DejaVu Serif from dir, or from FontDirs when dir is "".
func LoadFonts(dir string) (*Fonts, error) {
	dirs := FontDirs
	if dir != "" {
		dirs = []string{dir}
	}
	for _, d := range dirs {
		read := func(name string) []byte {
			b, err := os.ReadFile(filepath.Join(d, name))
			if err != nil {
				return nil
			}
			return b
		}
		f := Fonts{Regular: read("DejaVuSerif.ttf"), Bold: read("DejaVuSerif-Bold.ttf"),
			Italic: read("DejaVuSerif-Italic.ttf"), BoldItalic: read("DejaVuSerif-BoldItalic.ttf")}
		if f.Regular == nil || f.Bold == nil {
			continue
		}
		if f.Italic == nil {
			f.Italic = f.Regular
		}
		if f.BoldItalic == nil {
			f.BoldItalic = f.Bold
		}
		return &f, nil
	}
	return nil, ErrNoFont
}

// pdfSize is the body text size; DejaVu Serif is wider than Times New
// Roman, so 12 pt fills a line about as 13–14 pt Times does.
const pdfSize = 12

// WritePDF writes d as a PDF in the same layout as WriteDOCX, A4 with the
// NĐ 30/2020 margins, the font embedded.
func WritePDF(w io.Writer, d Document, fonts *Fonts) error {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetMargins(30, 20, 15)
	p.SetAutoPageBreak(true, 20)
	p.AddUTF8FontFromBytes("serif", "", fonts.Regular)
	p.AddUTF8FontFromBytes("serif", "B", fonts.Bold)
	p.AddUTF8FontFromBytes("serif", "I", fonts.Italic)
	p.AddUTF8FontFromBytes("serif", "BI", fonts.BoldItalic)
	// NĐ 30: page numbers centred at the top, from the second page.
	p.SetHeaderFunc(func() {
		if p.PageNo() > 1 {
			y := p.GetY()
			p.SetY(10)
			p.SetFont("serif", "", 11)
			p.CellFormat(0, 5, fmt.Sprint(p.PageNo()), "", 0, "C", false, 0, "")
			p.SetY(y)
		}
	})
	p.AddPage()
	pdfHeader(p, d)
	for _, b := range d.Blocks {
		pdfBlock(p, b)
	}
	pdfSignature(p, d)
	if err := p.Error(); err != nil {
		return fmt.Errorf("report: pdf: %w", err)
	}
	return p.Output(w)
}

// textWidth is the width between the margins, in mm.
const textWidth = 210 - 30 - 15

// pdfHeader draws the NĐ 30/2020 header: the governing body over the
// issuing body (bold, a short rule under it: half its width) and the
// number on the left; the national motto (a rule as long as its second
// line) and the place and date on the right; then the type and summary.
// A party document (HD 36-HD/VPTW) puts a star under the issuing body and
// "ĐẢNG CỘNG SẢN VIỆT NAM", underlined, in place of the motto.
func pdfHeader(p *fpdf.Fpdf, d Document) {
	// The right column is as wide as the national title, the left takes
	// the rest.
	p.SetFont("serif", "B", 11)
	right := p.GetStringWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + 4
	left := textWidth - right
	y := p.GetY()
	p.SetFont("serif", "", 11)
	if d.ParentBody != "" {
		p.MultiCell(left, 5, d.ParentBody, "", "C", false)
	}
	p.SetFont("serif", "B", 11)
	if p.GetStringWidth(d.Body) > left-2 {
		p.SetFont("serif", "B", 10) // DejaVu runs wide: one line at 10 pt rather than two
	}
	lines := p.SplitText(d.Body, left)
	widest := 0.0
	for _, l := range lines {
		p.SetX(30)
		p.CellFormat(left, 5, l, "", 2, "C", false, 0, "")
		widest = max(widest, p.GetStringWidth(l))
	}
	p.SetFont("serif", "", 11)
	if d.Party {
		p.SetX(30)
		p.CellFormat(left, 5, "*", "", 2, "C", false, 0, "")
	} else {
		rule(p, 30+left/2, p.GetY()+1.8, widest/2)
		p.SetY(p.GetY() + 3)
	}
	p.SetX(30)
	p.CellFormat(left, 5, d.Number, "", 2, "C", false, 0, "")
	bottom := p.GetY()
	p.SetXY(30+left, y)
	if d.Party {
		p.SetFont("serif", "B", pdfSize)
		const party = "ĐẢNG CỘNG SẢN VIỆT NAM"
		p.CellFormat(right, 6, party, "", 2, "C", false, 0, "")
		rule(p, 30+left+right/2, p.GetY()+0.3, p.GetStringWidth(party))
	} else {
		p.SetFont("serif", "B", 11)
		p.CellFormat(right, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", 2, "C", false, 0, "")
		p.SetFont("serif", "B", pdfSize)
		motto := "Độc lập - Tự do - Hạnh phúc"
		p.CellFormat(right, 6, motto, "", 2, "C", false, 0, "")
		rule(p, 30+left+right/2, p.GetY()+0.3, p.GetStringWidth(motto))
	}
	p.SetXY(30+left, p.GetY()+3)
	p.SetFont("serif", "I", pdfSize)
	p.CellFormat(right, 6, dateLine(d.Place, d.Date), "", 2, "C", false, 0, "")
	p.SetY(max(bottom, p.GetY()) + 8)
	p.SetFont("serif", "B", pdfSize+1)
	p.CellFormat(0, 7, d.Kind, "", 1, "C", false, 0, "")
	p.MultiCell(0, 6, d.Summary, "", "C", false)
	p.Ln(4)
}

// rule draws a horizontal line of length w centred on x.
func rule(p *fpdf.Fpdf, x, y, w float64) {
	p.SetLineWidth(0.25)
	p.Line(x-w/2, y, x+w/2, y)
	p.SetLineWidth(0.2)
}

func pdfBlock(p *fpdf.Fpdf, b Block) {
	switch {
	case b.Heading != "":
		p.SetFont("serif", "B", pdfSize)
		p.SetX(40)
		p.MultiCell(textWidth-10, 6, b.Heading, "", "L", false)
	case b.Text != "":
		p.SetFont("serif", "", pdfSize)
		// First-line indent: a non-breaking lead the width of 1 cm.
		p.MultiCell(0, 6, "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"+b.Text, "", "J", false)
	case b.Table != nil:
		pdfTable(p, *b.Table)
	}
	p.Ln(1)
}

// pdfTable draws a bordered table with wrapped cells; the header repeats
// on every page. Lines break between words only: columnWidths makes each
// column as wide as its longest word, or number, date or rate whole.
func pdfTable(p *fpdf.Fpdf, t Table) {
	header, rows, bold := printedCells(t)
	size, ws := columnWidths(p, t.Columns, header, rows, bold)
	style := func(r int) string {
		if bold[r] {
			return "B"
		}
		return ""
	}
	drawHeader(p, header, ws, size)
	for r, cells := range rows {
		drawRow(p, cells, ws, size, style(r), func(i int) string {
			if t.Columns[i].Kind == Text {
				return "L"
			}
			return "R"
		}, func() { drawHeader(p, header, ws, size) })
	}
	p.Ln(2)
}

// printedCells are the texts of a printed table: the column titles, the
// cells of each row, and whether the row is the total (bold).
func printedCells(t Table) (header []string, rows [][]string, bold []bool) {
	header = make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Title
	}
	rows = make([][]string, len(t.Rows))
	bold = make([]bool, len(t.Rows))
	for r, row := range t.Rows {
		rows[r] = make([]string, len(t.Columns))
		for i, c := range t.Columns {
			if i < len(row) {
				rows[r][i] = CellText(c.Kind, row[i])
			}
		}
		bold[r] = r == len(t.Rows)-1 && len(row) > 2 && (row[1] == "Tổng cộng" || row[2] == "Tổng cộng")
	}
	return header, rows, bold
}

// unbreakable are the pieces of a cell a line may not break: its words,
// or the whole of a number, date or rate.
func unbreakable(k Kind, s string) []string {
	if k == Text {
		return strings.Fields(s)
	}
	return []string{s}
}

// lineHeight is the height of one line of a table cell at size pt.
func lineHeight(size float64) float64 { return size * 0.47 }

// columnWidths picks the font size (9 pt, smaller for a table too wide)
// and the widths of the columns: each at least its longest unbreakable
// piece (a word of a text or a title; a whole number, date or rate), the
// rest of the line shared out by the columns' nominal widths.
func columnWidths(p *fpdf.Fpdf, cols []Column, header []string, rows [][]string, bold []bool) (float64, []float64) {
	var size float64
	var mins []float64
	for size = 9; size >= 6.5; size -= 0.5 {
		mins = make([]float64, len(cols))
		pad := 2 + 2*p.GetCellMargin() + 0.3
		measure := func(i int, s string, style string, k Kind) {
			p.SetFont("serif", style, size)
			for _, w := range unbreakable(k, s) {
				mins[i] = max(mins[i], p.GetStringWidth(w)+pad)
			}
		}
		for i, h := range header {
			measure(i, h, "B", Text)
		}
		for r, cells := range rows {
			style := ""
			if bold[r] {
				style = "B"
			}
			for i, c := range cells {
				measure(i, c, style, cols[i].Kind)
			}
		}
		sum := 0.0
		for _, m := range mins {
			sum += m
		}
		if sum <= textWidth {
			break
		}
	}
	return max(size, 6.5), shareWidths(cols, mins, textWidth)
}

// shareWidths shares total out among the columns by their nominal widths;
// a column whose share is below its minimum takes the minimum and leaves
// the others the rest, until none is below.
func shareWidths(cols []Column, mins []float64, total float64) []float64 {
	ws := make([]float64, len(cols))
	fixed := make([]bool, len(cols))
	for {
		free, weight := total, 0.0
		for i, c := range cols {
			if fixed[i] {
				free -= mins[i]
			} else {
				weight += width(c)
			}
		}
		changed := false
		for i, c := range cols {
			if fixed[i] {
				ws[i] = mins[i]
				continue
			}
			ws[i] = width(c) / weight * free
			if ws[i] < mins[i] {
				fixed[i], changed = true, true
			}
		}
		if !changed || weight == 0 {
			return ws
		}
	}
}

// drawRow draws one row of cells, starting a page (and repeating the
// header through again) when the row does not fit.
func drawRow(p *fpdf.Fpdf, cells []string, ws []float64, size float64, style string, align func(int) string, again func()) {
	p.SetFont("serif", style, size)
	lh := lineHeight(size)
	lines := make([][]string, len(cells))
	h := 1
	for i, c := range cells {
		lines[i] = p.SplitText(c, ws[i]-2)
		h = max(h, len(lines[i]))
	}
	rowH := float64(h)*lh + 1.5
	if p.GetY()+rowH > 297-20 {
		p.AddPage()
		again()
		p.SetFont("serif", style, size)
	}
	x, y := p.GetX(), p.GetY()
	for i := range cells {
		p.Rect(x, y, ws[i], rowH, "D")
		for j, l := range lines[i] {
			p.SetXY(x+1, y+0.75+float64(j)*lh)
			p.CellFormat(ws[i]-2, lh, l, "", 0, align(i), false, 0, "")
		}
		x += ws[i]
	}
	p.SetXY(30, y+rowH)
}

func drawHeader(p *fpdf.Fpdf, header []string, ws []float64, size float64) {
	drawRow(p, header, ws, size, "B", func(int) string { return "C" }, func() {})
}

func pdfSignature(p *fpdf.Fpdf, d Document) {
	roles := strings.Split(d.SignerRole, "\n")
	need := float64(len(d.Recipients))*5 + 45
	if p.GetY()+need > 297-20 {
		p.AddPage()
	}
	p.Ln(4)
	y := p.GetY()
	half := float64(textWidth) / 2
	p.SetFont("serif", "BI", 11)
	if len(d.Recipients) > 0 {
		p.CellFormat(half, 5, "Nơi nhận:", "", 2, "L", false, 0, "")
	}
	p.SetFont("serif", "", 10)
	for _, r := range recipientLines(d.Recipients) {
		p.MultiCell(half, 4.5, r, "", "L", false)
	}
	p.SetXY(30+half, y)
	p.SetFont("serif", "B", pdfSize)
	for _, r := range roles {
		p.CellFormat(half, 6, r, "", 2, "C", false, 0, "")
	}
	p.SetXY(30+half, p.GetY()+22)
	p.CellFormat(half, 6, d.SignerName, "", 2, "C", false, 0, "")
}
