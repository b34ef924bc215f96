// Package customtype uses a package generated with -type HTTPStatus.
package customtype

import "example.com/customstatus"

func check(c customstatus.HTTPStatus) {
	if c == 404 { // want `status code 404 is customstatus.NotFound`
	}
	_ = c >= 500 && c <= 599 // want `use c.IsServerError\(\)`
}
