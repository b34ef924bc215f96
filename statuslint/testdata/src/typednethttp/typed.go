// Package typednethttp moves net/http's constants onto a package generated
// with -typed: each fix converts to the type its site wants.
package typednethttp

import (
	"net/http"

	"example.com/typedstatus"
)

type myCode int

func handler(w http.ResponseWriter, resp *http.Response) {
	var c typedstatus.Code = http.StatusNotFound // want `http.StatusNotFound is typedstatus.NotFound`
	var n int64 = http.StatusOK                  // want `http.StatusOK is typedstatus.OK`
	var m myCode = http.StatusAccepted           // want `http.StatusAccepted is typedstatus.Accepted`
	w.WriteHeader(http.StatusCreated)            // want `http.StatusCreated is typedstatus.Created`
	if resp.StatusCode == http.StatusGone {      // want `http.StatusGone is typedstatus.Gone`
	}
	_, _, _ = c, n, m
}

const untyped = http.StatusConflict // want `http.StatusConflict is typedstatus.Conflict`
