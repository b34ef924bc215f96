package vendortable

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(499) // want `status code 499 is httpstatus.ClientClosedRequest`
}

func notFound(w http.ResponseWriter) {
	w.WriteHeader(404) // want `status code 404 is httpstatus.NotFound`
}
