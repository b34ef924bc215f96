package twice

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type account struct{ Name string }

// gin-gonic/gin#629: an unchecked c.Bind answered 400 on a bad body, and
// the handler's c.JSON(201) then tried to override it.
func ginUncheckedBind(c *gin.Context) {
	var a account
	c.Bind(&a)
	c.JSON(http.StatusCreated, a) // want `c.JSON\(201\) has no effect on the status: c.Bind at line 16 already sent 400 when binding failed; gin logs "\[GIN-debug\] \[WARNING\] Headers were already written. Wanted to override status code 400 with 201" and keeps 400`
}

// gin-gonic/gin#4030: a body written through c.Writer.Write, then
// c.XML(500): the client keeps the 200.
func ginWriteThenXML(c *gin.Context) {
	c.Writer.Write([]byte("partial"))
	c.XML(http.StatusInternalServerError, gin.H{"error": "failed"}) // want `c.XML\(500\) has no effect on the status: c.Writer.Write at line 23 already sent 200; gin logs .*override status code 200 with 500" and keeps 200`
}

// prompt-edu/prompt#1792: no return after c.JSON(200), so c.Status(204)
// follows. The fix returns after c.JSON.
func ginMissingReturn(c *gin.Context, done bool) {
	if done {
		c.JSON(http.StatusOK, gin.H{"status": "done"})
	}
	c.Status(http.StatusNoContent) // want `c.Status\(204\) has no effect on the status: c.JSON at line 31 already sent 200; gin logs`
}

// langgenius/dify-sandbox#193: c.BindJSON already answered 400 on a bad
// body, and the handler's own c.JSON then tries again with its own code.
func ginBindThenJSON(c *gin.Context) {
	var a account
	if err := c.BindJSON(&a); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()}) // want `c.JSON\(422\) has no effect on the status: c.BindJSON at line 40 already sent 400 when binding failed`
		return
	}
	c.JSON(http.StatusOK, a)
}

// kairoaraujo/goca#6, harness/harness#1695: the warning in production
// logs, from an error answer without a return.
func ginAnswerTwice(c *gin.Context, err error) {
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
	}
	c.JSON(http.StatusOK, gin.H{"ok": true}) // want `c.JSON\(200\) has no effect on the status: c.AbortWithStatusJSON at line 51 already sent 500; gin logs .* and keeps 500, and its body follows the one c.AbortWithStatusJSON wrote at line 51 in the same response`
}

// gin-contrib/timeout#51: a status written twice through middleware.
func ginTimeoutTwice(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusServiceUnavailable)
	c.Writer.WriteHeaderNow()
	c.AbortWithStatus(http.StatusRequestTimeout) // want `c.AbortWithStatus\(408\) has no effect on the status: c.Writer.WriteHeaderNow at line 59 already sent 503; gin logs .*override status code 503 with 408" and keeps 503`
}

// A second document in the same body: gin writes both.
func ginTwoBodies(c *gin.Context, a, b account) {
	c.JSON(http.StatusOK, a)
	c.JSON(http.StatusOK, b) // want `c.JSON writes a second body after the one c.JSON wrote at line 65: the client gets both in one response`
}

// A helper of the program's own that always answers: followed through
// its fact, as for net/http's helpers.
func ginFail(c *gin.Context, code int, msg string) {
	c.AbortWithStatusJSON(code, gin.H{"error": msg})
}

func ginHelperThenJSON(c *gin.Context, err error) {
	if err != nil {
		ginFail(c, http.StatusBadRequest, err.Error())
	}
	c.JSON(http.StatusOK, gin.H{}) // want `c.JSON\(200\) has no effect on the status: ginFail at line 77 already sent 400; gin logs .* and keeps 400`
}

// c.IsAborted() tells of aborts, not of c.JSON: past it, the JSON may
// have been sent.
func ginAbortedAfterJSON(c *gin.Context, err error) {
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
	}
	if c.IsAborted() {
		return
	}
	c.JSON(http.StatusOK, gin.H{}) // want `c.JSON\(200\) has no effect on the status: c.JSON at line 86 already sent 400`
}

// The right ones: nothing to report.

// Past c.IsAborted() or c.Writer.Written() saying no, nothing was sent.
func ginCheckAborted(c *gin.Context, authorized bool) {
	if !authorized {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
	if c.IsAborted() {
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

func ginCheckWritten(c *gin.Context, cached []byte) {
	if cached != nil {
		c.Data(http.StatusOK, "application/json", cached)
	}
	if !c.Writer.Written() {
		c.JSON(http.StatusAccepted, gin.H{})
	}
}

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

// Bind answered 400; the handler's 400 with a body is what gin accepts
// without a word.
func ginBindSameCode(c *gin.Context) {
	var a account
	if err := c.BindJSON(&a); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if c.Bind(&a) == nil {
		c.JSON(http.StatusOK, a)
	}
}

func ginStatusThenJSON(c *gin.Context, a account) {
	c.Status(http.StatusCreated)
	c.JSON(http.StatusCreated, a)
}

// c.Status before any body only sets the status: a later one replaces
// it, and gin says nothing.
func ginStatusReplaced(c *gin.Context, a account) {
	c.Status(http.StatusAccepted)
	c.JSON(http.StatusCreated, a)
}

// The same status after the send only stops the chain.
func ginForbidden(c *gin.Context) {
	c.JSON(http.StatusForbidden, gin.H{"error": "forbidden"})
	c.AbortWithStatus(http.StatusForbidden)
}

func ginMiddleware(c *gin.Context) {
	if c.Request.Header.Get("Authorization") == "" {
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
	c.SSEvent("end", "")
}

// Text in parts: c.String appends to the body, as a writer would.
func ginTextParts(c *gin.Context, lines []string) {
	c.String(http.StatusOK, "report\n")
	c.String(http.StatusOK, "%d lines\n", len(lines))
}

// A status set through the context's writer by net/http, or by a helper,
// follows gin's rules: the same code again is accepted.
func ginForbid(c *gin.Context) {
	c.AbortWithStatus(http.StatusForbidden)
}

func ginHelperSameCode(c *gin.Context) {
	c.JSON(http.StatusForbidden, gin.H{"error": "forbidden"})
	ginForbid(c)
}

func ginHTTPErrorSameCode(c *gin.Context) {
	c.Status(http.StatusTeapot)
	c.Writer.WriteHeaderNow()
	http.Error(c.Writer, "teapot", http.StatusTeapot)
}
