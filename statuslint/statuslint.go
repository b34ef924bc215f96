// Package statuslint defines the analyzers of statuslint. Analyzer, named
// statuslint, moves existing code onto the names and helpers of a package
// that statusgen generates: a bare status code becomes its constant, a
// hand-written range check its class helper, a deprecated constant its
// current name, and, with -nethttp, net/http's constants the table's. Every
// report carries a suggested fix that changes nothing a program does.
//
// The response checks find the bugs the table defines, along the paths of
// each function's control-flow graph: TwiceAnalyzer (statustwice), a status
// set after it was sent; HeaderAnalyzer (statusheader), a header changed
// after it; and, from Suite, statusbody, a body after a status the table
// says allows none, and statusclass, a constant code of the wrong class.
// SendsAnalyzer (statussends) finds the helpers that always send, as facts
// across packages. The response checks skip _test.go files, and a
// //nolint:NAME comment on a line silences them there.
//
// It reports, by types and never by spelling alone:
//
//   - a three-digit literal of a registered code that is not deprecated,
//     used as a status: the argument of WriteHeader (on any
//     http.ResponseWriter), http.Error, http.Redirect, http.RedirectHandler
//     or http.StatusText; the StatusCode field of an http.Response or the
//     Code field of an httptest.ResponseRecorder in a composite literal;
//     compared by == or != with, or a case of a switch on, a status value;
//     or compared with one by testify's assert and require (Equal,
//     NotEqual, EqualValues, Exactly and their f forms, either way round).
//     A status value is (*http.Response).StatusCode,
//     (*httptest.ResponseRecorder).Code, a value of the generated code type,
//     or a local variable declared with one and never assigned again
//     (code := resp.StatusCode). An ordering, resp.StatusCode >= 400, is a
//     bound rather than a code, and is left alone;
//   - a range check of a status value that is exactly a class of the
//     table: x >= 200 && x < 300, 200 <= x && x <= 299, x/100 == 2, and
//     their negations, which become status.IsSuccess(x) or
//     !status.IsSuccess(x);
//   - a deprecated constant of the generated package, which becomes the
//     current name of its code (an earlier name of a code that is itself
//     deprecated is reported with no fix: there is no current name);
//   - with -nethttp, a status constant of net/http, such as
//     http.StatusNotFound, which becomes the table's name for its code.
//
// A fix compiles in every file of the package, its test files included, and
// keeps the program's meaning: the name it writes reaches the intended
// constant at its site; the import it adds goes where goimports would put
// it, named explicitly unless the package's name is known; with -typed
// constants it converts to the type the site wants (int(status.NotFound)
// for WriteHeader, int64(status.OK) for an int64). Where no text is certain
// to do all that, the report comes without a fix; where the generated
// package imports the analyzed one, so that no fix could import it back,
// nothing is reported.
//
// The names are those statusgen generates from the table: by default the
// built-in codes.toml and github.com/statusgen/statusgen/status; -table and
// -pkg name another table and the package generated from it, and -style drf
// a package generated in Django REST framework's style.
package statuslint

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	root "github.com/statusgen/statusgen"
	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/names"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// DefaultPkg is the import path of the package generated from the built-in
// table.
const DefaultPkg = "github.com/statusgen/statusgen/status"

// Config chooses the table and the generated package whose names the
// analyzer suggests.
type Config struct {
	// Table is the path of the table; "" means the built-in codes.toml.
	Table string
	// Pkg is the import path of the package generated from the table.
	Pkg string
	// Style is the identifier style it was generated in: "go" or "drf".
	Style string
	// NetHTTP also moves net/http's status constants onto the table's.
	NetHTTP bool
	// Type is the name of the code type, as statusgen's -type; "" is Code.
	Type string
	// Typed says the constants have the code type (statusgen -typed), so
	// that where net/http wants an int a fix writes int(status.NotFound).
	// It is found out anyway when the analyzed package reaches the
	// generated one.
	Typed bool
	// Imported are the import paths that the generated package imports,
	// directly or not (PackageImports gives them): in those packages no
	// fix imports it, which would make a cycle, and nothing that needs
	// the import is reported. Drivers fill it in; the analyzers read no
	// other package's files.
	Imported []string
}

// Analyzer reports code that the table's names and helpers would say
// better, configured by its flags.
var Analyzer = newAnalyzer(&Config{Pkg: DefaultPkg, Style: "go", Type: "Code"}, true)

// defaultLinter is the state of the exported response analyzers: the
// built-in table and its package.
var defaultLinter = &linter{config: &Config{Pkg: DefaultPkg, Style: "go", Type: "Code"}}

// New returns an analyzer configured by c, with no flags: for drivers such
// as golangci-lint that configure analyzers by settings.
func New(c Config) (*analysis.Analyzer, error) {
	c = withDefaults(c)
	if _, ok := names.ParseStyle(c.Style); !ok {
		return nil, fmt.Errorf("statuslint: style %q: want go or drf", c.Style)
	}
	if c.Table != "" && c.Pkg == DefaultPkg {
		return nil, errors.New("statuslint: a table other than the built-in one needs the import path of the package generated from it")
	}
	return newAnalyzer(&c, false), nil
}

