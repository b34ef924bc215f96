package spec

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// MaxPhrases is the most aliases, and the most spellings, a status may
// have.
const MaxPhrases = 16

// MaxFaults is the most faults Load reports; a last one says how many more
// there were.
const MaxFaults = 200

// Keys are the keys an entry may have, with the kind of value each takes.
var (
	classKeys = map[string]kind{
		"name": kString, "description": kString, "first": kInt, "last": kInt,
	}
	statusKeys = map[string]kind{
		"code": kInt, "name": kString, "description": kString, "rfc": kString,
		"aliases": kStrings, "spellings": kStrings, "deprecated": kString, "ident": kString,
	}
	propertyKeys = map[string]kind{
		"name": kString, "method": kString, "description": kString, "default": kScalar, "type": kString, "role": kString,
	}
	topKeys     = []string{"class", "package", "property", "status"}
	packageKeys = map[string]kind{"doc": kString, "noun": kString, "example": kInt}
)

type kind int

const (
	kString kind = iota
	kInt
	kBool
	kStrings
	kScalar // a boolean or a string: a property's default, of its type
)

// String describes the kind of value for a message: "an integer".
func (k kind) String() string {
	return [...]string{"a string", "an integer", "a boolean (true or false)", "an array of strings", "a boolean or a string"}[k]
}

// Read parses and checks the table in src, read from the file named file,
// and returns it with every fault found, unsorted: the entries that had
// none, for the checks that follow it (the names of package names and the
// phrases of package parserule) to report theirs too. The Table is nil
// when the document cannot be decoded at all; a TOML syntax error stops
// the parser, so it is reported alone.
func Read(file string, src []byte) (*Table, List) {
	l := &loader{file: file}
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			r, n := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		line, col := lineCol(src, off)
		return nil, List{{File: file, Line: line, Col: col, Msg: "not UTF-8 text: a TOML file must be UTF-8 encoded"}}
	}
	lay, lerr := scanLayout(string(src))
	if lerr != nil {
		lerr.File = file
		return nil, List{lerr}
	}
	var raw map[string]any
	if _, err := toml.Decode(string(src), &raw); err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			start := perr.Position.Start
			if strings.HasPrefix(string(src), bom) {
				start += len(bom) // the decoder counts from after the BOM
			}
			line, col := lineCol(src, start)
			if perr.Position.Line > 0 && line != perr.Position.Line {
				line, col = perr.Position.Line, 0
			}
			return nil, List{{File: file, Line: line, Col: col, Msg: "syntax error: " + perr.Message + singleBrackets(lay)}}
		}
		return nil, List{{File: file, Msg: err.Error()}}
	}
	l.layout = lay
	return l.table(raw), l.errs
}

// singleBrackets returns a hint when the document has a [class], [status]
// or [property] header, a typo for [[...]] that the decoder reports only as
// a key defined twice; "" otherwise.
func singleBrackets(lay *layout) string {
	for _, h := range lay.tables {
		if !h.array && h.parts == 1 && h.name != "package" && slices.Contains(topKeys, h.name) {
			return fmt.Sprintf(" (the [%s] at line %d is a single table: write [[%s]], with double brackets, for each entry)", h.name, h.line, h.name)
		}
	}
	return ""
}

// lineCol returns the 1-based line and column (in bytes) of offset off.
func lineCol(src []byte, off int) (line, col int) {
	off = min(max(off, 0), len(src))
	line = 1 + strings.Count(string(src[:off]), "\n")
	col = off - (strings.LastIndexByte(string(src[:off]), '\n') + 1) + 1
	return line, col
}

type loader struct {
	file   string
	layout *layout
	errs   List
	// classKeys and statusKeys are the keys of [[class]] and [[status]]
	// entries: the schema's and the declared properties'.
	classKeys, statusKeys map[string]kind
	// badClass is set when a [[class]] entry was rejected: codes that seem
	// to be in no class are then more likely its fault than theirs.
	badClass bool
	// stringProps are the names of the string properties.
	stringProps map[string]bool
	// exampleLine is the line of [package]'s example, checked against the
	// statuses last.
	exampleLine int
}

