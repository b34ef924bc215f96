package spec

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Style is how constant identifiers are derived from reason phrases.
type Style int

const (
	// StyleGo derives CamelCase identifiers: "Not Found" → NotFound.
	StyleGo Style = iota
	// StyleDRF derives the names of Django REST framework's status module:
	// 404 "Not Found" → HTTP_404_NOT_FOUND.
	StyleDRF
)

// ParseStyle returns the Style named s ("go" or "drf").
func ParseStyle(s string) (Style, bool) {
	switch s {
	case "go":
		return StyleGo, true
	case "drf":
		return StyleDRF, true
	}
	return 0, false
}

// String returns the style's name as ParseStyle accepts it.
func (s Style) String() string {
	if s == StyleDRF {
		return "drf"
	}
	return "go"
}

// words splits a phrase into words at spaces, hyphens and other separators,
// dropping every character that is neither a letter nor a digit:
// "I'm a teapot" → [Im a teapot], "Request-URI Too Long" → [Request URI Too Long].
func words(phrase string) []string {
	var ws []string
	for _, f := range strings.FieldsFunc(phrase, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '_' || r == '/' || r == '.' || r == ','
	}) {
		w := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, f)
		if w != "" {
			ws = append(ws, w)
		}
	}
	return ws
}

// CamelCase derives a Go identifier from a phrase: each word's first letter
// is upper-cased and the rest kept as written, so all-caps words stay
// all-caps: "IM Used" → IMUsed, "Non-Authoritative Information" →
// NonAuthoritativeInformation, "I'm a teapot" → ImATeapot.
func CamelCase(phrase string) string {
	var b strings.Builder
	for _, w := range words(phrase) {
		r, n := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w[n:])
	}
	return b.String()
}

// DRFName derives Django REST framework's name for a code and phrase:
// 418, "I'm a teapot" → HTTP_418_IM_A_TEAPOT, or "" for a phrase without
// letters or digits.
func DRFName(code int, phrase string) string {
	ws := words(phrase)
	if len(ws) == 0 {
		return "" // no identifier: validation says so
	}
	for i, w := range ws {
		ws[i] = strings.ToUpper(w)
	}
	return "HTTP_" + strconv.Itoa(code) + "_" + strings.Join(ws, "_")
}

// isExportedIdent reports whether s can name an exported Go declaration.
func isExportedIdent(s string) bool {
	return token.IsIdentifier(s) && token.IsExported(s)
}
