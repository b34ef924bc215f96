package statuslint

import (
	"path"
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
	// noBody are the codes the table's allows_body property says allow no
	// body; redirect is the class that holds 302, if any.
	noBody   map[int]bool
	redirect *class
}

// bodyless reports whether the table says code allows no body.
func (n *tableNames) bodyless(code int) bool { return n.noBody[code] }

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
	if c, ok := n.classFor(302); ok {
		n.redirect = &c
	}
	n.noBody = map[int]bool{}
	for _, p := range t.Properties {
		if p.Name != "allows_body" {
			continue
		}
		for _, c := range t.Classes {
			for code := c.First; code <= c.Last; code++ {
				// 1xx aside: an informational status is followed by the
				// final one, which decides.
				if !t.Value(p, code) && !(100 <= code && code <= 199) {
					n.noBody[code] = true
				}
			}
		}
	}
	return n
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

// classFor returns the class that holds code.
func (n *tableNames) classFor(code int) (class, bool) {
	for _, c := range n.classes {
		if c.first <= code && code <= c.last {
			return c, true
		}
	}
	return class{}, false
}

// classOf returns the class whose range is exactly first to last.
func (n *tableNames) classOf(first, last int) (class, bool) {
	for _, c := range n.classes {
		if c.first == first && c.last == last {
			return c, true
		}
	}
	return class{}, false
}
