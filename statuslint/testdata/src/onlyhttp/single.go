package onlyhttp

import "fmt"

import "net/http"

// A declaration of its own, after another one.
func single() string { return fmt.Sprint(http.StatusGone) } // want `http.StatusGone is status.Gone`
