package report

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"strings"
	"text/template"
	"unicode"
)

// WriteDOCX writes d as a Word document (WordprocessingML written by
// hand: no maintained Go DOCX writer fits, see stack.md), A4 with the
// NĐ 30/2020 margins (top and bottom 20 mm, left 30 mm, right 15 mm) in
// Times New Roman 14 pt, editable in Word and LibreOffice.
func WriteDOCX(w io.Writer, d Document) error {
	z := zip.NewWriter(w)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", stylesXML},
		{"word/header1.xml", headerXML},
	}
	for _, p := range parts {
		f, err := z.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	f, err := z.Create("word/document.xml")
	if err != nil {
		return err
	}
	if err := documentTmpl.Execute(f, docxView(d)); err != nil {
		return err
	}
	return z.Close()
}

// docxData is what the document template reads.
type docxData struct {
	D          Document
	Recipients []string // "- x;" lines, the last ending in "."
	DateLine   string
	SignerRole []string
	Blocks     []docxBlock
	RuleIndent int // twips each side of the rule under the issuing body
	BodySize   int // the issuing body's size in half-points
}

type docxBlock struct {
	Heading, Text string
	Table         *docxTable
}

type docxTable struct {
	Size   int   // font size in half-points
	Widths []int // twips
	Header []string
	Rows   [][]docxCell
}

type docxCell struct {
	Text  string
	Right bool
	Bold  bool
}

// tableWidth is the text width of an A4 page with 30 + 15 mm margins, in twips.
const tableWidth = 9355

func docxView(d Document) docxData {
	v := docxData{D: d, DateLine: dateLine(d.Place, d.Date), SignerRole: strings.Split(d.SignerRole, "\n"),
		Recipients: recipientLines(d.Recipients)}
	// NĐ 30: a rule under the issuing body, a third to a half of its line,
	// centred.
	const cell = 3800 - 2*108 // the header's left cell less its margins
	line := min(docxWidth(d.Body, 26, true)-2*57, cell)
	v.RuleIndent = int(cell-line*0.45) / 2
	// NĐ 30 sets the issuing body at 12–13 pt: 12 when 13 takes two lines.
	v.BodySize = 26
	if docxWidth(d.Body, 26, true)-2*57 > cell {
		v.BodySize = 24
	}
	for _, b := range d.Blocks {
		db := docxBlock{Heading: b.Heading, Text: b.Text}
		if b.Table != nil {
			db.Table = docxTableOf(*b.Table)
		}
		v.Blocks = append(v.Blocks, db)
	}
	return v
}

// recipientLines writes "Nơi nhận" the NĐ 30 way: "- x;" and "- y." last.
func recipientLines(rs []string) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		end := ";"
		if i == len(rs)-1 {
			end = "."
		}
		out[i] = "- " + r + end
	}
	return out
}

// docxTableOf lays t out for Word: at 11 pt (smaller for a table too
// wide), each column at least as wide as its longest word, number, date or
// rate (docxWidth), so a line never breaks inside one.
func docxTableOf(t Table) *docxTable {
	header, rows, bold := printedCells(t)
	var size int
	var mins []float64
	for size = 22; size >= 14; size -= 2 {
		mins = make([]float64, len(t.Columns))
		for i, h := range header {
			for _, w := range strings.Fields(h) {
				mins[i] = max(mins[i], docxWidth(w, size, true))
			}
		}
		for r, cells := range rows {
			for i, c := range cells {
				for _, w := range unbreakable(t.Columns[i].Kind, c) {
					mins[i] = max(mins[i], docxWidth(w, size, bold[r]))
				}
			}
		}
		sum := 0.0
		for _, m := range mins {
			sum += m
		}
		if sum <= tableWidth {
			break
		}
	}
	dt := &docxTable{Header: header, Size: max(size, 14)}
	for _, w := range shareWidths(t.Columns, mins, tableWidth) {
		dt.Widths = append(dt.Widths, int(w))
	}
	for r, cells := range rows {
		var row []docxCell
		for i, c := range cells {
			row = append(row, docxCell{Text: c, Right: t.Columns[i].Kind != Text, Bold: bold[r]})
		}
		dt.Rows = append(dt.Rows, row)
	}
	return dt
}

// docxWidth estimates in twips the width of a word in Times New Roman at
// size half-points, with the cell's margins (57 twips a side) and a
// tenth to spare: capitals are about 0.72 em, small letters and digits
// 0.5, narrow punctuation 0.28; bold runs 5% wider.
func docxWidth(word string, size int, bold bool) float64 {
	em := 0.0
	for _, r := range word {
		switch {
		case strings.ContainsRune(".,:;'!|il()[]/-", r):
			em += 0.3
		case strings.ContainsRune("mwMW%", r):
			em += 0.9
		case unicode.IsUpper(r):
			em += 0.72
		default:
			em += 0.52
		}
	}
	if bold {
		em *= 1.05
	}
	return em*float64(size)*10*1.1 + 2*57
}

