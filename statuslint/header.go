package statuslint

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// HeaderAnalyzer reports w.Header().Set, Add or Del after the status was
// sent on w, along some possible path with no return between: the headers
// went out with the status, and the change has no effect. Trailers are
// left alone: a key with http.TrailerPrefix, and any header of a function
// that declares trailers (a "Trailer" key set on any http.Header, by
// index or through a helper).
var HeaderAnalyzer = newHeaderAnalyzer(defaultLinter)

func newHeaderAnalyzer(l *linter) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "statusheader",
		Doc:      "report a header changed after the status was sent",
		URL:      "https://pkg.go.dev/github.com/statusgen/statusgen/statuslint",
		Requires: []*analysis.Analyzer{SendsAnalyzer, inspect.Analyzer},
		Run:      l.runResponse,
	}
}
