// Package typedtest imports a -typed package only in its tests: a fix in
// a.go depends on typedness, which only the test variant sees.
package typedtest

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(404) // want `status code 404 is typedstatus.NotFound`
}
