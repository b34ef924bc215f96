// Package dense is the part of a generated package that looks a code up
// when the tables have an entry per code of the classes' span (see gen.Go):
// this file, which internal/gen embeds and writes with Code renamed to the
// code type. stubs.go stands in for the names the renderer writes for each
// table. The package is never imported; it exists so that the compiler,
// go vet and staticcheck check this code as they check any other.
package dense

// _index returns the index of c in the tables with an entry per code:
// c - _lo, or _span for a code outside the span. min compiles to a
// conditional move, so the lookup has no branch.
func _index(c Code) uint { return min(uint(c-_lo), _span) }

// _entry returns c's entry in the string tables, 0 when c is not
// registered. The mask lets the compiler see every result in bounds.
func _entry(c Code) uint { return _entriesAt(_index(c)) & _mask }

// _textOf returns the phrase of c: one compare and one load.
func _textOf(c Code) string {
	if i := uint(c - _lo); i < uint(len(_text)) {
		return _text[i]
	}
	return ""
}

// _appendCodes appends the registered codes to codes, in ascending order.
func _appendCodes(codes []Code) []Code {
	for i := range _span {
		if c := Code(i + _lo); _entry(c) != 0 {
			codes = append(codes, c)
		}
	}
	return codes
}

// _classOf returns the number of the class that holds c, 0 for none.
func _classOf(c Code) uint { return _classAt(_index(c)) }
