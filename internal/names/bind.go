package names

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/statusgen/statusgen/internal/spec"
)

// Bind gives the table's classes, statuses and aliases their identifiers,
// derived in style (a status's ident key stands), and claims in one [Set]
// every name the generated package declares for them beside its fixed
// names, for a code type named typ: a class's helper and constant, a
// property's method, each constant. It reports, at the table's lines, an
// identifier that is not exported Go and a name that two owners would
// share. The aliases for which repeated is true, those that Parse's rules
// refused as repeats of another phrase, are given identifiers but not
// claimed: the repeat is their one fault. Bind returns the names it
// claimed, with the faults.
func Bind(t *spec.Table, style Style, typ string, repeated func(s *spec.Status, phrase string) bool) (*Set, spec.List) {
	b := &binder{t: t, style: style, set: New(cmp.Or(typ, "Code"))}
	b.classes()
	b.properties()
	b.statuses(repeated)
	return b.set, b.errs
}

type binder struct {
	t     *spec.Table
	style Style
	set   *Set
	errs  spec.List
}

func (b *binder) errorf(line int, format string, args ...any) {
	b.errs = append(b.errs, &spec.Error{File: b.t.File, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// ownerText describes who owns a name, with the line when the table does.
func ownerText(o Owner) string {
	if o.Line == 0 {
		return o.What
	}
	return fmt.Sprintf("%s (line %d)", o.What, o.Line)
}

// classes names each class and claims its helper, as a function and a
// method, and its constant.
func (b *binder) classes() {
	seen := map[string]*spec.Class{}
	for _, c := range b.t.Classes {
		c.Ident = CamelCase(c.Name)
		if !IsExported(Helper(c.Ident)) || !IsExported(c.Ident) {
			b.errorf(c.NameLine, "%s gives no Go identifier: its helper would be named %q; start the name with a letter", c.Label(), Helper(c.Ident))
			continue
		}
		if p, ok := seen[c.Ident]; ok {
			b.errorf(max(c.Line, p.Line), "[[class]] %q gives the same identifier %s as %q (line %d)", c.Name, c.Ident, p.Name, min(c.Line, p.Line))
			continue
		}
		seen[c.Ident] = c
		for _, n := range []struct {
			scope Scope
			name  string
			what  string
		}{
			{Package, Helper(c.Ident), "its helper function"},
			{Method, Helper(c.Ident), "its helper method"},
			{Package, Const(c.Ident), "its constant"},
		} {
			o := Owner{Line: c.Line, What: fmt.Sprintf("the %s of class %q", strings.TrimPrefix(n.what, "its "), c.Name)}
			if prev, ok := b.set.Claim(n.scope, n.name, o); !ok {
				b.errorf(c.Line, "[[class]] %q: %s %s would be %s; rename the class", c.Name, n.what, n.name, ownerText(prev))
			}
		}
	}
}

// properties claims each property's method among the code type's
// methods, after the fixed methods and the class helpers, in the order of
// the table: a collision is reported at the later property.
func (b *binder) properties() {
	props := slices.Clone(b.t.Properties)
	slices.SortStableFunc(props, func(p, q *spec.Property) int { return cmp.Compare(p.Line, q.Line) })
	for _, p := range props {
		if !IsExported(p.Method) {
			b.errorf(p.MethodLine, "method %q in %s is not an exported Go identifier: use letters and digits, starting with an upper-case letter, such as IsRetryable", p.Method, p.Label())
			continue
		}
		o := Owner{Line: p.Line, What: fmt.Sprintf("the method of property %q", p.Name)}
		if prev, ok := b.set.Claim(Method, p.Method, o); !ok {
			b.errorf(p.Line, "[[property]] %q: its method %s is taken: %s; choose another method name", p.Name, p.Method, ownerText(prev))
		}
	}
}

// statuses names each status's constant and its aliases' and claims them.
func (b *binder) statuses(repeated func(s *spec.Status, phrase string) bool) {
	for _, s := range b.t.Statuses {
		what := fmt.Sprintf("name %q", s.Name)
		switch {
		case b.style == StyleDRF:
			s.Ident = DRFName(s.Code, s.Name)
		case s.Ident == "":
			s.Ident = CamelCase(s.Name)
		default:
			what = fmt.Sprintf("ident %q", s.Ident)
		}
		b.claim(s, s.Ident, what)
		for i := range s.Aliases {
			a := &s.Aliases[i]
			if b.style == StyleDRF {
				a.Ident = DRFName(s.Code, a.Name)
			} else {
				a.Ident = CamelCase(a.Name)
			}
			if repeated == nil || !repeated(s, a.Name) {
				b.claim(s, a.Ident, fmt.Sprintf("alias %q", a.Name))
			}
		}
	}
}

// claim claims ident, the identifier that what of s gives, for a constant.
func (b *binder) claim(s *spec.Status, ident, what string) {
	if !IsExported(ident) {
		hint := "set ident to an exported Go identifier"
		if b.style == StyleDRF {
			hint = "reword it so that it starts with a letter or digit"
		}
		if strings.HasPrefix(what, "ident ") {
			b.errorf(s.Line, "%s of %d is not an exported Go identifier: use letters, digits and underscores, starting with an upper-case letter", what, s.Code)
		} else {
			b.errorf(s.Line, "%s of %d gives %q, which is not an exported Go identifier: %s", what, s.Code, ident, hint)
		}
		return
	}
	o := Owner{Line: s.Line, What: fmt.Sprintf("%s of %d", what, s.Code)}
	if prev, ok := b.set.Claim(Package, ident, o); !ok {
		if prev.Line == 0 {
			b.errorf(s.Line, "%s of %d gives %s, which is %s: set ident to another name", what, s.Code, ident, prev.What)
		} else {
			b.errorf(s.Line, "%s of %d gives %s, the same identifier as %s", what, s.Code, ident, ownerText(prev))
		}
	}
}
