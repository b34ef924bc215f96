// Command statuslint moves existing Go code onto the names and helpers of a
// package that statusgen generates: bare status codes become constants,
// hand-written range checks class helpers, deprecated constants their
// current names, and, with -nethttp, net/http's constants the table's.
// Each report has a suggested fix.
//
// Usage:
//
//	statuslint [-fix] [-nethttp] [-table codes.toml -pkg example.com/x/httpstatus] [-style drf] ./...
//	go vet -vettool=$(which statuslint) ./...
//	go tool statuslint ./...
//
// See package github.com/statusgen/statusgen/statuslint for what it reports.
package main

import (
	"github.com/statusgen/statusgen/statuslint"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(statuslint.Analyzer) }
