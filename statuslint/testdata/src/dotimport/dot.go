// Package dotimport dot-imports the status package: a fix writes a bare
// name only where it reaches the package's constant.
package dotimport

import (
	. "github.com/statusgen/statusgen/status"
)

func shadowed() int {
	ContentTooLarge := 1
	return RequestEntityTooLarge + ContentTooLarge // want `RequestEntityTooLarge is deprecated: its code is now ContentTooLarge`
}

func plain() int {
	return RequestEntityTooLarge // want `RequestEntityTooLarge is deprecated: its code is now ContentTooLarge`
}
