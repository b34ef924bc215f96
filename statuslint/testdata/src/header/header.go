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

func trailerByIndex(w http.ResponseWriter) {
	w.Header()["Trailer"] = []string{"Checksum"}
	w.WriteHeader(200)
	w.Header().Set("Checksum", "x")
}

func trailerThroughVariable(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Trailer", "Checksum")
	w.WriteHeader(200)
	w.Header().Set("Checksum", "x")
}

func declare(w http.ResponseWriter) { w.Header().Add("trailer", "Checksum") }

func trailerByHelper(w http.ResponseWriter) {
	declare(w)
	w.WriteHeader(200)
	w.Header().Set("Checksum", "x")
}

func flagged(w http.ResponseWriter, chunks [][]byte) {
	wroteHeader := false
	for _, c := range chunks {
		if !wroteHeader {
			w.Header().Set("Content-Type", "application/octet-stream")
		}
		if _, err := w.Write(c); err != nil {
			return
		}
		wroteHeader = true
	}
}

func perWriter(ws []http.ResponseWriter) {
	for _, w := range ws {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("x"))
	}
}

func afterFlush(w http.ResponseWriter) {
	http.NewResponseController(w).Flush()
	w.Header().Set("X-Late", "1") // want `w.Header\(\).Set has no effect: the headers were sent with the status by Flush`
}
