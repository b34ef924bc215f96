package outfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/statusgen/statusgen/internal/golden" // for -update
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "gen.go")
	if err := Write(path, []byte("one\n")); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("two\n")); err != nil {
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
	if err := Write(path, []byte("two\n")); err != nil {
		t.Fatal(err)
	}
	if fi2, _ := os.Stat(path); !os.SameFile(fi, fi2) || fi2.Mode().Perm() != 0o600 {
		t.Error("writing the same content replaced the file")
	}
	// A changed file keeps its permissions.
	if err := Write(path, []byte("three\n")); err != nil {
		t.Fatal(err)
	}
	if fi3, _ := os.Stat(path); fi3.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi3.Mode().Perm())
	}
}

// TestWriteFails makes the write fail as a full disk would and checks that
// the file is as it was and no temporary file remains.
func TestWriteFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gen.go")
	os.WriteFile(path, []byte("before\n"), 0o644)
	full := errors.New("no space left on device")
	err := write(path, []byte("after, but only half of it\n"), func(f *os.File, data []byte) error {
		f.Write(data[:len(data)/2])
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("err = %v, want %v", err, full)
	}
	if b, _ := os.ReadFile(path); string(b) != "before\n" {
		t.Fatalf("file holds %q, want it unchanged", b)
	}
	assertOnly(t, dir, "gen.go")
}

func TestWriteUnwritableDir(t *testing.T) {
	if os.Geteuid() == 0 {
		// root writes anywhere; make the directory a file instead.
		dir := t.TempDir()
		blocker := filepath.Join(dir, "notadir")
		os.WriteFile(blocker, []byte("x"), 0o644)
		if err := Write(filepath.Join(blocker, "gen.go"), []byte("x")); err == nil {
			t.Fatal("wrote below a file")
		}
		assertOnly(t, dir, "notadir")
		return
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "gen.go")
	os.WriteFile(path, []byte("before\n"), 0o644)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if err := Write(path, []byte("after\n")); err == nil {
		t.Fatal("wrote into a read-only directory")
	}
	if b, _ := os.ReadFile(path); string(b) != "before\n" {
		t.Fatalf("file holds %q", b)
	}
}

func TestDiff(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gen.go")
	d, err := Diff(path, []byte("a\nb\n"))
	if err != nil || !strings.Contains(string(d), "+++ "+filepath.ToSlash(path)) || !strings.Contains(string(d), "-a\n-b\n") {
		t.Fatalf("diff against a missing file: %v\n%s", err, d)
	}
	os.WriteFile(path, []byte("a\nc\n"), 0o644)
	d, _ = Diff(path, []byte("a\nb\n"))
	if !strings.Contains(string(d), "--- want/") || !strings.Contains(string(d), "-b\n+c\n") {
		t.Fatalf("diff:\n%s", d)
	}
	if d, err := Diff(path, []byte("a\nc\n")); d != nil || err != nil {
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
