// Package codes is statuslint's view of a statusgen table: the names of
// its codes in the package generated from it, their classes, and the
// roles its properties declare. Its Analyzer holds the configuration, as
// flags, and gives each pass the view as its result; the analyzers of
// statuslint require it, and drivers set its flags (statuslint.Configure).
package codes

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"maps"
	"os"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	root "github.com/statusgen/statusgen"
	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/names"
	"github.com/statusgen/statusgen/internal/spec"
	"golang.org/x/tools/go/analysis"
)

// DefaultPkg is the import path of the package generated from the built-in
// table.
const DefaultPkg = "github.com/statusgen/statusgen/status"

// Analyzer reads the table its flags name and gives each pass its view of
// it, a *Codes. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "statuscodes",
	Doc:        "read the statusgen table that statuslint's analyzers use (their configuration, as flags)",
	URL:        "https://github.com/statusgen/statusgen/blob/main/docs/statuslint.md#statuscodes",
	Flags:      flags(),
	Run:        run,
	ResultType: reflect.TypeFor[*Codes](),
}

// Flag names of Analyzer: the configuration of statuslint.
const (
	FlagTable     = "table"
	FlagPkg       = "pkg"
	FlagStyle     = "style"
	FlagType      = "type"
	FlagTyped     = "typed"
	FlagImported  = "imported"
	FlagTestDecls = "testdecls"
)

func flags() flag.FlagSet {
	var fs flag.FlagSet
	fs.String(FlagTable, "", "the table `file` whose names to suggest (default: the built-in codes.toml)")
	fs.String(FlagPkg, DefaultPkg, "the import `path` of the package generated from the table")
	fs.String(FlagStyle, "go", "the identifier style the package was generated in: go or drf")
	fs.String(FlagType, "Code", "the `name` of the code type, as statusgen's -type")
	fs.Bool(FlagTyped, false, "the package was generated with -typed: write int(status.NotFound) where net/http wants an int")
	fs.String(FlagImported, "", "the comma-separated import `paths` that the generated package imports, in which no fix may import it (drivers set it)")
	fs.String(FlagTestDecls, "", "the `names` that packages' own test files declare, as path=name+name;path=name, for the passes without them (drivers set it)")
	return fs
}

// Config is the configuration Analyzer's flags hold.
type Config struct {
	Table, Pkg, Style, Type string
	Typed                   bool
	Imported                []string
	// TestDecls are, by import path, names that the package's own
	// _test.go files declare in its package block, which a new import in
	// its other files must not take: the driver finds them, for the
	// passes that do not have those files.
	TestDecls map[string][]string
}

// configOf returns the configuration that fs, Analyzer's flags, hold.
func configOf(fs *flag.FlagSet) Config {
	get := func(name string) string { return fs.Lookup(name).Value.String() }
	c := Config{Table: get(FlagTable), Pkg: get(FlagPkg), Style: get(FlagStyle), Type: get(FlagType), Typed: get(FlagTyped) == "true"}
	if s := get(FlagImported); s != "" {
		c.Imported = strings.Split(s, ",")
	}
	c.TestDecls = parseTestDecls(get(FlagTestDecls))
	return c
}

func run(pass *analysis.Pass) (any, error) {
	return Load(configOf(&pass.Analyzer.Flags))
}

// Load reads the table c names (the built-in one when c.Table is "") and
// returns its view, or the error that says what is wrong with c.
func Load(c Config) (*Codes, error) {
	style, ok := names.ParseStyle(cmp.Or(c.Style, "go"))
	if !ok {
		return nil, fmt.Errorf("-style %q: want go or drf", c.Style)
	}
	if c.Pkg == "" {
		c.Pkg = DefaultPkg
	}
	if c.Type == "" {
		c.Type = "Code"
	}
	file, src := "codes.toml", root.Table
	if c.Table != "" {
		if c.Pkg == DefaultPkg {
			return nil, errors.New("-table needs -pkg, the import path of the package generated from it")
		}
		// The one file the configuration names: the driver resolves a
		// relative path (cmd/statuslint, under go vet, looks it up in the
		// directories above the package's).
		var err error
		file = c.Table
		if src, err = os.ReadFile(c.Table); err != nil {
			return nil, err
		}
	}
	t, err := load.Table(file, src, load.Options{Style: style})
	if err != nil {
		return nil, err
	}
	return newCodes(t, c), nil
}

