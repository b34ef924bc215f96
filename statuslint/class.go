package statuslint

import (
	_ "embed"

	"github.com/statusgen/statusgen/statuslint/internal/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed class.go
var classSrc string

// ClassAnalyzer, statusclass, reports a constant status code of the wrong
// class for http.Redirect, http.Error or WriteHeader.
//
// The classes are those the table declares: http.Redirect or
// http.RedirectHandler with a code that clients do not follow (the
// property whose role is "redirect": 301, 302, 303, 307 and 308 in
// codes.toml), http.Error with a code that is not an error (role "error":
// 4xx and 5xx), and WriteHeader with a code outside 100 to 999, on which
// net/http panics. A code that is not a constant is never guessed; nor is
// the class of a constant the program declares itself (a code of its own
// protocol, such as dapr's 303 "drop this message" through http.Error),
// but for a code net/http panics on; and a table without the role has no
// such check.
var ClassAnalyzer = &analysis.Analyzer{
	Name:     "statusclass",
	Doc:      docOf(classSrc, "ClassAnalyzer"),
	URL:      docURL("statusclass"),
	Requires: []*analysis.Analyzer{response.Analyzer},
	Run:      runCheck,
}
