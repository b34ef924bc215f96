package drf

import (
	"net/http"

	"example.com/drfstatus"
)

func handler(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(404)                                  // want `status code 404 is drfstatus.HTTP_404_NOT_FOUND`
	_ = drfstatus.HTTP_413_REQUEST_ENTITY_TOO_LARGE     // want `HTTP_413_REQUEST_ENTITY_TOO_LARGE is deprecated: its code is now HTTP_413_CONTENT_TOO_LARGE`
	_ = resp.StatusCode >= 200 && resp.StatusCode < 300 // want `use drfstatus.IsSuccess\(resp.StatusCode\)`
}
