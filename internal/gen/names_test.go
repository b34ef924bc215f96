package gen

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/names"
)

// TestNamesComplete renders tables and checks that the exported names the
// rendered code declares, at the package level and as methods of the code
// type and of Class, are exactly the names the table's names.Set holds, so
// that every collision check sees every name.
func TestNamesComplete(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/tables/*.toml")
	for _, file := range append(files, "../../codes.toml") {
		for _, typ := range []string{"Code", "HTTPStatus"} {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := load.Table(file, src, load.Options{Type: typ})
			if err != nil {
				t.Fatal(err)
			}
			// The names the table's identifiers were claimed among: Bind
			// again, on the table that load named, claims the same.
			set, errs := names.Bind(tab, names.StyleGo, typ, nil)
			if len(errs) > 0 {
				t.Fatal(errs.Err(file))
			}
			out, err := Go(tab, Options{Package: "p", Type: typ, Source: "t.toml"})
			if err != nil {
				t.Fatal(err)
			}
			pkg, methods, classMethods := declared(t, out, typ)
			for _, c := range []struct {
				what      string
				got, want []string
			}{
				{"package-level names", pkg, set.Names(names.Package)},
				// The standard library's method names are claimed, never declared.
				{"methods of " + typ, methods, slices.DeleteFunc(set.Names(names.Method), func(n string) bool { return slices.Contains(names.StdMethods, n) })},
				{"methods of Class", classMethods, names.ClassMethods},
			} {
				if !slices.Equal(c.got, c.want) {
					t.Errorf("%s, -type %s: the rendered code declares %s\n%q\nbut the names list has\n%q", file, typ, c.what, c.got, c.want)
				}
			}
		}
	}
}

// declared returns the exported names declared in src, sorted: at the
// package level, as methods of typ, and as methods of Class.
func declared(t *testing.T, src []byte, typ string) (pkg, methods, classMethods []string) {
	f, err := parser.ParseFile(token.NewFileSet(), "gen.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() {
				continue
			}
			if d.Recv == nil {
				pkg = append(pkg, d.Name.Name)
				continue
			}
			recv := d.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			switch recv.(*ast.Ident).Name {
			case typ:
				methods = append(methods, d.Name.Name)
			case "Class":
				classMethods = append(classMethods, d.Name.Name)
			default:
				if name := recv.(*ast.Ident).Name; ast.IsExported(name) {
					t.Fatalf("method %s on an unexpected type %s", d.Name.Name, name)
				}
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() {
						pkg = append(pkg, s.Name.Name)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.IsExported() {
							pkg = append(pkg, n.Name)
						}
					}
				}
			}
		}
	}
	slices.Sort(pkg)
	slices.Sort(methods)
	slices.Sort(classMethods)
	// UnmarshalText and UnmarshalJSON have pointer receivers; both kinds
	// are in the method set that names must not collide with.
	return slices.Compact(pkg), slices.Compact(methods), classMethods
}
