// Package fixed is the part of every package statusgen generates that does
// not vary with the table: this file, fixed.go, which internal/gen embeds
// and renders with only names and examples substituted (see
// internal/gen/fixed.go, which does it). stubs.go declares, with stand-ins,
// the names the renderer writes for each table and this file uses: the
// contract between them, in one place. The package is never imported; it
// exists so that the compiler, go vet and staticcheck check this code as
// they check any other.
package fixed

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// String returns the code and its phrase, "404 Not Found", or
// "Code(N)" for a code N that is not registered.
func (c Code) String() string {
	if e := _entry(c); e != 0 {
		return _string[e]
	}
	var buf [32]byte
	b := append(buf[:0], "Code("...)
	b = strconv.AppendInt(b, int64(c), 10)
	return string(append(b, ')'))
}

// Text returns the phrase of c, "Not Found", or "" when c is not
// registered.
func (c Code) Text() string { return _textOf(c) }

// Text returns the phrase of code, "Not Found", or "" when code is not
// registered. It takes an int.
func Text(code int) string { return Code(code).Text() }

// Codes returns every registered code once, in ascending order, in a new
// slice.
func Codes() []Code { return _appendCodes(make([]Code, 0, _count)) }

// Description returns what c means, or "" when c is not registered.
func (c Code) Description() string { return _description[_entry(c)] }

// Reference returns the document that defines c ("RFC 9110, Section 15.5.5"),
// or "" when there is none.
func (c Code) Reference() string { return _reference[_entry(c)] }

// Class returns the class whose range holds c, registered or not, or the
// zero Class when no class does.
func (c Code) Class() Class { return Class(_classOf(c)) }

// String returns the class's name, such as "Client Error", or
// "Class(N)" for a value that is no class.
func (k Class) String() string {
	if k > 0 && int(k) < len(_classes) {
		return _classes[k].name
	}
	return "Class(" + strconv.Itoa(int(k)) + ")"
}

// Description returns what the class means, or "" for a value that is no
// class.
func (k Class) Description() string {
	if k > 0 && int(k) < len(_classes) {
		return _classes[k].description
	}
	return ""
}

// Range returns the first and last code of the class, both inclusive, or
// 0, -1 for a value that is no class.
func (k Class) Range() (first, last Code) {
	if k > 0 && int(k) < len(_classes) {
		return _classes[k].first, _classes[k].last
	}
	return 0, -1
}

// ErrUnknown is the error Parse returns for any string it does not accept.
var ErrUnknown = errors.New(_unknown)

// Parse returns the code that s names: its number in decimal digits,
// without sign, space or leading zero ("404"; any code that a class holds,
// registered or not, as UnmarshalText and UnmarshalJSON read numbers); a
// registered code's phrase or an earlier one, in any letter case
// ("Not Found", "not found"); the exact name of its constant ("NotFound"); or a
// registered code's number and one of its phrases, separated by one space
// ("404 Not Found", as String gives them). Letter case is ignored as
// strings.EqualFold ignores it. Anything else, surrounding space included,
// gives ErrUnknown. Parse never allocates, and its time is bounded by the
// table's longest phrase, whatever s is.
func Parse(s string) (Code, error) {
	if c, ok := _number(s); ok {
		return c, nil
	}
	if len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
		// No phrase starts with a digit: s is a code and phrase, or nothing.
		if i := strings.IndexByte(s[:min(len(s), _digits+1)], ' '); i > 0 {
			if c, ok := _number(s[:i]); ok {
				if v, ok := _lookup(s[i+1:], false); ok && v == c {
					return c, nil
				}
			}
		}
		return 0, ErrUnknown
	}
	if v, ok := _lookup(s, true); ok {
		return v, nil
	}
	return 0, ErrUnknown
}

// _number returns the code that s spells in decimal digits, with no sign
// and no leading zero, when a class holds it: the one rule of what a number
// is, for Parse, UnmarshalText and UnmarshalJSON, and what MarshalText and
// MarshalJSON write.
func _number(s string) (Code, bool) {
	if len(s) == 0 || len(s) > _digits || s[0] < '1' || s[0] > '9' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return Code(n), Code(n).Class() != 0
}

// _lookup returns the code that has s as a phrase, in any letter case, or,
// when names is set, as the exact name of its constant. It looks at no
// more than _parseProbes slots, so a miss costs no more than a hit.
func _lookup(s string, names bool) (Code, bool) {
	if len(s) == 0 || len(s) > _parseMaxLen {
		return 0, false
	}
	h, ascii := _hash(s)
	const mask = len(_parseKeys) - 1
	i := int(h >> _parseShift)
	for range _parseProbes {
		key := _parseKeys[i]
		if key == "" {
			break
		}
		v := Code(_parseCodes[2*i])<<8 | Code(_parseCodes[2*i+1])
		if v&(1<<15) != 0 {
			if names && s == key {
				return v &^ (1 << 15), true
			}
		} else if ascii && _foldEqual(s, key) || !ascii && strings.EqualFold(s, key) {
			return v, true
		}
		i = (i + 1) & mask
	}
	return 0, false
}

