package httpx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"tiendo"
	"tiendo/vn"
)

// ReadBody reads the whole body, at most limit bytes. A longer body is
// ETOOLARGE; http.MaxBytesReader also tells the server to close the
// connection rather than read the rest.
func ReadBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		return nil, BodyError(err, limit)
	}
	return body, nil
}

// BodyError translates a body read failure.
func BodyError(err error, limit int64) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return tiendo.Errorf(tiendo.ETOOLARGE, "Dữ liệu gửi lên vượt quá %s byte", vn.FormatInt(limit))
	}
	return tiendo.Errorf(tiendo.EINVALID, "Không đọc được dữ liệu gửi lên")
}

// decodeJSON reads a JSON object into dst strictly: size-limited, valid
// UTF-8, no unknown fields, nothing after the object. An empty body decodes
// as {} so that actions without options (confirm, resume) need no body;
// required fields are the service's to check.
func (s *Base) DecodeJSON(w http.ResponseWriter, r *http.Request, dst any) error {
	body, err := ReadBody(w, r, s.Opts.MaxBodyBytes)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		// A JSON API accepting form encodings would let any web page post
		// to it from a browser; only JSON is read.
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			return tiendo.Errorf(tiendo.EINVALID, "Content-Type phải là application/json")
		}
	}
	// encoding/json silently replaces invalid UTF-8 with U+FFFD, which would
	// store corrupted text; refuse it instead.
	if !utf8.Valid(body) {
		return tiendo.Errorf(tiendo.EINVALID, "Dữ liệu gửi lên không phải UTF-8 hợp lệ")
	}
	if err := unmarshalStrict(body, dst); err != nil {
		return err
	}
	// Every string and date of every API input is bounded here, so a field
	// the service forgets to check still cannot hold a NUL or a megabyte.
	return tiendo.CheckInput(dst)
}

// unmarshalStrict decodes one JSON value from body into dst and translates
// the decoder's errors into application errors that name the field.
func unmarshalStrict(body []byte, dst any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return jsonError(err, body, dst)
	}
	if rest := bytes.TrimSpace(body[dec.InputOffset():]); len(rest) > 0 {
		return tiendo.Errorf(tiendo.EINVALID, "JSON không hợp lệ: có dữ liệu thừa sau đối tượng (vị trí %d)", dec.InputOffset())
	}
	return nil
}

// jsonError turns a decoding error into an application error: malformed
// JSON and unknown fields are 400; a value of the wrong type or a bad date
// is a field error (422) naming the field.
func jsonError(err error, body []byte, dst any) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var date *vn.DateError
	switch {
	case errors.As(err, &syn):
		return tiendo.Errorf(tiendo.EINVALID, "JSON không hợp lệ tại vị trí %d: %v", syn.Offset, syn)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return tiendo.Errorf(tiendo.EINVALID, "JSON không hợp lệ: dữ liệu bị cắt cụt")
	case errors.As(err, &typ):
		if typ.Field == "" {
			return tiendo.Errorf(tiendo.EINVALID, "JSON phải là một đối tượng {...}")
		}
		return tiendo.FieldError(typ.Field, fmt.Sprintf("Kiểu dữ liệu không hợp lệ (cần %s)", jsonKind(typ.Type)))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no type for this error; its text is stable.
		name := strings.TrimPrefix(err.Error(), "json: unknown field ")
		return tiendo.Errorf(tiendo.EINVALID, "Trường %s không được hỗ trợ", name)
	}
	// An error from a field's own UnmarshalJSON (vn.Date) carries no field
	// name: find it by decoding the top-level members one at a time.
	field := failingField(body, dst)
	msg := "Giá trị không hợp lệ"
	if errors.As(err, &date) {
		msg = fmt.Sprintf("Ngày %q không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2020-01-06", date.Input)
		if date.OutOfRange {
			msg = fmt.Sprintf("Ngày %q không hợp lệ: %s", date.Input, tiendo.DateRangeMessage)
		}
	}
	if field == "" {
		return tiendo.Errorf(tiendo.EINVALID, "%s", msg)
	}
	return tiendo.FieldError(field, msg)
}

// failingField returns the first top-level member of the JSON object body
// that does not decode into a fresh value of dst's type on its own.
func failingField(body []byte, dst any) string {
	var members map[string]json.RawMessage
	if json.Unmarshal(body, &members) != nil {
		return ""
	}
	names := make([]string, 0, len(members))
	for k := range members {
		names = append(names, k)
	}
	sort.Strings(names)
	t := reflect.TypeOf(dst).Elem()
	for _, k := range names {
		one, _ := json.Marshal(map[string]json.RawMessage{k: members[k]})
		if json.Unmarshal(one, reflect.New(t).Interface()) != nil {
			return k
		}
	}
	return ""
}

// jsonKind names a Go type the way a JSON client thinks of it.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "giá trị khác"
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "số nguyên"
	case reflect.Float32, reflect.Float64:
		return "số"
	case reflect.String:
		return "chuỗi"
	case reflect.Bool:
		return "true/false"
	case reflect.Slice, reflect.Array:
		return "mảng"
	default:
		return "đối tượng"
	}
}