// Codes is the view of a table that statuslint's analyzers share.
type Codes struct {
	pkgPath, pkgName, typeName string
	typed                      bool
	imported                   []string
	testDecls                  map[string][]string
	consts                     map[int]string    // registered, non-deprecated code → its constant
	renamed                    map[string]string // deprecated constant → the current name of its code
	// deprecatedAlias are the earlier names of codes that are deprecated
	// themselves: there is no current name to write.
	deprecatedAlias map[string]int
	classes         []class
	anyConst        string
	// The predicates of the properties the table gives a role (nil: no
	// property has it), and the codes they hold, for messages.
	interim, body, redirect, failure func(int) bool
	redirectCodes, failureCodes      string
}

type class struct {
	first, last int
	helper      string // IsSuccess
}

func newCodes(t *spec.Table, c Config) *Codes {
	n := &Codes{
		pkgPath:         c.Pkg,
		pkgName:         PackageName(c.Pkg),
		typeName:        c.Type,
		typed:           c.Typed,
		imported:        c.Imported,
		testDecls:       c.TestDecls,
		consts:          map[int]string{},
		renamed:         map[string]string{},
		deprecatedAlias: map[string]int{},
		anyConst:        t.Statuses[0].Ident,
	}
	for _, s := range t.Statuses {
		if s.Deprecated == "" {
			n.consts[s.Code] = s.Ident
		}
		for _, a := range s.Aliases {
			if s.Deprecated == "" {
				n.renamed[a.Ident] = s.Ident
			} else {
				n.deprecatedAlias[a.Ident] = s.Code
			}
		}
	}
	for _, c := range t.Classes {
		n.classes = append(n.classes, class{c.First, c.Last, names.Helper(c.Ident)})
	}
	n.interim, n.body = rolePredicate(t, spec.RoleInterim), rolePredicate(t, spec.RoleBody)
	n.redirect, n.failure = rolePredicate(t, spec.RoleRedirect), rolePredicate(t, spec.RoleError)
	n.redirectCodes, n.failureCodes = codeRanges(t, n.redirect), codeRanges(t, n.failure)
	return n
}

// Builtin returns the view of the built-in table, by which the facts about
// sends decide whether a status is interim: a fact is the same whatever
// table a run is configured with, so that every package agrees on it.
var Builtin = sync.OnceValue(func() *Codes {
	c, err := Load(Config{})
	if err != nil {
		panic(err) // the built-in table is checked by the tests
	}
	return c
})

// Path returns the import path of the generated package.
func (n *Codes) Path() string { return n.pkgPath }

// PackageName returns the name statusgen would most likely give the
// generated package, from its import path.
func (n *Codes) PackageName() string { return n.pkgName }

// TypeName returns the name of the code type.
func (n *Codes) TypeName() string { return n.typeName }

// Typed reports whether the configuration says the constants are typed.
func (n *Codes) Typed() bool { return n.typed }

// Imports reports whether the generated package imports the package
// path, directly or not, as the driver found out: no fix may import it
// there.
func (n *Codes) Imports(path string) bool { return slices.Contains(n.imported, path) }

// TestDecls returns the names that the package path's own test files
// declare, as the driver found them.
func (n *Codes) TestDecls(path string) []string { return n.testDecls[path] }

// Const returns the constant of a registered code that is not deprecated.
func (n *Codes) Const(code int) (string, bool) {
	name, ok := n.consts[code]
	return name, ok
}

// Current returns the current name of the code of a deprecated constant.
func (n *Codes) Current(deprecated string) (string, bool) {
	name, ok := n.renamed[deprecated]
	return name, ok
}

// DeprecatedCode returns the code of an earlier name of a code that is
// itself deprecated, which has no current name.
func (n *Codes) DeprecatedCode(name string) (int, bool) {
	code, ok := n.deprecatedAlias[name]
	return code, ok
}

// AnyConst returns the name of one constant of the package, by which to
// tell whether they are typed.
func (n *Codes) AnyConst() string { return n.anyConst }

// ClassHelper returns the helper (IsSuccess) of the class whose range is
// exactly first to last.
func (n *Codes) ClassHelper(first, last int) (string, bool) {
	for _, c := range n.classes {
		if c.first == first && c.last == last {
			return c.helper, true
		}
	}
	return "", false
}

// Interim reports whether the table says a status with code is interim:
// the final one follows it. A table without the role has none.
func (n *Codes) Interim(code int) bool { return n.interim != nil && n.interim(code) }

// AllowsBody reports whether the table says a status with code may carry a
// body. A table without the role allows every code one.
func (n *Codes) AllowsBody(code int) bool { return n.body == nil || n.body(code) }

// Redirect reports whether the table declares which codes redirect, and
// whether code is one of them; codes describes them ("301–303, 307, 308").
func (n *Codes) Redirect(code int) (declared, is bool, codes string) {
	if n.redirect == nil {
		return false, false, ""
	}
	return true, n.redirect(code), n.redirectCodes
}

