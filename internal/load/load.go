// Package load reads a status-code table for the generator and statuslint:
// package spec reads the table, package parserule checks that the
// generated Parse can read every phrase, and package names gives the
// classes and codes their Go identifiers. Every fault of the three is
// reported together, in order of position.
package load

import (
	"github.com/statusgen/statusgen/internal/gen/parserule"
	"github.com/statusgen/statusgen/internal/names"
	"github.com/statusgen/statusgen/internal/spec"
)

// Options control how a table's identifiers are derived.
type Options struct {
	// Style is how constant identifiers are derived from phrases.
	Style names.Style
	// Type is the name of the generated code type; "" means Code. The
	// table's names may not collide with it, nor with anything else the
	// generated package declares (see package names).
	Type string
}

// Table reads the table in src, read from the file named file, checks it
// and names its identifiers. On any fault it returns a nil Table and a
// spec.List of every fault found.
func Table(file string, src []byte, opts Options) (*spec.Table, error) {
	t, errs := spec.Read(file, src)
	if t == nil {
		return nil, errs.Err(file)
	}
	phraseErrs, phrases := parserule.Phrases(t)
	errs = append(errs, phraseErrs...)
	_, nameErrs := names.Bind(t, opts.Style, opts.Type, phrases.Repeated)
	errs = append(errs, nameErrs...)
	errs = append(errs, phrases.Idents(t)...)
	if err := errs.Err(file); err != nil {
		return nil, err
	}
	return t, nil
}
