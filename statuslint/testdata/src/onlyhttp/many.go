package onlyhttp

import (
	"errors"
	"net/http"
	"strconv"
)

// Three uses of net/http, all constants: the fixes remove its import.
func many(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return http.StatusBadRequest, errors.New("bad") // want `http.StatusBadRequest is status.BadRequest`
	}
	if n == 0 {
		return http.StatusNoContent, nil // want `http.StatusNoContent is status.NoContent`
	}
	return http.StatusOK, nil // want `http.StatusOK is status.OK`
}
