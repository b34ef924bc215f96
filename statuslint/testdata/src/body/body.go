// Package body holds bodies written after a status that allows none.
package body

import (
	"encoding/json"
	"fmt"
	"net/http"
)

func noContent(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	w.Write([]byte("x")) // want `w.Write is dropped: status 204, set at line 11, allows no body`
}

func notModified(w http.ResponseWriter) {
	w.WriteHeader(304)
	fmt.Fprintln(w, "x") // want `fmt.Fprintln is dropped: status 304, set at line 16, allows no body`
}

func bodyAfterOK(w http.ResponseWriter) {
	w.WriteHeader(200)
	w.Write(nil)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func deleted(w http.ResponseWriter) {
	writeJSON(w, http.StatusNoContent, nil) // want `writeJSON writes a body after status 204, which allows none`
}

func created(w http.ResponseWriter) {
	writeJSON(w, http.StatusCreated, nil)
}

func noContentVariable(w http.ResponseWriter) {
	code := http.StatusNoContent
	w.WriteHeader(code)
	w.Write([]byte("x")) // want `w.Write is dropped: status 204`
}
