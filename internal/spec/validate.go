package spec

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/statusgen/statusgen/internal/gen/parserule"
	"github.com/statusgen/statusgen/internal/names"
)

// classes sorts the classes and reports overlaps and repeated names.
func (l *loader) classes(t *Table) {
	slices.SortStableFunc(t.Classes, func(a, b *Class) int { return cmp.Compare(a.First, b.First) })
	seen := map[string]*Class{}
	var reach *Class // the class reaching furthest so far; sorted by First, only it can overlap the next
	for _, c := range t.Classes {
		if reach != nil && c.First <= reach.Last {
			first, second := reach, c
			if first.Line > second.Line {
				first, second = second, first
			}
			l.errorf(second.Line, "[[class]] %q (%d–%d) overlaps %q (%d–%d, line %d): a code belongs to one class",
				second.Name, second.First, second.Last, first.Name, first.First, first.Last, first.Line)
		}
		if reach == nil || c.Last > reach.Last {
			reach = c
		}
		if first := t.Classes[0].First; c.Last-first+1 > MaxSpan {
			l.errorf(c.Line, "[[class]] %q ends at %d: the classes would span %d codes, from %d, and a table's may span at most %d", c.Name, c.Last, c.Last-first+1, first, MaxSpan)
		}
		if p, ok := seen[c.Ident]; ok {
			l.errorf(max(c.Line, p.Line), "[[class]] %q gives the same identifier %s as %q (line %d)", c.Name, c.Ident, p.Name, min(c.Line, p.Line))
			continue
		}
		seen[c.Ident] = c
		for _, n := range []struct {
			scope names.Scope
			name  string
			what  string
		}{
			{names.Package, c.Helper(), "its helper function"},
			{names.Method, c.Helper(), "its helper method"},
			{names.Package, c.Const(), "its constant"},
		} {
			o := names.Owner{Line: c.Line, What: fmt.Sprintf("the %s of class %q", strings.TrimPrefix(n.what, "its "), c.Name)}
			if prev, ok := t.Names.Claim(n.scope, n.name, o); !ok {
				l.errorf(c.Line, "[[class]] %q: %s %s would be %s; rename the class", c.Name, n.what, n.name, ownerText(prev))
			}
		}
	}
}

// ownerText describes who owns a name, with the line when the table does.
func ownerText(o names.Owner) string {
	if o.Line == 0 {
		return o.What
	}
	return fmt.Sprintf("%s (line %d)", o.What, o.Line)
}

// classOf returns the class holding code, or nil.
func (t *Table) classOf(code int) *Class {
	// The classes are sorted by First (classes sorts them first), so the
	// last that starts at or before code is the only one that can hold it.
	i, _ := slices.BinarySearchFunc(t.Classes, code, func(c *Class, code int) int { return cmp.Compare(c.First, code+1) })
	if i > 0 && code <= t.Classes[i-1].Last {
		return t.Classes[i-1]
	}
	return nil
}

// declared is who owns an identifier, for collision messages.
type declared struct {
	line int
	code int
	what string
}

// statuses sorts the statuses and checks what concerns more than one entry:
// duplicate codes, class membership, identifiers, and that Parse can tell
// every phrase and name apart.
func (l *loader) statuses(t *Table) {
	slices.SortStableFunc(t.Statuses, func(a, b *Status) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.Line, b.Line))
	})
	claim := func(s *Status, ident, what string) {
		if !names.IsExported(ident) {
			hint := "set ident to an exported Go identifier"
			if l.opts.Style == names.StyleDRF {
				hint = "reword it so that it starts with a letter or digit"
			}
			if strings.HasPrefix(what, "ident ") {
				l.errorf(s.Line, "%s of %d is not an exported Go identifier: use letters, digits and underscores, starting with an upper-case letter", what, s.Code)
			} else {
				l.errorf(s.Line, "%s of %d gives %q, which is not an exported Go identifier: %s", what, s.Code, ident, hint)
			}
			return
		}
		o := names.Owner{Line: s.Line, What: fmt.Sprintf("%s of %d", what, s.Code)}
		if prev, ok := t.Names.Claim(names.Package, ident, o); !ok {
			if prev.Line == 0 {
				l.errorf(s.Line, "%s of %d gives %s, which is %s: set ident to another name", what, s.Code, ident, prev.What)
			} else {
				l.errorf(s.Line, "%s of %d gives %s, the same identifier as %s", what, s.Code, ident, ownerText(prev))
			}
		}
	}

	phrases := map[string]declared{} // folded phrase → owner
	codes := map[int]*Status{}
	kept := t.Statuses[:0]
	for _, s := range t.Statuses {
		if first, dup := codes[s.Code]; dup {
			l.errorf(s.Line, "duplicate code %d (first at line %d)", s.Code, first.Line)
			continue
		}
		codes[s.Code] = s
		kept = append(kept, s)

		if s.Class = t.classOf(s.Code); s.Class == nil {
			// With a class missing or broken, that fault is the one to fix.
			if len(t.Classes) > 0 && !l.badClass {
				l.errorf(s.Line, "code %d is in no class: add a [[class]] whose range holds it", s.Code)
			}
		}

		repeated := map[string]bool{}
		for i, p := range s.Phrases() {
			what := fmt.Sprintf("name %q", p)
			if i > len(s.Aliases) {
				what = fmt.Sprintf("spelling %q", p)
			} else if i > 0 {
				what = fmt.Sprintf("alias %q", p)
			}
			if parserule.LooksNumeric(p) {
				l.errorf(s.Line, "%s of %d starts like a number: Parse reads a string that starts with a digit as a code (\"404\") or a status line (\"404 Not Found\"); start the phrase with a letter", what, s.Code)
				continue
			}
			key := parserule.Key(p)
			if d, ok := phrases[key]; ok {
				repeated[p] = true
				if d.code == s.Code {
					l.errorf(s.Line, "%s of %d repeats %s", what, s.Code, d.what)
				} else {
					l.errorf(s.Line, "%s of %d is also %s (line %d): Parse, which ignores letter case, could not tell them apart", what, s.Code, d.what, d.line)
				}
				continue
			}
			phrases[key] = declared{line: s.Line, code: s.Code, what: fmt.Sprintf("%s of %d", what, s.Code)}
		}

		what := fmt.Sprintf("name %q", s.Name)
		switch {
		case l.opts.Style == names.StyleDRF:
			s.Ident = names.DRFName(s.Code, s.Name)
		case s.Ident == "":
			s.Ident = names.CamelCase(s.Name)
		default:
			what = fmt.Sprintf("ident %q", s.Ident)
		}
		claim(s, s.Ident, what)
		for i := range s.Aliases {
			a := &s.Aliases[i]
			if l.opts.Style == names.StyleDRF {
				a.Ident = names.DRFName(s.Code, a.Name)
			} else {
				a.Ident = names.CamelCase(a.Name)
			}
			if !repeated[a.Name] {
				claim(s, a.Ident, fmt.Sprintf("alias %q", a.Name))
			}
		}
	}
	t.Statuses = kept

	// Parse also accepts each constant's exact name; it must not read as
	// another code's phrase.
	for _, s := range t.Statuses {
		for _, id := range s.Idents() {
			if d, ok := phrases[parserule.Key(id)]; ok && d.code != s.Code {
				l.errorf(s.Line, "identifier %s of %d reads as %s (line %d) to Parse, which ignores letter case; set ident to another name", id, s.Code, d.what, d.line)
			}
		}
	}
}
