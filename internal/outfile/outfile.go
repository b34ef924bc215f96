// Package outfile writes generated files so that a reader never sees half
// of one, and compares them with what is on disk for the staleness check.
package outfile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/rogpeppe/go-internal/diff"
)

// Write replaces the file at path with data atomically: it writes a
// temporary file in the same directory, syncs it, and renames it over path.
// On any error path is left as it was and the temporary file is removed.
// A file that already holds data is not touched at all; a missing directory
// is created.
func Write(path string, data []byte) error {
	return write(path, data, func(f *os.File, data []byte) error {
		_, err := f.Write(data)
		return err
	})
}

// Create writes data to a new file at path with mode 0644, creating its
// directory if need be. It never replaces a file: when path exists, it
// returns an error that says so and leaves it as it was. The file appears
// whole or not at all (a temporary file, linked into place).
func Create(path string, data []byte) (err error) {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists: -init writes a new table only; edit it, or remove it first", path)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".statusgen*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	// A hard link fails if path exists, so a file that appeared since the
	// check above is not replaced either.
	if err := os.Link(f.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s already exists: -init writes a new table only; edit it, or remove it first", path)
		}
		return err
	}
	return nil
}

// write is Write with the writing of the temporary file replaceable, so that
// tests can make it fail as a full disk would.
func write(path string, data []byte, fill func(*os.File, []byte) error) (err error) {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	perm := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		perm = fi.Mode().Perm()
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := fill(f, data); err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// Diff compares the file at path with want, what the table generates. It
// returns nil when they are identical, and otherwise a unified diff from
// want (headed "want/<path>") to the file on disk (headed path). A missing
// file differs from any content and shows in full.
func Diff(path string, want []byte) ([]byte, error) {
	got, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		got, err = nil, nil
	}
	if err != nil {
		return nil, err
	}
	if bytes.Equal(got, want) {
		return nil, nil
	}
	return diff.Diff("want/"+filepath.ToSlash(path), want, filepath.ToSlash(path), got), nil
}
