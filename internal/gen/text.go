package gen

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/statusgen/statusgen/internal/spec"
)

// This file is the one place where text from the table becomes Go source:
// string literals go through strconv.Quote, and comments through
// writeComment. Nothing else in the package writes table text.

// quote returns s as a Go string literal. strconv.Quote escapes quotes,
// backslashes, newlines, control characters and invalid UTF-8, so no text
// can end the literal early.
func quote(s string) string { return strconv.Quote(s) }

// writeComment writes text as // comment lines at the given indent. Every
// line of the text, however it ends (\n, \r\n, \r, U+2028, U+2029), gets its
// own "// " prefix, so no text can end the comment and become code; text is
// never placed in a /* */ comment. Long lines are wrapped at spaces to keep
// comments near 80 columns, unless width is 0 (for doc link definitions,
// which must stay on one line). A paragraph break is an empty "//" line.
func writeComment(b *bytes.Buffer, indent, text string, width int) {
	text = lineBreaks.Replace(text)
	text = strings.Trim(text, "\n")
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \t")
		if line == "" {
			b.WriteString(indent + "//\n")
			continue
		}
		for _, l := range wrap(line, width) {
			if spec.Directive(l) != "" {
				// Validation refuses table text that starts as a directive,
				// and wrap never starts a piece with one; should a line get
				// here all the same, quoting it keeps it from being one.
				l = strconv.Quote(l)
			}
			b.WriteString(indent + "// " + l + "\n")
		}
	}
}

// lineBreaks turns every way of ending a line into \n.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n")

// commentWidth is the width comment text is wrapped at, not counting the
// indent and "// ".
const commentWidth = 74

// wrap splits line at single spaces into pieces of at most width bytes
// where it can; a word longer than width stays whole. Leading space, which
// makes a line a code block in a doc comment, is kept on the first piece.
func wrap(line string, width int) []string {
	var out []string
	for width > 0 && len(line) > width {
		cut := strings.LastIndexByte(line[:width+1], ' ')
		if cut <= 0 || strings.TrimSpace(line[:cut]) == "" {
			cut = strings.IndexByte(line[width:], ' ')
			if cut < 0 {
				break
			}
			cut += width
		}
		out = append(out, strings.TrimRight(line[:cut], " "))
		line = strings.TrimLeft(line[cut:], " ")
	}
	if line = strings.TrimRight(line, " "); line != "" {
		out = append(out, line)
	}
	// A doc comment line that starts with "[" may read as a link definition
	// ("[Text]: URL"), and one that starts "+build" as a build constraint,
	// so no wrapped line starts as either (or as any directive, or as a
	// "Deprecated:" paragraph would): such a piece stays on the line before
	// it.
	for i := len(out) - 1; i > 0; i-- {
		if strings.HasPrefix(out[i], "[") || strings.HasPrefix(out[i], "Deprecated:") || spec.Directive(out[i]) != "" {
			out[i-1] += " " + out[i]
			out = slices.Delete(out, i, i+1)
		}
	}
	return out
}

// sourceName returns the table's file name as it may appear in a comment:
// as it is when every character is printable, and otherwise quoted with
// escapes, so that a file name cannot end a comment line either.
func sourceName(name string) string {
	if strings.ContainsFunc(name, func(r rune) bool { return !spec.Visible(r) }) || !utf8.ValidString(name) {
		return strconv.QuoteToASCII(name)
	}
	return name
}

// Ref is one reference of an entry's rfc value, with a link when Refs
// recognises it.
type Ref struct {
	Text string // "RFC 9110, Section 15.5.5"
	URL  string // "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"; "" when unknown
}

// parseRFC splits "RFC 9110, Section 15.5.5" into "9110" and "15.5.5", and
// "RFC 2518" into "2518" and "". ok is false for anything else. (A hand
// parser rather than a regexp: compiling one would cost every run of
// statusgen at start-up.)
func parseRFC(ref string) (number, section string, ok bool) {
	rest, found := strings.CutPrefix(ref, "RFC ")
	if !found {
		return "", "", false
	}
	number, section, _ = strings.Cut(rest, ", Section ")
	if !digits(number) || len(number) > 5 {
		return "", "", false
	}
	if rest != number {
		for _, part := range strings.Split(section, ".") {
			if !digits(part) {
				return "", "", false
			}
		}
	}
	return number, section, true
}

// isIETFDoc reports whether ref names a document of the IETF Datatracker:
// an Internet-Draft or a status change ("draft-…", "status-change-…"), each
// words of lower-case letters and digits joined by single hyphens.
func isIETFDoc(ref string) bool {
	name, found := strings.CutPrefix(ref, "draft-")
	if !found {
		name, found = strings.CutPrefix(ref, "status-change-")
	}
	if !found {
		return false
	}
	for _, word := range strings.Split(name, "-") {
		if word == "" || strings.Trim(word, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
			return false
		}
	}
	return true
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// Refs splits an rfc value such as "RFC 2774; status-change-…" into its
// references and links those it recognises: RFCs to the RFC Editor, drafts
// and status changes to the IETF Datatracker. A URL is built only from the
// digits and names the patterns above accept, never from other text.
func Refs(rfc string) []Ref {
	if rfc == "" {
		return nil
	}
	var refs []Ref
	for _, part := range strings.Split(rfc, "; ") {
		r := Ref{Text: part}
		if number, section, ok := parseRFC(part); ok {
			r.URL = "https://www.rfc-editor.org/rfc/rfc" + number
			if section != "" {
				r.URL += "#section-" + section
			}
		} else if isIETFDoc(part) {
			r.URL = "https://datatracker.ietf.org/doc/" + part + "/"
		}
		refs = append(refs, r)
	}
	return refs
}

// docName is the short name of a reference for prose: "RFC 9110" for
// "RFC 9110, Section 15.5.14".
func docName(rfc string) string {
	refs := Refs(rfc)
	if len(refs) == 0 {
		return ""
	}
	if number, _, ok := parseRFC(refs[0].Text); ok {
		return "RFC " + number
	}
	return refs[0].Text
}

// hexString returns b as a Go string literal of \x escapes. It is for the
// generator's own byte tables, never for text from the table.
func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2+4*len(b))
	out = append(out, '"')
	for _, c := range b {
		out = append(out, '\\', 'x', digits[c>>4], digits[c&15])
	}
	return string(append(out, '"'))
}
