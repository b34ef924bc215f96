package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
)

// update rewrites the golden files under testdata instead of comparing
// with them, as gofmt's tests do: go test ./cmd/statusgen -update (make
// golden). The inputs are the tables under the repository's testdata.
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// checkGolden compares got with the golden file at path, or with -update
// writes it there. On a mismatch it reports a unified diff.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the test produced (run go test -update if the change is right):\n%s", path, diff.Diff(path, want, "got", got))
	}
}

// statusgen runs the command in-process and returns its exit status and
// output.
func statusgen(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func glob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) == 0 {
		t.Fatalf("no files match %s: %v", pattern, err)
	}
	return m
}

// TestTables generates each table under testdata/tables and compares the
// whole file with its golden file.
func TestTables(t *testing.T) {
	for _, in := range glob(t, "../../testdata/tables/*.toml") {
		name := strings.TrimSuffix(filepath.Base(in), ".toml")
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "gen.go")
			code, _, stderr := statusgen(t, "-in", in, "-out", out)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "testdata/tables/"+name+".golden", got)

			// Generating again, from the same table or from one with its
			// entries in reverse order, gives the same bytes.
			src, _ := os.ReadFile(in)
			rev := filepath.Join(t.TempDir(), filepath.Base(in))
			if err := os.WriteFile(rev, reverseEntries(src), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, table := range []string{in, rev} {
				if code, stdout, stderr := statusgen(t, "-in", table, "-out", out, "-check"); code != 0 {
					t.Errorf("-check of %s after generating: exit %d\n%s%s", table, code, stderr, stdout)
				}
			}
		})
	}
}

// reverseEntries returns src with its [[...]] tables in reverse order.
func reverseEntries(src []byte) []byte {
	parts := regexp.MustCompile(`(?m)^\[\[`).Split(string(src), -1)
	head, entries := parts[0], parts[1:]
	slices.Reverse(entries)
	var b strings.Builder
	b.WriteString(head)
	for _, e := range entries {
		b.WriteString("[[" + strings.TrimRight(e, "\n") + "\n\n")
	}
	return []byte(b.String())
}

// TestErrors runs each broken table of testdata/errors and compares what
// statusgen prints with its golden file beside it. Every run exits 2 and writes
// nothing.
func TestErrors(t *testing.T) {
	for _, in := range glob(t, "testdata/errors/*.toml") {
		name := strings.TrimSuffix(filepath.Base(in), ".toml")
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "gen.go")
			if err := os.WriteFile(out, []byte("// the file before\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := statusgen(t, "-in", in, "-out", out)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if stdout != "" {
				t.Errorf("stdout: %q, want nothing", stdout)
			}
			// Messages name the table as given; make them independent of
			// where the test runs from.
			msg := strings.ReplaceAll(stderr, filepath.Dir(in)+string(filepath.Separator), "")
			checkGolden(t, "testdata/errors/"+name+".golden", []byte(msg))
			if !strings.HasPrefix(msg, name+".toml:") {
				t.Errorf("message does not start with the file name: %q", msg)
			}
			if after, _ := os.ReadFile(out); string(after) != "// the file before\n" {
				t.Errorf("the output file changed: %q", after)
			}
			if ents, _ := os.ReadDir(dir); len(ents) != 1 {
				t.Errorf("files left in the output directory: %v", ents)
			}
		})
	}
}

