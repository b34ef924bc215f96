// Package shadow has a parameter named status, as chi's logger does: the
// package is imported under another name.
package shadow

import "net/http"

func write(w http.ResponseWriter, status int) {
	if status < 300 {
		w.WriteHeader(204) // want `status code 204 is httpstatus.NoContent`
		return
	}
	w.WriteHeader(status)
}
