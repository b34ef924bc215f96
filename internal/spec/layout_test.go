package spec

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/statusgen/statusgen/internal/testtables"
)

// TestLayoutLexical checks positions past the lexical forms that fooled the
// earlier scanner: quotes in comments, escapes, multi-line strings that end
// in quotes, a BOM, CRLF line ends, inline tables across lines.
func TestLayoutLexical(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      map[string]int // "key" or "header#i" → line
	}{
		{"quotes in a comment", "# Long descriptions use \"\"\" strings.\n[[status]]\ncode = 1\ndescription = '''\nit's\n'''\nname = 'x'\n",
			map[string]int{"status#0": 2, "code": 3, "description": 4, "name": 7}},
		{"literal ending in a quote", "[[status]]\ndescription = \"\"\"\nends in '\"\"\"\nname = \"n\" # ' \"\n",
			map[string]int{"status#0": 1, "description": 2, "name": 4}},
		{"five quotes", "[[status]]\ndescription = \"\"\"a \"\"\"\"\"\nname = 'n'\n",
			map[string]int{"description": 2, "name": 3}},
		{"escaped quote and backslash line end", "[[status]]\ndescription = \"\"\"a \\\"\"\" \\\n  b\"\"\"\nname = \"q\\\"#\"\n",
			map[string]int{"description": 2, "name": 4}},
		{"BOM", "\ufeff[[status]]\ncode = 1\n", map[string]int{"status#0": 1, "code": 2}},
		{"CRLF", "[[status]]\r\ncode = 1\r\n\r\nname = 'x'\r\n", map[string]int{"status#0": 1, "code": 2, "name": 4}},
		{"inline table over lines", "x = {a = 1, # comment {\n  b = [\n 2 ], }\n[[status]]\ncode = 1\n", map[string]int{"status#0": 4, "code": 5}},
		{"date with a space", "d = 1979-05-27 07:32:00Z\n[[status]]\ncode = 1\n", map[string]int{"status#0": 2, "code": 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := toml.Decode(tc.src, new(map[string]any)); err != nil {
				t.Fatalf("test table is not TOML: %v", err)
			}
			l, err := scanLayout(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			hs := l.arrayHeaders("status")
			for k, line := range tc.want {
				got := -1
				if name, i, ok := strings.Cut(k, "#"); ok && name == "status" {
					if n := int(i[0] - '0'); n < len(hs) {
						got = hs[n].line
					}
				} else if len(hs) > 0 {
					got = hs[0].keys[k]
				}
				if got != line {
					t.Errorf("%s at line %d, want %d", k, got, line)
				}
			}
			checkLayout(t, tc.src, l)
		})
	}
}

// TestLayoutLimits checks that the scanner refuses what would cost the
// decoder too much, at the line where the limit is passed.
func TestLayoutLimits(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line      int
	}{
		{"nested inline tables", "ok = 1\nx = " + strings.Repeat("{a = ", 10000), 2},
		{"nested arrays", "x = [\n" + strings.Repeat("[", 10000), 2},
		{"dotted key", "\n\n" + strings.Repeat("a.", 5000) + "b = 1\n", 3},
		{"dotted header", "[" + strings.Repeat("a.", 5000) + "b]\n", 1},
	} {
		l, err := scanLayout(tc.src)
		if err == nil || err.Line != tc.line || l == nil {
			t.Errorf("%s: error %v, want one at line %d", tc.name, err, tc.line)
		}
	}
	if _, err := scanLayout(strings.Repeat(" ", MaxSize+1)); err == nil || err.Line != 0 {
		t.Errorf("oversized file: %v", err)
	}
	// At the limits, a value is accepted.
	if _, err := scanLayout("x = " + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + "\n" + strings.Repeat("a.", MaxKeyParts-1) + "b = 1\n"); err != nil {
		t.Errorf("at the limits: %v", err)
	}
}

