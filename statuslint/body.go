package statuslint

import (
	_ "embed"

	"github.com/statusgen/statusgen/statuslint/internal/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed body.go
var bodySrc string

// BodyAnalyzer, statusbody, reports a body written after a status that
// allows none (the table's body role).
//
// It reports a body write after a status that the table says allows none
// (the property whose role is "body": allows_body, false for 204 and 304
// in codes.toml), set by WriteHeader or by a helper that takes the status
// as a parameter, and a call of a helper that writes a body after the
// status it is given, given such a status: net/http drops the body with
// http.ErrBodyNotAllowed. A table that declares no such property has no
// such codes.
var BodyAnalyzer = &analysis.Analyzer{
	Name:     "statusbody",
	Doc:      docOf(bodySrc, "BodyAnalyzer"),
	URL:      docURL("statusbody"),
	Requires: []*analysis.Analyzer{response.Analyzer},
	Run:      runCheck,
}
