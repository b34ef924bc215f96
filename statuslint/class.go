package statuslint

import "golang.org/x/tools/go/analysis"

// ClassAnalyzer, statusclass, reports a constant status of the wrong
// class for its call, as the table declares the classes:
// http.Redirect or http.RedirectHandler with a code that clients do not
// follow (the property whose role is "redirect": 301, 302, 303, 307 and
// 308 in codes.toml), http.Error with a code that is not an error (role
// "error": 4xx and 5xx), and WriteHeader with a code outside 100 to 999,
// on which net/http panics. A code that is not a constant is never
// guessed; nor is the class of a constant the program declares itself
// (a code of its own protocol, such as dapr's 303 "drop this message"
// through http.Error), but for a code net/http panics on; and a table
// without the role has no such check. It uses the built-in table; Suite
// configures one for another.
var ClassAnalyzer = newClassAnalyzer(defaultLinter)

func newClassAnalyzer(l *linter) *analysis.Analyzer {
	return l.responseAnalyzer("statusclass", "report a constant status code of the wrong class for http.Redirect, http.Error or WriteHeader")
}
