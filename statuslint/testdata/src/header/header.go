// Package header holds headers changed after the status was sent, and
// trailers, which are not.
package header

import "net/http"

func headerFirst(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/plain")
	w.Header().Add("Vary", "Accept")
	w.WriteHeader(http.StatusOK)
}

func afterError(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
	}
	w.Header().Del("Content-Length") // want `w.Header\(\).Del has no effect: the headers were sent with the status by http.Error at line 15`
}

func earlyHints(w http.ResponseWriter) {
	w.Header().Set("Link", "</style.css>; rel=preload")
	w.WriteHeader(http.StatusEarlyHints) // 1xx: the final status follows
	w.WriteHeader(http.StatusOK)
	w.Header().Set("X-After", "no") // want `w.Header\(\).Set has no effect: the headers were sent with the status by w.WriteHeader at line 23`
}

func trailerPrefix(w http.ResponseWriter) {
	w.WriteHeader(200)
	w.Header().Set(http.TrailerPrefix+"Checksum", "x")
}

func declaredTrailers(w http.ResponseWriter) {
	w.Header().Set("Trailer", "Checksum")
	w.WriteHeader(200)
	w.Header().Set("Checksum", "x")
}
