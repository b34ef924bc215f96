// Package echo is a stand-in for github.com/labstack/echo/v4 v4.16 in the
// fixtures: its Context interface, as its signatures are documented.
package echo

import (
	"io"
	"net/http"
)

// Context is a request's context.
type Context interface {
	Request() *http.Request
	Response() *Response
	JSON(code int, i any) error
	JSONBlob(code int, b []byte) error
	XML(code int, i any) error
	String(code int, s string) error
	HTML(code int, html string) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	NoContent(code int) error
	Redirect(code int, url string) error
}

// Response is echo's writer.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Committed bool
}

func (r *Response) Header() http.Header         { return r.Writer.Header() }
func (r *Response) WriteHeader(code int)        {}
func (r *Response) Write(b []byte) (int, error) { return len(b), nil }
func (r *Response) Flush()                      {}

// HandlerFunc is a handler.
type HandlerFunc func(c Context) error

// MiddlewareFunc is a middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HTTPError is an error with a status.
type HTTPError struct{ Code int }

func (e *HTTPError) Error() string { return http.StatusText(e.Code) }

// NewHTTPError returns an error with a status.
func NewHTTPError(code int, message ...any) *HTTPError { return &HTTPError{code} }
