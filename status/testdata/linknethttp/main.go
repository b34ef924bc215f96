// This program is built by TestLinkedSize: linktext with net/http.StatusText.

package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() { fmt.Fprintln(os.Stdout, http.StatusText(len(os.Args)+403)) }
