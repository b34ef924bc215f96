package statuslint

import "golang.org/x/tools/go/analysis"

// HeaderAnalyzer reports w.Header().Set, Add or Del after the status was
// sent on w, along some possible path with no return between: the headers
// went out with the status, and the change has no effect. Trailers are
// left alone: a key with http.TrailerPrefix, and any header of a function
// that declares trailers (a "Trailer" key set on any http.Header, by
// index or through a helper).
var HeaderAnalyzer = newHeaderAnalyzer(defaultLinter)

func newHeaderAnalyzer(l *linter) *analysis.Analyzer {
	return l.responseAnalyzer("statusheader", "report a header changed after the status was sent")
}