func (l *loader) errorf(line int, format string, args ...any) {
	l.errs = append(l.errs, &Error{File: l.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// entry is one [[class]] or [[status]] table with where it is.
type entry struct {
	what   string // "[[status]]"
	fields map[string]any
	line   int            // header line, or the line of the array's key
	keys   map[string]int // key → line, may be empty
}

func (e *entry) keyLine(key string) int {
	if n, ok := e.keys[key]; ok {
		return n
	}
	return e.line
}

func (l *loader) table(raw map[string]any) *Table {
	t := &Table{File: l.file}
	for _, k := range slices.SortedFunc(maps.Keys(raw), l.byTopLine) {
		if !slices.Contains(topKeys, k) {
			l.errorf(l.layout.top[k], "unknown top-level key %q (want [[class]], [[status]] and [[property]] tables and a [package] table)%s", k, suggest(k, topKeys))
		}
	}
	l.classKeys, l.statusKeys = maps.Clone(classKeys), maps.Clone(statusKeys)
	for _, e := range l.entries(raw, "property") {
		if p := l.property(e, t); p != nil {
			t.Properties = append(t.Properties, p)
			k := kBool
			if p.String {
				k = kString
				if l.stringProps == nil {
					l.stringProps = map[string]bool{}
				}
				l.stringProps[p.Name] = true
			}
			l.classKeys[p.Name], l.statusKeys[p.Name] = k, k
		}
	}
	for _, e := range l.entries(raw, "class") {
		if c := l.class(e); c != nil {
			t.Classes = append(t.Classes, c)
		} else {
			l.badClass = true
		}
	}
	for _, e := range l.entries(raw, "status") {
		if s := l.status(e); s != nil {
			t.Statuses = append(t.Statuses, s)
		}
	}
	if _, isArray := asTables(raw["class"]); raw["class"] != nil && !isArray {
		l.badClass = true
	}
	if len(t.Classes) == 0 && len(l.errs) == 0 {
		l.errorf(0, "no [[class]] entries: the table needs at least one class of codes, such as [[class]] name = \"Success\" first = 200 last = 299")
	}
	if len(t.Statuses) == 0 && len(l.errs) == 0 {
		l.errorf(0, "no [[status]] entries: the table needs at least one status code")
	}
	l.packageTable(raw["package"], t)
	l.classes(t)
	// Like classes and statuses, properties are ordered by the table's
	// content, not its layout, so reordering entries changes no output.
	slices.SortFunc(t.Properties, func(a, b *Property) int { return strings.Compare(a.Name, b.Name) })
	l.statuses(t)
	l.example(t)
	return t
}

func (l *loader) byTopLine(a, b string) int {
	return cmp.Or(cmp.Compare(l.layout.top[a], l.layout.top[b]), strings.Compare(a, b))
}

// entries returns the tables of the array named key, with their positions.
func (l *loader) entries(raw map[string]any, key string) []*entry {
	v, ok := raw[key]
	if !ok {
		return nil
	}
	what := "[[" + key + "]]"
	tables, ok := asTables(v)
	if !ok {
		line := l.layout.top[key]
		for _, h := range l.layout.tables {
			if h.name == key && line == 0 {
				line = h.line
			}
		}
		l.errorf(line, "%s must be an array of tables, written %s, not %s", key, what, describe(v))
		return nil
	}
	headers := l.layout.arrayHeaders(key)
	if len(headers) == 0 {
		headers = l.layout.inline[key]
	}
	es := make([]*entry, len(tables))
	for i, fields := range tables {
		e := &entry{what: label(what, fields), fields: fields, line: l.layout.top[key]}
		if len(headers) == len(tables) {
			e.line, e.keys = headers[i].line, headers[i].keys
		}
		es[i] = e
	}
	return es
}

// label names an entry in messages: `[[status]] 404`, `[[class]] "Success"`,
// or just the kind of table when it has no code or name to go by.
func label(what string, fields map[string]any) string {
	if code, ok := fields["code"].(int64); ok {
		return what + " " + strconv.FormatInt(code, 10)
	}
	if name, ok := fields["name"].(string); ok && name != "" && len(name) <= 40 && !strings.ContainsFunc(name, func(r rune) bool {
		return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
	}) {
		return what + " " + strconv.Quote(name)
	}
	return what
}

// asTables returns v as a list of tables if it is one: an array of tables
// ([[status]] headers) or an array of inline tables (status = [{...}]).
func asTables(v any) ([]map[string]any, bool) {
	switch v := v.(type) {
	case []map[string]any:
		return v, true
	case []any:
		tables := make([]map[string]any, len(v))
		for i, x := range v {
			t, ok := x.(map[string]any)
			if !ok {
				return nil, false
			}
			tables[i] = t
		}
		return tables, true
	}
	return nil, false
}

// check reports unknown keys and values of the wrong kind in e, and returns
// the keys that are known and well typed.
func (l *loader) check(e *entry, known map[string]kind) map[string]any {
	ok := map[string]any{}
	keys := slices.SortedFunc(maps.Keys(e.fields), func(a, b string) int {
		return cmp.Or(cmp.Compare(e.keyLine(a), e.keyLine(b)), strings.Compare(a, b))
	})
	for _, k := range keys {
		v := e.fields[k]
		want, found := known[k]
		if !found {
			l.errorf(e.keyLine(k), "unknown key %q in %s%s", k, e.what, suggest(k, slices.Sorted(maps.Keys(known))))
			continue
		}
		if got, good := convert(v, want); good {
			ok[k] = got
		} else {
			l.errorf(e.keyLine(k), "%s in %s must be %s, not %s", k, e.what, want, describe(v))
		}
	}
	return ok
}

// convert returns v as the Go type of kind k: string, int64, bool or []string.
func convert(v any, k kind) (any, bool) {
	switch k {
	case kString:
		s, ok := v.(string)
		return s, ok
	case kInt:
		n, ok := v.(int64)
		return n, ok
	case kBool:
		b, ok := v.(bool)
		return b, ok
	case kScalar:
		switch v.(type) {
		case bool, string:
			return v, true
		}
		return nil, false
	case kStrings:
		a, ok := v.([]any)
		if !ok {
			return nil, false
		}
		ss := make([]string, len(a))
		for i, x := range a {
			if ss[i], ok = x.(string); !ok {
				return nil, false
			}
		}
		return ss, true
	}
	return nil, false
}

// describe names the kind of a decoded TOML value for a message.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		if len(v) > 40 {
			return "a string"
		}
		return "a string (" + strconv.Quote(v) + ")"
	case int64:
		return "an integer (" + strconv.FormatInt(v, 10) + ")"
	case float64:
		return "a float (" + strconv.FormatFloat(v, 'g', -1, 64) + ")"
	case bool:
		return "a boolean (" + strconv.FormatBool(v) + ")"
	case []any:
		return "an array"
	case []map[string]any:
		return "an array of tables"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a date or time (%v)", v)
}

// synonyms are words people write for a key, with the key they mean.
var synonyms = map[string]string{
	"reference": "rfc", "ref": "rfc", "phrase": "name", "reason": "name", "text": "name",
	"alias": "aliases", "spelling": "spellings", "desc": "description", "status": "code", "id": "ident",
	"from": "first", "to": "last", "start": "first", "end": "last",
}

// suggest returns ` (did you mean "x"?)` for the known key closest to k,
// or "" when none is close.
func suggest(k string, known []string) string {
	lk := strings.ToLower(k)
	if w, ok := synonyms[lk]; ok && slices.Contains(known, w) {
		return fmt.Sprintf(" (did you mean %q?)", w)
	}
	best, bestD := "", 3
	for _, w := range known {
		limit := 1
		if len(w) >= 4 {
			limit = 2
		}
		if d := editDistance(lk, w); d <= limit && d < bestD {
			best, bestD = w, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// text validates a string field. Names, aliases and references are single
// lines; descriptions and deprecation notes may also hold newlines and tabs.
// No other control (Cc) or format (Cf) character is allowed anywhere: they
// would hide text from reviewers (U+202E and the other bidirectional
// controls of Trojan Source) or break the lines of generated files.
func (l *loader) text(e *entry, key, s string, multiline bool) bool {
	if multiline && strings.TrimSpace(s) == "" {
		l.errorf(e.keyLine(key), "%s in %s is empty: write some text or leave the key out", key, e.what)
		return false
	}
	if !multiline && s == "" {
		l.errorf(e.keyLine(key), "%s in %s is empty", key, e.what)
		return false
	}
	for i, r := range s {
		if multiline && (r == '\n' || r == '\t') {
			continue
		}
		if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			allowed := "names, aliases and references may hold no control or format characters"
			if multiline {
				allowed = "only newline and tab are allowed among control and format characters"
			}
			l.errorf(e.keyLine(key), "%s in %s holds the character U+%04X at byte %d: %s", key, e.what, r, i, allowed)
			return false
		}
	}
	for i, line := range strings.Split(s, "\n") {
		// where names the text and quotes the line: "description in
		// [[status]] 200: line 3, "…",", or "alias "…" in [[status]] 200".
		where := fmt.Sprintf("%s %q in %s", key, clip(line), e.what)
		if multiline {
			where = fmt.Sprintf("%s in %s: line %d, %q,", key, e.what, i+1, clip(line))
		}
		// Go doc comments read "[Text]: URL" at the start of a line as a
		// link definition, which could redirect the generator's own links.
		if multiline && strings.HasPrefix(line, "[") && strings.Contains(line, "]:") {
			l.errorf(e.keyLine(key), "%s reads as a link definition in a Go doc comment, which could redirect the generated reference links; reword it", where)
			return false
		}
		if d := Directive(line); d != "" {
			l.errorf(e.keyLine(key), "%s starts as %s does: in a generated comment, a Go tool could read it as one; reword it", where, d)
			return false
		}
		// A paragraph that starts "Deprecated:" marks the constant it
		// documents as deprecated, for go doc, gopls and staticcheck alike.
		if multiline && key != "deprecated" && strings.HasPrefix(strings.TrimLeft(line, " \t"), "Deprecated:") {
			l.errorf(e.keyLine(key), "%s would mark the constant deprecated in its doc comment; set deprecated = \"...\" to deprecate a code, or reword it", where)
			return false
		}
	}
	if !multiline && strings.TrimSpace(s) != s {
		l.errorf(e.keyLine(key), "%s in %s %q has leading or trailing space", key, e.what, s)
		return false
	}
	return true
}

// Directive returns the kind of directive that a comment line with the text
// line would start as, such as "a build constraint (+build)", or "" when it
// starts as none. The generator writes table text only after "// ", which
// the //go:, //line and //export forms never have, but some tools trim that
// space, and "// +build" is read with it; so a line of table text may start
// as none of them, and the generator never wraps a line before one.
func Directive(line string) string {
	line = strings.TrimLeft(line, " \t")
	for _, d := range directives {
		if strings.HasPrefix(line, d.prefix) {
			return d.what
		}
	}
	return ""
}

// directives are the starts of comment lines that Go tools read.
var directives = []struct{ prefix, what string }{
	{"+build", "a build constraint (+build)"},
	{"go:", "a compiler or go command directive (go:)"},
	{"line ", "a line directive (line)"},
	{"export ", "a cgo export directive (export)"},
	{"extern ", "a gccgo extern directive (extern)"},
	{"#cgo", "a cgo directive (#cgo)"},
}

// clip shortens s for a message.
func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	for i := range s {
		if i >= 57 {
			return s[:i] + "..."
		}
	}
	return s
}

// code validates an integer field that holds a status code.
func (l *loader) code(e *entry, key string, v any) (int, bool) {
	n := v.(int64)
	if n < MinCode || n > MaxCode {
		l.errorf(e.keyLine(key), "%s %d in %s is out of range: codes are from %d to %d", key, n, e.what, MinCode, MaxCode)
		return 0, false
	}
	return int(n), true
}

func (l *loader) class(e *entry) *Class {
	f := l.check(e, l.classKeys)
	c := &Class{Line: e.line, Props: l.props(f), Texts: l.texts(e, f)}
	good := true
	if v, ok := f["name"]; ok {
		c.Name = v.(string)
		good = l.text(e, "name", c.Name, false) && good
	} else if _, present := e.fields["name"]; !present {
		l.errorf(e.line, "%s has no name", e.what)
		good = false
	} else {
		good = false
	}
	if v, ok := f["description"]; ok {
		c.Description = v.(string)
		good = l.text(e, "description", c.Description, true) && good
	}
	for _, key := range []string{"first", "last"} {
		v, ok := f[key]
		if !ok {
			if _, present := e.fields[key]; !present {
				l.errorf(e.line, "%s has no %s code", e.what, key)
			}
			good = false
			continue
		}
		n, ok := l.code(e, key, v)
		good = ok && good
		if key == "first" {
			c.First = n
		} else {
			c.Last = n
		}
	}
	if !good {
		return nil
	}
	if c.First > c.Last {
		l.errorf(e.line, "%s is inverted: first %d is after last %d", e.what, c.First, c.Last)
		return nil
	}
	c.NameLine = e.keyLine("name")
	return c
}

func (l *loader) status(e *entry) *Status {
	f := l.check(e, l.statusKeys)
	s := &Status{Line: e.line, Props: l.props(f), Texts: l.texts(e, f)}
	good := true
	if v, ok := f["code"]; ok {
		s.Code, ok = l.code(e, "code", v)
		good = ok && good
	} else {
		if _, present := e.fields["code"]; !present {
			l.errorf(e.line, "%s has no code", e.what)
		}
		good = false
	}
	if v, ok := f["name"]; ok {
		s.Name = v.(string)
		good = l.text(e, "name", s.Name, false) && good
	} else {
		if _, present := e.fields["name"]; !present {
			l.errorf(e.line, "%s has no name: give its reason phrase, such as name = \"Not Found\"", e.what)
		}
		good = false
	}
	for _, fld := range []struct {
		key       string
		dst       *string
		multiline bool
	}{
		{"description", &s.Description, true},
		{"rfc", &s.RFC, false},
		{"deprecated", &s.Deprecated, true},
		{"ident", &s.Ident, false},
	} {
		if v, ok := f[fld.key]; ok {
			*fld.dst = v.(string)
			good = l.text(e, fld.key, *fld.dst, fld.multiline) && good
		}
	}
	for _, key := range []string{"aliases", "spellings"} {
		if v, ok := f[key]; ok && len(v.([]string)) > MaxPhrases {
			l.errorf(e.keyLine(key), "%s in %s has %d phrases: at most %d", key, e.what, len(v.([]string)), MaxPhrases)
			good = false
			delete(f, key)
		}
	}
	if v, ok := f["aliases"]; ok {
		for _, a := range v.([]string) {
			if !l.text(e, "aliases", a, false) {
				good = false
				continue
			}
			s.Aliases = append(s.Aliases, Alias{Name: a})
		}
	}
	if v, ok := f["spellings"]; ok {
		for _, p := range v.([]string) {
			if !l.text(e, "spellings", p, false) {
				good = false
				continue
			}
			s.Spellings = append(s.Spellings, p)
		}
	}
	if !good {
		return nil
	}
	return s
}

// packageTable loads the [package] table, v, into t.Package, and checks
// its example code once the statuses are known.
func (l *loader) packageTable(v any, t *Table) {
	t.Package.Noun = DefaultNoun
	if v == nil {
		return
	}
	line := 0
	for _, h := range l.layout.tables {
		if !h.array && h.parts == 1 && h.name == "package" {
			line = h.line
		}
	}
	fields, ok := v.(map[string]any)
	if !ok {
		l.errorf(max(line, l.layout.top["package"]), "package must be a table, written [package], not %s", describe(v))
		return
	}
	e := &entry{what: "[package]", fields: fields, line: max(line, l.layout.top["package"])}
	for _, h := range l.layout.tables {
		if h.line == line && h.name == "package" {
			e.keys = h.keys
		}
	}
	t.Package.Line = e.line
	f := l.check(e, packageKeys)
	if d, ok := f["doc"].(string); ok && l.text(e, "doc", d, true) {
		t.Package.Doc = d
	}
	if n, ok := f["noun"].(string); ok && l.text(e, "noun", n, false) {
		t.Package.Noun = n
	}
	if x, ok := f["example"].(int64); ok {
		t.Package.Example = int(x)
		l.exampleLine = e.keyLine("example")
	}
}

// example checks [package]'s example code, or picks one: the first
// registered code that is not deprecated.
func (l *loader) example(t *Table) {
	if t.Package.Example != 0 {
		if s, _ := t.Lookup(t.Package.Example); s == nil || s.Deprecated != "" {
			l.errorf(l.exampleLine, "example %d in [package] is not a registered code that is current: name one of the table's codes", t.Package.Example)
		}
		return
	}
	for _, s := range t.Statuses {
		if s.Deprecated == "" {
			t.Package.Example = s.Code
			return
		}
	}
	if len(t.Statuses) > 0 {
		t.Package.Example = t.Statuses[0].Code
	}
}

// props returns the property values among an entry's checked fields.
func (l *loader) props(f map[string]any) map[string]bool {
	var m map[string]bool
	for k, v := range f {
		if isSchemaKey(k) {
			continue
		}
		if b, ok := v.(bool); ok {
			if m == nil {
				m = map[string]bool{}
			}
			m[k] = b
		}
	}
	return m
}

// texts returns the values of string properties among an entry's checked
// fields, each a single line of text, as names are.
func (l *loader) texts(e *entry, f map[string]any) map[string]string {
	var m map[string]string
	for k, v := range f {
		s, ok := v.(string)
		if !ok || isSchemaKey(k) || !l.stringProps[k] {
			continue
		}
		if !l.text(e, k, s, false) {
			continue
		}
		if m == nil {
			m = map[string]string{}
		}
		m[k] = s
	}
	return m
}

// property loads a [[property]] entry. Its name may not be a key the
// schema uses, nor another property's; its method, a Go name, is package
// names' to check.
func (l *loader) property(e *entry, t *Table) *Property {
	f := l.check(e, propertyKeys)
	p := &Property{Line: e.line, MethodLine: e.keyLine("method")}
	good := true
	for _, fld := range []struct {
		key string
		dst *string
		eg  string
	}{
		{"name", &p.Name, `name = "retryable"`},
		{"method", &p.Method, `method = "IsRetryable"`},
	} {
		v, ok := f[fld.key]
		if !ok {
			if _, present := e.fields[fld.key]; !present {
				l.errorf(e.line, "%s has no %s, such as %s", e.what, fld.key, fld.eg)
			}
			good = false
			continue
		}
		*fld.dst = v.(string)
		good = l.text(e, fld.key, *fld.dst, false) && good
	}
	if v, ok := f["description"]; ok {
		p.Description = v.(string)
		good = l.text(e, "description", p.Description, true) && good
	}
	switch typ, _ := f["type"].(string); typ {
	case "", "bool":
	case "string":
		p.String = true
	default:
		l.errorf(e.keyLine("type"), "type %q in %s: want \"bool\" (the default) or \"string\"", typ, e.what)
		good = false
	}
	if role, ok := f["role"].(string); ok {
		switch {
		case !slices.Contains(Roles, role):
			l.errorf(e.keyLine("role"), "role %q in %s: want one of %s", role, e.what, strings.Join(quoteAll(Roles), ", "))
			good = false
		case p.String:
			l.errorf(e.keyLine("role"), "role %q in %s: a role is a predicate, and this property is a string", role, e.what)
			good = false
		default:
			p.Role = role
		}
	}
	if v, ok := f["default"]; ok {
		switch v := v.(type) {
		// A default of the wrong kind is reported, but the property is
		// still declared, so that its keys are known in every entry.
		case bool:
			if p.String {
				l.errorf(e.keyLine("default"), "default in %s must be a string, as its type is, not %s", e.what, describe(v))
			}
			p.Default = v
		case string:
			if !p.String {
				l.errorf(e.keyLine("default"), "default in %s must be a boolean (true or false), not %s; set type = \"string\" for a string property", e.what, describe(v))
			} else if v != "" {
				l.text(e, "default", v, false)
			}
			p.DefaultText = v
		}
	}
	if !good {
		return nil
	}
	switch {
	case !isKeyName(p.Name):
		l.errorf(e.keyLine("name"), "name %q in %s is not a key name: use lower-case letters, digits and underscores, starting with a letter, such as retryable", p.Name, e.what)
		return nil
	case isSchemaKey(p.Name):
		l.errorf(e.keyLine("name"), "name %q in %s is a key the table's entries have already: choose another", p.Name, e.what)
		return nil
	}
	for _, q := range t.Properties {
		if q.Name == p.Name {
			l.errorf(e.keyLine("name"), "property %q is declared twice (first at line %d)", p.Name, q.Line)
			return nil
		}
		if p.Role != "" && q.Role == p.Role {
			l.errorf(e.keyLine("role"), "role %q is given to two properties, %q and %q (first at line %d)", p.Role, q.Name, p.Name, q.Line)
			return nil
		}
	}
	return p
}

// quoteAll returns each of ss quoted, for a message.
func quoteAll(ss []string) []string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return q
}

// isSchemaKey reports whether k is a key the schema gives [[class]] or
// [[status]] entries.
func isSchemaKey(k string) bool {
	_, inClass := classKeys[k]
	_, inStatus := statusKeys[k]
	return inClass || inStatus
}

// isKeyName reports whether s is a property name: lower-case ASCII letters,
// digits and underscores, starting with a letter.
func isKeyName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	return strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789_") == ""
}
