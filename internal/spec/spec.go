// Package spec reads a status-code table (codes.toml) into a model that
// the rest of the generator consumes: it turns TOML into checked values
// with the line each came from, and reports every fault of the table
// itself (its layout, keys and types, ranges, duplicate codes and classes
// that overlap) as a [List] of positioned errors. It names no Go
// identifier and knows nothing of how Parse reads: the identifiers of the
// model are given by package names, and whether the generated Parse can
// read every phrase is decided by package parserule, beside the renderer;
// package load runs the three. The one rule of Go source it applies is to
// table text, which becomes doc comments: no line of it may start as a
// directive ([Directive]) or a "Deprecated:" paragraph, refused here
// because only here is the line it came from known.
package spec

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MinCode and MaxCode bound every code and class in a table. Codes are
// positive, so that every one has a number Parse reads (digits with no
// leading zero), and fit in the 15 bits the generated Parse keeps a code
// in. The codes a table uses are the ranges of its classes: 100 to 599 for
// HTTP, 1000 to 4999 for WebSocket close codes.
const (
	MinCode = 1
	MaxCode = 1<<15 - 1
)

// MaxSpan is the most codes the classes of a table may span, from the
// first code of the first to the last of the last: the generated tables
// have an entry for each, so the span bounds their size and the
// generator's work.
const MaxSpan = 10000

// DefaultNoun is what a code is, for a table that does not say.
const DefaultNoun = "status code"

// Table is a validated status-code table.
type Table struct {
	// File is the name the table was loaded under, as used in messages.
	File string
	// Properties are the per-code predicates the table declares, sorted by
	// name, each the method of the code type that answers it.
	Properties []*Property
	// Classes are the code ranges, sorted by First; they do not overlap.
	Classes []*Class
	// Statuses are the status codes, sorted by Code; codes are unique.
	Statuses []*Status
	// Package is the table's [package] entry: what its codes are, for the
	// generated package's comments and messages.
	Package Package
}

// Package is the [package] table: the domain of the codes.
type Package struct {
	Line int // line of the [package] header; 0 when the table has none
	// Doc is the generated package's doc comment, for a package without
	// a doc.go of its own; "" for the generator's own.
	Doc string
	// Noun is what a code is, singular and in lower case except for names:
	// "HTTP status code". DefaultNoun when the table does not say.
	Noun string
	// Example is the code the generated comments take as their example;
	// the first registered code that is not deprecated when the table does
	// not say.
	Example int
}

// Class is one [[class]] entry: a range of codes with a name.
type Class struct {
	Line     int    // line of the [[class]] header
	Name     string // "Client Error"
	NameLine int    // line of its name key
	// Ident is the class's part of its helper's and constant's names,
	// IsClientError and ClassClientError: "ClientError". Package names
	// derives it from Name; Read leaves it empty.
	Ident       string
	Description string
	First, Last int // inclusive range
	// Props holds the boolean properties the class sets, by name, for
	// every code in its range, registered or not; Texts the string ones.
	Props map[string]bool
	Texts map[string]string
}

// Status is one [[status]] entry.
type Status struct {
	Line int    // line of the [[status]] header
	Code int    // 404
	Name string // the reason phrase, "Not Found"
	// Ident is the Go identifier of its constant, "NotFound": the table's
	// ident key when it has one, and otherwise left for package names to
	// derive from Name.
	Ident       string
	Description string
	RFC         string  // the registry's reference; "" when none
	Aliases     []Alias // earlier reason phrases, in table order
	// Spellings are other phrases Parse accepts for the code, such as
	// another implementation's spelling, with no constant of their own.
	Spellings  []string
	Deprecated string // why the code should no longer be used; "" when it is current
	Class      *Class // the class whose range holds Code
	// Props holds the boolean properties the entry sets, by name,
	// overriding its class's; Texts the string ones.
	Props map[string]bool
	Texts map[string]string
}

// Property is one [[property]] entry: a per-code value, declared by the
// table, that the generated code type answers with a method: a predicate
// (type "bool", the default), or a string (type "string").
type Property struct {
	Line        int    // line of the [[property]] header
	Name        string // the key classes and statuses set: "retryable"
	Method      string // the method of the code type: "IsRetryable"
	MethodLine  int    // line of its method key
	Description string // its doc comment; "" when the table gives none
	// String says the property is a string: its values are in Texts, its
	// default in DefaultText.
	String      bool
	Default     bool   // a boolean property's value for codes that no class or entry sets
	DefaultText string // a string property's
	// Role is what the predicate means to statuslint's response checks,
	// one of Roles; "" for none. A table gives each role to at most one
	// property: that is how a table, not the linter, says which codes are
	// interim, followed as redirects, errors, or allowed a body.
	Role string
}

// The roles a boolean property may declare, for statuslint's response
// checks. Each names what the property is true for.
const (
	// RoleInterim: an interim response; the final one follows it on the
	// same request, so a status after it is not a second status.
	RoleInterim = "interim"
	// RoleRedirect: a response a client follows to its Location, which is
	// what a redirect function should send.
	RoleRedirect = "redirect"
	// RoleError: a response that reports a failure, which is what an
	// error function should send.
	RoleError = "error"
	// RoleBody: a response that may carry content; a body written after a
	// status without it is dropped.
	RoleBody = "body"
)

