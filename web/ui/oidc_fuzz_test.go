package ui

import (
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"testing"
	"tiendo/web/httpx"
)

// FuzzOIDCFlowCookie feeds the callback's cookie parser whatever a browser
// might send: it must never panic, and accept only a flow with its state,
// nonce and verifier.
func FuzzOIDCFlowCookie(f *testing.F) {
	f.Add(base64.RawURLEncoding.EncodeToString([]byte(`{"s":"a","n":"b","v":"c","r":"http://x/cb","t":"/viec"}`)))
	f.Add(base64.RawURLEncoding.EncodeToString([]byte(`{"s":"a"}`)))
	f.Add("%%%")
	f.Add("")
	s := &Server{Base: &httpx.Base{}}
	f.Fuzz(func(t *testing.T, value string) {
		r := httptest.NewRequest("GET", OIDCCallbackPath, nil)
		r.AddCookie(&http.Cookie{Name: oidcCookie, Value: value})
		w := httptest.NewRecorder()
		fl, ok := s.readFlow(w, r)
		if ok && (fl.State == "" || fl.Nonce == "" || fl.Verifier == "") {
			t.Fatalf("accepted an incomplete flow %+v from %q", fl, value)
		}
		if len(w.Result().Cookies()) == 0 {
			t.Fatal("the flow cookie was not deleted")
		}
	})
}
