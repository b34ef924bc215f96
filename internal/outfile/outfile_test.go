package outfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// write resolves and writes one file.
func write(path string, data []byte) error {
	files := []*File{{Path: path, Data: data}}
	if err := Resolve(files); err != nil {
		return err
	}
	return WriteAll(files)
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "gen.go")
	if err := write(path, []byte("one\n")); err != nil {
		t.Fatal(err)
	}
	if err := write(path, []byte("two\n")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "two\n" {
		t.Fatalf("file holds %q", b)
	}
	assertOnly(t, filepath.Dir(path), "gen.go")

	// Writing the same bytes again leaves the file alone.
	fi, _ := os.Stat(path)
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := write(path, []byte("two\n")); err != nil {
		t.Fatal(err)
	}
	if fi2, _ := os.Stat(path); !os.SameFile(fi, fi2) || fi2.Mode().Perm() != 0o600 {
		t.Error("writing the same content replaced the file")
	}
	// A changed file keeps its permissions.
	if err := write(path, []byte("three\n")); err != nil {
		t.Fatal(err)
	}
	if fi3, _ := os.Stat(path); fi3.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi3.Mode().Perm())
	}
}

// TestWriteAllFails makes the second of two writes fail as a full disk
// would: neither file changes, and no temporary file remains.
func TestWriteAllFails(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.go"), filepath.Join(dir, "b.md")
	os.WriteFile(a, []byte("a before\n"), 0o644)
	os.WriteFile(b, []byte("b before\n"), 0o644)
	files := []*File{{Path: a, Data: []byte("a after\n")}, {Path: b, Data: []byte("b after, but only half of it\n")}}
	if err := Resolve(files); err != nil {
		t.Fatal(err)
	}
	full := errors.New("no space left on device")
	n := 0
	err := writeAll(files, func(f *os.File, data []byte) error {
		if n++; n == 2 {
			f.Write(data[:len(data)/2])
			return full
		}
		_, err := f.Write(data)
		return err
	})
	if !errors.Is(err, full) {
		t.Fatalf("err = %v, want %v", err, full)
	}
	for path, want := range map[string]string{a: "a before\n", b: "b before\n"} {
		if got, _ := os.ReadFile(path); string(got) != want {
			t.Errorf("%s holds %q, want it unchanged", path, got)
		}
	}
	assertOnly(t, dir, "a.go", "b.md")
}

func TestWriteUnwritableDir(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "notadir")
	os.WriteFile(blocker, []byte("x"), 0o644)
	if err := write(filepath.Join(blocker, "gen.go"), []byte("x")); err == nil {
		t.Fatal("wrote below a file")
	}
	assertOnly(t, dir, "notadir")
	if os.Geteuid() == 0 {
		return // root writes into read-only directories
	}
	path := filepath.Join(dir, "ro", "gen.go")
	os.Mkdir(filepath.Dir(path), 0o755)
	os.WriteFile(path, []byte("before\n"), 0o644)
	os.Chmod(filepath.Dir(path), 0o555)
	defer os.Chmod(filepath.Dir(path), 0o755)
	if err := write(path, []byte("after\n")); err == nil {
		t.Fatal("wrote into a read-only directory")
	}
	if b, _ := os.ReadFile(path); string(b) != "before\n" {
		t.Fatalf("file holds %q", b)
	}
}

// TestResolveRefuses checks the outputs refused before anything is written:
// files that exist and are not regular, and one file named twice.
func TestResolveRefuses(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	os.Symlink("real", filepath.Join(dir, "alias"))
	os.Symlink("nowhere", filepath.Join(dir, "dangling.go"))
	os.WriteFile(filepath.Join(dir, "in.toml"), []byte("x"), 0o644)
	os.Link(filepath.Join(dir, "in.toml"), filepath.Join(dir, "hard.go"))
	for _, tc := range []struct {
		name  string
		paths []string
		want  string
	}{
		{"fifo", []string{fifo}, "not a regular file (a named pipe)"},
		{"dev null", []string{os.DevNull}, "not a regular file (a device)"},
		{"directory", []string{filepath.Join(dir, "real")}, "not a regular file (a directory)"},
		{"dangling link", []string{filepath.Join(dir, "dangling.go")}, "link to a file that does not exist"},
		{"alias through a link", []string{filepath.Join(dir, "real", "y.go"), filepath.Join(dir, "alias", "y.go")}, "the same file"},
		{"dot dot", []string{filepath.Join(dir, "real", "y.go"), filepath.Join(dir, "real", "..", "real", "y.go")}, "the same file"},
		{"the input", []string{filepath.Join(dir, "alias", "..", "in.toml")}, "the same file"},
		{"a hard link to the input", []string{filepath.Join(dir, "hard.go")}, "the same file"},
	} {
		var files []*File
		for _, p := range tc.paths {
			files = append(files, &File{Path: p, Data: []byte("x")})
		}
		err := Resolve(files, filepath.Join(dir, "in.toml"))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error saying %q", tc.name, err, tc.want)
		}
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&os.ModeDevice == 0 {
		t.Errorf("%s is no longer a device: %v", os.DevNull, err)
	}
}

// TestWriteThroughLink writes an output that is a link to a regular file:
// the file changes and the link stays a link.
func TestWriteThroughLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.go")
	link := filepath.Join(dir, "link.go")
	os.WriteFile(real, []byte("before\n"), 0o644)
	os.Symlink("real.go", link)
	if err := write(link, []byte("after\n")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(real); string(b) != "after\n" {
		t.Errorf("real file holds %q", b)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
}

// TestLongName writes a file whose name is as long as a name may be.
func TestLongName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, strings.Repeat("n", 252)+".go")
	if err := write(path, []byte("x\n")); err != nil {
		t.Fatal(err)
	}
	if err := write(path, []byte("y\n")); err != nil {
		t.Fatal(err)
	}
}

func TestDiff(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gen.go")
	diffOf := func(want string) ([]byte, error) {
		f := &File{Path: path, Data: []byte(want)}
		if err := Resolve([]*File{f}); err != nil {
			t.Fatal(err)
		}
		return Diff(f)
	}
	if d, err := diffOf("a\nb\n"); !errors.Is(err, ErrMissing) || d != nil {
		t.Fatalf("diff against a missing file: %v\n%s", err, d)
	}
	os.WriteFile(path, []byte("a\nc\n"), 0o644)
	d, _ := diffOf("a\nb\n")
	// From the file on disk to what generating would write, as gofmt -d.
	p := filepath.ToSlash(path)
	if !strings.Contains(string(d), "--- "+p+".orig\n+++ "+p+"\n") || !strings.Contains(string(d), "-c\n+b\n") {
		t.Fatalf("diff:\n%s", d)
	}
	if d, err := diffOf("a\nc\n"); d != nil || err != nil {
		t.Fatalf("identical: %q, %v", d, err)
	}
}

// assertOnly fails unless dir holds exactly the named entries.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}
