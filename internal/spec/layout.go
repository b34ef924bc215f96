package spec

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits that the scanner enforces before the TOML decoder sees a table.
// The decoder's cost grows much faster than the input for deeply nested
// values and long dotted keys (40 KB of nested inline tables took it 36 s and
// 4 GB), and no table that the schema accepts needs more than a few levels,
// so these bound the work on any input without refusing a useful table.
const (
	// MaxSize is the largest table file, in bytes.
	MaxSize = 4 << 20
	// MaxDepth is the deepest nesting of arrays and inline tables in a value.
	// The schema needs two: status = [{ aliases = ["…"] }].
	MaxDepth = 8
	// MaxKeyParts is the most parts a dotted key or table header may have.
	MaxKeyParts = 8
	// MaxTables is the most tables a document may make: headers, inline
	// tables, and the tables a dotted key implies. The decoder makes a map
	// of each; a table that registers every code of the widest span the
	// loader accepts (MaxSpan), each in a class of its own, makes about
	// twice that. count, below, enforces it as the scanner goes.
	MaxTables = 2*MaxSpan + 1024
	// MaxKeys is the most keys a document may have: every code of the
	// widest span with 20 keys each. count enforces it too.
	MaxKeys = 20 * MaxSpan
)

// layout is where things are in a TOML document. BurntSushi/toml keeps no
// positions that it exposes, so a scanner that follows TOML's lexical rules
// (all four kinds of string with their escapes, comments, a BOM, CRLF line
// ends, arrays and inline tables across lines) finds the line of every table
// header and every key. Its keys are the same, in the same order, as the
// decoder's MetaData.Keys (FuzzLayout checks that).
type layout struct {
	keys   []keyPos             // every header and key, in document order
	top    map[string]int       // top-level key → line
	tables []*header            // every [table] and [[array]] header, in order
	inline map[string][]*header // top-level key → the inline tables of its array value
}

// keyPos is one header or key of the document: its whole path, as the
// decoder names it, and where it starts.
type keyPos struct {
	path      []string
	line, col int
}

type header struct {
	name  string         // first part of the path: "status" for [[status]]
	parts int            // parts of the path: 1 for [[status]], 2 for [[status.x]]
	array bool           // [[...]] rather than [...]
	line  int            // line of the header, or of the inline table's {
	keys  map[string]int // first part of each key → line of its assignment
}

// arrayHeaders returns the [[name]] headers in document order; not
// [[name.x]], which makes a table inside the last [[name]] entry.
func (l *layout) arrayHeaders(name string) []*header {
	var hs []*header
	for _, h := range l.tables {
		if h.array && h.name == name && h.parts == 1 {
			hs = append(hs, h)
		}
	}
	return hs
}

// scanLayout scans src. It never panics and takes time linear in len(src),
// whatever the input. On a fault of syntax it stops and returns what it has,
// with no error: the decoder reports syntax better. It returns an error only
// for input beyond the limits above, with the line where the limit was
// passed.
func scanLayout(src string) (l *layout, err *Error) {
	s := &scanner{src: src, line: 1, l: &layout{top: map[string]int{}, inline: map[string][]*header{}}}
	if len(src) > MaxSize {
		return s.l, &Error{Msg: fmt.Sprintf("the file is %d bytes: a table may be at most %d", len(src), MaxSize)}
	}
	if strings.HasPrefix(src, bom) {
		s.pos = len(bom) // the decoder skips a BOM too
	}
	defer func() {
		// The scanner stops at the first fault of syntax by unwinding to here.
		if r := recover(); r != nil && r != errStop {
			panic(r)
		}
		l, err = s.l, s.err
	}()
	s.document()
	return s.l, s.err
}

// bom is the byte order mark that may start a UTF-8 file.
const bom = "\ufeff"

// errStop unwinds the scanner when it has nothing more to say.
var errStop = new(int)

