// Package echo is a stand-in for github.com/labstack/echo/v5 v5.4 in the
// fixtures: its Context struct, as its signatures are documented.
package echo

import "net/http"

// Context is a request's context.
type Context struct {
	request  *http.Request
	response http.ResponseWriter
}

func (c *Context) Request() *http.Request          { return c.request }
func (c *Context) Response() http.ResponseWriter   { return c.response }
func (c *Context) JSON(code int, i any) error      { return nil }
func (c *Context) String(code int, s string) error { return nil }
func (c *Context) NoContent(code int) error        { return nil }
func (c *Context) Redirect(code int, url string) error {
	return nil
}

// HandlerFunc is a handler.
type HandlerFunc func(c *Context) error

// HTTPError is an error with a status.
type HTTPError struct{ Code int }

func (e *HTTPError) Error() string { return http.StatusText(e.Code) }

// NewHTTPError returns an error with a status.
func NewHTTPError(code int, message string) *HTTPError { return &HTTPError{code} }

type httpError struct{ code int }

func (e *httpError) Error() string { return http.StatusText(e.code) }

// ErrNotFound is 404's error.
var ErrNotFound error = &httpError{http.StatusNotFound}
