// Package outfile writes generated files so that a reader never sees half
// of one, and compares them with what is on disk for the staleness check.
//
// Before anything is written or read, every output is resolved: a path
// that exists must be a regular file (or a link to one, which is written
// through), and no two outputs, nor an output and the input, may be the
// same file, through links or not. Then every output is written to a
// temporary file in its directory, and only when all of them are written
// are they renamed into place.
package outfile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/statusgen/statusgen/internal/spec"
)

// File is one output: the path it was named by and what it should hold.
type File struct {
	Path string
	Data []byte

	target string      // the file to write: Path with links resolved
	exists bool        // whether target exists
	perm   fs.FileMode // target's permissions, or 0644
}

// ErrMissing is the error of Diff for an output that does not exist.
var ErrMissing = errors.New("missing")

// Resolve checks the outputs before anything is read or written. Each path
// must be absent or a regular file, or a link that leads to one; no two
// outputs, and no output and any of inputs, may name the same file by the
// resolved directory and name, or be the same file on disk.
func Resolve(files []*File, inputs ...string) error {
	for _, f := range files {
		if err := CheckPath(f.Path); err != nil {
			return err
		}
	}
	type named struct{ path, key string }
	var seen []named
	for _, in := range inputs {
		if key, err := resolve(in); err == nil {
			seen = append(seen, named{in, key})
		}
	}
	for _, f := range files {
		target, err := filepath.EvalSymlinks(f.Path)
		switch {
		case err == nil:
			fi, err := os.Stat(target)
			if err != nil {
				return pathError(f.Path, err)
			}
			if !fi.Mode().IsRegular() {
				return fmt.Errorf("%s exists and is not a regular file (%s): refusing to replace it", f.Path, describeMode(fi.Mode()))
			}
			f.target, f.exists, f.perm = target, true, fi.Mode().Perm()
		case errors.Is(err, fs.ErrNotExist):
			if _, lerr := os.Lstat(f.Path); lerr == nil {
				return fmt.Errorf("%s is a link to a file that does not exist: refusing to write through it", f.Path)
			}
			f.target, f.perm = f.Path, 0o644
		default:
			return pathError(f.Path, err)
		}
		key, err := resolve(f.target)
		if err != nil {
			return pathError(f.Path, err)
		}
		for _, s := range seen {
			if s.key == key || sameFile(s.path, f.Path) {
				return fmt.Errorf("%s and %s are the same file: -in, -out and -docs must name different files", s.path, f.Path)
			}
		}
		seen = append(seen, named{f.Path, key})
	}
	return nil
}

// CheckPath reports whether path can name a file to write: it is not
// empty and does not end in a separator or in "." or "..", which name a
// directory. Resolve and Create check it before anything is read, made or
// written.
func CheckPath(path string) error {
	if path == "" {
		return errors.New("an empty file name: name a file")
	}
	base := filepath.Base(path)
	if os.IsPathSeparator(path[len(path)-1]) || base == "." || base == ".." {
		return fmt.Errorf("%s names a directory: name a file in it", path)
	}
	return nil
}

// pathError returns err as a message that names path, the name the user
// gave, rather than whatever the operating system named: a resolved link,
// a temporary file, or nothing ("EvalSymlinks: too many links").
func pathError(path string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	case strings.HasPrefix(err.Error(), "EvalSymlinks: "):
		// filepath.EvalSymlinks names neither the path nor the link.
		err = errors.New(strings.TrimPrefix(err.Error(), "EvalSymlinks: "))
	}
	return fmt.Errorf("%s: %w", path, err)
}

// resolve returns the absolute path of path with the links of its longest
// existing ancestor resolved, so that two names of one file resolve alike.
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rest := ""
	for dir := abs; ; {
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(r, rest), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(dir), rest)
		dir = parent
	}
}

// sameFile reports whether a and b both exist and are the same file.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}

func describeMode(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "mode " + m.String()
}

// WriteAll writes the files, which Resolve has checked: each to a
// temporary file in its directory (created if missing), and then, when all
// of them are written, each renamed over its target. On any error before
// the renames, no target has changed and no temporary file remains. A file
// that already holds its data is not touched.
func WriteAll(files []*File) error {
	return writeAll(files, writeData)
}

