package onlyhttp

import (
	"fmt"

	nethttp "net/http"

	"github.com/stretchr/testify/assert"
)

var _ = assert.Equal

// Renamed, in a group of its own, before a group from outside the
// standard library.
func grouped() string { return fmt.Sprint(nethttp.StatusAccepted) } // want `nethttp.StatusAccepted is status.Accepted`
