package fixed

// The names below are what the renderer writes for each table and
// fixed.go uses, with stand-in values that only let the package compile.
// Each is rendered once per generated package; internal/gen's tests check
// that a rendered package declares every one.

// Code stands for the code type, named by statusgen's -type; every Code in
// fixed.go, in code and comments, becomes that name.
type Code int

// Class is the class type.
type Class int

// _classes holds each class's name, description and range, by Class, the
// zero Class first.
var _classes = [...]struct {
	name, description string
	first, last       Code
}{{}}

// The string tables, by entry: entry 0 is every unregistered code's.
var _string, _description, _reference [1]string

const (
	_count = 0 // the number of registered codes
	_mask  = 0 // bounds an entry by the string tables' length
)

// The lookups by code, in the layout the renderer chose (see gen.Go).
func _entry(c Code) uint               { return 0 }
func _textOf(c Code) string            { return "" }
func _appendCodes(codes []Code) []Code { return codes }
func _classOf(c Code) uint             { return 0 }

// Parse's hash table and the constants of its rules.
var _parseKeys = [1]string{}

const (
	_parseCodes  = "\x00\x00"
	_parseSeed   = 1
	_parseShift  = 63
	_parseProbes = 1
	_parseMaxLen = 0
	_digits      = 3
)

// The messages' prefix, the package's name, and ErrUnknown's message.
const (
	_pkg     = "fixed"
	_unknown = "fixed: unknown status code"
)