// _hash is the hash of s folded as _fold folds each letter, and whether s
// is ASCII. It reads every byte: eight at a time, with ASCII letters folded
// in place by _lower, or, when s holds a byte beyond ASCII, rune by rune.
func _hash(s string) (h uint64, ascii bool) {
	h = _parseSeed
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if w&_highBits != 0 {
			return _hashRunes(s), false
		}
		h = _mix(h, _lower(w))
	}
	if i < len(s) {
		var w uint64
		for j := len(s) - 1; j >= i; j-- {
			w = w<<8 | uint64(s[j])
		}
		if w&_highBits != 0 {
			return _hashRunes(s), false
		}
		h = _mix(h, _lower(w))
	}
	return _mix(h, uint64(len(s))), true
}

// _hashRunes is _hash for s that holds bytes beyond ASCII: each rune is
// folded by _fold and its UTF-8 bytes hashed as _hash hashes ASCII.
func _hashRunes(s string) uint64 {
	h := uint64(_parseSeed)
	var w uint64
	n := 0 // bytes of folded text
	for _, r := range s {
		var buf [utf8.UTFMax]byte
		for _, b := range utf8.AppendRune(buf[:0], _fold(r)) {
			w |= uint64(b) << (8 * (n % 8))
			if n++; n%8 == 0 {
				h, w = _mix(h, w), 0
			}
		}
	}
	if n%8 != 0 {
		h = _mix(h, w)
	}
	return _mix(h, uint64(n))
}

// _mix adds the word w to the hash h.
func _mix(h, w uint64) uint64 {
	h = (h ^ w) * _parseSeed
	return h ^ h>>29
}

// _highBits has the high bit of each byte of a word set.
const _highBits = 0x8080808080808080

// _lower folds the ASCII letters of w, eight bytes below 0x80, to lower
// case: a byte's high bit is set by adding 0x80-'A' when it is 'A' or more,
// and by adding 0x80-'Z'-1 when it is past 'Z'; no sum carries into the
// next byte.
func _lower(w uint64) uint64 {
	const ones = 0x0101010101010101
	atLeastA := w + ones*(0x80-'A')
	pastZ := w + ones*(0x80-'Z'-1)
	return w | (atLeastA&^pastZ)&_highBits>>2
}

// _fold returns the letter that stands for r's case-folding orbit, the
// runes strings.EqualFold takes as equal: the lower-case ASCII letter of an
// orbit that has one (K, k and K, the Kelvin sign, are k), and otherwise
// the orbit's least rune.
func _fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < utf8.RuneSelf {
			return f | 0x20
		}
		least = min(least, f)
	}
	return least
}

// _foldEqual reports whether s equals key, which is folded, when the ASCII
// letters of s, which is ASCII, are folded to lower case.
func _foldEqual(s, key string) bool {
	if len(s) != len(key) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}

// _unknownError is the error of UnmarshalText and UnmarshalJSON, naming the
// input; it wraps ErrUnknown.
type _unknownError struct{ input string }

func (e *_unknownError) Error() string {
	return _unknown + " " + strconv.Quote(e.input)
}

func (e *_unknownError) Unwrap() error { return ErrUnknown }

// MarshalText returns the code's number in decimal digits, "404",
// registered or not, and "" for the zero Code. A code that no class holds
// has no number that Parse would read back, so it is an error.
func (c Code) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if c.Class() == 0 {
		return nil, errors.New(_pkg + ": cannot marshal " + c.String() + ": no class holds it")
	}
	return strconv.AppendInt(nil, int64(c), 10), nil
}

// UnmarshalText sets *c to the code that text names, as Parse reads it:
// a number that a class holds, registered or not, a phrase, a constant's
// name or a code and phrase; and "" to the zero Code, so that MarshalText's
// output reads back. Other text is an error that names it and wraps
// ErrUnknown.
func (c *Code) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := Parse(string(text))
	if err != nil {
		return &_unknownError{string(text)}
	}
	*c = v
	return nil
}

// MarshalJSON encodes c as a JSON number, registered or not, and the zero
// Code as null. A code that no class holds is an error, as in MarshalText.
func (c Code) MarshalJSON() ([]byte, error) {
	if c == 0 {
		return []byte("null"), nil
	}
	return c.MarshalText()
}

// UnmarshalJSON decodes a JSON number that a class holds, registered or not
// (the numbers Parse reads), or a JSON string, as UnmarshalText does ("404",
// "Not Found", "not found", an earlier phrase). null leaves c unchanged, as
// for any type. Other JSON is an error.
func (c *Code) UnmarshalJSON(data []byte) error {
	s := string(data)
	if s == "null" {
		return nil
	}
	if len(s) > 0 && s[0] == '"' {
		text, ok := _jsonString(s)
		if !ok {
			return errors.New(_pkg + ": malformed JSON string " + s)
		}
		return c.UnmarshalText([]byte(text))
	}
	v, ok := _number(s)
	if !ok {
		return &_unknownError{s}
	}
	*c = v
	return nil
}

// _jsonString decodes a JSON string literal, quotes included.
func _jsonString(s string) (string, bool) {
	if len(s) < 2 || s[len(s)-1] != '"' {
		return "", false
	}
	s = s[1 : len(s)-1]
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		if i++; i >= len(s) {
			return "", false
		}
		switch s[i] {
		case '"', '\\', '/':
			b = append(b, s[i])
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := _hex4(s[i+1:])
			if !ok {
				return "", false
			}
			i += 4
			if utf16.IsSurrogate(r) && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if r2, ok := _hex4(s[i+3:]); ok {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						r, i = d, i+6
					}
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", false
		}
	}
	return string(b), true
}

// _hex4 decodes the four hex digits that start s.
func _hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[:4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
