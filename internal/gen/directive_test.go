package gen

import (
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/spec"
)

// directiveWords are the starts of comment lines that Go tools read, and
// the paragraph start that marks a name deprecated.
var directiveWords = []string{"+build ignore", "+build linux", "go:build ignore", "go:generate echo", "go:embed x", "line x.go:1", "export F", "extern f", "#cgo LDFLAGS: -lx", "Deprecated: gone"}

// TestNoDirectives puts each directive form inside table text at every
// offset, so that some wrap of a comment would start a line with it, and
// checks that no line of the formatted file is a directive or a
// "Deprecated:" paragraph, and (without -short) that go list still builds
// the file on every platform.
func TestNoDirectives(t *testing.T) {
	var b strings.Builder
	b.WriteString("[[class]]\nname = \"Success\"\nfirst = 100\nlast = 599\n")
	b.WriteString("description = \"\"\"\n")
	for _, d := range directiveWords {
		for k := 1; k < 40; k++ {
			fmt.Fprintf(&b, "%s %s\n\n", strings.Repeat("w", k), d)
		}
	}
	b.WriteString("\"\"\"\n")
	code := 200
	for _, d := range directiveWords {
		for k := 1; k < 30; k++ {
			// A long name puts the word on a wrapped line of its constant's
			// doc comment ("X is 200 NAME.") at some k.
			fmt.Fprintf(&b, "[[status]]\ncode = %d\nname = \"N%d%s %s\"\n", code, code, strings.Repeat(" w", k), d)
			fmt.Fprintf(&b, "description = \"%s %s\"\n", strings.Repeat("v ", k), d)
			if k%2 == 0 {
				fmt.Fprintf(&b, "deprecated = \"%s %s\"\n", strings.Repeat("u ", k), d)
			}
			code++
		}
	}
	tab, err := load.Table("t.toml", []byte(b.String()), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := Go(tab, Options{Package: "p", Type: "Code", Source: "t.toml"})
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			text := c.Text
			switch {
			case constraint.IsGoBuild(text) || constraint.IsPlusBuild(text):
				t.Errorf("%s: a build constraint: %s", fset.Position(c.Pos()), text)
			case strings.HasPrefix(text, "//go:") || strings.HasPrefix(text, "//line ") || strings.HasPrefix(text, "//export ") || strings.HasPrefix(text, "//extern "):
				t.Errorf("%s: a directive: %s", fset.Position(c.Pos()), text)
			case spec.Directive(strings.TrimPrefix(text, "//")) != "":
				t.Errorf("%s: starts as a directive: %s", fset.Position(c.Pos()), text)
			}
		}
	}
	// Only the deprecated = key deprecates: a constant is deprecated when
	// its doc has a paragraph that starts "Deprecated: ", as go doc, gopls
	// and staticcheck read it.
	deprecated := map[string]bool{}
	for _, s := range tab.Statuses {
		deprecated[s.Ident] = s.Deprecated != ""
	}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			want, ok := deprecated[vs.Names[0].Name]
			if !ok || vs.Doc == nil {
				continue
			}
			got := false
			for _, para := range strings.Split(vs.Doc.Text(), "\n\n") {
				got = got || strings.HasPrefix(para, "Deprecated: ")
			}
			if got != want {
				t.Errorf("%s: deprecated in its doc is %t, in the table %t:\n%s", vs.Names[0].Name, got, want, vs.Doc.Text())
			}
		}
	}
	if testing.Short() {
		return
	}
	// go list builds the file for this platform and for others: a build
	// constraint anywhere would drop it from one of them.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/p\n\ngo 1.26\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "p_gen.go"), src, 0o644)
	for _, goos := range []string{"linux", "windows", "darwin"} {
		cmd := exec.Command("go", "list", "-f", "{{.GoFiles}} {{.IgnoredGoFiles}}", ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOOS="+goos, "GOFLAGS=-mod=mod")
		out, err := cmd.CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != "[p_gen.go] []" {
			t.Errorf("GOOS=%s go list: %v: %s", goos, err, out)
		}
	}
}
