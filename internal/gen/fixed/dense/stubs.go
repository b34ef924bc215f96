package dense

// The names below are what the renderer writes for a dense table and
// dense.go uses, with stand-in values that only let the package compile.

// Code stands for the code type; every Code in dense.go becomes its name.
type Code int

const (
	_lo   = 100 // the first code of the span
	_span = 1   // the number of codes in the span
	_mask = 0   // bounds an entry by the string tables' length
)

// _text holds each code's phrase, indexed by code - _lo.
var _text [1]string

// _entriesAt and _classAt read the tables with an entry per code.
func _entriesAt(i uint) uint { return i }
func _classAt(i uint) uint   { return i }

// What the fixed part calls, so that nothing here is unused.
var _ = []any{_textOf, _appendCodes, _classOf}