// query reads URL query parameters strictly: unknown names, repeated
// single-valued names and malformed values are errors naming the parameter.
// The first error sticks; handlers read every parameter and check Err once.
type Query struct {
	vals url.Values
	err  error
}

// ParseQuery parses the query of r and checks that every name is allowed.
// Page and per_page are always allowed on lists, so they are passed too.
func ParseQuery(r *http.Request, allowed ...string) *Query {
	vals, err := url.ParseQuery(r.URL.RawQuery)
	q := &Query{vals: vals}
	if err != nil {
		q.err = tiendo.Errorf(tiendo.EINVALID, "Chuỗi truy vấn không hợp lệ")
		return q
	}
	names := make([]string, 0, len(vals))
	for k := range vals {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if !slices.Contains(allowed, k) {
			q.Fail(k, "không được hỗ trợ")
			return q
		}
		for _, v := range vals[k] {
			if !utf8.ValidString(v) {
				q.Fail(k, "không phải UTF-8 hợp lệ")
				return q
			}
		}
	}
	return q
}

// fail records a bad parameter. Query errors are 400 with the parameter in
// the message rather than 422 with Fields: there is no form to correct.
func (q *Query) Fail(name, why string) {
	if q.err == nil {
		q.err = tiendo.Errorf(tiendo.EINVALID, "Tham số %q %s", name, why)
	}
}

// Err returns the first error met.
func (q *Query) Err() error { return q.err }

// str returns the single value of name, "" when absent.
func (q *Query) Str(name string) string {
	v := q.vals[name]
	if len(v) > 1 {
		q.Fail(name, "chỉ được có một giá trị")
	}
	if len(v) == 0 {
		return ""
	}
	var check tiendo.Validator
	if check.Text(name, v[0], tiendo.MaxShortText); check.Err() != nil {
		q.Fail(name, "không được chứa ký tự NUL hay dài quá "+strconv.Itoa(tiendo.MaxShortText)+" ký tự")
		return ""
	}
	return strings.TrimSpace(v[0])
}

// list returns the values of a repeatable parameter, each also split on
// commas ("status=a,b&status=c"), without empty items.
func (q *Query) List(name string) []string {
	var out []string
	for _, v := range q.vals[name] {
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

// id returns the positive integer value of name, nil when absent.
func (q *Query) ID(name string) *int64 {
	v := q.Str(name)
	if v == "" {
		return nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 1 {
		q.Fail(name, "phải là một số nguyên dương")
		return nil
	}
	return &n
}

// ids returns the positive integers of a repeatable parameter (list).
func (q *Query) IDs(name string) []int64 {
	var out []int64
	for _, v := range q.List(name) {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			q.Fail(name, "phải là một số nguyên dương")
			return nil
		}
		out = append(out, n)
	}
	return out
}

// date returns the ISO date value of name, zero when absent.
func (q *Query) Date(name string) vn.Date {
	v := q.Str(name)
	if v == "" {
		return vn.Date{}
	}
	d, err := vn.ParseISODate(v)
	var de *vn.DateError
	switch {
	case errors.As(err, &de) && de.OutOfRange:
		q.Fail(name, "không hợp lệ: "+tiendo.DateRangeMessage)
	case err != nil:
		q.Fail(name, "phải là một ngày dạng YYYY-MM-DD")
	}
	return d
}

// page returns the page and per_page parameters, with defaults applied.
// Out-of-range values are errors rather than silently clamped, so a client
// asking for 1000 rows learns it gets at most MaxPerPage.
func (q *Query) Page() tiendo.Page {
	var p tiendo.Page
	if v := q.Str("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			q.Fail("page", "phải là một số nguyên từ 1")
		}
		p.Page = n
	}
	if v := q.Str("per_page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > tiendo.MaxPerPage {
			q.Fail("per_page", fmt.Sprintf("phải là một số nguyên từ 1 đến %d", tiendo.MaxPerPage))
		}
		p.PerPage = n
	}
	return p.Normalize()
}

// PathID returns the {name} path segment as a positive id. Anything else
// names no record, so it is a 404 like an unknown id.
func PathID(r *http.Request, name string) (int64, error) {
	n, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || n < 1 {
		return 0, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy %q", r.PathValue(name))
	}
	return n, nil
}

// list is the envelope of every paginated list.
type List[T any] struct {
	Items   []T `json:"items"`
	Total   int `json:"total"`
	Page    int `json:"page"`
	PerPage int `json:"per_page"`
}

// NewList returns the envelope; items is never null in JSON.
func NewList[T any](items []T, total int, p tiendo.Page) List[T] {
	if items == nil {
		items = []T{}
	}
	return List[T]{Items: items, Total: total, Page: p.Page, PerPage: p.PerPage}
}

// items is the envelope of an unpaginated list.
type Items[T any] struct {
	Items []T `json:"items"`
}

func NewItems[T any](v []T) Items[T] {
	if v == nil {
		v = []T{}
	}
	return Items[T]{Items: v}
}
