// Package sparse is the part of a generated package that looks a code up
// when the classes span far more codes than the table registers (see
// gen.Go): a sorted list of the codes and a binary search. internal/gen
// embeds this file and writes it with Code renamed to the code type;
// stubs.go stands in for the names the renderer writes for each table. The
// package is never imported; it exists so that the compiler, go vet and
// staticcheck check this code as they check any other.
package sparse

// _codeAt returns the k-th registered code.
func _codeAt(k int) Code { return Code(_codes[2*k])<<8 | Code(_codes[2*k+1]) }

// _entry returns c's entry in the string tables, 0 when c is not
// registered: a binary search of _codes.
func _entry(c Code) uint {
	lo, hi := 0, _count
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if _codeAt(m) < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < _count && _codeAt(lo) == c {
		return uint(lo+1) & _mask
	}
	return 0
}

// _textOf returns the phrase of c.
func _textOf(c Code) string { return _text[_entry(c)] }

// _appendCodes appends the registered codes to codes, in ascending order.
func _appendCodes(codes []Code) []Code {
	for k := range _count {
		codes = append(codes, _codeAt(k))
	}
	return codes
}

// _classOf returns the number of the class that holds c, 0 for none.
func _classOf(c Code) uint {
	for k := 1; k < len(_classes); k++ {
		if _classes[k].first <= c && c <= _classes[k].last {
			return uint(k)
		}
	}
	return 0
}

// _index returns the position of c in the property tables: its entry
// when it is registered, and otherwise _count+1 plus the number of its
// class, 0 for none.
func _index(c Code) uint {
	if e := _entry(c); e != 0 {
		return e
	}
	return _count + 1 + _classOf(c)
}
