package httpx

import (
	"errors"
	"strings"
	"tiendo"
	"tiendo/vn"
)

// ParseFormDate parses a date field: empty is the zero date, otherwise any
// form vn.ParseDate accepts ("06/01/2020", "2020-01-06").
func ParseFormDate(s string) (vn.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return vn.Date{}, nil
	}
	return vn.ParseDate(s)
}

// FormDate reads a date field of a form, written as 20/12/2019 (or ISO),
// into v: a NUL byte or an overlong value, a malformed date or one out of
// range is an error on the field; "" is the zero date. The pages' form
// reader and the API's multipart intake both read dates through it.
func FormDate(v *tiendo.Validator, name, raw string) vn.Date {
	v.Text(name, raw, tiendo.MaxLongText)
	d, err := ParseFormDate(strings.TrimSpace(raw))
	var de *vn.DateError
	switch {
	case errors.As(err, &de) && de.OutOfRange:
		v.Add(name, "Ngày không hợp lệ: "+tiendo.DateRangeMessage)
	case err != nil:
		v.Add(name, "Ngày không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 06/01/2020")
	}
	return d
}