type scanner struct {
	tables    int // tables made so far, for MaxTables
	keys      int // keys so far, for MaxKeys
	src       string
	pos       int
	line      int
	lineStart int // offset of the current line's first byte
	l         *layout
	err       *Error
	table     []string // the path of the current table
	cur       map[string]int
}

func (s *scanner) eof() bool { return s.pos >= len(s.src) }

func (s *scanner) peek() byte {
	if s.eof() {
		return 0
	}
	return s.src[s.pos]
}

// stop ends the scan: at a fault of syntax (msg "") or a passed limit.
func (s *scanner) stop(msg string) {
	if msg != "" {
		s.err = &Error{Line: s.line, Msg: msg}
	}
	panic(errStop)
}

// expect consumes c or stops.
func (s *scanner) expect(c byte) {
	if s.peek() != c {
		s.stop("")
	}
	s.pos++
}

// newline consumes a line end, \n or \r\n, and reports whether there was one.
func (s *scanner) newline() bool {
	switch {
	case strings.HasPrefix(s.src[s.pos:], "\n"):
		s.pos++
	case strings.HasPrefix(s.src[s.pos:], "\r\n"):
		s.pos += 2
	default:
		return false
	}
	s.line++
	s.lineStart = s.pos
	return true
}

func (s *scanner) spaces() {
	for c := s.peek(); c == ' ' || c == '\t'; c = s.peek() {
		s.pos++
	}
}

// comment consumes a comment up to, not including, its line end.
func (s *scanner) comment() {
	if s.peek() != '#' {
		return
	}
	for !s.eof() && s.src[s.pos] != '\n' && !strings.HasPrefix(s.src[s.pos:], "\r\n") {
		s.pos++
	}
}

// blanks consumes spaces, comments and line ends, as between array values.
func (s *scanner) blanks() {
	for {
		s.spaces()
		s.comment()
		if !s.newline() {
			return
		}
	}
}

// endOfLine consumes the rest of an expression's line: spaces, a comment, a
// line end or the end of the file.
func (s *scanner) endOfLine() {
	s.spaces()
	s.comment()
	if !s.eof() && !s.newline() {
		s.stop("")
	}
}

func (s *scanner) document() {
	s.cur = s.l.top
	for {
		s.blanks()
		if s.eof() {
			return
		}
		if s.peek() == '[' {
			s.header()
		} else {
			s.keyval()
		}
		s.endOfLine()
	}
}

func (s *scanner) header() {
	line, col := s.line, s.col()
	s.pos++
	h := &header{line: line, keys: map[string]int{}}
	if s.peek() == '[' {
		h.array = true
		s.pos++
	}
	s.spaces()
	path := s.key()
	s.count(1, 0)
	s.expect(']')
	if h.array {
		s.expect(']')
	}
	h.name, h.parts = path[0], len(path)
	if _, ok := s.l.top[h.name]; !ok {
		s.l.top[h.name] = line
	}
	// [status.x] and [[status.x]] make x a key of the last [[status]]
	// entry (or of the [status] table): its line is this header's.
	if len(path) > 1 {
		for i := len(s.l.tables) - 1; i >= 0; i-- {
			if p := s.l.tables[i]; p.name == path[0] && p.parts == 1 {
				if _, ok := p.keys[path[1]]; !ok {
					p.keys[path[1]] = line
				}
				break
			}
		}
	}
	s.table = path
	s.cur = h.keys
	s.l.tables = append(s.l.tables, h)
	s.l.keys = append(s.l.keys, keyPos{path: path, line: line, col: col})
}

// col is the 1-based column, in bytes, of the scanner's position.
func (s *scanner) col() int {
	return s.pos - s.lineStart + 1
}

