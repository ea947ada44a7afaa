package tiendo

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"tiendo/vn"
)

// Text limits, in characters. One text field of a megabyte made a
// statistics PDF take fifteen seconds; no real name, title or note comes
// near these.
const (
	// MaxShortText bounds one-line text: names, titles, places, positions,
	// labels, codes and numbers of documents.
	MaxShortText = 500
	// MaxLongText bounds free text: descriptions, notes, reasons, minutes,
	// agendas, answers. It is also the default for a string field that
	// names no limit, so a new field is bounded without anyone thinking of it.
	MaxLongText = 20000
)

// DateRangeMessage says which dates are accepted; messages about a date out
// of range end with it.
var DateRangeMessage = fmt.Sprintf("năm phải từ %d đến %d", vn.MinYear, vn.MaxYear)

// Text records an error for field when s holds a NUL byte or is longer than
// max characters. PostgreSQL cannot store NUL in text at all.
func (v *Validator) Text(field, s string, max int) {
	switch {
	case strings.IndexByte(s, 0) >= 0:
		v.Add(field, "Không được chứa ký tự NUL (mã 0)")
	case len(s) > max && utf8.RuneCountInString(s) > max:
		v.Add(field, fmt.Sprintf("Tối đa %s ký tự", vn.FormatInt(int64(max))))
	}
}

// Date records an error for field when d is set and outside
// vn.MinYear–vn.MaxYear.
func (v *Validator) Date(field string, d vn.Date) {
	if !d.IsZero() && !d.InRange() {
		v.Add(field, fmt.Sprintf("Ngày %s không hợp lệ: %s", d.Format(), DateRangeMessage))
	}
}

// Input checks every string and date reachable from x (a struct, pointer,
// slice or map of them): no NUL, at most the field's `max` tag characters
// (MaxLongText without one; `max:"-"` for text bounded and cleaned
// elsewhere, such as a document's full text, whose NUL bytes the store
// replaces), dates within range, Go ints within 32 bits. Errors name the outermost JSON
// field, the name a form or an API client knows. Domain Validate methods and
// the decoders call it, so a field added later is checked by default.
func (v *Validator) Input(x any) {
	walkInput(v, "", MaxLongText, reflect.ValueOf(x))
}

// CheckInput is Input as an error, for inputs that are not domain types
// (action notes, patches).
func CheckInput(x any) error {
	var v Validator
	v.Input(x)
	return v.Err()
}

var dateType = reflect.TypeOf(vn.Date{})

func walkInput(v *Validator, field string, max int, x reflect.Value) {
	switch x.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !x.IsNil() {
			walkInput(v, field, max, x.Elem())
		}
	case reflect.String:
		if max >= 0 {
			v.Text(field, x.String(), max)
		}
	case reflect.Int:
		// Go ints (versions, percentages, counts) are 32-bit integer
		// columns; PostgreSQL refuses anything larger.
		if n := x.Int(); n > math.MaxInt32 || n < math.MinInt32 {
			v.Add(field, "Số quá lớn")
		}
	case reflect.Slice, reflect.Array:
		if x.Type().Elem().Kind() == reflect.Uint8 {
			return // file contents, bounded by the upload limit
		}
		for i := 0; i < x.Len(); i++ {
			walkInput(v, field, max, x.Index(i))
		}
	case reflect.Map:
		it := x.MapRange()
		for it.Next() {
			walkInput(v, field, max, it.Key())
			walkInput(v, field, max, it.Value())
		}
	case reflect.Struct:
		if x.Type() == dateType {
			v.Date(field, x.Interface().(vn.Date))
			return
		}
		walkStruct(v, field, x)
	}
}

// walkStruct checks the exported fields of a struct; a nested struct's
// errors go to field, the outer one, when there is one.
func walkStruct(v *Validator, field string, x reflect.Value) {
	t := x.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := field
		if name == "" {
			name, _, _ = strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue // never read from input
			}
			if name == "" {
				name = f.Name
			}
		}
		max := MaxLongText
		switch tag := f.Tag.Get("max"); tag {
		case "":
		case "-":
			max = -1
		default:
			if n, err := strconv.Atoi(tag); err == nil {
				max = n
			}
		}
		walkInput(v, name, max, x.Field(i))
	}
}
