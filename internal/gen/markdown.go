package gen

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/statusgen/statusgen/internal/names"
	"github.com/statusgen/statusgen/internal/spec"
)

// htmlComment makes s safe as the text of an HTML comment: with no "--"
// left, it cannot hold "-->", "--!>" or "<!--", which would end the comment
// or nest one. (Replacing once is not enough: "--->" would become "- -->".)
func htmlComment(s string) string {
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "- -")
	}
	return s
}

// Markdown renders t as a reference page: a section per class, each with a
// table of constant, code, reason phrase, description and reference, like
// Django REST framework's page of status codes. Table text reaches the page
// only through mdText, which escapes everything Markdown or HTML would read
// as markup, and mdLink, whose URLs come from Refs.
func Markdown(t *spec.Table, opts Options) []byte {
	opts.Source = sourceName(opts.Source)
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("<!-- %s -->\n\n", htmlComment(strings.TrimPrefix(Header(opts.Source), "// ")))
	// The title is the plural of the noun, its first letter in upper case.
	first, size := utf8.DecodeRuneInString(t.Package.Noun)
	p("# %s\n\n", mdText(string(unicode.ToUpper(first))+t.Package.Noun[size:]+"s"))
	p("The codes of %s, as package `%s` names them, by class. ", mdText(opts.Source), opts.Package)
	p("Earlier reason phrases are listed under the current one; they are deprecated constants that `Parse` still accepts.\n")
	for _, c := range t.Classes {
		p("\n## %s (%d–%d)\n\n", mdText(c.Name), c.First, c.Last)
		if c.Description != "" {
			p("%s\n\n", mdText(c.Description))
		}
		p("`%s.%s(code)` reports whether a code is in this class.\n\n", opts.Package, names.Helper(c.Ident))
		var rows []*spec.Status
		for _, s := range t.Statuses {
			if s.Class == c {
				rows = append(rows, s)
			}
		}
		if len(rows) == 0 {
			p("The table names no code in this class.\n")
			continue
		}
		p("| Constant | Code | Reason | Description | Reference |\n")
		p("|---|---:|---|---|---|\n")
		for _, s := range rows {
			var desc []string
			if s.Deprecated != "" {
				desc = append(desc, "**Deprecated:** "+mdText(s.Deprecated))
			}
			if s.Description != "" {
				desc = append(desc, mdText(s.Description))
			}
			for _, a := range s.Aliases {
				desc = append(desc, fmt.Sprintf("Earlier name: %s (`%s.%s`, deprecated).", mdText(a.Name), opts.Package, a.Ident))
			}
			if len(s.Spellings) > 0 {
				quoted := make([]string, len(s.Spellings))
				for i, sp := range s.Spellings {
					quoted[i] = mdText(sp)
				}
				desc = append(desc, "Parse also reads: "+strings.Join(quoted, "; ")+".")
			}
			ref := "*Not registered:* a non-standard code."
			if refs := Refs(s.RFC); len(refs) > 0 {
				links := make([]string, len(refs))
				for i, r := range refs {
					links[i] = mdLink(r)
				}
				ref = strings.Join(links, "; ")
			}
			p("| `%s.%s` | %d | %s | %s | %s |\n", opts.Package, s.Ident, s.Code, mdText(s.Name), strings.Join(desc, "<br>"), ref)
		}
	}
	if len(t.Properties) > 0 {
		p("\n## Properties\n\nPer-code properties that %s declares, each a method of `%s`.\n", mdText(opts.Source), opts.Type)
		for _, prop := range t.Properties {
			markdownProperty(&b, t, prop, opts)
		}
	}
	return b.Bytes()
}

// mdSpecial are the characters that can start markup in a Markdown table
// cell on GitHub and pkg.go.dev: emphasis, code, links and images, HTML and
// entities, cell separators, strikethrough, math.
const mdSpecial = "\\`*_[]<>|&~{}$!#"

// mdText returns s as literal Markdown text for one table cell or
// paragraph: markup characters are backslash-escaped and every line break
// or tab becomes a space.
func mdText(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(lineBreaks.Replace(s)) {
		switch {
		case r == '\n' || r == '\t':
			b.WriteByte(' ')
		case r < 0x80 && strings.ContainsRune(mdSpecial, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdLink returns a reference as a Markdown link when Refs found a URL for
// it, and as escaped text otherwise.
func mdLink(r Ref) string {
	if r.URL == "" {
		return mdText(r.Text)
	}
	return "[" + mdText(r.Text) + "](" + r.URL + ")"
}

// markdownProperty writes a property's section: its description, where
// the table sets it, and which registered codes have it.
func markdownProperty(b *bytes.Buffer, t *spec.Table, prop *spec.Property, opts Options) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("\n### `%s.%s()`\n\n", opts.Type, prop.Method)
	if prop.Description != "" {
		p("%s\n\n", mdText(prop.Description))
	}
	// value returns what an entry sets, in the page's words.
	value := func(props map[string]bool, texts map[string]string) (string, bool) {
		if prop.String {
			v, ok := texts[prop.Name]
			return mdText(quote(v)), ok
		}
		v, ok := props[prop.Name]
		return strconv.FormatBool(v), ok
	}
	if prop.String {
		p("Key `%s`, a string. Default %s", prop.Name, mdText(quote(prop.DefaultText)))
	} else {
		p("Key `%s`. Default %t", prop.Name, prop.Default)
	}
	var set []string
	for _, c := range t.Classes {
		if v, ok := value(c.Props, c.Texts); ok {
			set = append(set, fmt.Sprintf("%s (%d–%d): %s", mdText(c.Name), c.First, c.Last, v))
		}
	}
	if len(set) > 0 {
		p("; by class, for every code in it: %s", strings.Join(set, "; "))
	}
	set = nil
	for _, s := range t.Statuses {
		if v, ok := value(s.Props, s.Texts); ok {
			set = append(set, fmt.Sprintf("%d: %s", s.Code, v))
		}
	}
	if len(set) > 0 {
		p("; by code: %s", strings.Join(set, "; "))
	}
	if prop.String {
		p(".\n")
		return
	}
	p(".\n\n")
	var have, lack []string
	for _, s := range t.Statuses {
		if t.Value(prop, s.Code) {
			have = append(have, strconv.Itoa(s.Code))
		} else {
			lack = append(lack, strconv.Itoa(s.Code))
		}
	}
	switch {
	case len(lack) == 0:
		p("Every registered code has it.\n")
	case len(have) == 0:
		p("No registered code has it.\n")
	case len(lack) < len(have):
		p("Every registered code has it except %s.\n", strings.Join(lack, ", "))
	default:
		p("Registered codes that have it: %s.\n", strings.Join(have, ", "))
	}
}
