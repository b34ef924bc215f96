package gen

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/statusgen/statusgen/internal/gen/parserule"
)

// floods returns sets of phrases made to collide under weak hashes: the
// same length and first, middle and last bytes (which the hash of earlier
// versions read alone); Thue–Morse blocks, which collide under a
// polynomial hash for every odd multiplier; and phrases that differ only
// in bit 0x20 of characters that are not letters, which a hash that folds
// by setting that bit would take as one.
func floods() map[string][]string {
	r := rand.New(rand.NewPCG(1, 2))
	sets := map[string][]string{}
	var same []string
	for range 900 {
		b := []byte(strings.Repeat("x", 61))
		for i := range b {
			b[i] = byte('b' + r.IntN(24))
		}
		b[0], b[30], b[60] = 'A', 'm', 'z'
		same = append(same, string(b))
	}
	sets["same ends"] = same
	tm := func(n int, flip bool) string {
		var b strings.Builder
		for i := range n {
			c := byte('a' + (countOnes(i)+btoi(flip))%2)
			b.WriteByte(c)
		}
		return b.String()
	}
	var thue []string
	for i := range 900 {
		var b strings.Builder
		b.WriteString("X")
		for k := range 10 {
			b.WriteString(tm(64, i>>k&1 == 1))
		}
		thue = append(thue, b.String())
	}
	sets["Thue–Morse"] = thue
	var bit5 []string
	for i := range 900 {
		var b strings.Builder
		b.WriteString("Q")
		for k := range 10 {
			b.WriteByte("@`"[i>>k&1])
		}
		bit5 = append(bit5, b.String())
	}
	sets["bit 0x20"] = bit5
	return sets
}

func countOnes(i int) int {
	n := 0
	for ; i > 0; i &= i - 1 {
		n++
	}
	return n
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestParseTableFlood checks that no choice of phrases makes Parse's table
// slow: every flood set is placed with its first or second seed, within the
// probe bound, so that generating is linear and a lookup reads at most
// maxProbes slots.
func TestParseTableFlood(t *testing.T) {
	for name, phrases := range floods() {
		var keys []parseKey
		for i, p := range phrases {
			keys = append(keys, newParseKey(p, 100+i, false))
		}
		tab := placeKeys(keys)
		if tab.probes > maxProbes(len(keys)) {
			t.Errorf("%s: a lookup reads up to %d slots, want at most %d", name, tab.probes, maxProbes(len(keys)))
		}
		// Every key is found by the lookup the generated code does.
		for i := range keys {
			if got := lookup(tab, keys[i].text); got != keys[i].code {
				t.Fatalf("%s: %q found as %d, want %d", name, keys[i].text, got, keys[i].code)
			}
		}
	}
}

// lookup is the generated _lookup over tab, for phrases.
func lookup(tab hashTable, s string) int {
	var f strings.Builder
	for _, r := range s {
		f.WriteRune(parserule.Fold(r))
	}
	j := int(parseHash(f.String(), tab.seed) >> tab.shift)
	for range tab.probes {
		k := tab.slots[j]
		if k == nil {
			break
		}
		if strings.EqualFold(s, k.folded) {
			return k.code
		}
		j = (j + 1) % len(tab.slots)
	}
	return -1
}

// TestFoldRune checks that parserule.Fold picks one rune for each orbit of
// strings.EqualFold, and an ASCII one where the orbit has one.
func TestFoldRune(t *testing.T) {
	for r := rune(0); r <= 0x1ffff; r++ {
		f := parserule.Fold(r)
		if !strings.EqualFold(string(r), string(f)) {
			t.Fatalf("parserule.Fold(%U) = %U, which EqualFold does not match", r, f)
		}
		if parserule.Fold(f) != f {
			t.Fatalf("parserule.Fold(%U) = %U, which folds to %U", r, f, parserule.Fold(f))
		}
		if r < utf8.RuneSelf && f >= utf8.RuneSelf {
			t.Fatalf("parserule.Fold(%U) = %U, not ASCII", r, f)
		}
	}
	for _, c := range []struct{ in, want string }{{"\u212a", "k"}, {"\u017f", "s"}, {"K", "k"}, {"ö", "Ö"}, {"Σ", "Σ"}, {"ς", "Σ"}} {
		if got := string(parserule.Fold([]rune(c.in)[0])); got != c.want {
			t.Errorf("parserule.Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
