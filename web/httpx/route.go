package httpx

import "net/http"

// HandlerFunc is the shape of every handler: it writes a response on success
// and returns an error otherwise, which the adapter turns into the one error
// response format. Handlers never write error responses themselves.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

// Access says what a route requires of the caller.
type Access int

const (
	Public   Access = iota // anyone: health check, API description
	SignedIn               // an actor resolved from the request's credentials
)

// Route is one entry of the route table.
type Route struct {
	Method string // GET, POST, PATCH
	Path   string // a ServeMux pattern path, also the OpenAPI path
	Access Access
	H      HandlerFunc
}

// Access levels of page routes; web's adapt hands them to the ui package's AdaptPage, which
// answers errors as HTML pages instead of JSON.
const (
	PagePublic   Access = 10 + iota // login page, static files
	PageSignedIn                    // a signed-in actor; others are sent to the login page
)
