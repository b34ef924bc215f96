package statuslint_test

import (
	// The fixtures import net/http, whose files analysistest lists with
	// go list -compiled: that runs cgo on the files of net and
	// runtime/cgo. Importing net/http here has the go command do it
	// before these tests run, once: in a cold go test ./..., it would
	// otherwise run a second time, alongside the build of the other
	// packages' tests.
	_ "net/http"

	"bytes"
	"cmp"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	root "github.com/statusgen/statusgen"
	"github.com/statusgen/statusgen/internal/gen"
	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/names"
	"github.com/statusgen/statusgen/statuslint"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/imports"
)

// vendorTable is a table with a vendor code, 499, for -table and -pkg.
const vendorTable = "../testdata/tables/vendor.toml"

// aliasTable has an earlier name of a deprecated code.
const aliasTable = "testdata/tables/alias.toml"

// oneLine is a fixture that gofmt would reformat, so it is written here
// rather than kept in testdata: imports on one line.
const oneLine = `// Package oneline has its imports on one line.
package oneline

import ("fmt"; "net/http")

func handler(w http.ResponseWriter) {
	w.WriteHeader(404) // want ` + "`status code 404 is status.NotFound`" + `
	fmt.Println()
}
`

// gopath lays out a GOPATH for the fixtures under testdata/src: a copy of
// them, beside the packages they import, generated here from the tables:
// the status package (the built-in table), example.com/httpstatus (the
// vendor table) and example.com/drfstatus (the built-in table, DRF style).
func gopath(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := filepath.WalkDir("testdata/src", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel("testdata", path)
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	vendor, err := os.ReadFile(vendorTable)
	if err != nil {
		t.Fatal(err)
	}
	alias, err := os.ReadFile(aliasTable)
	if err != nil {
		t.Fatal(err)
	}
	extra := map[string]string{
		"src/oneline/one.go": oneLine,
		// The generated package's directory imports cyclelib.
		"src/example.com/cyclestatus/doc.go": "// Package cyclestatus imports cyclelib.\npackage cyclestatus\n\nimport _ \"cyclelib\"\n",
	}
	for name, text := range extra {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []struct {
		path, pkg string
		table     []byte
		style     names.Style
		typ       string
		typed     bool
	}{
		{statuslint.DefaultPkg, "status", root.Table, names.StyleGo, "Code", false},
		{"example.com/httpstatus", "httpstatus", vendor, names.StyleGo, "Code", false},
		{"example.com/drfstatus", "drfstatus", root.Table, names.StyleDRF, "Code", false},
		{"example.com/typedstatus", "typedstatus", root.Table, names.StyleGo, "Code", true},
		{"example.com/customstatus", "customstatus", root.Table, names.StyleGo, "HTTPStatus", false},
		{"example.com/gen/codes", "status", root.Table, names.StyleGo, "Code", false},
		{"example.com/cyclestatus", "cyclestatus", root.Table, names.StyleGo, "Code", false},
		{"example.com/aliasstatus", "aliasstatus", alias, names.StyleGo, "Code", false},
	} {
		tab, err := load.Table(p.pkg+".toml", p.table, load.Options{Style: p.style, Type: p.typ})
		if err != nil {
			t.Fatal(err)
		}
		src, err := gen.Go(tab, gen.Options{Package: p.pkg, Type: p.typ, Source: "codes.toml", Typed: p.typed})
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "src", filepath.FromSlash(p.path), "status_gen.go")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// cases are the fixture packages and the analyzer configuration each runs
// with.
var cases = []struct {
	pkg  string
	cfg  statuslint.Config
	args []string // the same configuration as statuslint's flags
}{
	{"a", statuslint.Config{}, nil},
	{"shadow", statuslint.Config{}, nil},
	{"nethttp", statuslint.Config{NetHTTP: true}, []string{"-nethttp"}},
	{"vendortable", statuslint.Config{Table: vendorTable, Pkg: "example.com/httpstatus"}, []string{"-table", vendorTable, "-pkg", "example.com/httpstatus"}},
	{"drf", statuslint.Config{Pkg: "example.com/drfstatus", Style: "drf"}, []string{"-pkg", "example.com/drfstatus", "-style", "drf"}},
	{"typedpkg", statuslint.Config{Pkg: "example.com/typedstatus"}, []string{"-pkg", "example.com/typedstatus"}},
	{"customtype", statuslint.Config{Pkg: "example.com/customstatus", Type: "HTTPStatus"}, []string{"-pkg", "example.com/customstatus", "-type", "HTTPStatus"}},
	{"dotimport", statuslint.Config{}, nil},
	{"othername", statuslint.Config{Pkg: "example.com/gen/codes"}, []string{"-pkg", "example.com/gen/codes"}},
	{"typednethttp", statuslint.Config{Pkg: "example.com/typedstatus", NetHTTP: true}, []string{"-pkg", "example.com/typedstatus", "-nethttp"}},
	{"testvar", statuslint.Config{}, nil},
	{"typedtest", statuslint.Config{Pkg: "example.com/typedstatus"}, []string{"-pkg", "example.com/typedstatus"}},
	{"oneline", statuslint.Config{}, nil},
	{"cyclelib", statuslint.Config{Pkg: "example.com/cyclestatus", Imported: []string{"cyclelib"}}, []string{"-pkg", "example.com/cyclestatus"}},
	{"deprecatedalias", statuslint.Config{Table: aliasTable, Pkg: "example.com/aliasstatus"}, []string{"-table", aliasTable, "-pkg", "example.com/aliasstatus"}},
	{"onlyhttp", statuslint.Config{NetHTTP: true}, []string{"-nethttp"}},
	{"locals", statuslint.Config{}, nil},
}

// responseCases are the fixtures of the response checks: each is named
// for its analyzer, statusNAME.
var responseCases = []string{"twice", "header", "body", "class"}

// TestAnalyzer checks every fixture's diagnostics (its // want comments),
// the cases that must not be reported, and the files its suggested fixes
// give (its .golden files), which must compile with the rest of the
// package and its tests: the renames' fixtures with statuslint in each
// one's configuration, and each response check on its own fixture.
func TestAnalyzer(t *testing.T) {
	// The load holds every package it type-checks, net/http's two
	// hundred among them, until the analysis ends: the heap only grows,
	// and a collection at each doubling of it is wasted work. At 400 the
	// peak is about the same (650–700 MB) and the test spends about 15%
	// less CPU.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	dir := gopath(t)
	if *update {
		rewriteGoldens(t, dir)
	}
	byPkg := map[string]*analysis.Analyzer{}
	configured := map[string]*analysis.Analyzer{} // by fmt.Sprint of the configuration
	for _, c := range cases {
		a := configured[fmt.Sprint(c.cfg)]
		if a == nil {
			cfg := c.cfg
			if cfg.Table != "" {
				abs, _ := filepath.Abs(cfg.Table)
				cfg.Table = abs
			}
			var err error
			if a, err = statuslint.New(cfg); err != nil {
				t.Fatal(err)
			}
			configured[fmt.Sprint(c.cfg)] = a
		}
		byPkg[c.pkg] = a
	}
	c := statuslint.DefaultConfig()
	suite := statuslint.Suite(&c)
	for _, pkg := range responseCases {
		i := slices.IndexFunc(suite, func(a *analysis.Analyzer) bool { return a.Name == "status"+pkg })
		if i < 0 {
			t.Fatalf("no analyzer status%s in the suite", pkg)
		}
		byPkg[pkg] = suite[i]
	}
	// statusresponse, the response checks as one analyzer for
	// golangci-lint: one report a line, texts of their own.
	line, err := statuslint.ResponseAnalyzer(statuslint.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	byPkg["line"] = line
	fixtures := slices.Sorted(maps.Keys(byPkg))
	results := analysistest.RunWithSuggestedFixes(t, dir, byFixture(t, byPkg), fixtures...)
	fixesCompile(t, dir, results, fixtures)
}

// byFixture returns an analyzer that runs, on each package, the analyzer
// byPkg gives for it (a package's tests included), under that analyzer's
// name: every fixture, whatever its configuration, then shares one load,
// and each load type-checks net/http and what it imports from source.
func byFixture(t *testing.T, byPkg map[string]*analysis.Analyzer) *analysis.Analyzer {
	var requires []*analysis.Analyzer
	for _, pkg := range slices.Sorted(maps.Keys(byPkg)) {
		a := byPkg[pkg]
		for _, r := range a.Requires {
			if !slices.Contains(requires, r) {
				requires = append(requires, r)
			}
		}
		if len(a.FactTypes) > 0 || a.ResultType != nil {
			t.Fatalf("%s has facts or a result: it cannot run inside another analyzer", a.Name)
		}
	}
	return &analysis.Analyzer{
		Name:     "byfixture",
		Doc:      "run each fixture's analyzer",
		Requires: requires,
		Run: func(pass *analysis.Pass) (any, error) {
			if strings.HasSuffix(pass.Pkg.Path(), ".test") {
				return nil, nil // the test main go test generates
			}
			a := byPkg[strings.TrimSuffix(pass.Pkg.Path(), "_test")]
			if a == nil {
				return nil, fmt.Errorf("no analyzer for package %s", pass.Pkg.Path())
			}
			p := *pass
			p.Analyzer = a
			return a.Run(&p)
		},
	}
}

// update rewrites the .golden files of the fixtures instead of comparing
// with them: go test ./statuslint -update (make golden).
var update = flag.Bool("update", false, "rewrite the .golden files of the fixtures with statuslint -fix")

// rewriteGoldens rewrites the .golden files from what statuslint -fix makes of
// each fixture, in a copy of the GOPATH.
func rewriteGoldens(t *testing.T, dir string) {
	bin := filepath.Join(t.TempDir(), "statuslint")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/statuslint").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// fix runs statuslint -fix on pkg in the copy and writes a golden file
	// for each file it changed (and removes those of files it left alone).
	fix := func(pkg string, args ...string) string {
		cmd := exec.Command(bin, append(append([]string{"-fix"}, args...), pkg)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=")
		out, _ := cmd.CombinedOutput() // exit 3: it found something
		files, _ := filepath.Glob(filepath.Join(dir, "src", pkg, "*.go"))
		for _, f := range files {
			fixed, _ := os.ReadFile(f)
			orig, _ := os.ReadFile(filepath.Join("testdata", "src", pkg, filepath.Base(f)))
			goldenFile := filepath.Join("testdata", "src", pkg, filepath.Base(f)+".golden")
			if string(fixed) == string(orig) {
				os.Remove(goldenFile)
			} else if err := os.WriteFile(goldenFile, fixed, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return string(out)
	}
	for _, c := range cases {
		args := slices.Clone(c.args)
		for i, a := range args {
			if a == vendorTable || a == aliasTable {
				args[i], _ = filepath.Abs(a)
			}
		}
		if out := fix(c.pkg, args...); !strings.Contains(out, c.pkg) {
			t.Logf("statuslint %s: %s", c.pkg, out)
		}
	}
	for _, pkg := range responseCases {
		fix(pkg, "-statuslint=false")
	}
	// The fixture copy was fixed in place: lay it out again.
	fresh := gopath(t)
	os.RemoveAll(dir)
	if err := os.Rename(fresh, dir); err != nil {
		t.Fatal(err)
	}
}

// TestNewRejects checks the configurations New refuses.
func TestNewRejects(t *testing.T) {
	for _, c := range []statuslint.Config{{Style: "rails"}, {Table: "codes.toml"}} {
		if _, err := statuslint.New(c); err == nil {
			t.Errorf("New(%+v) accepted", c)
		}
	}
	var _ *analysis.Analyzer = statuslint.Analyzer
}

// fixesCompile type-checks each fixture with its fixes applied in place
// of the originals: the package, the package with its tests, and its
// external tests against that, as go vet would, so that no fix breaks a
// build, in any file of a package. The fixes are applied as golangci-lint
// --fix applies them: every fix of every report, identical edits once, and
// nothing after them (no goimports, no gofmt), so a fix must remove the
// imports it leaves unused itself; and a fixed file's imports must be laid
// out as goimports would. What the fixtures import comes from the load
// that analysed them, type-checked already.
func fixesCompile(t *testing.T, dir string, results []*analysistest.Result, fixtures []string) {
	t.Helper()
	applied := applyFixes(t, results)
	loaded := map[string]*types.Package{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		for _, q := range p.Imports() {
			if loaded[q.Path()] == nil {
				loaded[q.Path()] = q
				visit(q)
			}
		}
	}
	for _, r := range results {
		visit(r.Action.Package.Types)
	}
	fset := token.NewFileSet()
	fixed := map[string]*types.Package{} // with their in-package tests
	checking := map[string]bool{}
	reported := map[string]bool{}
	var imp importerFunc
	check := func(path string, files []*ast.File) *types.Package {
		conf := types.Config{
			Importer: imp,
			Sizes:    types.SizesFor("gc", runtime.GOARCH),
			Error: func(err error) {
				// The package's files are checked with and without its
				// tests: an error in them is reported once.
				if msg := err.Error(); !reported[msg] {
					reported[msg] = true
					t.Errorf("the fixed fixtures: %s", msg)
				}
			},
		}
		pkg, _ := conf.Check(path, fset, files, nil)
		return pkg
	}
	imp = func(path string) (*types.Package, error) {
		if p := fixed[path]; p != nil {
			return p, nil
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if p := loaded[path]; p != nil {
			return p, nil
		}
		// A package of the GOPATH that only a fix imports, such as a
		// generated package in place of net/http's constants.
		if checking[path] {
			return nil, fmt.Errorf("import cycle through %s", path)
		}
		names, _ := filepath.Glob(filepath.Join(dir, "src", filepath.FromSlash(path), "*.go"))
		var files []*ast.File
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s was not loaded", path)
		}
		checking[path] = true
		loaded[path] = check(path, files)
		return loaded[path], nil
	}
	for _, pkg := range fixtures {
		var lib, tests, xtests []*ast.File
		names, _ := filepath.Glob(filepath.Join(dir, "src", pkg, "*.go"))
		for _, name := range names {
			src, ok := applied[name]
			if !ok {
				var err error
				if src, err = os.ReadFile(name); err != nil {
					t.Fatal(err)
				}
			} else if laid, err := imports.Process(name, src, &imports.Options{FormatOnly: true, Comments: true, TabIndent: true, TabWidth: 8}); err != nil {
				t.Errorf("the fixed fixtures: %v", err)
			} else if gofmted, _ := format.Source(src); !bytes.Equal(laid, gofmted) {
				t.Errorf("%s: the fixes' imports are not laid out as goimports would:\n%s", name, src)
			}
			f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
			if err != nil {
				t.Errorf("the fixed fixtures: %v", err)
				continue
			}
			switch {
			case !strings.HasSuffix(name, "_test.go"):
				lib = append(lib, f)
			case strings.HasSuffix(f.Name.Name, "_test"):
				xtests = append(xtests, f)
			default:
				tests = append(tests, f)
			}
		}
		if len(lib) == 0 {
			t.Errorf("fixture %s has no files", pkg)
			continue
		}
		fixed[pkg] = check(pkg, lib)
		if len(tests) > 0 {
			fixed[pkg] = check(pkg, append(slices.Clip(lib), tests...))
		}
		if len(xtests) > 0 {
			check(pkg+"_test", xtests)
		}
	}
}

// applyFixes applies every suggested fix of every report in results to
// its file, as golangci-lint --fix does: the edits sorted, identical ones
// once, overlapping ones an error. It returns the fixed files' contents.
func applyFixes(t *testing.T, results []*analysistest.Result) map[string][]byte {
	t.Helper()
	type edit struct {
		start, end int
		new        string
	}
	edits := map[string][]edit{}
	for _, r := range results {
		fset := r.Action.Package.Fset
		for _, d := range r.Diagnostics {
			for _, sf := range d.SuggestedFixes {
				for _, e := range sf.TextEdits {
					tf := fset.File(e.Pos)
					edits[tf.Name()] = append(edits[tf.Name()], edit{tf.Offset(e.Pos), tf.Offset(e.End), string(e.NewText)})
				}
			}
		}
	}
	out := map[string][]byte{}
	for name, es := range edits {
		slices.SortFunc(es, func(a, b edit) int { return cmp.Or(a.start-b.start, a.end-b.end, strings.Compare(a.new, b.new)) })
		es = slices.Compact(es)
		for i := 1; i < len(es); i++ {
			if es[i-1].end > es[i].start {
				t.Errorf("%s: the fixes' edits overlap: %+v and %+v", name, es[i-1], es[i])
			}
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		at := 0
		for _, e := range es {
			if e.start < at {
				continue
			}
			b.Write(src[at:e.start])
			b.WriteString(e.new)
			at = e.end
		}
		b.Write(src[at:])
		out[name] = b.Bytes()
	}
	return out
}

// importerFunc is a function that implements types.Importer.
type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// TestAnalyzerDocs checks that docs/statuslint.md has a section for each
// analyzer of the suite, and one only for those, and that each analyzer's
// URL is its section.
func TestAnalyzerDocs(t *testing.T) {
	doc, err := os.ReadFile("../docs/statuslint.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(doc), "\n## Analyzers\n")
	rest, _, _ = strings.Cut(rest, "\n## ")
	var sections []string
	for line := range strings.SplitSeq(rest, "\n") {
		if name, ok := strings.CutPrefix(line, "### "); ok {
			sections = append(sections, name)
		}
	}
	c := statuslint.DefaultConfig()
	resp, err := statuslint.ResponseAnalyzer(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range append(statuslint.Suite(&c), statuslint.SendsAnalyzer, resp) {
		names = append(names, a.Name)
		if want := "https://github.com/statusgen/statusgen/blob/main/docs/statuslint.md#" + a.Name; a.URL != want {
			t.Errorf("%s: URL %q, want %q", a.Name, a.URL, want)
		}
	}
	if !slices.Equal(sections, names) {
		t.Errorf("docs/statuslint.md's analyzers are %v; the suite's are %v", sections, names)
	}
}
