package statuslint

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"strconv"
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

// testFiles is what the _test.go files of the package's own (not _test)
// package declare, read from its directory when the pass leaves them out:
// a fix in the package's other files must compile with them too.
type testFiles struct {
	declared map[string]bool // names of the package block
	imports  map[string]bool // import paths
}

func readTestFiles(pass *analysis.Pass) testFiles {
	t := testFiles{declared: map[string]bool{}, imports: map[string]bool{}}
	if len(pass.Files) == 0 {
		return t
	}
	var dir string
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if strings.HasSuffix(name, "_test.go") {
			return t // the test variant: its scope has them all
		}
		dir = filepath.Dir(name)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*_test.go"))
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil || f.Name.Name != pass.Pkg.Name() {
			continue
		}
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err == nil {
				t.imports[p] = true
			}
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					t.declared[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.ValueSpec:
						for _, id := range sp.Names {
							t.declared[id.Name] = true
						}
					case *ast.TypeSpec:
						t.declared[sp.Name.Name] = true
					}
				}
			}
		}
	}
	return t
}

// importsBack reports whether the package at pkgPath, the generated one,
// imports the package of the pass, directly or through other packages of
// its source tree: importing it here would make a cycle. The generated
// package's directory is found beside the analyzed one's, by the import
// path, in the module (go.mod) or GOPATH tree that holds both; a package
// outside that tree cannot import this one. The answer is kept per tree.
func (l *linter) importsBack(pass *analysis.Pass, pkgPath string) bool {
	if len(pass.Files) == 0 {
		return false
	}
	dir := filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
	tree := findTree(dir, pass.Pkg.Path())
	if tree == nil {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.deps == nil {
		l.deps = map[string]map[string]bool{}
	}
	key := tree.root + "\x00" + tree.prefix
	deps, ok := l.deps[key]
	if !ok {
		deps = tree.closure(pkgPath)
		l.deps[key] = deps
	}
	return deps[pass.Pkg.Path()]
}

// sourceTree is a tree of packages whose import paths are prefix followed
// by their directory's path below root: a module, or GOPATH's src.
type sourceTree struct {
	root, prefix string
}

// findTree returns the tree that holds dir, the directory of the package
// with import path pkgPath.
func findTree(dir, pkgPath string) *sourceTree {
	// A module: the go.mod above dir.
	for d := dir; ; d = filepath.Dir(d) {
		if f, err := os.Open(filepath.Join(d, "go.mod")); err == nil {
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
					f.Close()
					mod := strings.Trim(strings.TrimSpace(rest), `"`)
					return &sourceTree{root: d, prefix: mod}
				}
			}
			f.Close()
			return nil
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	// GOPATH: dir ends with the import path.
	if root, ok := strings.CutSuffix(filepath.ToSlash(dir), "/"+pkgPath); ok {
		return &sourceTree{root: filepath.FromSlash(root), prefix: ""}
	}
	return nil
}

// dir returns the directory of the package at importPath in the tree, or
// "" when the tree does not hold it.
func (t *sourceTree) dir(importPath string) string {
	if t.prefix == "" {
		return filepath.Join(t.root, filepath.FromSlash(importPath))
	}
	if importPath == t.prefix {
		return t.root
	}
	if rest, ok := strings.CutPrefix(importPath, t.prefix+"/"); ok {
		return filepath.Join(t.root, filepath.FromSlash(rest))
	}
	return ""
}

// closure returns the import paths that the package at start imports,
// directly or not, among the packages of the tree (their non-test files).
func (t *sourceTree) closure(start string) map[string]bool {
	seen := map[string]bool{}
	queue := []string{start}
	fset := token.NewFileSet()
	for len(queue) > 0 && len(seen) < 10000 {
		p := queue[0]
		queue = queue[1:]
		dir := t.dir(p)
		if dir == "" {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly|parser.SkipObjectResolution)
			if err != nil {
				continue
			}
			for _, imp := range f.Imports {
				q, err := strconv.Unquote(imp.Path.Value)
				if err != nil || seen[q] || path.IsAbs(q) {
					continue
				}
				seen[q] = true
				queue = append(queue, q)
			}
		}
	}
	return seen
}
