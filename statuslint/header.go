package statuslint

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// HeaderAnalyzer reports w.Header().Set, Add or Del after the status was
// sent on w, along some path with no return between: the headers went out
// with the status, and the change has no effect. Trailers are left alone:
// a key with http.TrailerPrefix, and any header of a function that
// declares trailers with a "Trailer" header.
var HeaderAnalyzer = &analysis.Analyzer{
	Name:     "statusheader",
	Doc:      "report a header changed after the status was sent",
	URL:      "https://pkg.go.dev/github.com/statusgen/statusgen/statuslint",
	Requires: []*analysis.Analyzer{SendsAnalyzer, inspect.Analyzer},
	Run:      runHeader,
}

func runHeader(pass *analysis.Pass) (any, error) {
	for _, f := range responseFlows(pass) {
		if f.trailers {
			continue
		}
		f.reach(
			func(e *event) bool { return e.effect&sends != 0 },
			func(e *event) bool { return e.effect&header != 0 },
			func(e *event, from []*event) {
				last := from[len(from)-1]
				report(pass, analysis.Diagnostic{Pos: e.node.Pos(), End: e.node.End(), Message: fmt.Sprintf("%s has no effect: the headers were sent with the status by %s at line %d", e.what, last.what, line(pass, last.node))})
			})
	}
	return nil, nil
}