// Roles are the roles a property may declare.
var Roles = []string{RoleBody, RoleError, RoleInterim, RoleRedirect}

// ByRole returns the property that declares role, or nil when none does.
func (t *Table) ByRole(role string) *Property {
	for _, p := range t.Properties {
		if p.Role == role {
			return p
		}
	}
	return nil
}

// Value returns property p's value for code: a registered code's entry
// value, else its class's, else p's default; an unregistered code's
// class's value, else the default; for a code in no class, the default.
func (t *Table) Value(p *Property, code int) bool {
	return value(t, p.Name, code, p.Default, func(s *Status) map[string]bool { return s.Props }, func(c *Class) map[string]bool { return c.Props })
}

// Text returns string property p's value for code, by the rules of Value.
func (t *Table) Text(p *Property, code int) string {
	return value(t, p.Name, code, p.DefaultText, func(s *Status) map[string]string { return s.Texts }, func(c *Class) map[string]string { return c.Texts })
}

// value is Value and Text: the value the status of code sets, else its
// class, else def, from the maps of values that status and class give.
func value[V any](t *Table, name string, code int, def V, status func(*Status) map[string]V, class func(*Class) map[string]V) V {
	if s, _ := t.Lookup(code); s != nil {
		if v, ok := status(s)[name]; ok {
			return v
		}
	}
	if c := t.classOf(code); c != nil {
		if v, ok := class(c)[name]; ok {
			return v
		}
	}
	return def
}

// Phrases returns the status's name, then its aliases, then its
// spellings: every phrase Parse accepts for it.
func (s *Status) Phrases() []string {
	ps := []string{s.Name}
	for _, a := range s.Aliases {
		ps = append(ps, a.Name)
	}
	return append(ps, s.Spellings...)
}

// Idents returns the identifier of the status's constant and then those of
// its aliases.
func (s *Status) Idents() []string {
	ids := []string{s.Ident}
	for _, a := range s.Aliases {
		ids = append(ids, a.Ident)
	}
	return ids
}

// Alias is an earlier reason phrase of a status code, kept so that its old
// name still parses and still has a (deprecated) constant.
type Alias struct {
	Name  string // "Request Entity Too Large"
	Ident string // "RequestEntityTooLarge", derived by package names
}

// Lookup returns the status with code c and its position in t.Statuses,
// or nil and -1 when the table has none.
func (t *Table) Lookup(c int) (*Status, int) {
	i, ok := slices.BinarySearchFunc(t.Statuses, c, func(s *Status, c int) int { return cmp.Compare(s.Code, c) })
	if !ok {
		return nil, -1
	}
	return t.Statuses[i], i
}

// Error is one fault in a table, with the place it was found.
type Error struct {
	File string
	Line int // 0 when the fault concerns the whole file
	Col  int // 0 when unknown
	Msg  string
}

// Error formats e as FILE:LINE:COL: message, leaving out what is unknown.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(Printable(e.File))
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(Printable(e.Msg))
	return b.String()
}

// Visible reports whether a terminal or editor shows r as itself: a
// graphic character or a space, and not a format character (such as the
// bidirectional controls of Trojan Source).
func Visible(r rune) bool {
	return (r == ' ' || unicode.IsGraphic(r)) && !unicode.Is(unicode.Cf, r)
}

// notVisible is the complement of Visible, for strings.ContainsFunc.
func notVisible(r rune) bool { return !Visible(r) }

// Printable escapes every character of s that is not Visible, and every
// byte that is not UTF-8, as error messages do, so that a hostile table or
// file name cannot write escape sequences or extra lines to a terminal.
func Printable(s string) string {
	if !strings.ContainsFunc(s, notVisible) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], string(utf8.RuneError)):
			fmt.Fprintf(&b, `\x%02x`, s[i]) // a byte that is not UTF-8
		case Visible(r):
			b.WriteRune(r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			fmt.Fprintf(&b, `\U%08X`, r)
		}
	}
	return b.String()
}

// List is every fault found in a table, in order of position.
type List []*Error

// Error returns the faults one per line.
func (l List) Error() string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Err returns l, its faults sorted by position and at most MaxFaults of
// them with a last saying how many more there were, as an error of the
// table in file; nil when l is empty.
func (l List) Err(file string) error {
	if len(l) == 0 {
		return nil
	}
	l = slices.Clone(l)
	l.sort()
	if n := len(l); n > MaxFaults {
		l = append(l[:MaxFaults], &Error{File: file, Msg: fmt.Sprintf("%d more faults not shown: fix these first", n-MaxFaults)})
	}
	return l
}

// sort orders the faults by position, keeping the order of faults found at
// the same place.
func (l List) sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}

// Label names the class in messages, as its entry: [[class]] "Client Error".
func (c *Class) Label() string { return label("[[class]]", map[string]any{"name": c.Name}) }

// Label names the property in messages, as its entry: [[property]] "retryable".
func (p *Property) Label() string { return label("[[property]]", map[string]any{"name": p.Name}) }
