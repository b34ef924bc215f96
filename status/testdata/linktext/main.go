// This program is built by TestLinkedSize: it uses only status.Text.

package main

import (
	"fmt"
	"os"

	"github.com/statusgen/statusgen/status"
)

func main() { fmt.Fprintln(os.Stdout, status.Text(len(os.Args)+403)) }
