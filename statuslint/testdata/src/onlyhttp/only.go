// Package onlyhttp uses net/http for its constants alone: with -nethttp
// the fixes leave it no use of net/http.
package onlyhttp

import (
	"net/http"
)

func notFound() int { return http.StatusNotFound } // want `http.StatusNotFound is status.NotFound`
