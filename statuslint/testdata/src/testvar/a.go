// Package testvar has a test file that declares status: the fix in a.go,
// made without the test files, must not import the package as status.
package testvar

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(404) // want `status code 404 is httpstatus.NotFound`
}
