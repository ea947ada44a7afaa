package report

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"

	"tiendo/vn"
)

// headerRow is the row of the column titles: a title and a subtitle
// above it, the data below, the header frozen and filterable.
const headerRow = 3

// WriteXLSX writes each table to its own sheet: a title, a subtitle, a
// frozen header row with filters, Vietnamese number formats (dates
// dd/mm/yyyy, percentages, thousands), column widths, rows as tall as
// their wrapped text, and a page setup that prints as it is (pageSetup).
func WriteXLSX(w io.Writer, tables ...Table) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	used := map[string]bool{}
	for i, t := range tables {
		name := sheetName(t.Sheet, i, used)
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return fmt.Errorf("report: sheet %q: %w", name, err)
		}
		if err := writeSheet(f, name, t, st, i); err != nil {
			return fmt.Errorf("report: sheet %q: %w", name, err)
		}
	}
	_, err = f.WriteTo(w)
	return err
}

// sheetName is a valid, unique sheet name: at most 31 characters.
func sheetName(s string, i int, used map[string]bool) string {
	if s == "" {
		s = fmt.Sprintf("Bảng %d", i+1)
	}
	if r := []rune(s); len(r) > 28 {
		s = string(r[:28])
	}
	name := s
	for n := 2; used[name]; n++ {
		name = fmt.Sprintf("%s %d", s, n)
	}
	used[name] = true
	return name
}

// styles are the cell styles of a workbook.
type styles struct {
	title, subtitle, header, text, integer, rate, date, number int
}

func newStyles(f *excelize.File) (styles, error) {
	var st styles
	border := []excelize.Border{{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1}}
	font := &excelize.Font{Family: "Times New Roman", Size: 12}
	dateFmt, rateFmt, numFmt, intFmt := "dd/mm/yyyy", "0.0%", "#,##0.00", "#,##0"
	top := &excelize.Alignment{Vertical: "top"} // beside wrapped texts
	defs := []struct {
		dst   *int
		style excelize.Style
	}{
		{&st.title, excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 14, Bold: true}}},
		{&st.subtitle, excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 12, Italic: true}}},
		{&st.header, excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 12, Bold: true}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{WrapText: true, Horizontal: "center", Vertical: "center"}}},
		{&st.text, excelize.Style{Font: font, Border: border, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
		{&st.integer, excelize.Style{Font: font, Border: border, CustomNumFmt: &intFmt, Alignment: top}},
		{&st.rate, excelize.Style{Font: font, Border: border, CustomNumFmt: &rateFmt, Alignment: top}},
		{&st.date, excelize.Style{Font: font, Border: border, CustomNumFmt: &dateFmt, Alignment: top}},
		{&st.number, excelize.Style{Font: font, Border: border, CustomNumFmt: &numFmt, Alignment: top}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return st, err
		}
		*d.dst = id
	}
	// Text cells are inline strings, never formulas; quotePrefix also keeps
	// a text such as "=HYPERLINK(…)" or "-1" text when a user edits the
	// cell, as a typed leading apostrophe would, without showing one.
	// excelize's Style has no such option; its style sheet has.
	quote := true
	for _, id := range []int{st.title, st.subtitle, st.header, st.text} {
		f.Styles.CellXfs.Xf[id].QuotePrefix = &quote
	}
	return st, nil
}

func writeSheet(f *excelize.File, sheet string, t Table, st styles, index int) error {
	// The stream writer writes the sheet's properties when it starts and
	// its page setup when it ends, from the settings made before.
	if err := pageSetup(f, sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, c := range t.Columns {
		if err := sw.SetColWidth(i+1, i+1, width(c)); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: fmt.Sprintf("A%d", headerRow+1),
		ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: st.title, Value: t.Title}}); err != nil {
		return err
	}
	if err := sw.SetRow("A2", []any{excelize.Cell{StyleID: st.subtitle, Value: t.Subtitle}}); err != nil {
		return err
	}
	header := make([]any, len(t.Columns))
	for i := range t.Columns {
		header[i] = excelize.Cell{StyleID: st.header, Value: uniqueTitle(t.Columns, i)}
	}
	titles := make([]string, len(t.Columns))
	for i := range t.Columns {
		titles[i] = uniqueTitle(t.Columns, i)
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", headerRow), header, excelize.RowOpts{Height: rowHeight(t.Columns, titles, true)}); err != nil {
		return err
	}
	for r, row := range t.Rows {
		cells := make([]any, len(t.Columns))
		texts := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			if i < len(row) {
				cells[i] = cell(c.Kind, row[i], st)
				if c.Kind == Text {
					texts[i] = CellText(c.Kind, row[i])
				}
			}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", headerRow+1+r), cells, excelize.RowOpts{Height: rowHeight(t.Columns, texts, false)}); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(t.Columns), headerRow+max(len(t.Rows), 1))
	if err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{Range: fmt.Sprintf("A%d:%s", headerRow, last),
		Name: fmt.Sprintf("Bang%d", index+1), StyleName: "TableStyleLight1"}); err != nil {
		return err
	}
	return sw.Flush()
}

