// Package testtables builds large status-code tables for tests and
// benchmarks.
package testtables

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Large returns a table with HTTP's five classes widened to cover 100 to
// 999, and n codes from 100 up (n at most 900), each with a distinct name,
// a description, an alias and a reference. When bigDesc > 0, code 418 (if
// present) gets a description of about bigDesc bytes.
func Large(n, bigDesc int) []byte {
	var b strings.Builder
	for _, c := range []struct {
		name        string
		first, last int
	}{{"Informational", 100, 199}, {"Success", 200, 299}, {"Redirect", 300, 399}, {"Client Error", 400, 499}, {"Server Error", 500, 999}} {
		fmt.Fprintf(&b, "[[class]]\nname = %q\nfirst = %d\nlast = %d\n\n", c.name, c.first, c.last)
	}
	words := []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett"}
	for code := 100; code < 100+n && code <= 999; code++ {
		name := words[code/100] + " " + words[code/10%10] + " " + words[code%10]
		desc := "Code " + strconv.Itoa(code) + " of a large table, with a sentence of ordinary length."
		if code == 418 && bigDesc > 0 {
			line := "A long description, line after line.\n"
			desc = strings.Repeat(line, bigDesc/len(line))
		}
		fmt.Fprintf(&b, "[[status]]\ncode = %d\nname = %q\ndescription = %q\nrfc = \"RFC %d, Section %d.%d\"\naliases = [%q]\n\n",
			code, name, desc, 9000+code, code/100, code%100, "Old "+name)
	}
	return []byte(b.String())
}

// Properties returns a table with a class for every ten codes from 100 to
// 999 (90 when classes is 90; fewer classes each cover more), a status for
// every seventh code, and props properties, each set by some classes and
// some statuses, true and false, so that every level of precedence shows.
// The values follow a fixed pattern: the same arguments give the same table.
func Properties(classes, props int) []byte {
	var b strings.Builder
	for p := range props {
		fmt.Fprintf(&b, "[[property]]\nname = \"p%d\"\nmethod = \"HasP%d\"\ndefault = %t\ndescription = \"HasP%d reports property p%d.\"\n\n", p, p, p%2 == 0, p, p)
	}
	width := 900 / classes
	for k := range classes {
		first := 100 + k*width
		last := first + width - 1
		if k == classes-1 {
			last = 999
		}
		fmt.Fprintf(&b, "[[class]]\nname = \"K%d\"\nfirst = %d\nlast = %d\n", k, first, last)
		for p := range props {
			if (k+p)%3 == 0 {
				fmt.Fprintf(&b, "p%d = %t\n", p, (k*7+p)%2 == 0)
			}
		}
		b.WriteString("\n")
	}
	for code := 100; code <= 999; code += 7 {
		fmt.Fprintf(&b, "[[status]]\ncode = %d\nname = \"S%d\"\n", code, code)
		for p := range props {
			if (code+p)%4 == 0 {
				fmt.Fprintf(&b, "p%d = %t\n", p, (code+p*3)%5 < 2)
			}
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// Seeds returns every table of the repository, the test tables under
// testdata (broken, hostile and valid) and codes.toml, as seeds for the fuzz
// targets of a package two levels below the repository's root.
func Seeds() [][]byte {
	var seeds [][]byte
	for _, pattern := range []string{"../../testdata/*/*.toml", "../../codes.toml"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				seeds = append(seeds, src)
			}
		}
	}
	return seeds
}
