package sparse

// The names below are what the renderer writes for a sparse table and
// sparse.go uses, with stand-in values that only let the package compile.

// Code stands for the code type; every Code in sparse.go becomes its name.
type Code int

// _codes holds the registered codes in ascending order, two bytes each.
const _codes = "\x00\x64"

const (
	_count = 1 // the number of registered codes
	_mask  = 1 // bounds an entry by the string tables' length
)

// _text holds each code's phrase, by entry.
var _text [2]string

// _classes holds each class's range, by Class, the zero Class first.
var _classes = [...]struct{ first, last Code }{{}, {100, 199}}

// What the fixed part and the property tables call, so that nothing here
// is unused.
var _ = []any{_textOf, _appendCodes, _index}
