package twice

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// A method of the context that the framework table does not declare is
// followed into the framework's own code, through statussends' facts:
// Teapot always answers with its code (a stand-in's method, not gin's; the
// file is not run against the real gin).
func ginDerived(c *gin.Context, err error) {
	if err != nil {
		c.Teapot(http.StatusTeapot)
	}
	c.JSON(http.StatusOK, gin.H{}) // want `c.JSON\(200\) has no effect on the status: c.Teapot at line 15 already sent 418; gin logs`
}

// Maybe answers on some paths only: no send is derived.
func ginDerivedMaybe(c *gin.Context, ok bool) {
	c.Maybe(http.StatusTeapot, ok)
	c.JSON(http.StatusOK, gin.H{})
}
