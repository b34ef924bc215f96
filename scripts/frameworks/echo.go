package frameworks

import (
	"errors"
	"net/http"

	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// labstack/echo#2763: middleware commits, then runs the next handler.
func echoAuth(next echo4.HandlerFunc) echo4.HandlerFunc {
	return func(c echo4.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			c.JSON(http.StatusUnauthorized, "unauthorized")
		}
		return next(c)
	}
}

// labstack/echo#3025: c.JSON(204, v), its error dropped.
func echoNoContentBody(c echo4.Context, a account) error {
	c.JSON(http.StatusNoContent, a)
	return nil
}

func echoTwice(c echo4.Context, err error) error {
	if err != nil {
		c.String(http.StatusBadRequest, err.Error())
	}
	return c.NoContent(http.StatusOK)
}

func echoErrorAfterCommit(c echo4.Context) error {
	c.Blob(http.StatusOK, "text/plain", []byte("ok"))
	return echo4.NewHTTPError(http.StatusInternalServerError, "failed")
}

func echoRedirectOK(c echo4.Context) error {
	return c.Redirect(http.StatusOK, "/home")
}

func echo5Twice(c *echo5.Context, err error) error {
	if err != nil {
		c.JSON(http.StatusInternalServerError, err.Error())
	}
	c.Response().WriteHeader(http.StatusOK)
	return echo5.NewHTTPError(http.StatusConflict, "late")
}

func echo5Auth(next echo5.HandlerFunc) echo5.HandlerFunc {
	return func(c *echo5.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			c.JSON(http.StatusUnauthorized, "unauthorized")
		}
		return next(c)
	}
}

// The right ones.

// A plain error after the response: for a middleware to log.
func echoLogError(c echo4.Context) error {
	c.String(http.StatusOK, "partial")
	return errors.New("client went away")
}

func echoReturn(c echo4.Context, err error) error {
	if err != nil {
		return c.JSON(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusOK, "ok")
}

func echoMiddleware(next echo4.HandlerFunc) echo4.HandlerFunc {
	return func(c echo4.Context) error {
		if err := next(c); err != nil {
			return c.JSON(http.StatusInternalServerError, err.Error())
		}
		return nil
	}
}

func echo5Return(c *echo5.Context) error {
	if err := c.JSON(http.StatusOK, "ok"); err != nil {
		return err
	}
	return nil
}