// TestCommitted checks that the committed generated files are what
// codes.toml generates, run as generate.go's go:generate line runs it.
func TestCommitted(t *testing.T) {
	src, err := os.ReadFile("../../generate.go")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^//go:generate go tool statusgen(.*)$`).FindSubmatch(src)
	if m == nil {
		t.Fatal("generate.go has no go:generate line for statusgen")
	}
	t.Chdir("../..")
	args := append(strings.Fields(string(m[1])), "-check")
	code, stdout, stderr := statusgen(t, args...)
	if code != 0 {
		t.Fatalf("generated files are stale: run go generate ./... (exit %d)\n%s%s", code, stderr, stdout)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-nosuchflag"},
		{"extra"},
		{"-package", "not a name"},
		{"-type", "lower"},
		{"-type", "Class"},
		{"-type", "Parse"},
		{"-type", "ErrUnknown"},
		{"-in", "../../testdata/no/such/file.toml"},
		{"-in", "../../codes.toml", "-out", "../../codes.toml"},
		{"-in", "../../codes.toml", "-out", "./../../codes.toml"},
		{"-out", "a.go", "-docs", "a.go"},
	} {
		code, _, stderr := statusgen(t, args...)
		if code != 2 || !strings.Contains(stderr, "statusgen") && !strings.Contains(stderr, "flag") {
			t.Errorf("statusgen %q: exit %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
	// A -type that a class's declarations take is reported at the class.
	for _, typ := range []string{"IsSuccess", "ClassServerError", "NotFound"} {
		code, _, stderr := statusgen(t, "-in", "../../codes.toml", "-type", typ)
		if code != 2 || !regexp.MustCompile(`^\.\./\.\./codes\.toml:\d+: .*-type `+typ).MatchString(stderr) {
			t.Errorf("-type %s: exit %d, stderr %q; want 2 and a positioned message naming -type", typ, code, stderr)
		}
	}
	if code, _, _ := statusgen(t, "-h"); code != 0 {
		t.Errorf("-h: exit %d, want 0", code)
	}
}

// TestInit writes the built-in table into an empty directory, and refuses
// to write over a file that exists, whatever it is.
func TestInit(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "codes.toml")
	if code, stdout, stderr := statusgen(t, "-init", "-in", in); code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("-init: exit %d, %q %q", code, stdout, stderr)
	}
	got, err := os.ReadFile(in)
	want, _ := os.ReadFile("../../codes.toml")
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("-init wrote %d bytes (%v), not codes.toml's %d", len(got), err, len(want))
	}
	if fi, _ := os.Stat(in); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("-init left %d files, want 1", len(entries))
	}
	os.WriteFile(in, []byte("mine"), 0o600)
	os.Symlink("nowhere", filepath.Join(dir, "link.toml"))
	for _, path := range []string{in, filepath.Join(dir, "link.toml"), dir} {
		code, _, stderr := statusgen(t, "-init", "-in", path)
		if code != 2 || !strings.Contains(stderr, "already exists") {
			t.Errorf("-init over %s: exit %d, %q", path, code, stderr)
		}
	}
	if got, _ := os.ReadFile(in); string(got) != "mine" {
		t.Errorf("-init changed an existing file: %q", got)
	}
	if code, _, _ := statusgen(t, "-init", "-in", filepath.Join(dir, "new", "dir", "t.toml")); code != 0 {
		t.Errorf("-init into a new directory: exit %d", code)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "gen.go")
	in := "../../testdata/tables/minimal.toml"

	code, stdout, stderr := statusgen(t, "-in", in, "-out", out, "-check")
	if code != 1 || !strings.Contains(stderr, out+" is missing") || stdout != "" {
		t.Fatalf("-check with no output file: exit %d\n%s%s", code, stderr, stdout)
	}
	if _, err := os.Stat(out); err == nil {
		t.Fatal("-check wrote the output file")
	}
	if code, _, stderr := statusgen(t, "-in", in, "-out", out); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	if code, _, _ := statusgen(t, "-in", in, "-out", out, "-check"); code != 0 {
		t.Fatalf("-check after generating: exit %d", code)
	}
	data, _ := os.ReadFile(out)
	edited := bytes.Replace(data, []byte(`"200 OK"`), []byte(`"200 Okay"`), 1)
	os.WriteFile(out, edited, 0o644)
	code, stdout, _ = statusgen(t, "-in", in, "-out", out, "-check")
	// The diff runs from the file on disk to what generating would write, as
	// gofmt -d shows what running gofmt would change.
	if code != 1 || !strings.Contains(stdout, "--- "+filepath.ToSlash(out)+".orig\n+++ "+filepath.ToSlash(out)+"\n") ||
		!regexp.MustCompile(`(?m)^-\t0x1: "200 Okay",$`).MatchString(stdout) || !regexp.MustCompile(`(?m)^\+\t0x1: "200 OK",$`).MatchString(stdout) {
		t.Fatalf("-check of an edited file: exit %d, diff:\n%s", code, stdout)
	}
	if after, _ := os.ReadFile(out); !bytes.Equal(after, edited) {
		t.Fatal("-check changed the file")
	}
	if code, _, _ := statusgen(t, "-in", "testdata/errors/empty.toml", "-out", out, "-check"); code != 2 {
		t.Fatalf("-check of a bad table: exit %d, want 2", code)
	}
}

