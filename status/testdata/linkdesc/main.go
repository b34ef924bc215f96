// This program is built by TestLinkedSize: it uses Code.Description.

package main

import (
	"fmt"
	"os"

	"github.com/statusgen/statusgen/status"
)

func main() { fmt.Fprintln(os.Stdout, status.Code(len(os.Args)+403).Description()) }
