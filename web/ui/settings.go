package ui

import (
	"net/http"
	"net/url"
	"strconv"
	"tiendo/web/httpx"

	"tiendo"
)

// The signed-in account's own settings: how it wants to hear of reminders
// by mail (/cai-dat/thong-bao).

// settingsData is the Data of the settings page.
type settingsData struct {
	Form  formState
	Modes []string
	Hours []int
}

var emailModes = []string{tiendo.EmailOff, tiendo.EmailInstant, tiendo.EmailDigest}

func hoursOfDay() []int {
	h := make([]int, 24)
	for i := range h {
		h[i] = i
	}
	return h
}

// settingsPage: GET /cai-dat/thong-bao
func (s *Server) settingsPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.svc.NotifyPrefs(r.Context())
	if err != nil {
		return err
	}
	mode := p.Mode
	if mode == "" {
		mode = tiendo.EmailOff
	}
	f := newForm(url.Values{"email": {p.Email}, "mode": {mode}, "digest_hour": {strconv.Itoa(p.DigestHour)}})
	s.render(w, r, http.StatusOK, "settings", &page{Data: &settingsData{Form: f, Modes: emailModes, Hours: hoursOfDay()},
		Notice: notice(r, "notice."+r.URL.Query().Get("ok"))})
	return nil
}

// settingsForm: POST /cai-dat/thong-bao
func (s *Server) settingsForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	in := tiendo.NotifyPrefs{Email: fr.str("email"), Mode: fr.str("mode")}
	if h := fr.integer("digest_hour"); h != nil {
		in.DigestHour = *h
	}
	err = fr.err()
	if err == nil {
		_, err = s.svc.SetNotifyPrefs(r.Context(), in)
	}
	if err != nil {
		if tiendo.ErrorCode(err) != tiendo.EINVALID {
			return err
		}
		d := &settingsData{Form: newForm(vals).withError(err, nil), Modes: emailModes, Hours: hoursOfDay()}
		s.render(w, r, httpx.StatusOf(err), "settings", &page{Data: d})
		return nil
	}
	s.redirect(w, r, "/cai-dat/thong-bao?ok=settings")
	return nil
}
