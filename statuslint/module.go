package statuslint

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/internal/directive"
	"github.com/statusgen/statusgen/statuslint/internal/codes"
	"golang.org/x/mod/modfile"
)

// ModuleConfig returns the configuration of the package that the module
// holding dir generates with statusgen: the table, the package's import
// path, style, type name and typedness, as the one //go:generate line
// that runs statusgen in the module's Go files says (as statusgen -check
// -from reads it). It reports false when no such line generates a
// package, and an error when several do, or the line is not statusgen's.
// It is for drivers, before the analysis: the analyzers read no files but
// the table that their configuration names.
//
// The module's directories named vendor or testdata, or starting with .
// or _, and other modules inside it, are not searched, as the go command
// does not build them.
func ModuleConfig(dir string) (Config, bool, error) {
	root, modPath, err := findModule(dir)
	if err != nil || root == "" {
		return Config{}, false, err
	}
	var found []Config
	var where []string
	err = walkModule(root, func(p string) error {
		if strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := readHead(p, 1<<20)
		if err != nil || !bytes.Contains(src, []byte("//go:generate")) || !bytes.Contains(src, []byte("statusgen")) {
			return nil
		}
		ds, err := directive.Parse(p, src)
		if err != nil {
			return err
		}
		for _, d := range ds {
			c, generates, err := fromDirective(d, root, modPath)
			if err != nil {
				return err
			}
			if generates {
				found = append(found, c)
				where = append(where, d.Pos)
			}
		}
		return nil
	})
	switch {
	case err != nil:
		return Config{}, false, err
	case len(found) == 0:
		return Config{}, false, nil
	case len(found) > 1:
		return Config{}, false, fmt.Errorf("the module generates %d packages with statusgen (%s): say which with -table and -pkg", len(found), strings.Join(where, ", "))
	}
	return found[0], true, nil
}

// walkModule calls fn with the path of each Go file of the module whose
// root is root, but those in directories named vendor or testdata, or
// starting with . or _, and in other modules inside it, which the go
// command does not build. An error of fn ends the walk.
func walkModule(root string, fn func(path string) error) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // what cannot be read is not searched
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if p != root {
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		return fn(p)
	})
}

// TestDecls returns, by import path, the names that the _test.go files of
// the packages of the module holding dir (not their _test packages)
// declare in the package block, of those a fix could give a new import
// of the generated package pkgPath (its name, or a name that holds it:
// httpstatus, status2), for Config.TestDecls. It is for drivers whose
// analysis of a package without its tests must still not take a name its
// tests declare, such as cmd/statuslint standalone, which analyzes both;
// under go vet a package with tests is analyzed with them, and needs
// none.
func TestDecls(dir, pkgPath string) map[string][]string {
	tree := findTree(dir, pkgPath)
	if tree == nil {
		return nil
	}
	root := tree.root
	base := codes.PackageName(pkgPath)
	decls := map[string][]string{}
	fset := token.NewFileSet()
	walkModule(root, func(p string) error {
		if !strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil || !bytes.Contains(src, []byte(base)) {
			return nil
		}
		f, err := parser.ParseFile(fset, p, src, parser.SkipObjectResolution)
		if err != nil || strings.HasSuffix(f.Name.Name, "_test") {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(p))
		if err != nil {
			return nil
		}
		importPath := path.Join(tree.prefix, filepath.ToSlash(rel))
		add := func(id *ast.Ident) {
			if strings.Contains(id.Name, base) && !slices.Contains(decls[importPath], id.Name) {
				decls[importPath] = append(decls[importPath], id.Name)
			}
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					add(d.Name)
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.ValueSpec:
						for _, id := range sp.Names {
							add(id)
						}
					case *ast.TypeSpec:
						add(sp.Name)
					}
				}
			}
		}
		return nil
	})
	if len(decls) == 0 {
		return nil
	}
	return decls
}

// fromDirective returns the configuration of the package that d
// generates, and false when d generates none (-check, -registry, -init).
func fromDirective(d *directive.Directive, root, modPath string) (Config, bool, error) {
	fl := flag.NewFlagSet("statusgen", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	var f directive.Flags
	f.Define(fl)
	if err := fl.Parse(d.Args); err != nil {
		return Config{}, false, fmt.Errorf("%s: statusgen %v", d.Pos, err)
	}
	if !f.Generates() {
		return Config{}, false, nil
	}
	pkgDir, err := filepath.Abs(filepath.Dir(d.Rebase(f.Out)))
	if err != nil {
		return Config{}, false, err
	}
	rel, err := filepath.Rel(root, pkgDir)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return Config{}, false, fmt.Errorf("%s: statusgen writes %s, outside the module", d.Pos, f.Out)
	}
	c := Config{Pkg: path.Join(modPath, filepath.ToSlash(rel)), Style: f.Style, Type: f.Type, Typed: f.Typed}
	if c.Pkg != DefaultPkg { // statusgen's own module: the built-in table
		if c.Table, err = filepath.Abs(d.Rebase(f.In)); err != nil {
			return Config{}, false, err
		}
	}
	return c, true, nil
}

// findModule returns the directory of the go.mod that holds dir, and the
// module's path; "" when there is none.
func findModule(dir string) (string, string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", "", err
	}
	for {
		src, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			p := modfile.ModulePath(src)
			if p == "" {
				return "", "", fmt.Errorf("%s: no module path", filepath.Join(dir, "go.mod"))
			}
			return dir, p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", "", nil
		}
		dir = parent
	}
}

// readHead reads at most limit bytes of the file at p.
func readHead(p string, limit int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

// PackageImports returns the import paths that the package pkgPath imports,
// directly or through other packages of the module (or GOPATH tree) that
// holds dir, for Config.Imported: a fix must never import the generated
// package into one of them. It is for drivers, before the analysis. A
// package outside that tree imports none of the tree's.
func PackageImports(dir, pkgPath string) []string {
	tree := findTree(dir, pkgPath)
	if tree == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(tree.closure(pkgPath)))
}

// sourceTree is a tree of packages whose import paths are prefix followed
// by their directory's path below root: a module, or GOPATH's src.
type sourceTree struct {
	root, prefix string
}

// findTree returns the tree to search from dir for the package pkgPath:
// the module above dir, else the GOPATH tree whose src holds the package.
func findTree(dir, pkgPath string) *sourceTree {
	// A module: the go.mod above dir.
	if root, modPath, err := findModule(dir); err == nil && root != "" {
		return &sourceTree{root: root, prefix: modPath}
	} else if err != nil {
		return nil
	}
	// GOPATH: a tree whose src holds the package.
	for _, gp := range filepath.SplitList(os.Getenv("GOPATH")) {
		src := filepath.Join(gp, "src")
		if fi, err := os.Stat(filepath.Join(src, filepath.FromSlash(pkgPath))); err == nil && fi.IsDir() {
			return &sourceTree{root: src, prefix: ""}
		}
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