// keyval scans key = value in the current table, recording the key's first
// part in its keys.
func (s *scanner) keyval() {
	line, col := s.line, s.col()
	k := s.key()
	if _, ok := s.cur[k[0]]; !ok {
		s.cur[k[0]] = line
	}
	path := append(append([]string(nil), s.table...), k...)
	s.l.keys = append(s.l.keys, keyPos{path: path, line: line, col: col})
	s.expect('=')
	s.spaces()
	var inline *[]*header
	if len(s.table) == 0 && len(k) == 1 {
		inline = new([]*header)
		defer func() { s.l.inline[k[0]] = *inline }()
	}
	s.value(path, 0, inline)
}

// key scans a possibly dotted key and the spaces after it, and returns its
// parts, unquoted.
func (s *scanner) key() []string {
	var parts []string
	for {
		if len(parts) == MaxKeyParts {
			s.stop(fmt.Sprintf("a key with more than %d dotted parts: no table needs one", MaxKeyParts))
		}
		s.spaces()
		var part string
		switch s.peek() {
		case '"':
			part = s.basic()
		case '\'':
			part = s.literal()
		default:
			start := s.pos
			for c := s.peek(); 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'; c = s.peek() {
				s.pos++
			}
			if s.pos == start {
				s.stop("")
			}
			part = s.src[start:s.pos]
		}
		parts = append(parts, part)
		s.spaces()
		if s.peek() != '.' {
			s.count(len(parts)-1, 1)
			return parts
		}
		s.pos++
	}
}

// value scans one value at the given depth of nesting. When inline is not
// nil, the value is a top-level key's and the inline tables of its array
// are appended to it.
func (s *scanner) value(path []string, depth int, inline *[]*header) {
	switch c := s.peek(); {
	case c == '"' || c == '\'':
		s.str()
	case c == '[':
		s.array(path, depth+1, inline)
	case c == '{':
		s.inlineTable(path, depth+1)
	default:
		// A number, boolean, date or time: up to what ends a value.
		start := s.pos
		for !s.eof() {
			c := s.peek()
			if c == ',' || c == ']' || c == '}' || c == '#' || c == '\n' || c == '\r' || c == '\t' {
				break
			}
			// A space ends a value except between a date and a time.
			if c == ' ' && !(s.pos-start == 10 && s.pos+1 < len(s.src) && '0' <= s.src[s.pos+1] && s.src[s.pos+1] <= '9') {
				break
			}
			s.pos++
		}
		if s.pos == start {
			s.stop("")
		}
	}
}

// count adds tables and keys to the document's budget, and stops the scan
// when it is spent.
func (s *scanner) count(tables, keys int) {
	s.tables += tables
	s.keys += keys
	switch {
	case s.tables > MaxTables:
		s.stop(fmt.Sprintf("more than %d tables (headers, inline tables and the tables of dotted keys): no table of status codes needs that many", MaxTables))
	case s.keys > MaxKeys:
		s.stop(fmt.Sprintf("more than %d keys: no table of status codes needs that many", MaxKeys))
	}
}

func (s *scanner) checkDepth(depth int) {
	if depth > MaxDepth {
		s.stop(fmt.Sprintf("values nested more than %d deep in arrays and inline tables: no table needs that", MaxDepth))
	}
}

func (s *scanner) array(path []string, depth int, inline *[]*header) {
	s.checkDepth(depth)
	s.pos++ // [
	for {
		s.blanks()
		if s.peek() == ']' {
			s.pos++
			return
		}
		if inline != nil && s.peek() == '{' {
			// An array of inline tables at the top level: one entry each.
			h := &header{name: path[0], parts: 1, array: true, line: s.line, keys: map[string]int{}}
			*inline = append(*inline, h)
			s.inlineTableInto(path, depth+1, h.keys)
		} else {
			s.value(path, depth, nil)
		}
		s.blanks()
		if s.peek() == ',' {
			s.pos++
			continue
		}
		s.expect(']')
		return
	}
}

func (s *scanner) inlineTable(path []string, depth int) {
	s.inlineTableInto(path, depth, map[string]int{})
}

