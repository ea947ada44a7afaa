package ui

import (
	"net/url"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// form is a submitted (or empty) HTML form as templates show it again:
// what the user typed, an error per field, and a message for the whole
// form. A form with errors is always shown with the user's input intact.
type formState struct {
	Values  url.Values
	Errors  map[string]string
	Message string
	Open    bool // the form's <details> starts open
}

func newForm(v url.Values) formState {
	if v == nil {
		v = url.Values{}
	}
	return formState{Values: v, Errors: map[string]string{}}
}

// Get is the value of a field.
func (f formState) Get(name string) string { return f.Values.Get(name) }

// Err is the error message of a field, "" when it has none.
func (f formState) Err(name string) string { return f.Errors[name] }

// Has tells whether value is among a field's values (checkboxes, multiple
// selects).
func (f formState) Has(name string, value any) bool {
	v := ""
	switch x := value.(type) {
	case string:
		v = x
	case int64:
		v = strconv.FormatInt(x, 10)
	case int:
		v = strconv.Itoa(x)
	default:
		return false
	}
	for _, s := range f.Values[name] {
		if s == v {
			return true
		}
	}
	return false
}

// errorLine is an error as one line, its field messages after its message,
// for a page whose form for it is not shown.
func errorLine(err error) string {
	line, sep := tiendo.ErrorMessage(err), ": "
	for _, m := range tiendo.ErrorFields(err) {
		line += sep + m
		sep = "; "
	}
	return line
}

// showsOnForm tells whether err is the user's to fix on the form it came
// from (bad input, a stale version), so the page is shown again with it;
// any other error goes to the error page.
func showsOnForm(err error) bool {
	code := tiendo.ErrorCode(err)
	return code == tiendo.EINVALID || code == tiendo.ECONFLICT
}

// withError records an application error on the form: field messages
// beside their fields (renamed to the form's own field names), the message
// at the top.
func (f formState) withError(err error, rename map[string]string) formState {
	f.Open = true
	f.Message = tiendo.ErrorMessage(err)
	for k, m := range tiendo.ErrorFields(err) {
		if to, ok := rename[k]; ok {
			k = to
		}
		f.Errors[k] = m
	}
	return f
}

// formReader reads typed values from a form, collecting one error per bad
// field, so every mistake is reported at once.
type formReader struct {
	vals url.Values
	v    tiendo.Validator
}

// str reads a text field; a NUL byte or more than tiendo.MaxLongText
// characters is an error on the field (the service has tighter limits).
func (fr *formReader) str(name string) string {
	s := fr.vals.Get(name)
	fr.v.Text(name, s, tiendo.MaxLongText)
	return strings.TrimSpace(s)
}

// date reads a date written as 20/12/2019 (or ISO); "" is the zero date.
func (fr *formReader) date(name string) vn.Date {
	return httpx.FormDate(&fr.v, name, fr.vals.Get(name))
}

// id reads an optional id; "" is nil.
func (fr *formReader) id(name string) *int64 {
	s := fr.str(name)
	if s == "" {
		return nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		fr.v.Add(name, "Lựa chọn không hợp lệ")
		return nil
	}
	return &n
}

// ids reads every value of a multiple select.
func (fr *formReader) ids(name string) []int64 {
	var out []int64
	for _, s := range fr.vals[name] {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 1 {
			fr.v.Add(name, "Lựa chọn không hợp lệ")
			continue
		}
		out = append(out, n)
	}
	return out
}

// integer reads an optional whole number.
func (fr *formReader) integer(name string) *int {
	s := fr.str(name)
	if s == "" {
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		fr.v.Add(name, "Cần một số nguyên")
		return nil
	}
	return &n
}

// version reads the hidden version of the record the form was built from.
func (fr *formReader) version() int {
	n, err := strconv.ParseInt(fr.str("version"), 10, 32)
	if err != nil || n < 0 {
		fr.v.Add("version", "Phiên bản không hợp lệ")
	}
	return int(n)
}

func (fr *formReader) checked(name string) bool {
	switch fr.str(name) {
	case "on", "1", "true":
		return true
	}
	return false
}

func (fr *formReader) err() error { return fr.v.Err() }
