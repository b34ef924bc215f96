// Package registry reads IANA's CSV export of the HTTP Status Code Registry
// and compares it with a status-code table, so that a table that has fallen
// behind the registry is noticed.
package registry

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/internal/spec"
)

// MaxSize is the largest export Read is given, in bytes: IANA's is under
// 10 KB.
const MaxSize = 1 << 20

// Entry is one registered code.
type Entry struct {
	Line   int    // line in the CSV file
	Code   int    // 404
	Name   string // the reason phrase, markers removed: "Not Found"
	Ref    string // the reference in the table's form: "RFC 9110, Section 15.5.5"
	Unused bool   // marked (Unused): reserved, whatever the table calls it
	Marker string // "(OBSOLETED)", "(TEMPORARY - …)" or "(Unused)"; "" when none
}

// Error is a fault in a registry export, at a line of it (0 when it
// concerns the whole file).
type Error struct {
	Line int
	Msg  string
}

// Error formats e as "line N: message", or the message alone for a fault
// of the whole file.
func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

// Read parses the registry's CSV export: a header row Value, Description,
// Reference, then one row per code or range of unassigned codes
// ("105-199,Unassigned,"), which Read skips. Any fault, an export with no
// rows of codes included, is an *Error.
func Read(r io.Reader) ([]Entry, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	var entries []Entry
	rows, header := 0, 0
	for first := true; ; first = false {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var perr *csv.ParseError
			if errors.As(err, &perr) {
				return nil, &Error{Line: perr.Line, Msg: perr.Err.Error()}
			}
			return nil, &Error{Msg: err.Error()}
		}
		line, _ := cr.FieldPos(0)
		if len(rec) < 3 {
			return nil, &Error{Line: line, Msg: fmt.Sprintf("%d columns, want Value, Description, Reference", len(rec))}
		}
		if first {
			if !strings.EqualFold(strings.TrimSpace(rec[0]), "Value") {
				return nil, &Error{Line: line, Msg: fmt.Sprintf("header %q, want Value, Description, Reference", rec)}
			}
			header = line
			continue
		}
		rows++
		value, desc := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		if lo, hi, isRange := strings.Cut(value, "-"); isRange && isCode(lo) && isCode(hi) || desc == "Unassigned" {
			continue
		}
		if !isCode(value) {
			return nil, &Error{Line: line, Msg: fmt.Sprintf("value %q is not a code: want three digits, or a range such as 105-199", value)}
		}
		code, _ := strconv.Atoi(value)
		if desc == "" {
			return nil, &Error{Line: line, Msg: fmt.Sprintf("code %d has no description", code)}
		}
		e := Entry{Line: line, Code: code, Name: desc, Ref: Reference(rec[2])}
		if name, mark, ok := cutMarker(desc); ok {
			e.Name, e.Marker, e.Unused = name, mark, mark == "(Unused)"
		}
		entries = append(entries, e)
	}
	switch {
	case header == 0:
		return nil, &Error{Msg: "empty: want IANA's CSV export, a header row and a row per code"}
	case rows == 0:
		return nil, &Error{Line: header, Msg: "a header and no rows of codes: the export is cut short"}
	case len(entries) == 0:
		return nil, &Error{Msg: "no registered codes, only unassigned ranges: the export is not the registry's"}
	}
	return entries, nil
}

// isCode reports whether s is a three-digit status code.
func isCode(s string) bool {
	return len(s) == 3 && strings.Trim(s, "0123456789") == "" && s[0] != '0'
}

// Reference maps a Reference cell to the form the table uses:
// "[RFC9110, Section 15.5.5]" → "RFC 9110, Section 15.5.5", and several
// bracketed references joined with "; ".
func Reference(cell string) string {
	var refs []string
	for {
		_, rest, found := strings.Cut(cell, "[")
		if !found {
			break
		}
		ref, after, closed := strings.Cut(rest, "]")
		if !closed {
			break
		}
		ref, cell = strings.TrimSpace(ref), after
		if num, ok := strings.CutPrefix(ref, "RFC"); ok && num != "" && num[0] >= '0' && num[0] <= '9' {
			ref = "RFC " + num
		}
		refs = append(refs, ref)
	}
	return strings.Join(refs, "; ")
}

// cutMarker splits a Description cell that ends in a marker, "(Unused)",
// "(OBSOLETED)" or "(TEMPORARY …)", into the phrase before it and the
// marker. ok is false when the cell ends in no marker. (Plain string
// functions rather than regexps, which would be compiled at every start of
// statusgen.)
func cutMarker(desc string) (name, marker string, ok bool) {
	desc = strings.TrimSpace(desc)
	open := strings.LastIndexByte(desc, '(')
	if open < 0 || !strings.HasSuffix(desc, ")") {
		return "", "", false
	}
	inner := desc[open+1 : len(desc)-1]
	rest, temporary := strings.CutPrefix(inner, "TEMPORARY")
	switch {
	case strings.Contains(inner, ")"):
		return "", "", false
	case inner == "Unused", inner == "OBSOLETED":
	case temporary && (rest == "" || !isWordByte(rest[0])):
	default:
		return "", "", false
	}
	return strings.TrimSpace(desc[:open]), desc[open:], true
}

// isWordByte reports whether c is a letter, digit or underscore: what a
// word boundary separates.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// Report is what Compare found.
type Report struct {
	Problems []string // differences that make the table out of step
	Notes    []string // codes only the table has
}

// Compare compares the registry's entries with the table. A code the
// registry has and the table lacks, or a differing phrase or reference, is
// a problem. A code only the table has is a note. An (Unused) row matches
// a deprecated entry whatever its name.
func Compare(reg []Entry, regFile string, t *spec.Table) Report {
	var r Report
	// File names are escaped as in every other message: the report goes to
	// a terminal too.
	regFile, tableFile := spec.Printable(regFile), spec.Printable(t.File)
	seen := map[int]bool{}
	for _, e := range reg {
		seen[e.Code] = true
		where := fmt.Sprintf("%s:%d", regFile, e.Line)
		s, _ := t.Lookup(e.Code)
		if s == nil {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %d %q is registered but not in %s", where, e.Code, e.Name, tableFile))
			continue
		}
		at := fmt.Sprintf("%s:%d", tableFile, s.Line)
		switch {
		case e.Unused && s.Deprecated == "":
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %d is registered as (Unused), but %s does not mark it deprecated", where, e.Code, at))
		case !e.Unused && s.Name != e.Name:
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %d is %q in the registry but %q at %s", where, e.Code, e.Name, s.Name, at))
		}
		if s.RFC != e.Ref {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %d cites %q in the registry but %q at %s", where, e.Code, e.Ref, s.RFC, at))
		}
	}
	for _, s := range t.Statuses {
		if !seen[s.Code] {
			r.Notes = append(r.Notes, fmt.Sprintf("%s:%d: %d %q is not in the registry", tableFile, s.Line, s.Code, s.Name))
		}
	}
	return r
}

// String formats the report for people: the problems, then the notes, then
// a summary line.
func (r Report) String() string {
	var b strings.Builder
	for _, p := range r.Problems {
		b.WriteString(p + "\n")
	}
	for _, n := range r.Notes {
		b.WriteString("note: " + n + "\n")
	}
	if len(r.Problems) == 0 {
		b.WriteString("in step with the registry\n")
	} else {
		fmt.Fprintf(&b, "%d difference(s) from the registry\n", len(r.Problems))
	}
	return b.String()
}