// writeAll is WriteAll with the writing of the temporary files
// replaceable, so that tests can make it fail as a full disk would.
func writeAll(files []*File, fill func(*os.File, []byte) error) (err error) {
	var temps, dirs []string
	defer func() {
		if err != nil {
			for _, t := range temps {
				os.Remove(t)
			}
			removeDirs(dirs)
		}
	}()
	var todo []*File
	for _, f := range files {
		if f.target == "" {
			return fmt.Errorf("internal error: %s was not resolved", f.Path)
		}
		if f.exists {
			if old, err := os.ReadFile(f.target); err == nil && bytes.Equal(old, f.Data) {
				continue
			}
		}
		made, err := makeDirs(filepath.Dir(f.target))
		dirs = append(dirs, made...)
		if err != nil {
			return pathError(f.Path, err)
		}
		t, err := tempFile(filepath.Dir(f.target), f.Data, f.perm, fill)
		if err != nil {
			return pathError(f.Path, err)
		}
		temps = append(temps, t)
		todo = append(todo, f)
	}
	for i, f := range todo {
		if err := os.Rename(temps[i], f.target); err != nil {
			return pathError(f.Path, err)
		}
	}
	return nil
}

// makeDirs creates dir and any of its missing parents, as os.MkdirAll
// does, and returns those it created, outermost first, so that a write that
// fails can leave no directory behind either.
func makeDirs(dir string) (made []string, err error) {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	for i := len(missing) - 1; i >= 0; i-- {
		if err := os.Mkdir(missing[i], 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return made, err
		}
		made = append(made, missing[i])
	}
	return made, nil
}

// removeDirs removes the directories makeDirs made, innermost first; one
// that is no longer empty stays.
func removeDirs(made []string) {
	for i := len(made) - 1; i >= 0; i-- {
		os.Remove(made[i])
	}
}

// tempFile writes data with mode perm to a new temporary file in dir,
// which exists, syncs and closes it, and returns its name. On any error no
// temporary file remains. The name is short, whatever the target's, so
// that a target with a 255-byte name still fits beside it.
func tempFile(dir string, data []byte, perm fs.FileMode, fill func(*os.File, []byte) error) (name string, err error) {
	t, err := os.CreateTemp(dir, ".statusgen*")
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			t.Close()
			os.Remove(t.Name())
		}
	}()
	if err := fill(t, data); err != nil {
		return "", err
	}
	if err := t.Chmod(perm); err != nil {
		return "", err
	}
	if err := t.Sync(); err != nil {
		return "", err
	}
	if err := t.Close(); err != nil {
		return "", err
	}
	return t.Name(), nil
}

// writeData is the fill of WriteAll and Create: the data, as it is.
func writeData(f *os.File, data []byte) error {
	_, err := f.Write(data)
	return err
}

// Diff compares the file on disk with f.Data, what generating would write.
// It returns nil when they are identical, ErrMissing when the file does not
// exist, and otherwise a unified diff from the file on disk (headed
// "PATH.orig") to what generating would write (headed PATH), as gofmt -d
// shows what running it would change.
func Diff(f *File) ([]byte, error) {
	if f.target == "" {
		return nil, fmt.Errorf("internal error: %s was not resolved", f.Path)
	}
	if !f.exists {
		return nil, ErrMissing
	}
	got, err := os.ReadFile(f.target)
	if err != nil {
		return nil, pathError(f.Path, err)
	}
	if bytes.Equal(got, f.Data) {
		return nil, nil
	}
	// The headers escape what a terminal would act on, as every message does.
	p := spec.Printable(filepath.ToSlash(f.Path))
	return diff.Diff(p+".orig", got, p, f.Data), nil
}

// Create writes data to a new file at path with mode 0644, creating its
// directory if need be. It never replaces a file: when path exists, it
// returns an error that says so and leaves it as it was. The file appears
// whole or not at all (a temporary file, linked into place).
func Create(path string, data []byte) (err error) {
	if err := CheckPath(path); err != nil {
		return err
	}
	if _, err := os.Lstat(path); err == nil {
		return errExists(path)
	}
	made, err := makeDirs(filepath.Dir(path))
	defer func() {
		if err != nil {
			removeDirs(made)
		}
	}()
	if err != nil {
		return pathError(path, err)
	}
	t, err := tempFile(filepath.Dir(path), data, 0o644, writeData)
	if err != nil {
		return pathError(path, err)
	}
	defer os.Remove(t)
	// A hard link fails if path exists, so a file that appeared since the
	// check above is not replaced either.
	if err := os.Link(t, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return errExists(path)
		}
		return pathError(path, err)
	}
	return nil
}

// errExists is Create's error for a path that exists.
func errExists(path string) error {
	return fmt.Errorf("%s already exists: -init writes a new table only; edit it, or remove it first", path)
}
