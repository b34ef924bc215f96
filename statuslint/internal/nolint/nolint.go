// Package nolint reads //nolint comments as golangci-lint does.
package nolint

import (
	"go/ast"
	"go/token"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Comments reads a pass's //nolint comments as golangci-lint v2 does, so
// that one comment silences a report under cmd/statuslint, go vet and
// golangci-lint alike. A comment, its slashes and blanks trimmed, that
// starts "nolint" followed by a blank, a colon or nothing covers its
// comment group's lines; "nolint" alone, "nolint " and "nolint:all" cover
// every linter, and "nolint:a, b // why" those named, in any letter case.
// A statement or other node that starts on the line after the group, in
// its column, is covered whole. Names that cover an analyzer are its own,
// statuslint (the suite's), and for a response check statusresponse, the
// golangci-lint plugin's name for them.
type Comments struct {
	pass  *analysis.Pass
	files map[*token.File][]nolintRange
}

// nolintRange is the lines from and to that a comment covers, for the
// linters named (nil: every one).
type nolintRange struct {
	from, to, col int
	names         []string
}

var nolintPattern = regexp.MustCompile(`^nolint( |:|$)`)

// ResponseLinter is the golangci-lint linter of the response checks, whose
// name covers each of them.
const ResponseLinter = "statusresponse"

// New returns the //nolint comments of the pass's files, read as they are
// asked about.
func New(pass *analysis.Pass) *Comments {
	return &Comments{pass: pass, files: map[*token.File][]nolintRange{}}
}

// Covers reports whether a //nolint comment covers pos for analyzer.
func (n *Comments) Covers(pos token.Pos, analyzer string) bool {
	tf := n.pass.Fset.File(pos)
	if tf == nil {
		return false
	}
	ranges, ok := n.files[tf]
	if !ok {
		ranges = n.read(tf)
		n.files[tf] = ranges
	}
	line := tf.Line(pos)
	for _, r := range ranges {
		if line < r.from || line > r.to {
			continue
		}
		if r.names == nil || slices.Contains(r.names, analyzer) || slices.Contains(r.names, "statuslint") ||
			analyzer != "statuslint" && slices.Contains(r.names, ResponseLinter) {
			return true
		}
	}
	return false
}

// read returns the ranges of the file's //nolint comments.
func (n *Comments) read(tf *token.File) []nolintRange {
	var file *ast.File
	for _, f := range n.pass.Files {
		if n.pass.Fset.File(f.Pos()) == tf {
			file = f
		}
	}
	if file == nil {
		return nil
	}
	var ranges []nolintRange
	for _, g := range file.Comments {
		for _, c := range g.List {
			text := strings.TrimLeft(c.Text, "/ ")
			if !nolintPattern.MatchString(text) {
				continue
			}
			start := n.pass.Fset.Position(g.Pos())
			r := nolintRange{from: start.Line, to: tf.Line(g.End()), col: start.Column}
			if !strings.HasPrefix(text, "nolint:all") && strings.HasPrefix(text, "nolint:") {
				text, _, _ = strings.Cut(text, "//")
				for item := range strings.SplitSeq(strings.TrimPrefix(text, "nolint:"), ",") {
					name := strings.ToLower(strings.TrimSpace(item))
					if name == "all" {
						r.names = nil
						break
					}
					r.names = append(r.names, name)
				}
			}
			ranges = append(ranges, r)
		}
	}
	if len(ranges) == 0 {
		return nil
	}
	// A node that starts on the line after a comment, in its column, is
	// covered whole.
	inline := slices.Clone(ranges)
	ast.Inspect(file, func(node ast.Node) bool {
		if node == nil {
			return false
		}
		p := n.pass.Fset.Position(node.Pos())
		for _, r := range inline {
			if r.to == p.Line-1 && r.col == p.Column {
				r.to = max(r.to, tf.Line(node.End()))
				ranges = append(ranges, r)
			}
		}
		return true
	})
	return ranges
}
