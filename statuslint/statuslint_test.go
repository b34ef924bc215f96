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
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"

	root "github.com/statusgen/statusgen"
	"github.com/statusgen/statusgen/internal/gen"
	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/names"
	"github.com/statusgen/statusgen/statuslint"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
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
func gopath(dir string) error {
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
		return err
	}
	vendor, err := os.ReadFile(vendorTable)
	if err != nil {
		return err
	}
	alias, err := os.ReadFile(aliasTable)
	if err != nil {
		return err
	}
	extra := map[string]string{
		"src/oneline/one.go": oneLine,
		// The generated package's directory imports cyclelib.
		"src/example.com/cyclestatus/doc.go": "// Package cyclestatus imports cyclelib.\npackage cyclestatus\n\nimport _ \"cyclelib\"\n",
	}
	for name, text := range extra {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return err
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
			return err
		}
		src, err := gen.Go(tab, gen.Options{Package: p.pkg, Type: p.typ, Source: "codes.toml", Typed: p.typed})
		if err != nil {
			return err
		}
		out := filepath.Join(dir, "src", filepath.FromSlash(p.path), "status_gen.go")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// configs are the configurations of statuslint's fixtures, each with the
// fixture packages it runs on: the flags of the analyzers, as
// statuslint.Configure sets them (a driver's configuration).
var configs = []struct {
	name string
	cfg  statuslint.Config
	args []string // the same configuration as statuslint's flags
	pkgs []string
}{
	{"default", statuslint.Config{}, nil, []string{"a", "shadow", "dotimport", "testvar", "oneline", "locals"}},
	{"nethttp", statuslint.Config{NetHTTP: true}, []string{"-nethttp"}, []string{"nethttp", "onlyhttp"}},
	{"vendortable", statuslint.Config{Table: vendorTable, Pkg: "example.com/httpstatus"}, []string{"-table", vendorTable, "-pkg", "example.com/httpstatus"}, []string{"vendortable"}},
	{"drf", statuslint.Config{Pkg: "example.com/drfstatus", Style: "drf"}, []string{"-pkg", "example.com/drfstatus", "-style", "drf"}, []string{"drf"}},
	{"typed", statuslint.Config{Pkg: "example.com/typedstatus", Typed: true}, []string{"-pkg", "example.com/typedstatus", "-typed"}, []string{"typedpkg", "typedtest"}},
	{"customtype", statuslint.Config{Pkg: "example.com/customstatus", Type: "HTTPStatus"}, []string{"-pkg", "example.com/customstatus", "-type", "HTTPStatus"}, []string{"customtype"}},
	{"othername", statuslint.Config{Pkg: "example.com/gen/codes"}, []string{"-pkg", "example.com/gen/codes"}, []string{"othername"}},
	{"typednethttp", statuslint.Config{Pkg: "example.com/typedstatus", NetHTTP: true}, []string{"-pkg", "example.com/typedstatus", "-nethttp"}, []string{"typednethttp"}},
	{"cyclelib", statuslint.Config{Pkg: "example.com/cyclestatus", Imported: []string{"cyclelib"}}, []string{"-pkg", "example.com/cyclestatus"}, []string{"cyclelib"}},
	{"deprecatedalias", statuslint.Config{Table: aliasTable, Pkg: "example.com/aliasstatus"}, []string{"-table", aliasTable, "-pkg", "example.com/aliasstatus"}, []string{"deprecatedalias"}},
}

// testdata returns the GOPATH of the fixtures, laid out once for every
// test of the package, and rewrites the goldens first with -update.
func testdata(t *testing.T) string {
	t.Helper()
	layout.Do(func() {
		dir, err := os.MkdirTemp("", "statuslint")
		if err != nil {
			layout.err = err
			return
		}
		layout.dir = dir
		if layout.err = gopath(dir); layout.err == nil && *update {
			layout.err = rewriteGoldens(dir)
		}
	})
	if layout.err != nil {
		t.Fatal(layout.err)
	}
	return layout.dir
}

var layout struct {
	sync.Once
	dir string
	err error
}

func TestMain(m *testing.M) {
	flag.Parse()
	// Each load holds every package it type-checks, net/http's two
	// hundred among them, until its analysis ends: the heap only grows,
	// and a collection at each doubling of it is wasted work. At 400 the
	// tests spend about 15% less CPU.
	debug.SetGCPercent(400)
	if err := statuslint.Configure(statuslint.Config{TestDecls: testDecls}); err != nil {
		panic(err)
	}
	code := m.Run()
	if layout.dir != "" {
		os.RemoveAll(layout.dir)
	}
	os.Exit(code)
}

