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
	p.SetFooterFunc(func() {
		if p.PageNo() > 1 {
			p.SetY(-15)
			p.SetFont("serif", "", 10)
			p.CellFormat(0, 5, fmt.Sprint(p.PageNo()), "", 0, "C", false, 0, "")
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

func pdfHeader(p *fpdf.Fpdf, d Document) {
	left, right := 62.0, textWidth-62.0
	y := p.GetY()
	p.SetFont("serif", "", 11)
	if d.ParentBody != "" {
		p.CellFormat(left, 5, d.ParentBody, "", 2, "C", false, 0, "")
	}
	p.SetFont("serif", "B", 11)
	p.MultiCell(left, 5, d.Body, "", "C", false)
	p.SetFont("serif", "", 11)
	p.Ln(2)
	p.CellFormat(left, 5, d.Number, "", 2, "C", false, 0, "")
	bottom := p.GetY()
	p.SetXY(30+left, y)
	p.SetFont("serif", "B", 11)
	p.CellFormat(right, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", 2, "C", false, 0, "")
	p.SetFont("serif", "B", pdfSize)
	p.CellFormat(right, 6, "Độc lập - Tự do - Hạnh phúc", "", 2, "C", false, 0, "")
	p.Ln(2)
	p.SetX(30 + left)
	p.SetFont("serif", "I", pdfSize)
	p.CellFormat(right, 6, dateLine(d.Place, d.Date), "", 2, "C", false, 0, "")
	p.SetY(max(bottom, p.GetY()) + 8)
	p.SetFont("serif", "B", pdfSize+1)
	p.CellFormat(0, 7, d.Kind, "", 1, "C", false, 0, "")
	p.MultiCell(0, 6, d.Summary, "", "C", false)
	p.Ln(4)
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
// on every page.
func pdfTable(p *fpdf.Fpdf, t Table) {
	total := 0.0
	for _, c := range t.Columns {
		total += width(c)
	}
	ws := make([]float64, len(t.Columns))
	for i, c := range t.Columns {
		ws[i] = width(c) / total * textWidth
	}
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Title
	}
	const size = 9
	drawRow := func(cells []string, style string, align func(int) string) {
		p.SetFont("serif", style, size)
		lines := make([][]string, len(cells))
		h := 1
		for i, c := range cells {
			lines[i] = p.SplitText(c, ws[i]-2)
			h = max(h, len(lines[i]))
		}
		rowH := float64(h)*4.2 + 1.5
		if p.GetY()+rowH > 297-20 {
			p.AddPage()
			if style != "B" {
				drawHeader(p, header, ws, size)
			}
		}
		x, y := p.GetX(), p.GetY()
		for i := range cells {
			p.Rect(x, y, ws[i], rowH, "D")
			p.SetXY(x+1, y+0.75)
			p.MultiCell(ws[i]-2, 4.2, strings.Join(lines[i], "\n"), "", align(i), false)
			x += ws[i]
		}
		p.SetXY(30, y+rowH)
	}
	drawHeader(p, header, ws, size)
	for r, row := range t.Rows {
		cells := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			if i < len(row) {
				cells[i] = cellText(c.Kind, row[i])
			}
		}
		style := ""
		if r == len(t.Rows)-1 && len(row) > 1 && row[1] == "Tổng cộng" {
			style = "B"
		}
		drawRow(cells, style, func(i int) string {
			if t.Columns[i].Kind == Text {
				return "L"
			}
			return "R"
		})
	}
	p.Ln(2)
}

func drawHeader(p *fpdf.Fpdf, header []string, ws []float64, size float64) {
	p.SetFont("serif", "B", size)
	h := 1
	for i, c := range header {
		h = max(h, len(p.SplitText(c, ws[i]-2)))
	}
	rowH := float64(h)*4.2 + 1.5
	x, y := p.GetX(), p.GetY()
	for i, c := range header {
		p.Rect(x, y, ws[i], rowH, "D")
		p.SetXY(x+1, y+0.75)
		p.MultiCell(ws[i]-2, 4.2, c, "", "C", false)
		x += ws[i]
	}
	p.SetXY(30, y+rowH)
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
