// This program is built by TestLinkedSize.

package main

import (
	"os"

	"github.com/statusgen/statusgen/status"
)

func main() { os.Stdout.WriteString(status.Code(len(os.Args) + 403).Description()) }
