package statuslint

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file holds what the analysis of a package learns beyond its own
// syntax and types: the local variables that hold a status, testify's
// assertions, the package's test files, and whether the generated package
// imports it.

// findStatusVars returns the local variables that are declared with a
// status value (code := resp.StatusCode, var got = rec.Code) and never
// assigned again, nor have their address taken: comparisons with them are
// comparisons with the status.
func (r *pkgRun) findStatusVars() map[*types.Var]bool {
	info := r.pass.TypesInfo
	vars := map[*types.Var]bool{}
	declare := func(id *ast.Ident, value ast.Expr) {
		if v, ok := info.Defs[id].(*types.Var); ok && v.Parent() != r.pass.Pkg.Scope() && r.isStatus(value) {
			vars[v] = true
		}
	}
	var assigned []*types.Var
	assign := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				assigned = append(assigned, v)
			}
		}
	}
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					assign(lhs) // a redeclaration in := uses the variable
					if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
						if id, ok := lhs.(*ast.Ident); ok {
							declare(id, n.Rhs[i])
						}
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i, id := range n.Names {
						declare(id, n.Values[i])
					}
				}
			case *ast.IncDecStmt:
				assign(n.X)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					assign(n.X)
				}
			case *ast.RangeStmt:
				if n.Tok == token.ASSIGN {
					assign(n.Key)
					if n.Value != nil {
						assign(n.Value)
					}
				}
			}
			return true
		})
	}
	for _, v := range assigned {
		delete(vars, v)
	}
	return vars
}

// assertion returns the two values that a testify assertion of equality
// compares: assert.Equal(t, expected, actual) and require's, the f forms,
// and the methods of assert.New(t) and require.New(t).
func assertion(fn *types.Func, call *ast.CallExpr) (a, b ast.Expr, ok bool) {
	pkg := fn.Pkg().Path()
	if pkg != "github.com/stretchr/testify/assert" && pkg != "github.com/stretchr/testify/require" {
		return nil, nil, false
	}
	switch strings.TrimSuffix(fn.Name(), "f") {
	case "Equal", "NotEqual", "EqualValues", "NotEqualValues", "Exactly":
	default:
		return nil, nil, false
	}
	first := 1 // the testing.T
	if fn.Type().(*types.Signature).Recv() != nil {
		first = 0
	}
	if len(call.Args) < first+2 {
		return nil, nil, false
	}
	return call.Args[first], call.Args[first+1], true
}

// hasTestFiles reports whether the pass has _test.go files: the package's
// test variant, whose scope has every name its tests declare.
func hasTestFiles(pass *analysis.Pass) bool {
	return slices.ContainsFunc(pass.Files, func(f *ast.File) bool { return isTestFile(pass, f) })
}