// checkLayout compares the scanner with the decoder: the scanner must see
// the decoder's keys, in the decoder's order, and each at a line and column
// where the document has a key or header.
func checkLayout(t *testing.T, src string, l *layout) {
	t.Helper()
	md, err := toml.Decode(src, new(map[string]any))
	if err != nil {
		return // the scanner may stop anywhere in a document the decoder refuses
	}
	var want [][]string
	for _, k := range md.Keys() {
		want = append(want, []string(k))
	}
	var got [][]string
	for _, k := range l.keys {
		got = append(got, k.path)
	}
	if !slices.EqualFunc(want, got, slices.Equal) {
		t.Fatalf("scanner's keys differ from the decoder's\nscanner %q\ndecoder %q", got, want)
	}
	lines := strings.Split(strings.TrimPrefix(src, bom), "\n")
	for _, k := range l.keys {
		if k.line < 1 || k.line > len(lines) || k.col < 1 {
			t.Fatalf("key %q at %d:%d, outside the document", k.path, k.line, k.col)
		}
		text := lines[k.line-1]
		if k.line == 1 && strings.HasPrefix(src, bom) {
			text = bom + text
		}
		if k.col > len(text) {
			t.Fatalf("key %q at %d:%d, past the end of %q", k.path, k.line, k.col, text)
		}
		rest := text[k.col-1:]
		last := k.path[len(k.path)-1]
		if !strings.HasPrefix(rest, "[") && !strings.HasPrefix(rest, "\"") && !strings.HasPrefix(rest, "'") &&
			!strings.HasPrefix(rest, k.path[0]) && !slices.ContainsFunc(k.path, func(p string) bool { return strings.HasPrefix(rest, p) }) {
			t.Fatalf("key %q (last part %q) at %d:%d, where the line reads %q", k.path, last, k.line, k.col, rest)
		}
	}
}

// FuzzLayout checks the scanner against the decoder on any input: it must
// never panic, and on every document the decoder accepts it must see the
// same keys in the same order, each where the document has it.
func FuzzLayout(f *testing.F) {
	for _, src := range testtables.Seeds() {
		f.Add(src)
	}
	f.Add([]byte("# \"\"\" in a comment\n[[status]]\ndescription = '''\nx'\n'''\n"))
	f.Add([]byte("a = {b = {c = [1, {d = 'e'}]}}\n\"q.k\".'l' = \"\\u0041\\e\\x41\"\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		l, err := scanLayout(string(src))
		if err != nil {
			return
		}
		checkLayout(t, string(src), l)
	})
}

// TestLoadLimits loads inputs built to cost the decoder far more than their
// size, and valid tables at the sizes the limits must allow.
func TestLoadLimits(t *testing.T) {
	const class = "[[class]]\nname = \"S\"\nfirst = 100\nlast = 999\n"
	repeat := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(f(i))
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, src, want string
	}{
		{"40 KB of nested inline tables", "x = " + strings.Repeat("{a = ", 8000), ":1: values nested more than"},
		{"many dotted keys", class + repeat(40000, func(i int) string { return fmt.Sprintf("k%d.a.b.c.d.e.f = 1\n", i) }), fmt.Sprintf(": more than %d tables", MaxTables)},
		{"many headers", repeat(50000, func(i int) string { return fmt.Sprintf("[t%d.a.b]\n", i) }), fmt.Sprintf(": more than %d tables", MaxTables)},
		{"many inline tables", "status = [" + repeat(100000, func(i int) string { return "{code = 200}," }) + "]\n", fmt.Sprintf("t.toml:1: more than %d tables", MaxTables)},
		{"many keys", class + "[[status]]\n" + repeat(MaxKeys+10, func(i int) string { return fmt.Sprintf("k%d = 1\n", i) }), fmt.Sprintf(": more than %d keys", MaxKeys)},
		{"many aliases", class + "[[status]]\ncode = 200\nname = \"OK\"\naliases = [" + repeat(100000, func(i int) string { return fmt.Sprintf("\"a%d\",", i) }) + "]\n",
			"t.toml:8: aliases in [[status]] 200 has 100000 phrases: at most 16"},
	} {
		_, err := load("t.toml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !regexp.MustCompile(`^t\.toml:\d+: `).MatchString(err.Error()) {
			t.Errorf("%s: %.200v; want a positioned error containing %q", tc.name, err, tc.want)
		}
	}
	// A valid table of about 1 MB, every code from 100 to 999, one
	// description of 256 KB, is accepted.
	src := class + repeat(900, func(i int) string {
		desc := strings.Repeat("word ", 120)
		if i == 0 {
			desc = strings.Repeat("x", 256<<10)
		}
		return fmt.Sprintf("[[status]]\ncode = %d\nname = \"Name %d\"\ndescription = %q\naliases = [\"Old %d\"]\n", 100+i, i, desc, i)
	})
	if len(src) < 800<<10 {
		t.Fatalf("valid table is only %d bytes", len(src))
	}
	if _, err := load("t.toml", []byte(src)); err != nil {
		t.Errorf("valid %d-byte table: %.300v", len(src), err)
	}
}