func newAnalyzer(c *Config, flags bool) *analysis.Analyzer {
	a := newNamesAnalyzer(&linter{config: c})
	if flags {
		c.RegisterFlags(&a.Flags)
	}
	return a
}

func newNamesAnalyzer(l *linter) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "statuslint",
		Doc:      "suggest the names and helpers of a statusgen table for bare status codes, range checks, deprecated names and net/http's constants",
		URL:      docURL("statuslint"),
		Requires: []*analysis.Analyzer{inspect.Analyzer, SendsAnalyzer},
		Run:      l.run,
	}
}

// docURL returns the address of analyzer name's section of
// docs/statuslint.md, its Analyzer.URL.
func docURL(name string) string {
	return "https://github.com/statusgen/statusgen/blob/main/docs/statuslint.md#" + name
}

// RegisterFlags defines c's fields as flags of fs: -table, -pkg, -style,
// -nethttp, -type and -typed.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Table, "table", c.Table, "the table `file` whose names to suggest (default: the built-in codes.toml)")
	fs.StringVar(&c.Pkg, "pkg", c.Pkg, "the import `path` of the package generated from the table")
	fs.StringVar(&c.Style, "style", c.Style, "the identifier style the package was generated in: go or drf")
	fs.BoolVar(&c.NetHTTP, "nethttp", c.NetHTTP, "also move net/http's status constants (http.StatusNotFound) onto the table's")
	fs.StringVar(&c.Type, "type", c.Type, "the `name` of the code type, as statusgen's -type")
	fs.BoolVar(&c.Typed, "typed", c.Typed, "the package was generated with -typed: write int(status.NotFound) where net/http wants an int")
}

// DefaultConfig returns the configuration of the built-in table and its
// package, github.com/statusgen/statusgen/status.
func DefaultConfig() Config { return Config{Pkg: DefaultPkg, Style: "go", Type: "Code"} }

// Suite returns every analyzer of statuslint, sharing the configuration c,
// which flags may fill in until the analyzers run (as cmd/statuslint's
// do): statuslint (names, ranges, deprecated names, net/http's constants),
// statustwice, statusheader, statusbody and statusclass (the response
// checks). SendsAnalyzer, which they require, runs with them.
func Suite(c *Config) []*analysis.Analyzer {
	l := &linter{config: c}
	return []*analysis.Analyzer{newNamesAnalyzer(l), newTwiceAnalyzer(l), newHeaderAnalyzer(l), newBodyAnalyzer(l), newClassAnalyzer(l)}
}

// NewSuite is Suite for a configuration that is complete, checked as New
// checks it: for drivers such as golangci-lint.
func NewSuite(c Config) ([]*analysis.Analyzer, error) {
	if _, err := New(c); err != nil {
		return nil, err
	}
	c = withDefaults(c)
	return Suite(&c), nil
}

// withDefaults fills in the fields of c left empty.
func withDefaults(c Config) Config {
	d := DefaultConfig()
	c.Pkg, c.Style, c.Type = cmp.Or(c.Pkg, d.Pkg), cmp.Or(c.Style, d.Style), cmp.Or(c.Type, d.Type)
	return c
}

// linter is an analyzer's state: its configuration and, loaded once, the
// table's names.
type linter struct {
	config *Config
	once   sync.Once
	names  *tableNames
	err    error
	// told says an analyzer has returned err: the others return nothing,
	// so that a run says it once.
	told atomic.Bool
}

// load returns the table's names, read once per process; its error is
// returned to the first analyzer that asks, and errSaid to the others.
func (l *linter) load() (*tableNames, error) {
	names, err := l.loadOnce()
	if err != nil && l.told.Swap(true) {
		return nil, errSaid
	}
	return names, err
}

// errSaid is the error of a configuration that another analyzer has
// returned already.
var errSaid = errors.New("the configuration is wrong (said above)")

// loadOnce reads the table once per process.
func (l *linter) loadOnce() (*tableNames, error) {
	l.once.Do(func() {
		c := l.config
		style, ok := names.ParseStyle(c.Style)
		if !ok {
			l.err = fmt.Errorf("-style %q: want go or drf", c.Style)
			return
		}
		file, src := "codes.toml", root.Table
		if c.Table != "" {
			if c.Pkg == DefaultPkg {
				l.err = errors.New("-table needs -pkg, the import path of the package generated from it")
				return
			}
			var err error
			if file, src, err = readTable(c.Table); err != nil {
				l.err = err
				return
			}
		}
		t, err := load.Table(file, src, load.Options{Style: style})
		if err != nil {
			l.err = err
			return
		}
		l.names = newTableNames(t, c.Pkg)
	})
	return l.names, l.err
}

// readTable reads the table at path, the one file the configuration
// names: the driver resolves a relative path (cmd/statuslint, under go
// vet, looks it up in the directories above the package's).
func readTable(path string) (string, []byte, error) {
	src, err := os.ReadFile(path)
	return path, src, err
}
