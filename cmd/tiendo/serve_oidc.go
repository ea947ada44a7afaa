package main

import (
	"flag"
	"fmt"
	"net/url"

	"tiendo/web"
)

// registerOIDCFlags adds the single sign-on flags. The client secret may
// come from TIENDO_OIDC_CLIENT_SECRET so that it is not on the command
// line (where ps shows it); it is never logged.
func registerOIDCFlags(fs *flag.FlagSet, env *Env) *web.OIDCOptions {
	o := &web.OIDCOptions{}
	fs.StringVar(&o.Issuer, "oidc-issuer", env.Getenv("TIENDO_OIDC_ISSUER"), "OpenID Connect issuer URL of the identity provider; empty turns single sign-on off (env TIENDO_OIDC_ISSUER)")
	fs.StringVar(&o.ClientID, "oidc-client-id", env.Getenv("TIENDO_OIDC_CLIENT_ID"), "client id registered at the provider (env TIENDO_OIDC_CLIENT_ID)")
	fs.StringVar(&o.ClientSecret, "oidc-client-secret", env.Getenv("TIENDO_OIDC_CLIENT_SECRET"), "client secret; prefer env TIENDO_OIDC_CLIENT_SECRET")
	fs.StringVar(&o.LoginClaim, "oidc-login-claim", "preferred_username", "claim of the ID token (or userinfo) that holds the tiendo login")
	fs.StringVar(&o.RedirectURL, "oidc-redirect-url", env.Getenv("TIENDO_OIDC_REDIRECT_URL"), "callback URL registered at the provider; default http(s)://<host>/dang-nhap/oidc/callback from the request (env TIENDO_OIDC_REDIRECT_URL)")
	fs.StringVar(&o.Name, "oidc-name", "OIDC", "provider name on the sign-in button (\"Đăng nhập bằng <name>\")")
	return o
}

// checkOIDC refuses half a configuration at start rather than at the first
// sign-in.
func checkOIDC(o *web.OIDCOptions) error {
	if o.Issuer == "" {
		return nil
	}
	if u, err := url.Parse(o.Issuer); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("--oidc-issuer %q: cần một địa chỉ http(s)://…", o.Issuer)
	}
	if o.ClientID == "" {
		return fmt.Errorf("--oidc-issuer cần kèm --oidc-client-id")
	}
	if o.LoginClaim == "" {
		return fmt.Errorf("--oidc-login-claim không được để trống")
	}
	if o.RedirectURL != "" {
		if u, err := url.Parse(o.RedirectURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return fmt.Errorf("--oidc-redirect-url %q: cần một địa chỉ http(s)://…", o.RedirectURL)
		}
	}
	return nil
}