// TestRegistry compares a frozen copy of codes.toml with copies of IANA's
// registry export, the real one and edited ones, and compares the reports
// with golden files. (.ci/run compares codes.toml itself.)
func TestRegistry(t *testing.T) {
	for _, tt := range []struct {
		csv  string
		exit int
	}{
		{"../../testdata/reference/http-status-codes-1.csv", 0},
		{"../../testdata/registry/renamed.csv", 1},
		{"../../testdata/registry/added.csv", 1},
		{"../../testdata/registry/unused.csv", 1},
		{"../../testdata/registry/markers.csv", 0},
		{"../../testdata/registry/malformed.csv", 2},
		{"../../testdata/registry/bad_value.csv", 2},
		{"../../testdata/registry/bare_quote.csv", 2},
		{"../../testdata/registry/unclosed_quote.csv", 2},
		{"../../testdata/registry/empty.csv", 2},
		{"../../testdata/registry/header_only.csv", 2},
		{"../../testdata/registry/ranges_only.csv", 2},
		{"../../testdata/registry/four_digits.csv", 2},
		{"../../testdata/registry/no-such-file.csv", 2},
	} {
		name := strings.TrimSuffix(filepath.Base(tt.csv), ".csv")
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := statusgen(t, "-in", "../../testdata/codes.toml", "-registry", tt.csv, "-out", filepath.Join(t.TempDir(), "x.go"))
			if code != tt.exit {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.exit, stderr, stdout)
			}
			if tt.exit == 2 {
				if stderr == "" || stdout != "" {
					t.Errorf("stdout %q, stderr %q: want only an error", stdout, stderr)
				}
				checkGolden(t, "testdata/registry/"+name+".err.golden", []byte(strings.ReplaceAll(stderr, "../../", "")))
				return
			}
			report := strings.ReplaceAll(stdout, "../../", "")
			checkGolden(t, "testdata/registry/"+name+".golden", []byte(report))
		})
	}
}

// TestDocs generates the Markdown page for tables, hostile ones included,
// and compares it with golden files.
func TestDocs(t *testing.T) {
	for _, in := range []string{"../../testdata/tables/strings.toml", "../../testdata/tables/vendor.toml", "../../testdata/tables/aliases.toml", "../../testdata/hostile/comments.toml"} {
		name := strings.TrimSuffix(filepath.Base(in), ".toml")
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			docs := filepath.Join(dir, "codes.md")
			if code, _, stderr := statusgen(t, "-in", in, "-out", filepath.Join(dir, "gen.go"), "-docs", docs); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			got, _ := os.ReadFile(docs)
			checkGolden(t, "testdata/docs/"+name+".md.golden", got)
			// -check covers the page too.
			os.WriteFile(docs, append(got, "edited\n"...), 0o644)
			code, stdout, _ := statusgen(t, "-in", in, "-out", filepath.Join(dir, "gen.go"), "-docs", docs, "-check")
			if code != 1 || !strings.Contains(stdout, "\n-edited\n") {
				t.Errorf("-check of an edited page: exit %d\n%s", code, stdout)
			}
		})
	}
}

