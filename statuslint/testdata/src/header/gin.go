package header

import (
	"net/http"

	"github.com/gin-gonic/gin"
	echo "github.com/labstack/echo/v4"
)

// A header set after gin sent the status: gin drops it.
func ginHeaderAfterJSON(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.Header("X-Request-Id", "1") // want `c.Header has no effect: the headers were sent with the status by c.JSON at line 12`
}

func ginCookieAfterString(c *gin.Context) {
	c.String(http.StatusOK, "hello")
	c.SetCookie("session", "x", 3600, "/", "", true, true) // want `c.SetCookie has no effect: the headers were sent with the status by c.String at line 17`
}

func ginWriterHeaderAfterAbort(c *gin.Context) {
	c.AbortWithStatus(http.StatusUnauthorized)
	c.Writer.Header().Set("WWW-Authenticate", "Bearer") // want `c.Writer.Header\(\).Set has no effect: the headers were sent with the status by c.AbortWithStatus at line 22`
}

func echoHeaderAfterJSON(c echo.Context) error {
	err := c.JSON(http.StatusOK, "ok")
	c.Response().Header().Set("X-Took", "1ms") // want `c.Response\(\).Header\(\).Set has no effect: the headers were sent with the status by c.JSON at line 27`
	return err
}

// The right ones: c.Status only records the status, so a header after
// it still goes out with it; headers before the body.

func ginHeaderAfterStatus(c *gin.Context) {
	c.Status(http.StatusCreated)
	c.Header("Location", "/things/1")
	c.JSON(http.StatusCreated, gin.H{"id": 1})
}

func ginHeaderFirst(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	c.Writer.Header().Set("Content-Type", "application/json")
	c.Writer.WriteHeader(http.StatusAccepted)
	c.Header("X-Pending", "yes")
	c.JSON(http.StatusAccepted, gin.H{})
}

func echoHeaderFirst(c echo.Context) error {
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, "ok")
}
