// Package render is a stand-in for gin v1.12.0's render package in the
// fixtures: the two interfaces an engine's HTML renderer implements.
package render

import "net/http"

// Render writes a body.
type Render interface {
	Render(http.ResponseWriter) error
	WriteContentType(w http.ResponseWriter)
}

// HTMLRender makes the Render that c.HTML writes with.
type HTMLRender interface {
	Instance(string, any) Render
}
