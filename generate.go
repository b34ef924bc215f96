// Package statusgen is the home of statusgen, a generator that turns a
// reviewed table of HTTP status codes (codes.toml) into a Go package, and of
// that package, [github.com/statusgen/statusgen/status].
//
// Run go generate ./... after editing codes.toml; the directive below
// regenerates status/status_gen.go and docs/codes.md.
package statusgen

//go:generate go tool statusgen -docs docs/codes.md
