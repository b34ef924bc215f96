// Package typedpkg uses a package generated with -typed: where net/http
// takes an int, the fix converts.
package typedpkg

import (
	"net/http"

	"example.com/typedstatus"
)

func handler(w http.ResponseWriter, resp *http.Response, c typedstatus.Code) {
	w.WriteHeader(404)          // want `status code 404 is typedstatus.NotFound`
	if resp.StatusCode == 502 { // want `status code 502 is typedstatus.BadGateway`
	}
	if c == 429 { // want `status code 429 is typedstatus.TooManyRequests`
	}
	_ = c.String()
}
