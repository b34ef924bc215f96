package statuslint

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// newClassAnalyzer returns the analyzer that reports a constant status of
// the wrong class for its call: http.Redirect or http.RedirectHandler with
// a code outside the table's redirection class (the class that holds 302),
// http.Error with a code below 400, and WriteHeader with a code outside 100
// to 999, on which net/http panics. A code that is not a constant is never
// guessed.
func newClassAnalyzer(l *linter) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "statusclass",
		Doc:      "report a constant status code of the wrong class for http.Redirect, http.Error or WriteHeader",
		URL:      "https://pkg.go.dev/github.com/statusgen/statusgen/statuslint",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			names, err := l.load()
			if err != nil {
				return nil, err
			}
			httpPkg := findPackage(pass.Pkg, "net/http")
			if httpPkg == nil {
				return nil, nil
			}
			rw, _ := httpPkg.Scope().Lookup("ResponseWriter").Type().Underlying().(*types.Interface)
			ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
			ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
				call := n.(*ast.CallExpr)
				fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if fn == nil || fn.Pkg() == nil {
					return
				}
				arg := func(i int) (int, ast.Expr, bool) {
					if i >= len(call.Args) {
						return 0, nil, false
					}
					code, ok := intConst(pass.TypesInfo, call.Args[i])
					return code, call.Args[i], ok
				}
				sig := fn.Type().(*types.Signature)
				switch {
				case sig.Recv() == nil && fn.Pkg().Path() == "net/http" && (fn.Name() == "Redirect" || fn.Name() == "RedirectHandler"):
					i := 3
					if fn.Name() == "RedirectHandler" {
						i = 1
					}
					if code, e, ok := arg(i); ok && names.redirect != nil && (code < names.redirect.first || code > names.redirect.last) {
						report(pass, analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: fmt.Sprintf("http.%s with %d, which is not a redirection (%d–%d): the client will not follow it", fn.Name(), code, names.redirect.first, names.redirect.last)})
					}
				case sig.Recv() == nil && fn.Pkg().Path() == "net/http" && fn.Name() == "Error":
					if code, e, ok := arg(2); ok && code < 400 {
						report(pass, analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: fmt.Sprintf("http.Error with %d, which is not an error status (400 and up)", code)})
					}
				case sig.Recv() != nil && fn.Name() == "WriteHeader" && rw != nil:
					sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
					if !ok {
						return
					}
					t := pass.TypesInfo.TypeOf(sel.X)
					if t == nil || !types.Implements(t, rw) && !types.Implements(types.NewPointer(t), rw) {
						return
					}
					if code, e, ok := arg(0); ok && (code < 100 || code > 999) {
						report(pass, analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: fmt.Sprintf("WriteHeader(%d): net/http panics on a code outside 100–999", code)})
					}
				}
			})
			return nil, nil
		},
	}
}
