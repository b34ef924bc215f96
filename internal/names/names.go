// Package names owns the Go names of the generated package: how constant
// identifiers derive from reason phrases, what a class's helper and
// constant are called, and every name that the fixed part of the package
// declares. A [Set] holds all of them, so that one list decides every
// collision: between constants, classes, properties and the code type.
// [Bind] gives a table read by package spec its identifiers, and reports
// those that are not Go or collide at the table's lines.
//
// The fixed names here must be exactly what the renderer writes;
// TestNamesComplete in internal/gen parses rendered code and compares.
package names

import (
	"go/token"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scope is where a name is declared: at the package level, or as a method
// of the code type. Package-level names and methods do not collide with
// each other in Go, but a class's helper is both.
type Scope int

const (
	// Package is the package block: types, functions, constants, variables.
	Package Scope = iota
	// Method is the method set of the code type.
	Method
)

// String names the scope for messages.
func (s Scope) String() string {
	if s == Method {
		return "method"
	}
	return "package"
}

// Functions, types and variables of the fixed part of the package, besides
// the code type itself.
var fixedPackage = []string{"Class", "Codes", "ErrUnknown", "Parse", "Text"}

// Methods of the code type in the fixed part of the package. Class helpers
// and the methods of the table's properties are added per table.
var fixedMethods = []string{
	"Class", "Description", "MarshalJSON", "MarshalText", "Reference", "String", "Text",
	"UnmarshalJSON", "UnmarshalText",
}

// StdMethods are method names with a signature that the standard library
// expects (io.ByteReader's ReadByte, gob's GobEncode, error's Error, ...):
// go vet's stdmethods check fails on a property method of that name, whose
// signature is func() bool, or a standard function would misread it. They
// are claimed, never declared: those the package does declare are in
// fixedMethods.
var StdMethods = []string{
	// Every name go vet's stdmethods knows a signature for.
	"As", "Format", "GobDecode", "GobEncode", "Is", "MarshalXML", "Peek",
	"ReadByte", "ReadFrom", "ReadRune", "Scan", "Seek", "UnmarshalXML",
	"UnreadByte", "UnreadRune", "Unwrap", "WriteByte", "WriteTo",
	// The interfaces of the standard library that a func() bool would
	// seem to, but not, implement.
	"AppendBinary", "AppendText", "Error", "GoString", "MarshalBinary",
	"UnmarshalBinary",
}

// ClassMethods are the methods of the Class type. No table adds to them.
var ClassMethods = []string{"Description", "Range", "String"}

// Fixed returns the exported names that the fixed part of the package
// declares in scope, for a code type named typ, sorted.
func Fixed(scope Scope, typ string) []string {
	if scope == Method {
		return slices.Clone(fixedMethods)
	}
	return slices.Sorted(slices.Values(append([]string{typ}, fixedPackage...)))
}

// ValidType reports whether typ can name the code type: an exported
// identifier that the fixed part of the package does not declare.
func ValidType(typ string) bool {
	return IsExported(typ) && !slices.Contains(fixedPackage, typ)
}

// Helper returns the name of a class's range helper, a function and a
// method both: IsClientError for the class identifier ClientError.
func Helper(classIdent string) string { return "Is" + classIdent }

// Const returns the name of a class's constant: ClassClientError.
func Const(classIdent string) string { return "Class" + classIdent }

// Owner is what declares a name, for messages.
type Owner struct {
	Line int    // where the table declares it; 0 for the package itself
	What string // "the helper of class \"Success\"", "the code type"
}

// Set is the names a generated package declares, in both scopes, with
// their owners.
type Set struct {
	scopes [2]map[string]Owner
}

// New returns the set of names the fixed part of the package declares for
// a code type named typ.
func New(typ string) *Set {
	s := &Set{scopes: [2]map[string]Owner{{}, {}}}
	for _, n := range fixedPackage {
		s.scopes[Package][n] = Owner{What: "declared by the package itself"}
	}
	s.scopes[Package][typ] = Owner{What: "the name of the code type (-type " + typ + ")"}
	for _, n := range fixedMethods {
		s.scopes[Method][n] = Owner{What: "a method the package declares on " + typ}
	}
	for _, n := range StdMethods {
		s.scopes[Method][n] = Owner{What: "the standard library gives the name another signature, which go vet checks"}
	}
	return s
}

// Claim declares name in scope for o. If the name is taken, it returns the
// owner and false and changes nothing.
func (s *Set) Claim(scope Scope, name string, o Owner) (Owner, bool) {
	if prev, ok := s.scopes[scope][name]; ok {
		return prev, false
	}
	s.scopes[scope][name] = o
	return o, true
}

// Names returns every name declared in scope, sorted.
func (s *Set) Names(scope Scope) []string {
	var ns []string
	for n := range s.scopes[scope] {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

// IsExported reports whether name can name an exported Go declaration.
func IsExported(name string) bool {
	return token.IsIdentifier(name) && token.IsExported(name)
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
		return ""
	}
	for i, w := range ws {
		ws[i] = strings.ToUpper(w)
	}
	return "HTTP_" + strconv.Itoa(code) + "_" + strings.Join(ws, "_")
}
