package onlyhttp

import (
	"net/http"
)

// net/http is used for more than its constants: its import stays.
func kept(w http.ResponseWriter) int {
	return http.StatusConflict // want `http.StatusConflict is status.Conflict`
}
