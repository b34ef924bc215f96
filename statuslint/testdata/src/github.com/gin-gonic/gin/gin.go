// Package gin is a stand-in for github.com/gin-gonic/gin v1.12.0 in the
// fixtures: its Context's methods with their signatures and no bodies of
// note, which the response checks know from their table, not from gin's
// code. make lint-real runs the checks over the real gin, standalone and
// as go vet's tool, in scripts/frameworks, with these fixtures.
package gin

import (
	"io"
	"net/http"
)

// H is a map for JSON bodies.
type H map[string]any

// ResponseWriter is gin's writer.
type ResponseWriter interface {
	http.ResponseWriter
	WriteHeaderNow()
	WriteString(string) (int, error)
	Written() bool
	Status() int
}

// Render is something that renders a body.
type Render interface {
	Render(http.ResponseWriter) error
}

// Binding binds a request.
type Binding interface{ Name() string }

// Error is an error of the context.
type Error struct{ Err error }

// Context is a request's context.
type Context struct {
	Writer  ResponseWriter
	Request *http.Request
}

func (c *Context) Next()  {}
func (c *Context) Abort() {}

// IsAborted reports whether the chain was stopped.
func (c *Context) IsAborted() bool { return false }

func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) Render(code int, r Render)                      {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) File(filepath string)                           {}
func (c *Context) Status(code int)                                {}
func (c *Context) Header(key, value string)                       {}
func (c *Context) Stream(step func(w io.Writer) bool) bool        { return false }
func (c *Context) SSEvent(name string, message any)               {}
func (c *Context) AbortWithStatus(code int)                       {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)      {}
func (c *Context) AbortWithError(code int, err error) *Error      { return &Error{err} }
func (c *Context) Bind(obj any) error                             { return nil }
func (c *Context) BindJSON(obj any) error                         { return nil }
func (c *Context) ShouldBind(obj any) error                       { return nil }
func (c *Context) ShouldBindJSON(obj any) error                   { return nil }
func (c *Context) MustBindWith(obj any, b Binding) error          { return nil }
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

// Teapot is not gin's: a method the table does not declare, whose code
// always answers, for the fixtures of what the checks derive from a
// framework's own code (twice/standin_derived.go).
func (c *Context) Teapot(code int) {
	c.Status(code)
	c.Writer.WriteHeaderNow()
}

// Maybe is not gin's either: it answers on some paths only.
func (c *Context) Maybe(code int, ok bool) {
	if ok {
		c.AbortWithStatus(code)
	}
}
