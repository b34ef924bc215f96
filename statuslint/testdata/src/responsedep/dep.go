// Package responsedep has helpers that another package calls: facts carry
// what they do across the package boundary.
package responsedep

import (
	"encoding/json"
	"net/http"
)

// WriteJSON sends the status on every path.
func WriteJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// MaybeFail sends only when err is not nil: not a send.
func MaybeFail(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
