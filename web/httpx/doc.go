// Package httpx is the plumbing the JSON API (web/api) and the HTML pages
// (web/ui) share: the handler signature and route type, strict JSON and
// query decoding, the one table from application errors to HTTP statuses
// and the JSON error writer, authentication of a request, and the few
// views both surfaces show (inbox sections, task filters, generated files).
// Base carries what a handler needs of the server (service, logger,
// options) and is embedded in api.Server and ui.Server.
package httpx
