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
