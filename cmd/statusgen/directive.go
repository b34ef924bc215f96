package main

import (
	"fmt"

	"github.com/statusgen/statusgen/internal/directive"
)

// readDirective finds the one //go:generate line of the Go file at name
// that runs statusgen, as go tool statusgen, go run …/statusgen or
// statusgen, and returns its arguments.
func readDirective(name string) (*directive.Directive, error) {
	src, err := readLimited(name, 1<<20)
	if err != nil {
		return nil, err
	}
	found, err := directive.Parse(name, src)
	if err != nil {
		return nil, fmt.Errorf("-from %v", err)
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("-from %s: no //go:generate line runs statusgen", name)
	case 1:
		return found[0], nil
	}
	return nil, fmt.Errorf("-from %s: %d //go:generate lines run statusgen (%s and %s): which one -check should follow is not clear", name, len(found), found[0].Pos, found[1].Pos)
}
