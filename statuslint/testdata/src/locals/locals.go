// Package locals keeps statuses in local variables and checks them in
// tests: where most bare codes live in real projects.
package locals

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func check(resp *http.Response, rec *httptest.ResponseRecorder) bool {
	code := resp.StatusCode
	if code >= 500 && code < 600 { // want `this checks that code is in class 500–599: use status.IsServerError\(code\)`
		return false
	}
	got := rec.Code
	if got != 200 { // want `status code 200 is status.OK`
		return false
	}
	var again = resp.StatusCode
	if again == 201 { // want `status code 201 is status.Created`
	}
	changed := resp.StatusCode
	changed = 0
	if changed == 404 { // assigned again: not a status any more
	}
	n := 404
	return n == 404 // not a status value
}

func TestHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	assert.Equal(t, 200, rec.Code)       // want `status code 200 is status.OK`
	assert.Equal(t, rec.Code, 404)       // want `status code 404 is status.NotFound`
	require.Equalf(t, 201, rec.Code, "") // want `status code 201 is status.Created`
	a := assert.New(t)
	a.NotEqual(500, rec.Code) // want `status code 500 is status.InternalServerError`
	assert.Equal(t, 200, 404) // neither is a status value
}
