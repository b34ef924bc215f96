package statuslint

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// newBodyAnalyzer returns the analyzer that reports a body write after
// WriteHeader(c) where the table says c allows no body (its allows_body
// property: 204 and 304 in codes.toml): net/http drops it with
// http.ErrBodyNotAllowed. A table without the property has no such codes.
func newBodyAnalyzer(l *linter) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "statusbody",
		Doc:      "report a body written after a status that allows none (the table's allows_body)",
		URL:      "https://pkg.go.dev/github.com/statusgen/statusgen/statuslint",
		Requires: []*analysis.Analyzer{SendsAnalyzer, inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			names, err := l.load()
			if err != nil {
				return nil, err
			}
			for _, f := range responseFlows(pass) {
				f.reach(
					func(e *event) bool { return e.effect&sets != 0 && e.codeOK && names.bodyless(e.code) },
					func(e *event) bool { return e.effect&body != 0 },
					func(e *event, from []*event) {
						last := from[len(from)-1]
						report(pass, analysis.Diagnostic{Pos: e.node.Pos(), End: e.node.End(), Message: fmt.Sprintf("%s is dropped: status %d, set at line %d, allows no body (net/http returns http.ErrBodyNotAllowed)", e.what, last.code, line(pass, last.node))})
					})
			}
			return nil, nil
		},
	}
}
