package service

import "net/http"

// nolintForms writes a body after 204 on every line below, which both
// errcheck (the unchecked error) and statusbody report: each line's
// comment must silence both or neither, as golangci-lint reads it. (A
// doc comment with a line that starts with the word nolint would silence
// the whole function, for golangci-lint and statuslint alike.)
func nolintForms(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	w.Write([]byte("a")) //nolint
	w.Write([]byte("b")) // nolint
	w.Write([]byte("c")) //nolint:all
	w.Write([]byte("d")) //NOLINT:ERRCHECK,STATUSRESPONSE
	w.Write([]byte("e")) //nolint: errcheck, statusresponse
	w.Write([]byte("f")) //nolint:errcheck,statusresponse // a reason
	w.Write([]byte("g")) //nolint:errcheck
	w.Write([]byte("h")) //nolintfoo
	w.Write([]byte("i")) /* nolint */
	w.Write([]byte("j")) //	nolint
	w.Write([]byte("k")) //nolint:errcheck statusresponse
	//nolint:errcheck,statusresponse
	w.Write(
		[]byte("l"),
	)
	w.Write([]byte("m")) // want nothing, nolint
	w.Write([]byte("n")) // nolint:errcheck,statusresponse
}
