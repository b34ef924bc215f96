package statuslint

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/internal/names"
	"github.com/statusgen/statusgen/internal/spec"
)

// tableNames is what the analyzer needs of a table: the name of each code
// it may write, the current name of each deprecated one, the classes.
type tableNames struct {
	pkgPath string
	pkgName string            // the package's name, as statusgen -package would give it
	consts  map[int]string    // registered, non-deprecated code → its constant
	renamed map[string]string // deprecated constant → the current name of its code
	// deprecatedAlias are the earlier names of codes that are deprecated
	// themselves: there is no current name to write.
	deprecatedAlias map[string]int
	classes         []class
	// anyConst is one constant of the package, to tell whether they are
	// typed (statusgen -typed).
	anyConst string
	// The predicates of the properties the table gives a role (nil: no
	// property has it), and the codes they hold, for messages.
	interimP, bodyP             func(int) bool
	redirect, failure           func(int) bool
	redirectCodes, failureCodes string
}

// interim reports whether the table says a status with code is interim:
// the final one follows it. A table without the role has none.
func (n *tableNames) interim(code int) bool { return n.interimP != nil && n.interimP(code) }

// allowsBody reports whether the table says a status with code may carry a
// body. A table without the role allows every code one.
func (n *tableNames) allowsBody(code int) bool { return n.bodyP == nil || n.bodyP(code) }

type class struct {
	first, last int
	helper      string // IsSuccess
}

func newTableNames(t *spec.Table, pkgPath string) *tableNames {
	n := &tableNames{
		pkgPath:         pkgPath,
		pkgName:         packageName(pkgPath),
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
	n.interimP, n.bodyP = rolePredicate(t, spec.RoleInterim), rolePredicate(t, spec.RoleBody)
	n.redirect, n.failure = rolePredicate(t, spec.RoleRedirect), rolePredicate(t, spec.RoleError)
	n.redirectCodes, n.failureCodes = codeRanges(t, n.redirect), codeRanges(t, n.failure)
	return n
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

// packageName guesses a package's name from its import path, as go/build
// would for a directory: the last element, without a major version suffix
// or a "go-" prefix, and with characters that cannot be in a name dropped.
func packageName(importPath string) string {
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

// classSpanning returns the class whose range is exactly first to last
// (spec's classOf is another idea: the class that holds a code).
func (n *tableNames) classSpanning(first, last int) (class, bool) {
	for _, c := range n.classes {
		if c.first == first && c.last == last {
			return c, true
		}
	}
	return class{}, false
}
