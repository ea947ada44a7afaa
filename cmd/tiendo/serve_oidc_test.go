package main

import (
	"flag"
	"io"
	"testing"
)

func TestOIDCFlags(t *testing.T) {
	cases := []struct {
		name string
		args []string
		env  map[string]string
		ok   bool
	}{
		{"off", nil, nil, true},
		{"complete", []string{"--oidc-issuer", "https://id.hanoi.gov.vn/realms/hn", "--oidc-client-id", "tiendo"}, nil, true},
		{"issuer from the environment", []string{"--oidc-client-id", "tiendo"}, map[string]string{"TIENDO_OIDC_ISSUER": "https://id.example"}, true},
		{"no client id", []string{"--oidc-issuer", "https://id.example"}, nil, false},
		{"issuer not a URL", []string{"--oidc-issuer", "id.example", "--oidc-client-id", "x"}, nil, false},
		{"issuer of another scheme", []string{"--oidc-issuer", "ftp://id.example", "--oidc-client-id", "x"}, nil, false},
		{"empty claim", []string{"--oidc-issuer", "https://id.example", "--oidc-client-id", "x", "--oidc-login-claim", ""}, nil, false},
		{"bad redirect", []string{"--oidc-issuer", "https://id.example", "--oidc-client-id", "x", "--oidc-redirect-url", "/cb"}, nil, false},
		{"redirect", []string{"--oidc-issuer", "https://id.example", "--oidc-client-id", "x", "--oidc-redirect-url", "https://tiendo.example/dang-nhap/oidc/callback"}, nil, true},
	}
	for _, c := range cases {
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		o := registerOIDCFlags(fs, &Env{Getenv: func(k string) string { return c.env[k] }})
		if err := fs.Parse(c.args); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := checkOIDC(o); (err == nil) != c.ok {
			t.Errorf("%s: checkOIDC = %v, want ok %v", c.name, err, c.ok)
		}
	}
	// The secret comes from the environment, so it need not be on the
	// command line.
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	o := registerOIDCFlags(fs, &Env{Getenv: func(k string) string {
		return map[string]string{"TIENDO_OIDC_CLIENT_SECRET": "bi-mat"}[k]
	}})
	if err := fs.Parse(nil); err != nil || o.ClientSecret != "bi-mat" || o.LoginClaim != "preferred_username" {
		t.Errorf("from the environment: %+v, %v", o, err)
	}
}