// TestStyleDRF generates the package from a frozen copy of codes.toml with
// DRF's names. (TestCompile checks that codes.toml itself has every name of
// DRF's module.)
func TestStyleDRF(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gen.go")
	if code, _, stderr := statusgen(t, "-in", "../../testdata/codes.toml", "-out", out, "-style", "drf"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(out)
	checkGolden(t, "testdata/drf/status_gen.golden", got)
	if code, _, stderr := statusgen(t, "-style", "rails"); code != 2 || !strings.Contains(stderr, "-style") {
		t.Errorf("-style rails: exit %d, %q", code, stderr)
	}
}

// TestFiles runs the command on outputs that must be refused before
// anything is written, and on awkward names that must work.
func TestFiles(t *testing.T) {
	in := "../../testdata/tables/minimal.toml"
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	os.Symlink("real", filepath.Join(dir, "alias"))
	fifo := filepath.Join(dir, "fifo.go")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"one file by two names", []string{"-out", filepath.Join(dir, "real", "y.go"), "-docs", filepath.Join(dir, "alias", "y.go")}},
		{"a device", []string{"-out", os.DevNull}},
		{"a device, -check", []string{"-out", os.DevNull, "-check"}},
		{"a FIFO", []string{"-out", fifo}},
		{"a FIFO, -check", []string{"-out", fifo, "-check"}},
		{"a FIFO as -docs", []string{"-out", filepath.Join(dir, "z.go"), "-docs", fifo}},
	} {
		code, stdout, stderr := statusgen(t, append([]string{"-in", in}, tc.args...)...)
		if code != 2 || stdout != "" || !strings.HasPrefix(stderr, "statusgen: ") {
			t.Errorf("%s: exit %d, %q %q; want 2 and a message", tc.name, code, stdout, stderr)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "real")); len(entries) != 0 {
		t.Errorf("a refused run wrote %v", entries)
	}
	if _, err := os.Stat(filepath.Join(dir, "z.go")); err == nil {
		t.Error("-out was written though -docs was refused")
	}

	// When -docs cannot be written, -out is not replaced either.
	out := filepath.Join(dir, "out.go")
	os.WriteFile(out, []byte("before\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "blocker"), nil, 0o644)
	if code, _, _ := statusgen(t, "-in", in, "-out", out, "-docs", filepath.Join(dir, "blocker", "codes.md")); code != 2 {
		t.Errorf("-docs below a file: exit %d, want 2", code)
	}
	if b, _ := os.ReadFile(out); string(b) != "before\n" {
		t.Errorf("-out was replaced though -docs failed: %q", b[:min(len(b), 40)])
	}

	// A name as long as names may be, in a directory that does not exist.
	long := filepath.Join(dir, "new", strings.Repeat("x", 240)+".go")
	if code, _, stderr := statusgen(t, "-in", in, "-out", long); code != 0 {
		t.Errorf("a 243-byte name: exit %d: %s", code, stderr)
	}

	// A file name's unprintable characters are escaped in messages, and the
	// message still starts FILE:LINE: for editors.
	bad := filepath.Join(dir, "a\x1b[31m\nb.toml")
	os.WriteFile(bad, []byte("[[class]]\nname = 1\n"), 0o644)
	code, _, stderr := statusgen(t, "-in", bad, "-out", filepath.Join(dir, "b.go"))
	if code != 2 || strings.Contains(stderr, "\x1b") || !strings.Contains(stderr, `a\u001B[31m\u000Ab.toml:2: `) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	for _, line := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		if !strings.HasPrefix(line, filepath.Dir(bad)+`/a\u001B[31m\u000Ab.toml:`) {
			t.Errorf("line %q does not start with the escaped name", line)
		}
	}
}

