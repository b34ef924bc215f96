package gen

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/load"
)

// TestFixedContract checks the contract between the fixed code and the
// renderer: every name that fixed/stubs.go stands in for is declared by
// every rendered file, and those of fixed/dense/stubs.go or
// fixed/sparse/stubs.go by every file of that layout; and no example of
// codes.toml's is left in another table's comments.
func TestFixedContract(t *testing.T) {
	stubNames := func(path string) []string {
		stubs, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, n := range topNames(stubs) {
			if n != "_" {
				names = append(names, n)
			}
		}
		return names
	}
	fixed := stubNames("fixed/stubs.go")
	if len(fixed) < 15 {
		t.Fatalf("stubs.go declares %d names: %v", len(fixed), fixed)
	}
	layouts := map[string]string{"../../codes.toml": "dense", "../../testdata/tables/sip.toml": "dense", "../../testdata/tables/websocket.toml": "sparse"}
	for file, layout := range layouts {
		contract := append(stubNames("fixed/"+layout+"/stubs.go"), fixed...)
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		tab, err := load.Table(file, src, load.Options{Type: "HTTPStatus"})
		if err != nil {
			t.Fatal(err)
		}
		out, err := Go(tab, Options{Package: "p", Type: "HTTPStatus", Source: "t.toml"})
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), "gen.go", out, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		declared := map[string]bool{}
		for _, n := range topNames(f) {
			declared[n] = true
		}
		for _, n := range contract {
			want := n
			if n == "Code" {
				want = "HTTPStatus"
			}
			if !declared[want] {
				t.Errorf("%s: the rendered file does not declare %s, which fixed.go uses", file, want)
			}
		}
		if body := string(out[strings.IndexByte(string(out), '\n'):]); strings.Contains(body, " Code ") || strings.Contains(body, `"Code("`) {
			t.Errorf("%s: fixed.go's type name is left in the rendered file", file)
		}
		if file != "../../codes.toml" && strings.Contains(string(out), `"Not Found"`) && !strings.Contains(string(src), `"Not Found"`) {
			t.Errorf("%s: codes.toml's example is left in the rendered file", file)
		}
	}
}

// topNames returns the names a file declares at the package level.
func topNames(f *ast.File) []string {
	var names []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				names = append(names, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.ValueSpec:
					for _, n := range s.Names {
						names = append(names, n.Name)
					}
				case *ast.TypeSpec:
					names = append(names, s.Name.Name)
				}
			}
		}
	}
	return names
}
