// Package body holds bodies written after a status that allows none.
package body

import (
	"fmt"
	"net/http"
)

func noContent(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	w.Write([]byte("x")) // want `w.Write is dropped: status 204, set at line 10, allows no body`
}

func notModified(w http.ResponseWriter) {
	w.WriteHeader(304)
	fmt.Fprintln(w, "x") // want `fmt.Fprintln is dropped: status 304, set at line 15, allows no body`
}

func bodyAfterOK(w http.ResponseWriter) {
	w.WriteHeader(200)
	w.Write(nil)
}
