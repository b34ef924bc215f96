package statuslint

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// TwiceAnalyzer reports a call that sets the status after the status was
// sent: WriteHeader, http.Error, http.Redirect, http.NotFound, or a helper
// that always sends, reached along some path from an earlier send on the
// same writer with no return between. net/http ignores it, logs
// "superfluous response.WriteHeader call", and the client gets the first
// status. The typical cause is a missing return after http.Error inside an
// if; where the earlier send is the last statement of an if body in a
// function without results, the fix inserts that return.
var TwiceAnalyzer = &analysis.Analyzer{
	Name:     "statustwice",
	Doc:      "report a status set after the status was sent (net/http's \"superfluous response.WriteHeader call\")",
	URL:      "https://pkg.go.dev/github.com/statusgen/statusgen/statuslint",
	Requires: []*analysis.Analyzer{SendsAnalyzer, inspect.Analyzer},
	Run:      runTwice,
}

func runTwice(pass *analysis.Pass) (any, error) {
	for _, f := range responseFlows(pass) {
		f.reach(
			func(e *event) bool { return e.effect&sends != 0 },
			func(e *event) bool { return e.effect&sets != 0 },
			func(e *event, from []*event) {
				last := from[len(from)-1]
				d := analysis.Diagnostic{
					Pos:     e.node.Pos(),
					End:     e.node.End(),
					Message: fmt.Sprintf("%s has no effect: the status was sent already by %s at line %d; net/http logs \"superfluous response.WriteHeader call\"", e.what, last.what, line(pass, last.node)),
				}
				if len(from) == 1 && !f.results {
					if fix, ok := returnAfter(pass, f, last); ok {
						d.SuggestedFixes = []analysis.SuggestedFix{fix}
					}
				}
				report(pass, d)
			})
	}
	return nil, nil
}

// responseFlows returns the flows of the package's functions that the
// response checks look at: those outside _test.go files. Tests that write
// twice on purpose, to exercise a wrapper, are not bugs.
func responseFlows(pass *analysis.Pass) []*funcFlow {
	var flows []*funcFlow
	for _, f := range pass.ResultOf[SendsAnalyzer].(*Flows).Funcs {
		if !isTestFile(pass, f.node) {
			flows = append(flows, f)
		}
	}
	return flows
}

func isTestFile(pass *analysis.Pass, n ast.Node) bool {
	name := pass.Fset.File(n.Pos()).Name()
	return len(name) > len("_test.go") && name[len(name)-len("_test.go"):] == "_test.go"
}

// line returns the line of n.
func line(pass *analysis.Pass, n ast.Node) int { return pass.Fset.Position(n.Pos()).Line }

// returnAfter returns the fix that inserts return after the statement of
// event e, when it is the last statement of an if body.
func returnAfter(pass *analysis.Pass, f *funcFlow, e *event) (analysis.SuggestedFix, bool) {
	if e.stmt == nil {
		return analysis.SuggestedFix{}, false
	}
	var body *ast.BlockStmt
	ast.Inspect(f.node, func(n ast.Node) bool {
		if body != nil || n == nil || n.Pos() > e.stmt.Pos() || n.End() < e.stmt.End() {
			return false
		}
		if lit, ok := n.(*ast.FuncLit); ok && lit != f.node {
			return false // another function's body
		}
		if ifs, ok := n.(*ast.IfStmt); ok && len(ifs.Body.List) > 0 && ifs.Body.List[len(ifs.Body.List)-1] == e.stmt {
			body = ifs.Body
		}
		return true
	})
	if body == nil {
		return analysis.SuggestedFix{}, false
	}
	// The new line takes the indentation of the statement's.
	tf := pass.Fset.File(e.stmt.Pos())
	col := pass.Fset.Position(e.stmt.Pos()).Column
	indent := ""
	if src, err := pass.ReadFile(tf.Name()); err == nil {
		start := tf.Offset(e.stmt.Pos()) - (col - 1)
		if start >= 0 {
			indent = string(src[start : start+col-1])
		}
	}
	return analysis.SuggestedFix{
		Message:   "Return after " + e.what,
		TextEdits: []analysis.TextEdit{{Pos: e.stmt.End(), End: e.stmt.End(), NewText: []byte("\n" + indent + "return")}},
	}, true
}

// report reports a response check's finding at n, unless a //nolint
// comment on its line names the analyzer, or statuslint, or no linter at
// all (as golangci-lint reads them, so that one comment silences it under
// cmd/statuslint, go vet and golangci-lint alike).
func report(pass *analysis.Pass, d analysis.Diagnostic) {
	if !nolint(pass, d.Pos) {
		pass.Report(d)
	}
}

// nolint reports whether the line of pos has a //nolint comment that
// covers the pass's analyzer.
func nolint(pass *analysis.Pass, pos token.Pos) bool {
	line := pass.Fset.Position(pos).Line
	for _, f := range pass.Files {
		if f.FileStart > pos || pos > f.FileEnd {
			continue
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if pass.Fset.Position(c.Pos()).Line != line {
					continue
				}
				text, ok := strings.CutPrefix(c.Text, "//nolint")
				if !ok {
					continue
				}
				if text == "" || text[0] == ' ' {
					return true // every linter
				}
				if names, ok := strings.CutPrefix(text, ":"); ok {
					names, _, _ = strings.Cut(names, " ")
					for _, n := range strings.Split(names, ",") {
						if n == pass.Analyzer.Name || n == "statuslint" {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
