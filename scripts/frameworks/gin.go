package frameworks

import (
	"context"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
)

type account struct{ Name string }

// gin-gonic/gin#629: an unchecked Bind answered 400.
func ginUncheckedBind(c *gin.Context) {
	var a account
	c.Bind(&a)
	c.JSON(http.StatusCreated, a)
}

// gin-gonic/gin#4030: a body through c.Writer, then c.XML(500).
func ginWriteThenXML(c *gin.Context) {
	c.Writer.Write([]byte("partial"))
	c.XML(http.StatusInternalServerError, gin.H{"error": "failed"})
}

// prompt-edu/prompt#1792: no return after c.JSON.
func ginMissingReturn(c *gin.Context, done bool) {
	if done {
		c.JSON(http.StatusOK, gin.H{"status": "done"})
	}
	c.Status(http.StatusNoContent)
}

// langgenius/dify-sandbox#193: BindJSON answered 400 already.
func ginBindThenJSON(c *gin.Context) {
	var a account
	if err := c.BindJSON(&a); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, a)
}

// kairoaraujo/goca#6, harness/harness#1695.
func ginAnswerTwice(c *gin.Context, err error) {
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// gin-contrib/timeout#51.
func ginTimeoutTwice(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusServiceUnavailable)
	c.Writer.WriteHeaderNow()
	c.AbortWithStatus(http.StatusRequestTimeout)
}

func ginTwoBodies(c *gin.Context, a, b account) {
	c.JSON(http.StatusOK, a)
	c.JSON(http.StatusOK, b)
}

func ginHeaderAfterJSON(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.Header("X-Request-Id", "1")
}

func ginNoContentBody(c *gin.Context, a account) {
	c.JSON(http.StatusNoContent, a)
}

func ginRedirectOK(c *gin.Context) {
	c.Redirect(http.StatusOK, "/home")
}

// a-h/templ#545: the HTML renderer's own WriteHeader.
type component interface {
	Render(ctx context.Context, w io.Writer) error
}

type templRenderer struct {
	Code int
	Data component
}

func (t templRenderer) Render(w http.ResponseWriter) error {
	t.WriteContentType(w)
	w.WriteHeader(t.Code)
	return t.Data.Render(context.Background(), w)
}

func (t templRenderer) WriteContentType(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
}

type templHTML struct{}

func (templHTML) Instance(name string, data any) render.Render {
	c, _ := data.(component)
	return templRenderer{Code: http.StatusOK, Data: c}
}

// The right ones.

func ginReturn(c *gin.Context, err error) {
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func ginShouldBind(c *gin.Context) {
	var a account
	if err := c.ShouldBindJSON(&a); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, a)
}

func ginStatusThenJSON(c *gin.Context, a account) {
	c.Status(http.StatusCreated)
	c.Header("Location", "/accounts/1")
	c.JSON(http.StatusCreated, a)
}

func ginForbidden(c *gin.Context) {
	c.JSON(http.StatusForbidden, gin.H{"error": "forbidden"})
	c.AbortWithStatus(http.StatusForbidden)
}

func ginMiddleware(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
		return
	}
	c.Next()
}

func ginStream(c *gin.Context, events <-chan string) {
	c.Header("Content-Type", "text/event-stream")
	c.Stream(func(w io.Writer) bool {
		e, ok := <-events
		if ok {
			c.SSEvent("message", e)
		}
		return ok
	})
}

func ginNoContent(c *gin.Context) {
	c.JSON(http.StatusNoContent, nil)
}
