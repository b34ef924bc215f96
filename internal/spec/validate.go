package spec

import (
	"cmp"
	"slices"
)

// classes sorts the classes and reports overlaps, and a span too wide.
func (l *loader) classes(t *Table) {
	slices.SortStableFunc(t.Classes, func(a, b *Class) int { return cmp.Compare(a.First, b.First) })
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
	}
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

// statuses sorts the statuses and checks what concerns more than one entry:
// that codes are unique, and that each is in a class.
func (l *loader) statuses(t *Table) {
	slices.SortStableFunc(t.Statuses, func(a, b *Status) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.Line, b.Line))
	})
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
	}
	t.Statuses = kept
}
