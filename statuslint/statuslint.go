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
// after it; BodyAnalyzer (statusbody), a body after a status the table says
// allows none; and ClassAnalyzer (statusclass), a constant code of the
// wrong class. SendsAnalyzer (statussends) finds the helpers that always
// send, as facts across packages. The response checks skip _test.go files,
// and a //nolint:NAME comment on a line silences them there.
// ResponseAnalyzer (statusresponse) is the four as one analyzer, for
// golangci-lint. Suite lists them all.
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
// a package generated in Django REST framework's style. These flags belong
// to one analyzer that every other requires, statuscodes, which gives each
// pass its view of the table: a driver sets them with Configure, or
// defines them on its command line with RegisterFlags. The analyzers read
// nothing from the file system but the table file those flags name.
package statuslint

import (
	"flag"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/statuslint/internal/codes"
	"github.com/statusgen/statusgen/statuslint/internal/response"
	"golang.org/x/tools/go/analysis"
)

// DefaultPkg is the import path of the package generated from the built-in
// table.
const DefaultPkg = codes.DefaultPkg

// Suite is every analyzer of statuslint that reports: statuslint (names,
// ranges, deprecated names, net/http's constants), and the response checks
// statustwice, statusheader, statusbody and statusclass. The analyzers they
// require run with them.
var Suite = []*analysis.Analyzer{Analyzer, TwiceAnalyzer, HeaderAnalyzer, BodyAnalyzer, ClassAnalyzer}

// SendsAnalyzer, statussends, finds the functions that send the status on
// a writer parameter on every path, and exports them as facts, so that a
// call of one counts as a send in every package that calls it. It reports
// nothing.
var SendsAnalyzer = response.Sends

// Config chooses the table and the generated package whose names the
// analyzers use: the values of their flags, for drivers that configure
// them in code (Configure).
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
	// TestDecls are, by import path, the names that a package's own test
	// files declare which a fix's new import could take (TestDecls gives
	// them), for drivers that analyze a package without its tests too.
	TestDecls map[string][]string
}

// Configure checks c, reading its table, and sets the analyzers' flags to
// it: the configuration of every analyzer of the process, as flags are.
// Empty fields take their defaults.
func Configure(c Config) error {
	err := codes.Configure(codes.Config{Table: c.Table, Pkg: c.Pkg, Style: c.Style, Type: c.Type, Typed: c.Typed, Imported: c.Imported, TestDecls: c.TestDecls})
	if err != nil {
		return err
	}
	return Analyzer.Flags.Set("nethttp", strconv.FormatBool(c.NetHTTP))
}

// RegisterFlags defines statuslint's configuration on fs, as the flags
// -table, -pkg, -style, -nethttp, -type and -typed: the same values as the
// analyzers' own flags, for a command line that names them once.
func RegisterFlags(fs *flag.FlagSet) {
	for _, name := range []string{codes.FlagTable, codes.FlagPkg, codes.FlagStyle, codes.FlagType, codes.FlagTyped} {
		f := codes.Analyzer.Flags.Lookup(name)
		fs.Var(f.Value, name, f.Usage)
	}
	f := Analyzer.Flags.Lookup("nethttp")
	fs.Var(f.Value, f.Name, f.Usage)
}

// docURL returns the address of analyzer name's section of
// docs/statuslint.md, its Analyzer.URL.
func docURL(name string) string {
	return "https://github.com/statusgen/statusgen/blob/main/docs/statuslint.md#" + name
}

// docOf returns the doc comment of the variable name in src, the source of
// an analyzer's file, as the analyzer's Doc: its text, with the first
// paragraph, its summary, on one line and without the names that lead it
// ("TwiceAnalyzer, statustwice, reports ..." gives "reports ...").
func docOf(src, name string) string {
	decl := strings.Index(src, "\nvar "+name+" = ")
	if decl < 0 {
		panic("statuslint: no declaration of " + name)
	}
	lines := strings.Split(src[:decl], "\n")
	first := len(lines)
	for first > 0 && strings.HasPrefix(lines[first-1], "//") {
		first--
	}
	var text []string
	for _, l := range lines[first:] {
		text = append(text, strings.TrimPrefix(strings.TrimPrefix(l, "//"), " "))
	}
	summary, rest, _ := strings.Cut(strings.Join(text, "\n"), "\n\n")
	summary = strings.ReplaceAll(summary, "\n", " ")
	if rest, ok := strings.CutPrefix(summary, name+", "); ok {
		_, summary, _ = strings.Cut(rest, ", ")
	}
	if rest == "" {
		return summary
	}
	return summary + "\n\n" + rest
}

// runCheck reports the findings of the pass's analyzer, a response check.
func runCheck(pass *analysis.Pass) (any, error) {
	for _, d := range pass.ResultOf[response.Analyzer].(*response.Result).Diagnostics(pass.Analyzer.Name) {
		pass.Report(d)
	}
	return nil, nil
}
