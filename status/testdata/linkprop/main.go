// This program is built by TestLinkedSize: it uses Code.AllowsBody, a
// property the table declares.

package main

import (
	"fmt"
	"os"

	"github.com/statusgen/statusgen/status"
)

func main() { fmt.Fprintln(os.Stdout, status.Code(len(os.Args)+203).AllowsBody()) }