// pageSetup makes a sheet printable as it is: A4 landscape, the columns
// fitted to the page width (as many pages down as needed), the title and
// header rows repeated on every page, page numbers in the footer.
func pageSetup(f *excelize.File, sheet string) error {
	a4, landscape, wide, tall := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape,
		FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	side, edge, centre := 0.5, 0.6, true
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &edge,
		Bottom: &edge, Horizontally: &centre}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&CTrang &P/&N"}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$1:$%d", strings.ReplaceAll(sheet, "'", "''"), headerRow)})
}

// rowHeight is the height in points of a row whose cells hold texts
// (empty for a number) wrapped in their columns: the most lines any cell
// needs, at the 12 pt of the body (bold titles run wider).
func rowHeight(cols []Column, texts []string, bold bool) float64 {
	lines := 1
	for i, s := range texts {
		if i < len(cols) && s != "" {
			lines = max(lines, wrappedLines(s, width(cols[i]), bold))
		}
	}
	return float64(lines)*15 + 3
}

// wrappedLines counts the lines a text takes in a column width wide
// characters (Excel's unit: the width of a digit of the default font),
// breaking between words as a spreadsheet does. Times New Roman 12 pt
// runs about 1.1 digit widths a letter, bold 1.2.
func wrappedLines(s string, wide float64, bold bool) int {
	per := 1.1
	if bold {
		per = 1.2
	}
	room := max(1, (wide-1)/per) // letters a line holds, less the cell's padding
	lines, used, word := 1, 0.0, 0.0
	// place puts the word just read on the line, or on a new one.
	place := func() {
		switch {
		case word == 0:
		case used == 0:
			used = word
		case used+1+word <= room:
			used += 1 + word
		default:
			lines++
			used = word
		}
		for used > room { // a word longer than the line breaks anywhere
			lines++
			used -= room
		}
		word = 0
	}
	for _, r := range s { // no allocation: this runs for every text cell
		switch {
		case r == '\n':
			place()
			lines++
			used = 0
		case unicode.IsSpace(r):
			place()
		default:
			word++
		}
	}
	place()
	return lines
}

// uniqueTitle makes a header unique, as Excel tables require.
func uniqueTitle(cols []Column, i int) string {
	n := 0
	for _, c := range cols[:i] {
		if c.Title == cols[i].Title {
			n++
		}
	}
	if n == 0 {
		return cols[i].Title
	}
	return fmt.Sprintf("%s (%d)", cols[i].Title, n+1)
}

func width(c Column) float64 {
	if c.Width > 0 {
		return c.Width
	}
	return map[Kind]float64{Text: 30, Int: 10, Rate: 10, Date: 12, Number: 10}[c.Kind]
}

// cell writes one value with the style of its kind; absent values stay
// empty so that filters and sums ignore them.
func cell(k Kind, v any, st styles) any {
	style := map[Kind]int{Text: st.text, Int: st.integer, Rate: st.rate, Date: st.date, Number: st.number}[k]
	switch x := v.(type) {
	case nil:
		return excelize.Cell{StyleID: style}
	case *float64:
		if x == nil {
			return excelize.Cell{StyleID: style}
		}
		return excelize.Cell{StyleID: style, Value: *x}
	case vn.Date:
		if x.IsZero() {
			return excelize.Cell{StyleID: style}
		}
		return excelize.Cell{StyleID: style, Value: time.Date(x.Year, x.Month, x.Day, 0, 0, 0, 0, time.UTC)}
	}
	return excelize.Cell{StyleID: style, Value: v}
}
