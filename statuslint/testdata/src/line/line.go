// Package line is statusresponse's fixture: the response checks as one
// analyzer that makes one report a line, with texts of their own.
package line

import "net/http"

// Sent twice, and with a code that is not an error's: one report says
// both.
func both(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.NotFound(w, r)
	}
	http.Error(w, "done", 200) // want `^statustwice: http.Error has no effect: the status was sent already by http.NotFound at line 11; net/http logs "superfluous response.WriteHeader call"; statusclass: http.Error with 200, which is not an error status \(400–599\) \[line/line.go:13\]$`
}

// The same mistake four times: each report's text is its own.
func four(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case "GET":
		http.Error(w, "ok", 200) // want `^statusclass: http.Error with 200, which is not an error status \(400–599\) \[line/line.go:20\]$`
	case "POST":
		http.Error(w, "ok", 200) // want `\[line/line.go:22\]$`
	case "PUT":
		http.Error(w, "ok", 200) // want `\[line/line.go:24\]$`
	default:
		http.Error(w, "ok", 200) // want `\[line/line.go:26\]$`
	}
}

// Silenced by the linter's name, by a check's, and for one check only.
func silenced(w http.ResponseWriter, r *http.Request) {
	http.NotFound(w, r)
	http.Error(w, "a", 200) //nolint:statusresponse
	http.Error(w, "b", 200) //nolint:statusclass,statustwice
	http.Error(w, "c", 200) //nolint:statusclass // want `^statustwice: http.Error has no effect: the status was sent already by http.Error at line 34; [^;]*\[line/line.go:35\]$`
}
