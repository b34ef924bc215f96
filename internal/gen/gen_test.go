package gen

import (
	"bytes"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	_ "github.com/statusgen/statusgen/internal/golden" // for -update
)

// TestCommentCannotBreakOut writes hostile text through writeComment and
// checks that the result is nothing but comments.
func TestCommentCannotBreakOut(t *testing.T) {
	for _, text := range []string{
		"plain",
		"two\nlines",
		"*/ func init() { panic(1) } /*",
		"line\rfunc init() {}",
		"line\r\nfunc init() {}",
		"line\u2028func init() {}\u2029var x = 1",
		"\n\n\nleading and trailing\n\n\n",
		"//go:generate rm -rf /",
		"\tindented\n  code",
		strings.Repeat("long words without end ", 40),
		strings.Repeat("x", 500),
		"",
	} {
		for _, width := range []int{0, commentWidth} {
			var b bytes.Buffer
			b.WriteString("package p\n\n")
			writeComment(&b, "", text, width)
			b.WriteString("var V = 1\n")
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", b.Bytes(), parser.ParseComments)
			if err != nil {
				t.Fatalf("%q: %v\n%s", text, err, b.Bytes())
			}
			if len(f.Decls) != 1 {
				t.Errorf("%q: text became declarations:\n%s", text, b.Bytes())
			}
			for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")[2:] {
				if !strings.HasPrefix(line, "//") && line != "var V = 1" {
					t.Errorf("%q: line %q is not a comment", text, line)
				}
				if strings.HasPrefix(line, "//go:") || strings.HasPrefix(line, "//line") {
					t.Errorf("%q: line %q is a directive", text, line)
				}
			}
			// The words survive, in order.
			var got []string
			for _, c := range f.Comments {
				for _, l := range c.List {
					got = append(got, strings.Fields(strings.TrimPrefix(l.Text, "//"))...)
				}
			}
			if want := strings.Fields(text); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%q: comment words %q, want %q", text, got, want)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	for _, line := range []string{"short", strings.Repeat("word ", 50), strings.Repeat("y", 100) + " tail"} {
		pieces := wrap(line, 20)
		if strings.Join(pieces, " ") != strings.TrimSpace(line) {
			t.Errorf("wrap(%q) lost text: %q", line, pieces)
		}
		for _, p := range pieces {
			if len(p) > 20 && strings.Contains(p, " ") {
				t.Errorf("wrap(%q): piece %q is too long", line, p)
			}
		}
	}
}

func TestRefs(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []Ref
	}{
		{"RFC 9110, Section 15.5.5", []Ref{{"RFC 9110, Section 15.5.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"}}},
		{"RFC 2518", []Ref{{"RFC 2518", "https://www.rfc-editor.org/rfc/rfc2518"}}},
		{"RFC 2774; status-change-http-experiments-to-historic", []Ref{
			{"RFC 2774", "https://www.rfc-editor.org/rfc/rfc2774"},
			{"status-change-http-experiments-to-historic", ""}}},
		{"draft-ietf-httpbis-resumable-upload-05", []Ref{{"draft-ietf-httpbis-resumable-upload-05", "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload-05/"}}},
		{"RFC 9110]: javascript:alert(1)", []Ref{{"RFC 9110]: javascript:alert(1)", ""}}},
		{"Vendor docs", []Ref{{"Vendor docs", ""}}},
		{"RFC 9110, Section 15..5", []Ref{{"RFC 9110, Section 15..5", ""}}},
		{"RFC 9110, Section ", []Ref{{"RFC 9110, Section ", ""}}},
		{"RFC 123456", []Ref{{"RFC 123456", ""}}},
		{"RFC x", []Ref{{"RFC x", ""}}},
		{"draft-Upper", []Ref{{"draft-Upper", ""}}},
		{"draft-a--b", []Ref{{"draft-a--b", ""}}},
		{"", nil},
	} {
		got := Refs(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Refs(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Refs(%q)[%d] = %v, want %v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}
