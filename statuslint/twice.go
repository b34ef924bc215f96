package statuslint

import (
	_ "embed"

	"github.com/statusgen/statusgen/statuslint/internal/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed twice.go
var twiceSrc string

// TwiceAnalyzer, statustwice, reports a status set after the status was
// sent (net/http's "superfluous response.WriteHeader call").
//
// It reports a call that sets the status after the status was sent:
// WriteHeader, http.Error, http.Redirect, http.NotFound, or a helper that
// always sends, reached along some possible path from an earlier send on
// the same writer with no return between. net/http ignores it, logs
// "superfluous response.WriteHeader call", and the client gets the first
// status. The typical cause is a missing return after http.Error inside an
// if; where the earlier send is the last statement of an if's body in a
// function without results, and the statements the return would skip are
// only those reported, the fix inserts that return.
var TwiceAnalyzer = &analysis.Analyzer{
	Name:     "statustwice",
	Doc:      docOf(twiceSrc, "TwiceAnalyzer"),
	URL:      docURL("statustwice"),
	Requires: []*analysis.Analyzer{response.Analyzer},
	Run:      runCheck,
}