// Error reports whether the table declares which codes are errors, and
// whether code is one of them; codes describes them ("400–599").
func (n *Codes) Error(code int) (declared, is bool, codes string) {
	if n.failure == nil {
		return false, false, ""
	}
	return true, n.failure(code), n.failureCodes
}

// rolePredicate returns the predicate of the property with the role, or
// nil when the table has none.
func rolePredicate(t *spec.Table, role string) func(int) bool {
	p := t.ByRole(role)
	if p == nil {
		return nil
	}
	return func(code int) bool { return t.Value(p, code) }
}

// codeRanges describes the codes of the table's classes for which p holds,
// as ranges: "301–303, 307, 308", "400–599".
func codeRanges(t *spec.Table, p func(int) bool) string {
	if p == nil {
		return ""
	}
	var parts []string
	flush := func(first, last int) {
		switch {
		case first < 0:
		case first == last:
			parts = append(parts, strconv.Itoa(first))
		case first+1 == last:
			parts = append(parts, strconv.Itoa(first), strconv.Itoa(last))
		default:
			parts = append(parts, fmt.Sprintf("%d–%d", first, last))
		}
	}
	first, last := -1, -1
	for _, c := range t.Classes {
		for code := c.First; code <= c.Last; code++ {
			if !p(code) {
				continue
			}
			if code != last+1 {
				flush(first, last)
				first = code
			}
			last = code
		}
	}
	flush(first, last)
	return strings.Join(parts, ", ")
}

// PackageName guesses a package's name from its import path, as go/build
// would for a directory: the last element, without a major version suffix
// or a "go-" prefix, and with characters that cannot be in a name dropped.
func PackageName(importPath string) string {
	base := path.Base(importPath)
	if len(base) >= 2 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		base = path.Base(path.Dir(importPath))
	}
	base = strings.TrimPrefix(base, "go-")
	name := strings.Map(func(r rune) rune {
		if r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return r
		}
		return -1
	}, base)
	if name == "" || '0' <= name[0] && name[0] <= '9' {
		name = "status" + name
	}
	return name
}

// Configure checks c, reading its table, and sets Analyzer's flags to it:
// for drivers, which say what is wrong with a configuration once, before
// any pass.
func Configure(c Config) error {
	if _, err := Load(c); err != nil {
		return err
	}
	fs := &Analyzer.Flags
	for name, v := range map[string]string{
		FlagTable: c.Table, FlagPkg: c.Pkg, FlagStyle: c.Style, FlagType: c.Type,
		FlagTyped: strconv.FormatBool(c.Typed), FlagImported: strings.Join(c.Imported, ","),
		FlagTestDecls: formatTestDecls(c.TestDecls),
	} {
		if v == "" {
			v = fs.Lookup(name).DefValue
		}
		if err := fs.Set(name, v); err != nil {
			return err
		}
	}
	return nil
}

// FindPackage returns the package with the given path among the packages
// from and those they import, directly or not, as they see them; nil when
// there is none. Each package is visited once, however many of from reach
// it.
func FindPackage(path string, from ...*types.Package) *types.Package {
	seen := map[*types.Package]bool{}
	var find func(p *types.Package) *types.Package
	find = func(p *types.Package) *types.Package {
		if p.Path() == path {
			return p
		}
		if seen[p] {
			return nil
		}
		seen[p] = true
		for _, q := range p.Imports() {
			if found := find(q); found != nil {
				return found
			}
		}
		return nil
	}
	for _, p := range from {
		if found := find(p); found != nil {
			return found
		}
	}
	return nil
}

// formatTestDecls writes decls as FlagTestDecls's value.
func formatTestDecls(decls map[string][]string) string {
	var parts []string
	for _, p := range slices.Sorted(maps.Keys(decls)) {
		parts = append(parts, p+"="+strings.Join(decls[p], "+"))
	}
	return strings.Join(parts, ";")
}

// parseTestDecls reads FlagTestDecls's value.
func parseTestDecls(s string) map[string][]string {
	if s == "" {
		return nil
	}
	decls := map[string][]string{}
	for part := range strings.SplitSeq(s, ";") {
		if p, names, ok := strings.Cut(part, "="); ok {
			decls[p] = strings.Split(names, "+")
		}
	}
	return decls
}

// CodeOf returns the value of a constant integer expression that fits an
// int32, as a status code would.
func CodeOf(info *types.Info, e ast.Expr) (int, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	n, exact := constant.Int64Val(tv.Value)
	return int(n), exact && n >= -1<<31 && n < 1<<31
}
