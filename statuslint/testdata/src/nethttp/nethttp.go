package nethttp

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotFound)     // want `http.StatusNotFound is status.NotFound`
	_ = http.StatusText(http.StatusTeapot) // deprecated in the table: left alone
	_ = http.StatusText(413)               // want `status code 413 is status.ContentTooLarge`
}

func tooLarge(w http.ResponseWriter) {
	http.Error(w, "big", http.StatusRequestEntityTooLarge) // want `http.StatusRequestEntityTooLarge is status.ContentTooLarge`
}