// testDecls are the names the fixtures' tests declare, as a driver gives
// them (statuslint.TestDecls), for their analysis without those tests.
var testDecls = map[string][]string{"testvar": {"status"}}

// configure sets the analyzers' configuration for a test, and the default
// one back after it.
func configure(t *testing.T, c statuslint.Config) {
	t.Helper()
	if c.Table != "" {
		c.Table, _ = filepath.Abs(c.Table)
	}
	c.TestDecls = testDecls
	if err := statuslint.Configure(c); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { statuslint.Configure(statuslint.Config{TestDecls: testDecls}) })
}

// TestAnalyzer checks statuslint's renames on the fixtures of the default
// configuration: their diagnostics (// want comments), the cases that
// must not be reported, and the files the fixes give (.golden files),
// which must compile with the rest of their package and its tests.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	dir := testdata(t)
	pkgs := configs[0].pkgs
	fixesCompile(t, dir, analysistest.RunWithSuggestedFixes(t, dir, statuslint.Analyzer, pkgs...), pkgs)
}

// TestConfigurations is TestAnalyzer in every other configuration, one
// after the other (the configuration is the analyzers' flags), and not in
// -short mode: each is a load that type-checks net/http from source.
func TestConfigurations(t *testing.T) {
	if testing.Short() {
		t.Skip("a load of net/http from source for each configuration: not in -short mode")
	}
	dir := testdata(t)
	for _, c := range configs[1:] {
		t.Run(c.name, func(t *testing.T) {
			configure(t, c.cfg)
			fixesCompile(t, dir, analysistest.RunWithSuggestedFixes(t, dir, statuslint.Analyzer, c.pkgs...), c.pkgs)
		})
	}
}

// skipShort skips a test of a response check in -short mode, but
// statustwice's: each analysistest line is a load that type-checks
// net/http from source (about 1.7 s on two cores), and -short keeps the
// edit loop under ten seconds with two of them, in parallel: the renames'
// default configuration, and statustwice, which runs the flow search the
// checks share.
func skipShort(t *testing.T) {
	if testing.Short() {
		t.Skip("a load of net/http from source: not in -short mode")
	}
}

func TestTwice(t *testing.T) {
	t.Parallel()
	dir := testdata(t)
	fixesCompile(t, dir, analysistest.RunWithSuggestedFixes(t, dir, statuslint.TwiceAnalyzer, "twice"), []string{"twice"})
}

func TestHeader(t *testing.T) {
	t.Parallel()
	skipShort(t)
	analysistest.Run(t, testdata(t), statuslint.HeaderAnalyzer, "header")
}

func TestBody(t *testing.T) {
	t.Parallel()
	skipShort(t)
	analysistest.Run(t, testdata(t), statuslint.BodyAnalyzer, "body")
}

func TestClass(t *testing.T) {
	t.Parallel()
	skipShort(t)
	analysistest.Run(t, testdata(t), statuslint.ClassAnalyzer, "class")
}

func TestResponse(t *testing.T) {
	t.Parallel()
	skipShort(t)
	dir := testdata(t)
	fixesCompile(t, dir, analysistest.RunWithSuggestedFixes(t, dir, statuslint.ResponseAnalyzer, "line"), []string{"line"})
}

// update rewrites the .golden files of the fixtures instead of comparing
// with them: go test ./statuslint -update (make golden).
var update = flag.Bool("update", false, "rewrite the .golden files of the fixtures with statuslint -fix")

