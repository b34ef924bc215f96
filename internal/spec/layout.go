package spec

import "strings"

// layout is where things are in a TOML document that the parser has already
// accepted. BurntSushi/toml keeps no positions for keys or tables, so a
// small scanner finds the line of every table header and of every key
// assigned directly under it, stepping over strings, comments and
// multi-line values so that text inside them is never mistaken for a
// header.
type layout struct {
	top    map[string]int // top-level key → line
	tables []*header      // every [table] and [[array]] header, in order
}

type header struct {
	name  string         // "status" for [[status]]
	array bool           // [[...]] rather than [...]
	line  int            // line of the header
	keys  map[string]int // key → line of its assignment
}

// arrayHeaders returns the [[name]] headers in document order.
func (l *layout) arrayHeaders(name string) []*header {
	var hs []*header
	for _, h := range l.tables {
		if h.array && h.name == name {
			hs = append(hs, h)
		}
	}
	return hs
}

// scanLayout scans src, which must be valid TOML.
func scanLayout(src string) *layout {
	l := &layout{top: map[string]int{}}
	s := &scanner{src: src, line: 1}
	cur := l.top
	for {
		s.skipSpaceAndComments()
		if s.eof() {
			return l
		}
		line := s.line
		if s.peek() == '[' {
			h := &header{line: line, keys: map[string]int{}}
			s.pos++
			if s.peek() == '[' {
				h.array = true
				s.pos++
			}
			h.name = s.keyPath(']')
			s.skipLine()
			l.tables = append(l.tables, h)
			cur = h.keys
			continue
		}
		key := s.keyPath('=')
		if _, ok := cur[key]; !ok && key != "" {
			cur[key] = line
		}
		s.pos++ // '='
		s.value()
	}
}

type scanner struct {
	src  string
	pos  int
	line int
}

func (s *scanner) eof() bool { return s.pos >= len(s.src) }

func (s *scanner) peek() byte {
	if s.eof() {
		return 0
	}
	return s.src[s.pos]
}

func (s *scanner) advance() {
	if s.src[s.pos] == '\n' {
		s.line++
	}
	s.pos++
}

func (s *scanner) skipLine() {
	for !s.eof() && s.peek() != '\n' {
		if c := s.peek(); c == '"' || c == '\'' {
			s.str()
			continue
		}
		s.pos++
	}
}

func (s *scanner) skipSpaceAndComments() {
	for !s.eof() {
		switch s.peek() {
		case ' ', '\t', '\r', '\n':
			s.advance()
		case '#':
			s.skipLine()
		default:
			return
		}
	}
}

// keyPath reads a possibly dotted, possibly quoted key up to stop and
// returns its first segment, unquoted when it was a simple quoted key.
func (s *scanner) keyPath(stop byte) string {
	var first strings.Builder
	seg := 0
	for !s.eof() && s.peek() != stop && s.peek() != '\n' {
		switch c := s.peek(); c {
		case '"', '\'':
			start := s.pos
			s.str()
			if seg == 0 {
				first.WriteString(s.src[start+1 : s.pos-1])
			}
		case '.':
			seg++
			s.pos++
		case ' ', '\t':
			s.pos++
		default:
			if seg == 0 {
				first.WriteByte(c)
			}
			s.pos++
		}
	}
	return first.String()
}

// value skips one value: a string, an array or inline table (with nesting),
// or a bare scalar, then the rest of its line.
func (s *scanner) value() {
	depth := 0
	for !s.eof() {
		switch c := s.peek(); c {
		case '"', '\'':
			s.str()
			continue
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		case '#':
			s.skipLine()
			continue
		case '\n':
			if depth <= 0 {
				return
			}
		}
		s.advance()
	}
}

// str skips a basic, literal or multi-line string starting at s.pos.
func (s *scanner) str() {
	q := s.src[s.pos]
	if strings.HasPrefix(s.src[s.pos:], strings.Repeat(string(q), 3)) {
		delim := strings.Repeat(string(q), 3)
		s.pos += 3
		for !s.eof() {
			if q == '"' && s.peek() == '\\' {
				s.advance()
				if !s.eof() {
					s.advance()
				}
				continue
			}
			if strings.HasPrefix(s.src[s.pos:], delim) {
				s.pos += 3
				// Up to two more quotes may close the string's content.
				for i := 0; i < 2 && s.peek() == q; i++ {
					s.pos++
				}
				return
			}
			s.advance()
		}
		return
	}
	s.pos++
	for !s.eof() && s.peek() != '\n' {
		c := s.peek()
		if q == '"' && c == '\\' {
			s.pos += 2
			continue
		}
		s.pos++
		if c == q {
			return
		}
	}
}
