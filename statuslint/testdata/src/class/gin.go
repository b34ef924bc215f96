package class

import (
	"net/http"

	"github.com/gin-gonic/gin"
	echo "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// gin panics in c.Redirect on a code outside 300–308, 201 aside.
func ginRedirectOK(c *gin.Context) {
	c.Redirect(http.StatusOK, "/home") // want `c.Redirect\(200, …\): gin panics on a redirect code outside 300–308 \(but 201\)`
}

// echo returns ErrInvalidRedirectCode and sends nothing.
func echoRedirectOK(c echo.Context) error {
	return c.Redirect(http.StatusOK, "/home") // want `c.Redirect\(200, …\) sends nothing: echo returns ErrInvalidRedirectCode for a code outside 300–308`
}

func echo5Redirect(c *echo5.Context) error {
	return c.Redirect(http.StatusNotFound, "/home") // want `c.Redirect\(404, …\) sends nothing`
}

// The right ones.

func ginRedirects(c *gin.Context, created bool) {
	if created {
		c.Redirect(http.StatusCreated, "/things/1")
		return
	}
	c.Redirect(http.StatusSeeOther, "/things")
}

func echoRedirect(c echo.Context) error {
	return c.Redirect(http.StatusPermanentRedirect, "/new")
}
