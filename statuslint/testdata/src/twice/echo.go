package twice

import (
	"errors"
	"net/http"

	echo "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// labstack/echo#2763: a middleware's c.JSON commits the response before
// the next handler, and the error handler, run.
func echoAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			c.JSON(http.StatusUnauthorized, "unauthorized")
		}
		return next(c) // want `next\(c\) runs the next handler after c.JSON at line 16 committed the response: a status it sets has no effect, and echo logs "response already committed"`
	}
}

func echoTwice(c echo.Context, err error) error {
	if err != nil {
		c.String(http.StatusBadRequest, err.Error())
	}
	return c.NoContent(http.StatusOK) // want `c.NoContent\(200\) has no effect on the status: c.String at line 24 already sent 400; echo logs "response already committed"`
}

// The error the handler returns reaches echo's error handler after the
// response was committed: echo sends nothing for it.
func echoErrorAfterCommit(c echo.Context) error {
	c.Blob(http.StatusOK, "text/plain", []byte("ok"))
	return echo.NewHTTPError(http.StatusInternalServerError, "failed") // want `the error returned here reaches echo's error handler after c.Blob at line 32 committed the response`
}

func echo5Twice(c *echo5.Context, err error) error {
	if err != nil {
		c.JSON(http.StatusInternalServerError, err.Error())
	}
	c.Response().WriteHeader(http.StatusOK)                // want `c.Response\(\).WriteHeader\(200\) has no effect on the status: c.JSON at line 38 already sent 500; echo logs "echo: response already written to client"`
	return echo5.NewHTTPError(http.StatusConflict, "late") // want `the error returned here reaches echo's error handler after c.Response\(\).WriteHeader at line 40 committed the response: nothing sends its status`
}

// The right ones.

// Past c.Response().Committed saying no, nothing was sent.
func echoCommitted(c echo.Context, cached []byte) error {
	if cached != nil {
		c.Blob(http.StatusOK, "application/json", cached)
	}
	if c.Response().Committed {
		return nil
	}
	return c.NoContent(http.StatusNoContent)
}

// A plain error after the response: for a middleware to log, not to send.
func echoLogError(c echo.Context) error {
	c.String(http.StatusOK, "partial")
	return errors.New("client went away")
}

func echo5NotFound(c *echo5.Context, found bool) error {
	if !found {
		return echo5.ErrNotFound
	}
	return c.String(http.StatusOK, "found")
}

func echoReturn(c echo.Context, err error) error {
	if err != nil {
		return c.JSON(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusOK, "ok")
}

func echoWriteError(c echo.Context) error {
	if err := c.JSON(http.StatusOK, "ok"); err != nil {
		return err
	}
	return nil
}

func echoMiddleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := next(c); err != nil {
			return c.JSON(http.StatusInternalServerError, err.Error())
		}
		return nil
	}
}

// v5 sends JSON's status with its first byte, through WriteHeader, which
// logs; v4 only sets it, and the second document is the bug.
func echo5JSONTwice(c *echo5.Context, a, b string) error {
	c.JSON(http.StatusOK, a)
	return c.JSON(http.StatusOK, b) // want `c.JSON\(200\) has no effect on the status: c.JSON at line 96 already sent 200; echo logs "echo: response already written to client", and its body follows the one c.JSON wrote at line 96 in the same response`
}

func echoJSONTwice(c echo.Context, a, b string) error {
	c.JSON(http.StatusOK, a)
	return c.JSON(http.StatusOK, b) // want `c.JSON writes a second body after the one c.JSON wrote at line 101: the client gets both in one response`
}

// http.Error on echo's writer goes through Response.WriteHeader, which
// logs.
func echoHTTPError(c echo.Context, err error) error {
	c.String(http.StatusOK, "partial")
	if err != nil {
		http.Error(c.Response(), err.Error(), http.StatusInternalServerError) // want `http.Error\(500\) has no effect on the status: c.String at line 108 already sent 200; echo logs "response already committed"`
	}
	return nil
}
