// This program is built by TestLinkedSize: the same program as linktext
// without the status package, to measure what the package adds.

package main

import (
	"fmt"
	"os"
)

func main() { fmt.Fprintln(os.Stdout, text(len(os.Args)+403)) }

func text(code int) string {
	if code == 404 {
		return "Not Found"
	}
	return ""
}
