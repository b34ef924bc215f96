package twice

import "net/http"

// Flags of float and complex type, declared with their zero value: their
// values compare as numbers (this once panicked, on etcd's server).
func floatFlags(w http.ResponseWriter, r *http.Request) {
	var ratio float64
	var z complex128
	if r.URL.Path == "" {
		ratio, z = 0.5, 1i
	}
	if ratio == 0 || z == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// ResponseController's Flush fails with http.ErrNotSupported having
// flushed nothing: its error branch may still set the status.
func flushUnsupported(w http.ResponseWriter) {
	rc := http.NewResponseController(w)
	if err := rc.Flush(); err != nil {
		http.Error(w, "no streaming", http.StatusInternalServerError)
		return
	}
	w.Write([]byte("streamed"))
}

// But a write before it sent the status (grpc-gateway's stream).
func flushAfterWrite(w http.ResponseWriter, chunk []byte) {
	rc := http.NewResponseController(w)
	if _, err := w.Write(chunk); err != nil {
		return
	}
	err := rc.Flush()
	if err != nil {
		http.Error(w, "no streaming", http.StatusInternalServerError) // want `http.Error has no effect: the status was sent already by w.Write at line \d+`
		return
	}
}

// A stream (grpc-gateway's): an earlier iteration's Flush sent the
// status, but the report names the write that surely did in this one.
func streamChunks(w http.ResponseWriter, next func() ([]byte, error)) {
	rc := http.NewResponseController(w)
	for {
		chunk, err := next()
		if err != nil {
			return
		}
		if _, err := w.Write(chunk); err != nil {
			return
		}
		err = rc.Flush()
		if err != nil {
			http.Error(w, "no streaming", http.StatusInternalServerError) // want `http.Error has no effect: the status was sent already by w.Write at line 53;`
			return
		}
	}
}
