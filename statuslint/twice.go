package statuslint

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// TwiceAnalyzer reports a call that sets the status after the status was
// sent: WriteHeader, http.Error, http.Redirect, http.NotFound, or a helper
// that always sends, reached along some possible path from an earlier send
// on the same writer with no return between. net/http ignores it, logs
// "superfluous response.WriteHeader call", and the client gets the first
// status. The typical cause is a missing return after http.Error inside an
// if; where the earlier send is the last statement of an if's body in a
// function without results, and the statements the return would skip are
// only those reported, the fix inserts that return.
var TwiceAnalyzer = newTwiceAnalyzer(defaultLinter)

func newTwiceAnalyzer(l *linter) *analysis.Analyzer {
	return l.responseAnalyzer("statustwice", "report a status set after the status was sent (net/http's \"superfluous response.WriteHeader call\")")
}

// responseAnalyzer returns a response check: it reports its share of the
// findings that SendsAnalyzer's result computes for l's table.
func (l *linter) responseAnalyzer(name, doc string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      doc,
		URL:      docURL(name),
		Requires: []*analysis.Analyzer{SendsAnalyzer, inspect.Analyzer},
		Run:      l.runResponse,
	}
}

// runResponse reports the pass's analyzer's share of the response
// findings.
func (l *linter) runResponse(pass *analysis.Pass) (any, error) {
	names, err := l.load()
	if err == errSaid {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	reportFindings(pass, names)
	return nil, nil
}