// TestRefusedBeforeWriting covers inputs that must be refused whole, with
// a message that names what the user named, before anything is read past
// a limit, made or written.
func TestRefusedBeforeWriting(t *testing.T) {
	in := "../../testdata/tables/minimal.toml"
	dir := t.TempDir()
	big := filepath.Join(dir, "big.toml")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(1 << 30) // sparse: a gigabyte that costs no disk
	f.Close()
	out := filepath.Join(dir, "out.go")
	os.WriteFile(out, []byte("before\n"), 0o644)
	loop := filepath.Join(dir, "loop")
	os.Symlink("loop", loop)
	for _, tc := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"-in", "/dev/zero"}, "/dev/zero: larger than"},
		{[]string{"-in", big}, "big.toml: larger than"},
		{[]string{"-in", in, "-registry", "/dev/zero"}, "/dev/zero: larger than"},
		{[]string{"-in", in, "-out", out, "-docs", filepath.Join(dir, "newdir") + "/"}, "newdir/ names a directory"},
		{[]string{"-in", in, "-out", out, "-docs", dir + "/newdir/.."}, "names a directory"},
		{[]string{"-init", "-check"}, "-init takes only -in"},
		{[]string{"-init", "-in", filepath.Join(dir, "newd") + "/"}, "newd/ names a directory"},
		{[]string{"-in", in, "-out", ""}, "-out is empty"},
		{[]string{"-in", ""}, "-in is empty"},
		{[]string{"-in", in, "-out", loop}, "loop: too many links"},
	} {
		code, stdout, stderr := statusgen(t, tc.args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("statusgen %q: exit %d, %q %q; want 2 and %q", tc.args, code, stdout, stderr, tc.want)
		}
		if strings.Contains(stderr, ".statusgen") || strings.Contains(stderr, "EvalSymlinks") {
			t.Errorf("statusgen %q: the message names a temporary file or nothing: %q", tc.args, stderr)
		}
	}
	if b, _ := os.ReadFile(out); string(b) != "before\n" {
		t.Errorf("-out was replaced by a refused run: %q", b[:min(len(b), 40)])
	}
	for _, d := range []string{"newdir", "newd"} {
		if _, err := os.Stat(filepath.Join(dir, d)); err == nil {
			t.Errorf("a refused run made %s", d)
		}
	}
	// A write that fails below a new directory leaves no directory either.
	os.WriteFile(filepath.Join(dir, "file"), nil, 0o644)
	if code, _, _ := statusgen(t, "-in", in, "-out", filepath.Join(dir, "made", "x.go"), "-docs", filepath.Join(dir, "file", "x.md")); code != 2 {
		t.Errorf("-docs below a file: exit %d, want 2", code)
	}
	if _, err := os.Stat(filepath.Join(dir, "made")); err == nil {
		t.Error("a failed run left the directory it made for -out")
	}
}

// TestStdoutEscaped checks that file names are escaped on stdout too: in
// -check's diff headers and in -registry's report.
func TestStdoutEscaped(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "a\x1b[2Jb.go")
	in := "../../testdata/tables/minimal.toml"
	os.WriteFile(out, []byte("stale\n"), 0o644)
	code, stdout, _ := statusgen(t, "-in", in, "-out", out, "-check")
	if code != 1 || strings.Contains(stdout, "\x1b") || !strings.Contains(stdout, `a\u001B[2Jb.go.orig`) {
		t.Errorf("-check: exit %d, diff headers %q", code, stdout[:min(len(stdout), 200)])
	}
	reg, _ := os.ReadFile("../../testdata/reference/http-status-codes-1.csv")
	regPath := filepath.Join(dir, "r\x1b[2J.csv")
	os.WriteFile(regPath, reg, 0o644)
	table := filepath.Join(dir, "t\x1b[2J.toml")
	src, _ := os.ReadFile(in)
	os.WriteFile(table, src, 0o644)
	code, stdout, _ = statusgen(t, "-in", table, "-registry", regPath)
	if code != 1 || strings.Contains(stdout, "\x1b") || !strings.Contains(stdout, `r\u001B[2J.csv:`) || !strings.Contains(stdout, `t\u001B[2J.toml`) {
		t.Errorf("-registry: exit %d, report %q", code, stdout[:min(len(stdout), 300)])
	}
}

