package body

import (
	"net/http"

	"github.com/gin-gonic/gin"
	echo "github.com/labstack/echo/v4"
)

type item struct{ ID int }

// gin renders no body for 204 and 304: the value is dropped.
func ginNoContentBody(c *gin.Context, it item) {
	c.JSON(http.StatusNoContent, it) // want `c.JSON\(204, …\) writes no body: gin drops it, as status 204 allows none`
}

func ginNotModifiedBody(c *gin.Context) {
	c.String(http.StatusNotModified, "unchanged") // want `c.String\(304, …\) writes no body: gin drops it, as status 304 allows none`
}

// labstack/echo#3025: c.JSON(204, v), its error dropped.
func echoNoContentBody(c echo.Context, it item) error {
	c.JSON(http.StatusNoContent, it) // want `c.JSON writes a body after status 204, which allows none \(net/http returns http.ErrBodyNotAllowed\)`
	return nil
}

// A body through the writer after 204 was sent.
func ginWriteAfterNoContent(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusNoContent)
	c.Writer.WriteHeaderNow()
	c.Writer.WriteString("gone") // want `c.Writer.WriteString is dropped: status 204, sent by c.Writer.WriteHeaderNow at line 30, allows no body`
}

// The right ones: no body, or an empty one that says "none".

func ginNoContent(c *gin.Context) {
	c.Status(http.StatusNoContent)
}

func ginNoContentEmpty(c *gin.Context) {
	c.JSON(http.StatusNoContent, gin.H{})
	c.JSON(http.StatusNoContent, nil)
}

func echoNoContent(c echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}