// inlineTableInto scans { key = value, … }, which since TOML 1.1 may span
// lines and hold comments, recording the first part of each key in keys.
func (s *scanner) inlineTableInto(path []string, depth int, keys map[string]int) {
	s.checkDepth(depth)
	s.count(1, 0)
	s.pos++ // {
	for {
		s.blanks()
		if s.peek() == '}' {
			s.pos++
			return
		}
		line, col := s.line, s.col()
		k := s.key()
		if _, ok := keys[k[0]]; !ok {
			keys[k[0]] = line
		}
		kpath := append(append([]string(nil), path...), k...)
		s.l.keys = append(s.l.keys, keyPos{path: kpath, line: line, col: col})
		s.expect('=')
		s.spaces()
		s.value(kpath, depth, nil)
		s.blanks()
		if s.peek() == ',' {
			s.pos++
			continue
		}
		s.expect('}')
		return
	}
}

// str scans a string value of any of the four kinds.
func (s *scanner) str() {
	switch {
	case strings.HasPrefix(s.src[s.pos:], `"""`):
		s.multiline('"')
	case strings.HasPrefix(s.src[s.pos:], `'''`):
		s.multiline('\'')
	case s.peek() == '"':
		s.basic()
	default:
		s.literal()
	}
}

// basic scans a one-line basic string and returns its text, escapes
// decoded as TOML 1.1 decodes them.
func (s *scanner) basic() string {
	s.pos++
	var b strings.Builder
	for {
		if s.eof() {
			s.stop("")
		}
		c := s.src[s.pos]
		switch {
		case c == '"':
			s.pos++
			return b.String()
		case c == '\n' || c == '\r':
			s.stop("")
		case c == '\\':
			s.pos++
			s.escape(&b)
		default:
			b.WriteByte(c)
			s.pos++
		}
	}
}

// escape decodes the escape sequence after a backslash into b.
func (s *scanner) escape(b *strings.Builder) {
	n := 0
	switch s.peek() {
	case 'b':
		b.WriteByte('\b')
	case 't':
		b.WriteByte('\t')
	case 'n':
		b.WriteByte('\n')
	case 'f':
		b.WriteByte('\f')
	case 'r':
		b.WriteByte('\r')
	case 'e':
		b.WriteByte(0x1b)
	case '"', '\\':
		b.WriteByte(s.peek())
	case 'x':
		n = 2
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		s.stop("")
	}
	s.pos++
	if n == 0 {
		return
	}
	if s.pos+n > len(s.src) {
		s.stop("")
	}
	v, err := strconv.ParseUint(s.src[s.pos:s.pos+n], 16, 32)
	if err != nil || strings.ContainsAny(s.src[s.pos:s.pos+n], "+-_") || !utf8.ValidRune(rune(v)) {
		s.stop("")
	}
	b.WriteRune(rune(v))
	s.pos += n
}

// literal scans a one-line literal string and returns its text.
func (s *scanner) literal() string {
	s.pos++
	end := strings.IndexAny(s.src[s.pos:], "'\n\r")
	if end < 0 || s.src[s.pos+end] != '\'' {
		s.stop("")
	}
	text := s.src[s.pos : s.pos+end]
	s.pos += end + 1
	return text
}

// multiline scans a multi-line string delimited by three q's. Inside a
// basic one (q == '"'), a backslash escapes the next character; a line end
// after a backslash is a line end all the same. Up to two more quotes may
// end the string's content before the closing three.
func (s *scanner) multiline(q byte) {
	s.pos += 3
	delim := strings.Repeat(string(q), 3)
	for !s.eof() {
		if q == '"' && s.src[s.pos] == '\\' {
			s.pos++
			if !s.newline() && !s.eof() {
				s.pos++
			}
			continue
		}
		if strings.HasPrefix(s.src[s.pos:], delim) {
			s.pos += 3
			for i := 0; i < 2 && s.peek() == q; i++ {
				s.pos++
			}
			return
		}
		if !s.newline() {
			s.pos++
		}
	}
	s.stop("")
}
