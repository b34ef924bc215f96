// This program is built by TestLinkedSize.

package main

import (
	"net/http"
	"os"
)

func main() { os.Stdout.WriteString(http.StatusText(len(os.Args) + 403)) }
