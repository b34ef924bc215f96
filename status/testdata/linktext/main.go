// This program is built by TestLinkedSize.

package main

import (
	"os"

	"github.com/statusgen/statusgen/status"
)

func main() { os.Stdout.WriteString(status.Text(len(os.Args) + 403)) }
