package abuse_test

import (
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// The pages' forms, read from the HTML the GET routes answer, so a form
// post carries the fields and values the page itself would send (hidden
// versions, the options of its selects) before an input class spoils them.
var (
	formRE     = regexp.MustCompile(`(?is)<form\b([^>]*)>(.*?)</form>`)
	attrRE     = regexp.MustCompile(`(?is)\b([a-z-]+)="([^"]*)"`)
	inputRE    = regexp.MustCompile(`(?is)<input\b([^>]*)>`)
	selectRE   = regexp.MustCompile(`(?is)<select\b([^>]*)>(.*?)</select>`)
	optionRE   = regexp.MustCompile(`(?is)<option\b([^>]*)>`)
	textareaRE = regexp.MustCompile(`(?is)<textarea\b([^>]*)>(.*?)</textarea>`)
	dateRE     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

func attrs(s string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRE.FindAllStringSubmatch(s, -1) {
		m[strings.ToLower(a[1])] = html.UnescapeString(a[2])
	}
	return m
}

// harvest records the post forms of a page by the path they post to.
func (e *engine) harvest(page string) {
	for _, f := range formRE.FindAllStringSubmatch(page, -1) {
		fa := attrs(f[1])
		if !strings.EqualFold(fa["method"], "post") || fa["action"] == "" {
			continue
		}
		vals := url.Values{}
		for _, in := range inputRE.FindAllStringSubmatch(f[2], -1) {
			a := attrs(in[1])
			if a["name"] != "" && a["type"] != "file" && a["type"] != "submit" && vals.Get(a["name"]) == "" {
				vals.Set(a["name"], a["value"])
			}
		}
		for _, sel := range selectRE.FindAllStringSubmatch(f[2], -1) {
			name := attrs(sel[1])["name"]
			for _, o := range optionRE.FindAllStringSubmatch(sel[2], -1) {
				if v := attrs(o[1])["value"]; v != "" && name != "" {
					vals.Set(name, v)
					break
				}
			}
		}
		for _, ta := range textareaRE.FindAllStringSubmatch(f[2], -1) {
			if name := attrs(ta[1])["name"]; name != "" {
				vals.Set(name, "Kiểm tra")
			}
		}
		for n, v := range vals { // empty texts the page leaves to the user
			if v[0] == "" && !isNumber(n, nil) && !isDate(n, nil) {
				vals.Set(n, "Kiểm tra")
			}
		}
		action := strings.SplitN(fa["action"], "?", 2)[0]
		if e.forms == nil {
			e.forms = map[string]url.Values{}
		}
		e.forms[action] = vals
	}
}

// pageForm is the form a page posts to path, spoilt by the input class in
// the fields it aims at; nil when no page showed one.
func (g *gen) pageForm(path string) url.Values {
	base, ok := g.e.forms[path]
	if !ok {
		return nil
	}
	out := url.Values{}
	i := 0
	for n, vs := range base {
		v := vs[0]
		_, err := strconv.ParseInt(v, 10, 64)
		schema := map[string]any{"type": "string"}
		switch {
		case dateRE.MatchString(v) || isDate(n, nil):
			schema["format"] = "date"
		case err == nil || isNumber(n, nil):
			schema["type"] = "integer"
		}
		if n == "version" && g.version > 0 {
			v = strconv.Itoa(g.version)
		}
		if g.aims(n, schema) {
			switch schema["type"] {
			case "integer":
				v = scalar(g.class, "id")
			default:
				if schema["format"] == "date" {
					v = scalar(g.class, "date")
				} else {
					v = scalar(heavy(g.class, i), "text")
					i++
				}
			}
		}
		out.Set(n, v)
	}
	return out
}