func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

var documentTmpl = template.Must(template.New("document.xml").Funcs(template.FuncMap{"x": xmlText}).Parse(documentXML))

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>`

// headerXML is the page header: the page number centred at the top (NĐ
// 30/2020), shown from the second page (titlePg in the section).
const headerXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
</w:p></w:hdr>`

// stylesXML sets Times New Roman 14 pt (sz is in half-points), single
// spacing with 6 pt after each paragraph, and a plain grid table style.
const stylesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid"/><w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>
</w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`

// documentXML: the header is a borderless two-column table (governing and
// issuing bodies, a rule, the number left; the national title at 12 pt,
// the motto underlined and the date right), then the title, body,
// and a borderless table with the recipients (12/11 pt) and signature.
const documentXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
<w:tbl><w:tblPr><w:tblW w:w="9355" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="3800"/><w:gridCol w:w="5555"/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:tcW w:w="3800" w:type="dxa"/></w:tcPr>
{{if .D.ParentBody}}<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>{{x .D.ParentBody}}</w:t></w:r></w:p>{{end}}
<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="{{.BodySize}}"/></w:rPr><w:t>{{x .D.Body}}</w:t></w:r></w:p>
{{if .D.Party}}<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>*</w:t></w:r></w:p>
{{else}}<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="60" w:after="0" w:line="60" w:lineRule="exact"/><w:ind w:left="{{.RuleIndent}}" w:right="{{.RuleIndent}}"/></w:pPr></w:p>
{{end}}<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="60" w:after="0"/></w:pPr><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">{{x .D.Number}}</w:t></w:r></w:p>
</w:tc><w:tc><w:tcPr><w:tcW w:w="5555" w:type="dxa"/></w:tcPr>
{{if .D.Party}}<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="30"/><w:u w:val="single"/></w:rPr><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p>
{{else}}<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>
<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/><w:u w:val="single"/></w:rPr><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p>
{{end}}<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="120" w:after="0"/></w:pPr><w:r><w:rPr><w:i/><w:sz w:val="28"/></w:rPr><w:t>{{x .DateLine}}</w:t></w:r></w:p>
</w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="360" w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{{x .D.Kind}}</w:t></w:r></w:p>
<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{{x .D.Summary}}</w:t></w:r></w:p>
{{range .Blocks}}{{if .Heading}}<w:p><w:pPr><w:keepNext/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{{x .Heading}}</w:t></w:r></w:p>
{{end}}{{if .Text}}<w:p><w:pPr><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">{{x .Text}}</w:t></w:r></w:p>
{{end}}{{with .Table}}{{$t := .}}<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="9355" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>
<w:tblGrid>{{range .Widths}}<w:gridCol w:w="{{.}}"/>{{end}}</w:tblGrid>
<w:tr><w:trPr><w:tblHeader/></w:trPr>{{range $i, $h := .Header}}<w:tc><w:tcPr><w:tcW w:w="{{index $t.Widths $i}}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="{{$t.Size}}"/></w:rPr><w:t>{{x $h}}</w:t></w:r></w:p></w:tc>{{end}}</w:tr>
{{range .Rows}}<w:tr><w:trPr><w:cantSplit/></w:trPr>{{range $i, $c := .}}<w:tc><w:tcPr><w:tcW w:w="{{index $t.Widths $i}}" w:type="dxa"/></w:tcPr><w:p><w:pPr>{{if $c.Right}}<w:jc w:val="right"/>{{end}}<w:spacing w:after="0"/></w:pPr><w:r><w:rPr>{{if $c.Bold}}<w:b/>{{end}}<w:sz w:val="{{$t.Size}}"/></w:rPr><w:t xml:space="preserve">{{x $c.Text}}</w:t></w:r></w:p></w:tc>{{end}}</w:tr>
{{end}}</w:tbl><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>
{{end}}{{end}}
<w:tbl><w:tblPr><w:tblW w:w="9355" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="4677"/><w:gridCol w:w="4678"/></w:tblGrid>
<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="4677" w:type="dxa"/></w:tcPr>
<w:p><w:pPr><w:spacing w:before="240" w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:i/><w:sz w:val="24"/></w:rPr><w:t>Nơi nhận:</w:t></w:r></w:p>
{{range .Recipients}}<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">{{x .}}</w:t></w:r></w:p>
{{end}}</w:tc><w:tc><w:tcPr><w:tcW w:w="4678" w:type="dxa"/></w:tcPr>
{{range .SignerRole}}<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{{x .}}</w:t></w:r></w:p>
{{end}}<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="1440" w:after="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{{x .D.SignerName}}</w:t></w:r></w:p>
</w:tc></w:tr></w:tbl>
<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>
</w:body></w:document>`
