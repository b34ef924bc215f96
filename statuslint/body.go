package statuslint

import "golang.org/x/tools/go/analysis"

// BodyAnalyzer, statusbody, reports a body write after a status that the
// table says allows none (the property whose role is
// "body": allows_body, false for 204 and 304 in codes.toml), set by
// WriteHeader or by a helper that takes the status as a parameter, and a
// call of a helper that writes a body after the status it is given, given
// such a status: net/http drops the body with http.ErrBodyNotAllowed. A
// table that declares no such property has no such codes. It uses the
// built-in table; Suite configures one for another.
var BodyAnalyzer = newBodyAnalyzer(defaultLinter)

func newBodyAnalyzer(l *linter) *analysis.Analyzer {
	return l.responseAnalyzer("statusbody", "report a body written after a status that allows none (the table's body role)")
}