// rewriteGoldens rewrites the .golden files from what statuslint -fix
// makes of each fixture, in a copy of the GOPATH, then lays the copy out
// again.
func rewriteGoldens(dir string) error {
	bin := filepath.Join(dir, "statuslint.bin")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/statuslint").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	defer os.Remove(bin)
	// fix runs statuslint -fix on pkg in the copy and writes a golden file
	// for each file it changed (and removes those of files it left alone).
	fix := func(pkg string, args ...string) error {
		cmd := exec.Command(bin, append(append([]string{"-fix"}, args...), pkg)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=")
		cmd.CombinedOutput() // exit 3: it found something
		files, _ := filepath.Glob(filepath.Join(dir, "src", pkg, "*.go"))
		for _, f := range files {
			fixed, _ := os.ReadFile(f)
			orig, _ := os.ReadFile(filepath.Join("testdata", "src", pkg, filepath.Base(f)))
			goldenFile := filepath.Join("testdata", "src", pkg, filepath.Base(f)+".golden")
			if string(fixed) == string(orig) {
				os.Remove(goldenFile)
			} else if err := os.WriteFile(goldenFile, fixed, 0o644); err != nil {
				return err
			}
		}
		return nil
	}
	for _, c := range configs {
		args := slices.Clone(c.args)
		for i, a := range args {
			if a == vendorTable || a == aliasTable {
				args[i], _ = filepath.Abs(a)
			}
		}
		for _, pkg := range c.pkgs {
			if err := fix(pkg, args...); err != nil {
				return err
			}
		}
	}
	for _, pkg := range []string{"twice", "line"} {
		if err := fix(pkg, "-statuslint=false"); err != nil {
			return err
		}
	}
	// The fixture copy was fixed in place: lay it out again.
	if err := os.RemoveAll(filepath.Join(dir, "src")); err != nil {
		return err
	}
	return gopath(dir)
}

// TestConfigureRejects checks the configurations Configure refuses, and
// that it leaves the analyzers' flags as they were.
func TestConfigureRejects(t *testing.T) {
	for _, c := range []statuslint.Config{{Style: "rails"}, {Table: "codes.toml"}, {Table: "testdata/none.toml", Pkg: "example.com/x"}} {
		if err := statuslint.Configure(c); err == nil {
			t.Errorf("Configure(%+v) accepted", c)
		}
	}
	if got := statuslint.Analyzer.Requires[1].Flags.Lookup("style").Value.String(); got != "go" {
		t.Errorf("after the refusals, -style is %q", got)
	}
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
	// The suite, statusresponse, and what they require of ours, in that
	// order.
	var names []string
	visit := func(a *analysis.Analyzer) {
		if !strings.HasPrefix(a.URL, "https://github.com/statusgen/") || slices.Contains(names, a.Name) {
			return
		}
		names = append(names, a.Name)
		if want := "https://github.com/statusgen/statusgen/blob/main/docs/statuslint.md#" + a.Name; a.URL != want {
			t.Errorf("%s: URL %q, want %q", a.Name, a.URL, want)
		}
		if a.Doc == "" || strings.HasPrefix(a.Doc, a.Name) || strings.Contains(a.Doc, "Analyzer, ") {
			t.Errorf("%s: Doc %q", a.Name, a.Doc)
		}
	}
	for _, a := range append(slices.Clone(statuslint.Suite), statuslint.ResponseAnalyzer) {
		visit(a)
	}
	var requires func(a *analysis.Analyzer)
	requires = func(a *analysis.Analyzer) {
		for _, r := range a.Requires {
			visit(r)
			requires(r)
		}
	}
	for _, a := range append(slices.Clone(statuslint.Suite), statuslint.ResponseAnalyzer) {
		requires(a)
	}
	if !slices.Equal(sections, names) {
		t.Errorf("docs/statuslint.md's analyzers are %v; the suite's are %v", sections, names)
	}
}

// overlaid is a file that exists only in a driver's overlay, as an
// editor's unsaved buffer does under gopls; overlaidFlags is flags.go of
// the twice fixture as edited in the editor, one line longer.
const (
	overlaid = `package twice

import "net/http"

func overlaid(w http.ResponseWriter) {
	http.Error(w, "no", http.StatusForbidden)
	w.WriteHeader(http.StatusOK)
}
`
	overlaidFlags = `package twice

import "net/http"

func edited(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, "no", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK)
}

func renamed(w http.ResponseWriter) {
	w.WriteHeader(404)
}
`
)

// TestOverlay runs the suite as gopls does, over a package whose files
// are an editor's overlay, one new and one edited: the response checks
// see them only through what the driver hands them, and report on the
// overlay's text. The renames cut their fixes from pass.ReadFile, which
// go/analysis/checker reads from disk (gopls reads the overlay): they
// must then say nothing rather than cut the file on disk at the
// overlay's offsets.
func TestOverlay(t *testing.T) {
	skipShort(t)
	dir := testdata(t)
	src := filepath.Join(dir, "src", "twice")
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  src,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
		Overlay: map[string][]byte{
			filepath.Join(src, "overlaid.go"): []byte(overlaid),
			filepath.Join(src, "flags.go"):    []byte(overlaidFlags),
		},
	}
	pkgs, err := packages.Load(cfg, "twice")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	graph, err := checker.Analyze(statuslint.Suite, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			if base := filepath.Base(p.Filename); base == "overlaid.go" || base == "flags.go" {
				got = append(got, fmt.Sprintf("%s:%d: %s", base, p.Line, act.Analyzer.Name))
				if len(d.SuggestedFixes) > 0 {
					t.Errorf("%s: a fix cut from text the driver did not parse", p)
				}
			}
		}
	}
	slices.Sort(got)
	if want := []string{"flags.go:9: statustwice", "overlaid.go:7: statustwice"}; !slices.Equal(got, want) {
		t.Errorf("reports on the overlay: %q, want %q", got, want)
	}
}
