package gen

// fixed is the part of the generated file that does not depend on the
// table beyond the type's name, %[1]s, and the package's, %[2]s. It reads
// the tables and _entry, written before it, and the constants of parseTable.
const fixed = `// String returns the code and its reason phrase, "404 Not Found", or
// "%[1]s(599)" for a code that is not registered.
func (c %[1]s) String() string {
	if e := _entry(c); e != 0 {
		return _string[e]
	}
	var buf [32]byte
	b := append(buf[:0], "%[1]s("...)
	b = strconv.AppendInt(b, int64(c), 10)
	return string(append(b, ')'))
}

// Text returns the reason phrase of c, "Not Found", or "" when c is not
// registered, as net/http's StatusText does.
func (c %[1]s) Text() string {
	if i := uint(c - _lo); i < uint(len(_text)) {
		return _text[i]
	}
	return ""
}

// Text returns the reason phrase of code, "Not Found", or "" when code is
// not registered. It takes an int, such as http.Response.StatusCode.
func Text(code int) string { return %[1]s(code).Text() }

// Codes returns every registered code once, in ascending order, in a new
// slice.
func Codes() []%[1]s {
	codes := make([]%[1]s, 0, _count)
	for i := range _span {
		if c := %[1]s(i + _lo); _entry(c) != 0 {
			codes = append(codes, c)
		}
	}
	return codes
}

// Description returns what c means, or "" when c is not registered.
func (c %[1]s) Description() string { return _description[_entry(c)] }

// Reference returns the document that defines c, such as
// "RFC 9110, Section 15.5.5", or "" when there is none.
func (c %[1]s) Reference() string { return _reference[_entry(c)] }

// Class returns the class whose range holds c, registered or not, or the
// zero Class when no class does.
func (c %[1]s) Class() Class {
	return Class(_classAt(_index(c)))
}

// String returns the class's name, such as "Client Error", or "Class(N)"
// for a value that is no class.
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
func (k Class) Range() (first, last %[1]s) {
	if k > 0 && int(k) < len(_classes) {
		return _classes[k].first, _classes[k].last
	}
	return 0, -1
}

// ErrUnknown is the error Parse returns for any string it does not accept.
var ErrUnknown = errors.New("%[2]s: unknown status code")

// Parse returns the registered code that s names: its three digits ("404"),
// its reason phrase or an earlier one in any letter case ("Not Found",
// "not found", "Request Entity Too Large"), the exact name of its constant
// ("NotFound"), or a status line's code and phrase, separated by one space
// ("404 Not Found", as String and http.Response.Status give them). Letter
// case is ignored as strings.EqualFold ignores it. Anything else,
// unregistered numbers and surrounding space included, gives ErrUnknown.
// Parse never allocates.
func Parse(s string) (%[1]s, error) {
	if len(s) >= 3 && '1' <= s[0] && s[0] <= '9' && '0' <= s[1] && s[1] <= '9' && '0' <= s[2] && s[2] <= '9' {
		c := %[1]s(s[0]-'0')*100 + %[1]s(s[1]-'0')*10 + %[1]s(s[2]-'0')
		if len(s) == 3 {
			if _entry(c) != 0 {
				return c, nil
			}
			return 0, ErrUnknown
		}
		if s[3] == ' ' {
			if v, ok := _lookup(s[4:], false); ok && v == c {
				return c, nil
			}
			return 0, ErrUnknown
		}
	}
	if v, ok := _lookup(s, true); ok {
		return v, nil
	}
	return 0, ErrUnknown
}

// _lookup returns the code that has s as a phrase, in any letter case, or,
// when names is set, as the exact name of its constant.
func _lookup(s string, names bool) (%[1]s, bool) {
	n := len(s)
	if n == 0 {
		return 0, false
	}
	h := (uint32(n) | uint32(s[0]|0x20)<<8 | uint32(s[n/2]|0x20)<<16 | uint32(s[n-1]|0x20)<<24) * _parseSeed
	const mask = len(_parseKeys) - 1
	for i := int(h >> _parseShift); _parseKeys[i] != ""; i = (i + 1) & mask {
		v := %[1]s(_parseCodes[2*i])<<8 | %[1]s(_parseCodes[2*i+1])
		if v&(1<<15) != 0 {
			if names && s == _parseKeys[i] {
				return v &^ (1 << 15), true
			}
		} else if _foldEqual(s, _parseKeys[i]) {
			return v, true
		}
	}
	// The hash table folds only ASCII letters. Input with other letters, or
	// any input when a phrase holds a letter that folds to an ASCII one
	// (K, the Kelvin sign, and ſ, the long s), is compared with every
	// phrase as strings.EqualFold compares.
	scan := _foldBeyondASCII
	for i := 0; i < n && !scan; i++ {
		scan = s[i] >= utf8.RuneSelf
	}
	if scan {
		for i, key := range _parseKeys {
			if key != "" && _parseCodes[2*i]&0x80 == 0 && strings.EqualFold(s, key) {
				return %[1]s(_parseCodes[2*i])<<8 | %[1]s(_parseCodes[2*i+1]), true
			}
		}
	}
	return 0, false
}

// _foldEqual reports whether s equals key, which is in lower case, when the
// ASCII letters of s are folded to lower case.
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
	return "%[2]s: unknown status code " + strconv.Quote(e.input)
}

func (e *_unknownError) Unwrap() error { return ErrUnknown }

// MarshalText returns the code as decimal digits, "404", registered or not.
func (c %[1]s) MarshalText() ([]byte, error) {
	return strconv.AppendInt(nil, int64(c), 10), nil
}

// UnmarshalText sets *c to the code text names: anything Parse accepts, or
// any decimal integer, so that MarshalText's output of every %[1]s reads
// back. Other text is an error that names it and wraps ErrUnknown.
func (c *%[1]s) UnmarshalText(text []byte) error {
	s := string(text)
	if v, err := Parse(s); err == nil {
		*c = v
		return nil
	}
	if n, err := strconv.Atoi(s); err == nil && s[0] != '+' {
		*c = %[1]s(n)
		return nil
	}
	return &_unknownError{s}
}

// MarshalJSON encodes c as a JSON number, registered or not.
func (c %[1]s) MarshalJSON() ([]byte, error) {
	return c.MarshalText()
}

// UnmarshalJSON decodes a JSON number, as an int would (any integer,
// registered or not), or a JSON string, as UnmarshalText does ("404",
// "Not Found", "not found", an earlier phrase). null leaves c unchanged.
func (c *%[1]s) UnmarshalJSON(data []byte) error {
	s := string(data)
	if s == "null" {
		return nil
	}
	if len(s) > 0 && s[0] == '"' {
		text, ok := _jsonString(s)
		if !ok {
			return errors.New("%[2]s: malformed JSON string " + s)
		}
		return c.UnmarshalText([]byte(text))
	}
	n, err := strconv.Atoi(s)
	if err != nil || s[0] == '+' {
		return errors.New("%[2]s: cannot decode JSON " + strconv.Quote(s) + " as a %[1]s")
	}
	*c = %[1]s(n)
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
`
