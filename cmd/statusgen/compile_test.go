package main

import (
	// The scratch module's checks import net/http/httptest. Importing it
	// here has the go command build it before this test runs, once: in a
	// cold go test ./..., the go vet and go test below would otherwise
	// build it a second time, alongside the build of the other packages'
	// tests.
	_ "net/http/httptest"

	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/spec"
	"github.com/statusgen/statusgen/internal/testtables"
)

// TestCompile generates a package from each test table, hostile ones
// included, into a scratch module, and runs go vet and a test there that
// checks the generated API against the table: every string comes back byte
// for byte, Parse finds every phrase, and Class agrees with the ranges.
// Tables with HTTP's classes also run the helper tests of the status
// package.
func TestCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds generated packages with the go command")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	mod := t.TempDir()
	// The tests of the generated packages are written as files of the
	// packages themselves, not _test.go files, and one test in all/ runs
	// them all: one test binary to build and link instead of one for each
	// package, and each package compiled once rather than again with its
	// tests.
	//
	// go vet runs on the generated files alone, before the checks are
	// written: what it vets is the generator's output, and without the
	// checks, which import net/http and testing, it analyzes a handful of
	// standard packages for facts rather than two hundred.
	type check struct{ dir, fn string }
	var checks []check
	type file struct{ name, data string }
	var checkFiles []file
	testFunc := regexp.MustCompile(`(?m)^func (Test\w+)\(t \*testing\.T\)`)
	write := func(name, data string) {
		t.Helper()
		if base, ok := strings.CutSuffix(filepath.Base(name), "_test.go"); ok {
			for _, m := range testFunc.FindAllStringSubmatch(data, -1) {
				checks = append(checks, check{filepath.Dir(name), m[1]})
			}
			checkFiles = append(checkFiles, file{filepath.Join(filepath.Dir(name), "check_"+base+".go"), data})
			return
		}
		path := filepath.Join(mod, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module scratch\n\ngo 1.26\n")
	tableTest, err := os.ReadFile("../../testdata/pkgtest/table_test.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	httpTest, err := os.ReadFile("../../testdata/pkgtest/http_test.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	tables := append(glob(t, "../../testdata/tables/*.toml"), glob(t, "../../testdata/hostile/*.toml")...)
	tables = append(tables, "../../codes.toml", writeLargeTable(t),
		writeTable(t, "classes90props9.toml", testtables.Properties(90, 9)),
		writeTable(t, "props20.toml", testtables.Properties(5, 20)),
		writeTable(t, "classes300.toml", testtables.Properties(300, 2)))
	var otherDomains []string // packages of tables that are not HTTP's
	for i, in := range tables {
		dir := fmt.Sprintf("p%02d_%s", i, strings.TrimSuffix(filepath.Base(in), ".toml"))
		if base := filepath.Base(in); base == "websocket.toml" || base == "sip.toml" {
			otherDomains = append(otherDomains, dir)
		}
		out := filepath.Join(mod, dir, "gen.go")
		if code, _, stderr := statusgen(t, "-in", in, "-out", out, "-package", "gen"); code != 0 {
			t.Fatalf("%s: exit %d: %s", in, code, stderr)
		}
		src, _ := os.ReadFile(in)
		tab, err := load.Table(in, src, load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		write(filepath.Join(dir, "table_test.go"), string(tableTest))
		write(filepath.Join(dir, "want_test.go"), wantFile(tab))
		write(filepath.Join(dir, "props_test.go"), propsTest(t, src))
		if len(tab.Classes) == 5 && tab.Classes[4].Ident == "ServerError" && tab.Classes[4].Last == 599 {
			write(filepath.Join(dir, "http_test.go"), string(httpTest))
		}
		if filepath.Base(in) == "codes.toml" {
			write(filepath.Join(dir, "nethttp_test.go"), readFile(t, "../../testdata/pkgtest/nethttp_test.go.txt"))
		}
	}
	// -typed gives the constants the code type, with its methods.
	if code, _, stderr := statusgen(t, "-in", "../../codes.toml", "-out", filepath.Join(mod, "typed", "gen.go"), "-package", "typed", "-typed"); code != 0 {
		t.Fatalf("-typed: exit %d: %s", code, stderr)
	}
	write(filepath.Join("typed", "typed_test.go"), readFile(t, "../../testdata/pkgtest/typed_test.go.txt"))
	// The DRF-style package from codes.toml has every name of Django REST
	// framework's status module, with its code.
	drf := filepath.Join(mod, "drf")
	if code, _, stderr := statusgen(t, "-in", "../../codes.toml", "-out", filepath.Join(drf, "gen.go"), "-package", "drf", "-style", "drf"); code != 0 {
		t.Fatalf("-style drf: exit %d: %s", code, stderr)
	}
	write(filepath.Join("drf", "drf_test.go"), drfTest(t))
	write(filepath.Join("drf", "nethttp_test.go"), readFile(t, "../../testdata/pkgtest/drf_nethttp_test.go.txt"))
	var all strings.Builder
	all.WriteString("package all_test\n\nimport (\n\t\"testing\"\n\n")
	imported := map[string]bool{}
	for _, c := range checks {
		if !imported[c.dir] {
			imported[c.dir] = true
			fmt.Fprintf(&all, "\t%s \"scratch/%s\"\n", c.dir, filepath.ToSlash(c.dir))
		}
	}
	all.WriteString(")\n\nfunc TestGenerated(t *testing.T) {\n")
	for _, c := range checks {
		fmt.Fprintf(&all, "\tt.Run(%q, %s.%s)\n", c.dir+"/"+c.fn, c.dir, c.fn)
	}
	all.WriteString("}\n")
	if len(checks) < 3*len(tables) {
		t.Fatalf("found %d test functions for %d tables", len(checks), len(tables))
	}
	// goRun runs the go command in the scratch module.
	goRun := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(goCmd, args...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s in the generated packages: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	goRun("vet", "./...")
	for _, f := range checkFiles {
		write(f.name, f.data)
	}
	write(filepath.Join("all", "all.go"), "// Package all runs the tests of the generated packages.\npackage all\n")
	if err := os.WriteFile(filepath.Join(mod, "all", "all_test.go"), []byte(all.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// Every test function ran and passed. The checks were not vetted (go
	// vet ran above, on the generated code), so neither is the test.
	out := goRun("test", "-count=1", "-vet=off", "-v", "./all")
	if n := strings.Count(out, "\n    --- PASS: TestGenerated/"); n != len(checks) {
		t.Fatalf("go test ran %d of the %d tests of the generated packages:\n%s", n, len(checks), out)
	}
	// The packages of other domains' tables say nothing of HTTP: what a
	// code is comes from the table.
	if len(otherDomains) != 2 {
		t.Fatalf("the WebSocket and SIP tables are missing: %v", otherDomains)
	}
	for _, dir := range otherDomains {
		out := goRun("doc", "-all", "./"+dir)
		if m := regexp.MustCompile(`\bHTTP\b|net/http|http\.[A-Z]`).FindString(out); m != "" {
			t.Errorf("go doc -all ./%s speaks of HTTP (%q):\n%s", dir, m, out)
		}
	}
}

// readFile returns the contents of the file at path.
func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wantFile returns a Go file declaring what the table says of each code.
func wantFile(tab *spec.Table) string {
	var b strings.Builder
	b.WriteString("package gen\n\nvar want = map[int]struct {\n\ttext, description, reference, class string\n\taliases []string\n}{\n")
	for _, s := range tab.Statuses {
		fmt.Fprintf(&b, "\t%d: {%s, %s, %s, %s, []string{", s.Code, strconv.Quote(s.Name), strconv.Quote(s.Description),
			strconv.Quote(s.RFC), strconv.Quote(s.Class.Name))
		for _, p := range s.Phrases()[1:] { // aliases and spellings
			fmt.Fprintf(&b, "%s, ", strconv.Quote(p))
		}
		b.WriteString("}},\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// writeTable writes src to a file named name in a new directory, and
// returns its path.
func writeTable(t *testing.T, name string, src []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// propsTest returns a test of every property's method for codes -1 to
// 1000 and a few far outside, against values worked out here from the
// decoded TOML, not by the generator's model: a status's value, else its
// class's, else the default.
func propsTest(t *testing.T, src []byte) string {
	var raw struct {
		Property []map[string]any
		Class    []map[string]any
		Status   []map[string]any
	}
	if _, err := toml.Decode(string(src), &raw); err != nil {
		t.Fatal(err)
	}
	// value is a property's value for code: a status's, else its class's,
	// else the default.
	value := func(name string, def any, code int) any {
		v := def
		for _, c := range raw.Class {
			if c["first"].(int64) <= int64(code) && int64(code) <= c["last"].(int64) {
				if cv, ok := c[name]; ok {
					v = cv
				}
			}
		}
		for _, s := range raw.Status {
			if s["code"].(int64) == int64(code) {
				if sv, ok := s[name]; ok {
					v = sv
				}
			}
		}
		return v
	}
	// Every code from -1 to past the last class's last, and at least 1000.
	top := 1000
	for _, c := range raw.Class {
		top = max(top, int(c["last"].(int64))+1)
	}
	var b strings.Builder
	b.WriteString("package gen\n\nimport \"testing\"\n\nfunc TestProperties(t *testing.T) {\n")
	b.WriteString("\tfor _, p := range []struct {\n\t\tname   string\n\t\tmethod func(Code) bool\n\t\twant   string // '1' at index code+1 when code has it\n\t\tother  bool   // the value outside every class\n\t}{\n")
	var texts strings.Builder
	for _, p := range raw.Property {
		name, method := p["name"].(string), p["method"].(string)
		if p["type"] == "string" {
			def, _ := p["default"].(string)
			fmt.Fprintf(&texts, "\t{%q, Code.%s, %q, map[int]string{", name, method, def)
			for code := -1; code <= top; code++ {
				if v := value(name, def, code).(string); v != def {
					fmt.Fprintf(&texts, "%d: %q, ", code, v)
				}
			}
			texts.WriteString("}},\n")
			continue
		}
		def, _ := p["default"].(bool)
		want := make([]byte, top+2)
		for code := -1; code <= top; code++ {
			want[code+1] = "01"[btoi(value(name, def, code).(bool))]
		}
		fmt.Fprintf(&b, "\t\t{%q, Code.%s, %q, %t},\n", name, method, want, def)
	}
	b.WriteString("\t} {\n\t\tfor code := -1; code+1 < len(p.want); code++ {\n")
	b.WriteString("\t\t\tif got, want := p.method(Code(code)), p.want[code+1] == '1'; got != want {\n")
	b.WriteString("\t\t\t\tt.Errorf(\"%s of %d = %t, want %t\", p.name, code, got, want)\n\t\t\t}\n\t\t}\n")
	b.WriteString("\t\tfor _, code := range []int{-1 << 40, -1000, 40000, 1 << 40} {\n")
	b.WriteString("\t\t\tif got := p.method(Code(code)); got != p.other {\n\t\t\t\tt.Errorf(\"%s of %d = %t, want the default %t\", p.name, code, got, p.other)\n\t\t\t}\n\t\t}\n")
	b.WriteString("\t}\n}\n")
	// String properties: the codes whose value is not the default, and the
	// default for every other code, far outside included.
	b.WriteString("\nfunc TestStringProperties(t *testing.T) {\n\tfor _, p := range []struct {\n\t\tname   string\n\t\tmethod func(Code) string\n\t\tdef    string\n\t\twant   map[int]string\n\t}{\n")
	b.WriteString(texts.String())
	b.WriteString("\t} {\n\t\tfor _, code := range []int{-1 << 40, -1000, 40000, 1 << 40} {\n\t\t\tif got := p.method(Code(code)); got != p.def {\n\t\t\t\tt.Errorf(\"%s of %d = %q, want the default %q\", p.name, code, got, p.def)\n\t\t\t}\n\t\t}\n")
	fmt.Fprintf(&b, "\t\tfor code := -1; code <= %d; code++ {\n\t\t\twant, ok := p.want[code]", top)
	b.WriteString("\n\t\t\tif !ok {\n\t\t\t\twant = p.def\n\t\t\t}\n\t\t\tif got := p.method(Code(code)); got != want {\n\t\t\t\tt.Errorf(\"%s of %d = %q, want %q\", p.name, code, got, want)\n\t\t\t}\n\t\t}\n\t}\n}\n")
	return b.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// writeLargeTable writes a table with every code from 100 to 599 and one
// description of 200 KB, and returns its path.
func writeLargeTable(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "large.toml")
	if err := os.WriteFile(path, testtables.Large(500, 200<<10), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// drfTest returns a test that uses every constant of Django REST
// framework's status module (testdata/reference/drf-constants.csv) and
// checks its code.
func drfTest(t *testing.T) string {
	src, err := os.ReadFile("../../testdata/reference/drf-constants.csv")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("package drf\n\nimport \"testing\"\n\nfunc TestDRFNames(t *testing.T) {\n\tfor got, want := range map[Code]int{\n")
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(string(src)), "\n")[1:] {
		code, name, _ := strings.Cut(strings.TrimSpace(line), ",")
		fmt.Fprintf(&b, "\t\t%s: %s,\n", name, code)
		n++
	}
	if n != 64 {
		t.Fatalf("read %d DRF constants, want 64", n)
	}
	b.WriteString("\t} {\n\t\tif int(got) != want {\n\t\t\tt.Errorf(\"%d, want %d\", got, want)\n\t\t}\n\t}\n}\n")
	return b.String()
}
