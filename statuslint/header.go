package statuslint

import (
	_ "embed"

	"github.com/statusgen/statusgen/statuslint/internal/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed header.go
var headerSrc string

// HeaderAnalyzer, statusheader, reports a header changed after the status
// was sent.
//
// It reports w.Header().Set, Add or Del after the status was sent on w,
// along some possible path with no return between: the headers went out
// with the status, and the change has no effect. Trailers are left alone:
// a key with http.TrailerPrefix, and any header of a function that
// declares trailers (a "Trailer" key set on any http.Header, by index or
// through a helper).
var HeaderAnalyzer = &analysis.Analyzer{
	Name:     "statusheader",
	Doc:      docOf(headerSrc, "HeaderAnalyzer"),
	URL:      docURL("statusheader"),
	Requires: []*analysis.Analyzer{response.Analyzer},
	Run:      runCheck,
}
