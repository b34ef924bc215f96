package parserule

import (
	"fmt"

	"github.com/statusgen/statusgen/internal/spec"
)

// Checked is what Phrases learned of a table: the phrases it refused as
// repeats of earlier ones, by status, and the first owner of each key.
type Checked struct {
	repeats map[*spec.Status]map[string]bool
	owners  map[string]owner
}

// Repeated reports whether Phrases refused phrase of s as a repeat: its
// constant is then not claimed (see package names), so that a repeated
// alias is one fault, not two.
func (c *Checked) Repeated(s *spec.Status, phrase string) bool { return c.repeats[s][phrase] }

// owner is the first phrase with a key, for messages.
type owner struct {
	line int
	code int
	what string
}

// Phrases checks that Parse can read every phrase of t, names, aliases and
// spellings: none starts like a number, which Parse reads as a code, and
// no two have the same Key, which Parse could not tell apart.
func Phrases(t *spec.Table) (spec.List, *Checked) {
	var errs spec.List
	errorf := func(line int, format string, args ...any) {
		errs = append(errs, &spec.Error{File: t.File, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	repeats := map[*spec.Status]map[string]bool{}
	keys := map[string]owner{}
	for _, s := range t.Statuses {
		for i, p := range s.Phrases() {
			what := phraseKind(s, i, p)
			if LooksNumeric(p) {
				errorf(s.Line, "%s of %d starts like a number: Parse reads a string that starts with a digit as a code (\"404\") or a status line (\"404 Not Found\"); start the phrase with a letter", what, s.Code)
				continue
			}
			key := Key(p)
			if d, ok := keys[key]; ok {
				if repeats[s] == nil {
					repeats[s] = map[string]bool{}
				}
				repeats[s][p] = true
				if d.code == s.Code {
					errorf(s.Line, "%s of %d repeats %s", what, s.Code, d.what)
				} else {
					errorf(s.Line, "%s of %d is also %s (line %d): Parse, which ignores letter case, could not tell them apart", what, s.Code, d.what, d.line)
				}
				continue
			}
			keys[key] = owner{line: s.Line, code: s.Code, what: fmt.Sprintf("%s of %d", what, s.Code)}
		}
	}
	return errs, &Checked{repeats: repeats, owners: keys}
}

// Idents checks that no constant's identifier, which Parse accepts as
// well as the phrases, reads as another code's phrase. The identifiers
// are package names' to give: Idents runs after it.
func (c *Checked) Idents(t *spec.Table) spec.List {
	var errs spec.List
	for _, s := range t.Statuses {
		for _, id := range s.Idents() {
			if d, ok := c.owners[Key(id)]; ok && d.code != s.Code {
				errs = append(errs, &spec.Error{File: t.File, Line: s.Line, Msg: fmt.Sprintf("identifier %s of %d reads as %s (line %d) to Parse, which ignores letter case; set ident to another name", id, s.Code, d.what, d.line)})
			}
		}
	}
	return errs
}

// phraseKind says what the i'th of s's Phrases, p, is, for messages.
func phraseKind(s *spec.Status, i int, p string) string {
	switch {
	case i > len(s.Aliases):
		return fmt.Sprintf("spelling %q", p)
	case i > 0:
		return fmt.Sprintf("alias %q", p)
	}
	return fmt.Sprintf("name %q", p)
}