// TestCheckFrom checks -check -from: the flags come from the file's
// //go:generate line, paths are taken from the file's directory, and the
// advice is go generate only when it would fix what -check found.
func TestCheckFrom(t *testing.T) {
	dir := t.TempDir()
	in, _ := filepath.Abs("../../testdata/tables/minimal.toml")
	src, _ := os.ReadFile(in)
	os.WriteFile(filepath.Join(dir, "t.toml"), src, 0o644)
	gen := filepath.Join(dir, "gen.go")
	os.WriteFile(gen, []byte("package x\n\n//go:generate stringer -type X\n//go:generate go run example.com/cmd/statusgen@v1.0.0 -in t.toml -out \"out dir/$GOPACKAGE.go\" -package p -typed\n"), 0o644)
	out := filepath.Join(dir, "out dir", "x.go")

	code, _, stderr := statusgen(t, "-check", "-from", gen)
	if code != 1 || !strings.Contains(stderr, "is missing for the //go:generate line at "+gen+":4") || !strings.HasSuffix(stderr, ": run go generate ./...\n") {
		t.Fatalf("-check -from before generating: exit %d, %q", code, stderr)
	}
	if code, _, stderr := statusgen(t, "-in", filepath.Join(dir, "t.toml"), "-out", out, "-package", "p", "-typed"); code != 0 {
		t.Fatalf("generate: %d %s", code, stderr)
	}
	if code, _, stderr := statusgen(t, "-check", "-from", gen); code != 0 {
		t.Fatalf("-check -from after generating with the same flags: exit %d, %q", code, stderr)
	}
	// Checked with other flags by hand, the advice says go generate may not
	// fix it.
	code, _, stderr = statusgen(t, "-in", filepath.Join(dir, "t.toml"), "-out", out, "-package", "p", "-check")
	if code != 1 || !strings.Contains(stderr, "if the //go:generate line has these flags") {
		t.Errorf("-check with other flags: exit %d, %q", code, stderr)
	}
	for _, tc := range []struct {
		file string
		args []string
		want string
	}{
		{"package x\n", nil, "no //go:generate line runs statusgen"},
		{"package x\n//go:generate statusgen\n//go:generate go tool statusgen -typed\n", nil, "2 //go:generate lines run statusgen"},
		{"package x\n//go:generate go tool statusgen -init\n", nil, "are not statusgen's flags for generating"},
		{"package x\n//go:generate go tool statusgen \"-in\n", nil, "unterminated quoted string"},
		{"not go\n", nil, "not a Go file"},
		{"package x\n//go:generate statusgen\n", []string{"-typed"}, "-from goes with -check alone"},
	} {
		os.WriteFile(gen, []byte(tc.file), 0o644)
		code, _, stderr := statusgen(t, append([]string{"-check", "-from", gen}, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, %q; want 2 and %q", tc.file, code, stderr, tc.want)
		}
	}
	if code, _, stderr := statusgen(t, "-from", gen); code != 2 || !strings.Contains(stderr, "-from goes with -check") {
		t.Errorf("-from without -check: exit %d, %q", code, stderr)
	}
}

// TestPackageDoc checks that the generated file carries a package doc
// comment unless another file of the package has one.
func TestPackageDoc(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "codes_gen.go")
	in := "../../testdata/tables/minimal.toml"
	if code, _, stderr := statusgen(t, "-in", in, "-out", out, "-package", "codes"); code != 0 {
		t.Fatal(stderr)
	}
	if b, _ := os.ReadFile(out); !bytes.Contains(b, []byte("\n// Package codes holds")) {
		t.Errorf("no package doc comment:\n%s", b[:300])
	}
	// A test file's doc does not count; a doc.go does, and -check says the
	// file with its own doc is stale.
	os.WriteFile(filepath.Join(dir, "x_test.go"), []byte("// Package codes tests.\npackage codes\n"), 0o644)
	if code, _, stderr := statusgen(t, "-in", in, "-out", out, "-package", "codes", "-check"); code != 0 {
		t.Errorf("-check with a test file's doc: exit %d, %s", code, stderr)
	}
	os.WriteFile(filepath.Join(dir, "doc.go"), []byte("// Package codes is mine.\npackage codes\n"), 0o644)
	if code, _, _ := statusgen(t, "-in", in, "-out", out, "-package", "codes", "-check"); code != 1 {
		t.Errorf("-check after adding doc.go: exit %d, want 1", code)
	}
	statusgen(t, "-in", in, "-out", out, "-package", "codes")
	if b, _ := os.ReadFile(out); bytes.Contains(b, []byte("// Package codes")) {
		t.Errorf("a package doc comment beside doc.go:\n%s", b[:300])
	}
}
