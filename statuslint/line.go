package statuslint

import (
	_ "embed"
	"flag"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"github.com/statusgen/statusgen/statuslint/internal/nolint"
	"github.com/statusgen/statusgen/statuslint/internal/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed line.go
var lineSrc string

// ResponseLinter is the name of ResponseAnalyzer, and of the golangci-lint
// linter that runs it.
const ResponseLinter = nolint.ResponseLinter

// ResponseAnalyzer, statusresponse, reports the response checks' findings
// (statustwice, statusheader, statusbody and statusclass) as one
// analyzer, one report a line.
//
// It is for drivers that show one report a line and hide reports that
// repeat a text, as golangci-lint does by default (uniq-by-line,
// max-same-issues): it makes one report of every check's finding on a
// line, each message led by its check's name, and ends each report with
// its package's path and its file and line, so that no two reports of a
// run have the same text. A //nolint comment naming a check,
// statusresponse or statuslint silences that check's findings. Its flag
// -disable names checks not to run.
var ResponseAnalyzer = &analysis.Analyzer{
	Name:     ResponseLinter,
	Doc:      docOf(lineSrc, "ResponseAnalyzer"),
	URL:      docURL(ResponseLinter),
	Flags:    lineFlags(),
	Requires: []*analysis.Analyzer{response.Analyzer},
	Run:      runByLine,
}

func lineFlags() flag.FlagSet {
	var fs flag.FlagSet
	fs.Func("disable", "the comma-separated response `checks` not to run, such as statusheader", func(s string) error {
		for name := range strings.SplitSeq(s, ",") {
			if name != "" && !slices.Contains(response.Checks, name) {
				return fmt.Errorf("%q is not a response check (want one of %s)", name, strings.Join(response.Checks, ", "))
			}
		}
		return nil
	})
	return fs
}

// runByLine reports the findings of the checks that are not disabled,
// one report a line.
func runByLine(pass *analysis.Pass) (any, error) {
	disabled := strings.Split(pass.Analyzer.Flags.Lookup("disable").Value.String(), ",")
	result := pass.ResultOf[response.Analyzer].(*response.Result)
	type key struct {
		file string
		line int
	}
	type finding struct {
		check string
		analysis.Diagnostic
	}
	var order []key
	byLine := map[key][]finding{}
	firstPos := map[key]token.Pos{} // of the line's findings
	for _, check := range response.Checks {
		if slices.Contains(disabled, check) {
			continue
		}
		for _, d := range result.Diagnostics(check) {
			p := pass.Fset.Position(d.Pos)
			k := key{p.Filename, p.Line}
			if byLine[k] == nil {
				order = append(order, k)
				firstPos[k] = d.Pos
			}
			firstPos[k] = min(firstPos[k], d.Pos)
			byLine[k] = append(byLine[k], finding{check, d})
		}
	}
	// The lines in the order of their first finding; on a line, the
	// findings in the order of response.Checks.
	slices.SortFunc(order, func(a, b key) int { return int(firstPos[a] - firstPos[b]) })
	for _, k := range order {
		fs := byLine[k]
		var msgs []string
		var fixes []analysis.SuggestedFix
		for _, f := range fs {
			msgs = append(msgs, f.check+": "+f.Message)
			fixes = append(fixes, f.SuggestedFixes...)
		}
		where := fmt.Sprintf(" [%s/%s:%d]", pass.Pkg.Path(), filepath.Base(k.file), k.line)
		pass.Report(analysis.Diagnostic{Pos: fs[0].Pos, End: fs[0].End, Message: strings.Join(msgs, "; ") + where, SuggestedFixes: fixes})
	}
	return nil, nil
}
