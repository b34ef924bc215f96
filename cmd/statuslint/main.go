// Command statuslint runs statuslint's analyzers: statuslint moves existing
// Go code onto the names and helpers of a package that statusgen generates
// (bare status codes become constants, hand-written range checks class
// helpers, deprecated constants their current names, and, with -nethttp,
// net/http's constants the table's), with a suggested fix for each; and the
// response checks find the bugs the table defines: a status set after it
// was sent (statustwice), a header changed after it (statusheader), a body
// after a status that allows none (statusbody), a code of the wrong class
// (statusclass).
//
// Usage:
//
//	statuslint [-fix] [-nethttp] [-table codes.toml -pkg example.com/x/httpstatus] [-style drf] [-NAME=false] ./...
//	go vet -vettool=$(go tool -n statuslint) ./...
//	go tool statuslint ./...
//
// Every analyzer runs by default; -NAME=false turns one off (-statustwice=false),
// and -NAME runs only those named. See package
// github.com/statusgen/statusgen/statuslint for what each reports.
package main

import (
	"flag"

	"github.com/statusgen/statusgen/statuslint"
	"golang.org/x/tools/go/analysis/multichecker"
)

func main() {
	c := statuslint.DefaultConfig()
	c.RegisterFlags(flag.CommandLine)
	multichecker.Main(statuslint.Suite(&c)...)
}
