// Package cyclelib is imported by the generated package's directory
// (example.com/cyclestatus): importing that package here would be a cycle,
// so nothing is reported.
package cyclelib

import "net/http"

func Handler(w http.ResponseWriter) {
	w.WriteHeader(404)
}
