// Package deprecatedalias uses the earlier name of a code that is
// deprecated itself: reported, and never fixed into a deprecated name.
package deprecatedalias

import "example.com/aliasstatus"

var (
	_ = aliasstatus.Teapot          // want `Teapot is deprecated, and so is its code, 418`
	_ = aliasstatus.PayloadTooLarge // want `PayloadTooLarge is deprecated: its code is now ContentTooLarge`
)
