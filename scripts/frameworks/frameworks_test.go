package frameworks

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/statuslint"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// fixtures are the analyzers whose fixture directories hold files
// written against gin or echo.
var fixtures = map[string]*analysis.Analyzer{
	"twice":  statuslint.TwiceAnalyzer,
	"header": statuslint.HeaderAnalyzer,
	"body":   statuslint.BodyAnalyzer,
	"class":  statuslint.ClassAnalyzer,
}

// module copies the fixture files that import a framework into a module
// of their own, which requires the real frameworks (this module's go.mod
// and go.sum), and returns its directory.
func module(t *testing.T) string {
	dir := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if f == "go.mod" {
			// Only the frameworks: the fixtures need nothing of statusgen.
			var kept []string
			for l := range strings.Lines(string(b)) {
				if !strings.Contains(l, "github.com/statusgen/statusgen") {
					kept = append(kept, l)
				}
			}
			b = []byte(strings.Replace(strings.Join(kept, ""), "module example.com/frameworks", "module example.com/fixtures", 1))
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for pkg := range fixtures {
		src := filepath.Join("..", "..", "statuslint", "testdata", "src", pkg)
		files, err := filepath.Glob(filepath.Join(src, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasPrefix(filepath.Base(f), "standin_") {
				continue // written against a stand-in's method the framework lacks
			}
			file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(file.Imports, func(s *ast.ImportSpec) bool {
				p, _ := strconv.Unquote(s.Path.Value)
				return strings.HasPrefix(p, "github.com/gin-gonic/") || strings.HasPrefix(p, "github.com/labstack/")
			}) {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(filepath.Join(dir, pkg), 0o777); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, pkg, filepath.Base(f)), b, 0o666); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no fixture imports gin or echo")
	}
	return dir
}

// TestFixtures runs each analyzer over its fixtures against the real
// frameworks: every // want is reported, and nothing else.
func TestFixtures(t *testing.T) {
	dir := module(t)
	for pkg, a := range fixtures {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, dir, a, "./"+pkg)
		})
	}
}

// TestVet runs the fixtures through statuslint standalone and as go vet's
// tool: both report the same, and something.
func TestVet(t *testing.T) {
	dir := module(t)
	tool := filepath.Join(t.TempDir(), "statuslint")
	if out, err := exec.Command("go", "build", "-o", tool, "github.com/statusgen/statusgen/cmd/statuslint").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	reports := func(args ...string) []string {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		out, _ := cmd.CombinedOutput()
		var lines []string
		for l := range bytes.Lines(out) {
			s := strings.TrimSpace(string(l))
			if strings.Contains(s, ".go:") && !strings.HasPrefix(s, "#") {
				lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(s, dir+string(filepath.Separator)), "./"))
			}
		}
		slices.Sort(lines)
		return lines
	}
	alone := reports(tool, "-statuslint=false", "./...")
	vet := reports("go", "vet", "-vettool="+tool, "-statuslint=false", "./...")
	if len(alone) == 0 {
		t.Fatal("statuslint reports nothing on the fixtures")
	}
	if !slices.Equal(alone, vet) {
		t.Errorf("go vet -vettool reports otherwise than statuslint alone:\nalone:\n%s\nvet:\n%s", strings.Join(alone, "\n"), strings.Join(vet, "\n"))
	}
	t.Logf("%d reports, the same both ways", len(alone))
}
