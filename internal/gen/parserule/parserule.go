// Package parserule holds the rules by which the generated Parse reads
// text: how letters fold, and what looks like a number. The renderer
// (internal/gen) writes Parse's table by them, and Phrases and Checked.Idents
// refuse, at their lines, the tables whose phrases Parse could not read.
package parserule

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the rune that stands for r's case-folding orbit, the runes
// strings.EqualFold takes as equal: the lower-case ASCII letter of an
// orbit that has one (K, k and K, the Kelvin sign, are k), and otherwise
// the orbit's least rune. The generated _fold is the same function.
func Fold(r rune) rune {
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

// Key returns s with every rune folded by Fold: Key(a) == Key(b) exactly
// when strings.EqualFold(a, b), the letter case Parse ignores.
func Key(s string) string { return strings.Map(Fold, s) }

// LooksNumeric reports whether s starts like a number: with a digit, or a
// sign and a digit. Parse reads a string that starts with a digit as a
// code or a code and phrase, so no phrase may start so; and a phrase such
// as "-1" would read back as another code than MarshalText's "-1" means.
func LooksNumeric(s string) bool {
	s = strings.TrimLeft(s, "+-")
	return s != "" && '0' <= s[0] && s[0] <= '9'
}
