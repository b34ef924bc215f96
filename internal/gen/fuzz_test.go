package gen

import (
	"bytes"
	"go/ast"
	"go/constant"
	"go/doc/comment"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/names"
	"github.com/statusgen/statusgen/internal/spec"
	"github.com/statusgen/statusgen/internal/testtables"
)

// fuzzImporter type-checks the standard library packages the generated
// code imports from source, once, and keeps them for every input.
var (
	fuzzMu       sync.Mutex
	fuzzFset     = token.NewFileSet()
	fuzzImporter = importer.ForCompiler(fuzzFset, "source", nil)
)

// FuzzGenerate runs the whole path, bytes to formatted Go source (in both
// identifier styles) and Markdown, on arbitrary tables. It must never panic; when a table is accepted, the
// output must parse and type-check, declare nothing but what the generator
// writes, and hold the table's strings byte for byte.
func FuzzGenerate(f *testing.F) {
	for _, src := range testtables.Seeds() {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, style := range []names.Style{names.StyleGo, names.StyleDRF} {
			tab, err := load.Table("fuzz.toml", src, load.Options{Style: style})
			if err != nil {
				if _, ok := err.(spec.List); !ok {
					t.Fatalf("Load returned %T, not a spec.List: %v", err, err)
				}
				for _, e := range err.(spec.List) {
					msg := e.Error()
					if !strings.HasPrefix(msg, "fuzz.toml") || strings.ContainsFunc(msg, func(r rune) bool {
						return r < ' ' || r == 0x7f || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
					}) {
						t.Fatalf("malformed message %q", msg)
					}
				}
				continue
			}
			out, err := Go(tab, Options{Package: "status", Type: "Code", Source: "fuzz.toml"})
			if err != nil {
				t.Fatalf("accepted table does not render: %v", err)
			}
			checkGenerated(t, tab, out)
			Markdown(tab, Options{Package: "status", Type: "Code", Source: "fuzz.toml"})
		}
	})
}

// checkGenerated parses and type-checks generated source and compares its
// string tables with the table.
func checkGenerated(t *testing.T, tab *spec.Table, out []byte) {
	t.Helper()
	fuzzMu.Lock()
	defer fuzzMu.Unlock()
	file, err := parser.ParseFile(fuzzFset, "gen.go", out, parser.ParseComments)
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	// The output is in gofmt's layout, the part Go writes without
	// formatting included.
	if formatted, err := format.Source(out); err != nil || !bytes.Equal(formatted, out) {
		t.Fatalf("gofmt changes the output (%v):\n%s", err, diff.Diff("generated", out, "gofmt", formatted))
	}
	conf := types.Config{Importer: fuzzImporter}
	pkg, err := conf.Check("status", fuzzFset, []*ast.File{file}, nil)
	if err != nil {
		t.Fatalf("output does not type-check: %v", err)
	}

	// Every link definition in a doc comment is one the generator wrote:
	// table text cannot define or redefine a link target.
	ast.Inspect(file, func(n ast.Node) bool {
		var docs []*ast.CommentGroup
		switch n := n.(type) {
		case *ast.GenDecl:
			docs = append(docs, n.Doc)
		case *ast.ValueSpec:
			docs = append(docs, n.Doc)
		case *ast.FuncDecl:
			docs = append(docs, n.Doc)
		}
		for _, doc := range docs {
			if doc == nil {
				continue
			}
			var p comment.Parser
			for _, def := range p.Parse(doc.Text()).Links {
				if !strings.HasPrefix(def.URL, "https://www.rfc-editor.org/rfc/rfc") && !strings.HasPrefix(def.URL, "https://datatracker.ietf.org/doc/") {
					t.Fatalf("doc comment defines [%s] as %q", def.Text, def.URL)
				}
			}
		}
		return true
	})

	// Nothing but the generator's own declarations: the constants of the
	// table, its classes and helpers, and the fixed code.
	want := map[string]bool{}
	for _, s := range tab.Statuses {
		want[s.Ident] = true
		for _, a := range s.Aliases {
			want[a.Ident] = true
		}
	}
	for _, c := range tab.Classes {
		want[names.Const(c.Ident)] = true
	}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Name.Name == "init" || d.Name.Name == "main" {
				t.Fatalf("output declares func %s", d.Name.Name)
			}
		case *ast.GenDecl:
			if d.Tok != token.CONST {
				continue
			}
			for _, spec := range d.Specs {
				for _, n := range spec.(*ast.ValueSpec).Names {
					if !want[n.Name] && !strings.HasPrefix(n.Name, "_") {
						t.Fatalf("output declares unexpected constant %s", n.Name)
					}
					delete(want, n.Name)
				}
			}
		}
	}
	if len(want) > 0 {
		t.Fatalf("constants missing from the output: %v", want)
	}

	// The string tables hold the table's text exactly, at the entry that
	// _entries gives each registered code, and only there.
	tables := map[string]map[int64]string{}
	ast.Inspect(file, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		m := map[int64]string{}
		for i, elt := range lit.Elts {
			if v, ok := elt.(*ast.BasicLit); ok && v.Kind == token.STRING {
				// An element without a key: at its position.
				m[int64(i)], _ = strconv.Unquote(v.Value)
				continue
			}
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.BasicLit)
			if bin, isBin := kv.Key.(*ast.BinaryExpr); isBin { // code - _lo: keyed by the code
				key, ok = bin.X.(*ast.BasicLit)
			}
			val, ok2 := kv.Value.(*ast.BasicLit)
			if !ok || !ok2 || val.Kind != token.STRING {
				continue
			}
			e, err := strconv.ParseInt(key.Value, 0, 64)

			s, err2 := strconv.Unquote(val.Value)
			if err != nil || err2 != nil {
				t.Fatalf("%s: %s: %v %v", key.Value, val.Value, err, err2)
			}
			m[e] = s
		}
		tables[vs.Names[0].Name] = m
		return true
	})
	cval := func(name string) constant.Value { return pkg.Scope().Lookup(name).(*types.Const).Val() }
	mask, _ := constant.Int64Val(cval("_mask"))
	// entryOf is a code's entry in the string tables, 0 when unregistered,
	// read from the tables the layout has: an entry per code of the span
	// (dense), or the sorted list of the codes (sparse). positions are the
	// codes whose values the property tables hold, in order, -1 for the
	// default: as the generator lays them out, worked out here again.
	var entryOf func(code int) int64
	var positions []int
	lo, hi := tab.Classes[0].First, tab.Classes[0].Last
	for _, c := range tab.Classes {
		lo, hi = min(lo, c.First), max(hi, c.Last)
	}
	if pkg.Scope().Lookup("_codes") != nil {
		list := constant.StringVal(cval("_codes"))
		if len(list) != 2*len(tab.Statuses) {
			t.Fatalf("_codes holds %d bytes for %d codes", len(list), len(tab.Statuses))
		}
		entryOf = func(code int) int64 {
			for k := 0; k < len(list); k += 2 {
				if int(list[k])<<8|int(list[k+1]) == code {
					return int64(k/2+1) & mask
				}
			}
			return 0
		}
		positions = append(positions, -1)
		for _, s := range tab.Statuses {
			positions = append(positions, s.Code)
		}
		positions = append(positions, -1)
		for _, c := range tab.Classes {
			u := c.First
			for code := c.First; code <= c.Last; code++ {
				if s, _ := tab.Lookup(code); s == nil {
					u = code
					break
				}
			}
			positions = append(positions, u)
		}
		for i, s := range tab.Statuses {
			if got := tables["_text"][int64(i+1)]; got != s.Name {
				t.Fatalf("_text[%d] = %q, want %q", i+1, got, s.Name)
			}
		}
	} else {
		lo64, _ := constant.Int64Val(cval("_lo"))
		span, _ := constant.Int64Val(cval("_span"))
		if int(lo64) != lo || int(span) != hi-lo+1 {
			t.Fatalf("_lo %d, _span %d; want %d, %d", lo64, span, lo, hi-lo+1)
		}
		entries := constant.StringVal(cval("_entries"))
		wide := int64(len(entries)) == 2*(span+1) // one more entry for codes outside the span
		entryOf = func(code int) int64 {
			i := int64(code - lo)
			if i < 0 || i >= span {
				return 0
			}
			if wide {
				return (int64(entries[2*i])<<8 | int64(entries[2*i+1])) & mask
			}
			return int64(entries[i]) & mask
		}
		for code := lo; code <= hi; code++ {
			positions = append(positions, code)
			if s, _ := tab.Lookup(code); s != nil {
				if got := tables["_text"][int64(code)]; got != s.Name {
					t.Fatalf("_text[%d - _lo] = %q, want %q", code, got, s.Name)
				}
			}
		}
		positions = append(positions, -1)
	}
	seen := map[int64]bool{}
	for code := lo; code <= hi; code++ {
		s, _ := tab.Lookup(code)
		e := entryOf(code)
		if s == nil {
			if e != 0 {
				t.Fatalf("unregistered code %d has entry %d", code, e)
			}
			continue
		}
		if e == 0 || seen[e] {
			t.Fatalf("code %d has entry %d, which is none or another code's", code, e)
		}
		seen[e] = true
		for name, want := range map[string]string{"_string": strconv.Itoa(s.Code) + " " + s.Name, "_description": s.Description, "_reference": s.RFC} {
			if got := tables[name][e]; got != want {
				t.Fatalf("%s[%d] (code %d) = %q, want %q", name, e, s.Code, got, want)
			}
		}
	}
	if len(seen) != len(tab.Statuses) {
		t.Fatalf("%d codes have entries, want %d", len(seen), len(tab.Statuses))
	}

	// Each property's values, at each position of its table, computed here
	// from the entries rather than by the table's Value.
	for i, p := range tab.Properties {
		if p.String {
			// The value at each position, as the table's Text gives it.
			name := "_prop" + strconv.Itoa(i)
			index, values := constant.StringVal(cval(name)), tables[name+"Values"]
			for j, code := range positions {
				if got, want := values[int64(index[j])], tab.Text(p, code); got != want {
					t.Fatalf("property %s of code %d = %q, want %q", p.Name, code, got, want)
				}
			}
			continue
		}
		bitset := constant.StringVal(cval("_" + p.Method))
		for i, code := range positions {
			want := p.Default
			for _, c := range tab.Classes {
				if v, ok := c.Props[p.Name]; ok && c.First <= code && code <= c.Last {
					want = v
				}
			}
			if s, _ := tab.Lookup(code); s != nil {
				if v, ok := s.Props[p.Name]; ok {
					want = v
				}
			}
			if got := bitset[i/8]&(1<<(i%8)) != 0; got != want {
				t.Fatalf("property %s of code %d (bit %d) = %t, want %t", p.Name, code, i, got, want)
			}
		}
	}
}

// TestGofmtStable runs the checks of the fuzz target, gofmt's layout among
// them, on codes.toml, the test tables and a large table, with type and
// package names of several lengths, so that they run on every go test.
// -short leaves out the large table, the slowest by far.
func TestGofmtStable(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*/*.toml")
	srcs := map[string][]byte{}
	if !testing.Short() {
		srcs["large.toml"] = testtables.Large(900, 1000)
	}
	for _, file := range append(files, "../../codes.toml") {
		srcs[file], _ = os.ReadFile(file)
	}
	for file, src := range srcs {
		for _, names := range [][2]string{{"status", "Code"}, {"p", "C"}, {"httpstatuscodes", "HTTPStatusCode"}} {
			tab, err := load.Table(file, src, load.Options{Type: names[1]})
			if err != nil {
				continue
			}
			out, err := Go(tab, Options{Package: names[0], Type: names[1], Source: filepath.Base(file), PackageDoc: names[0] == "p"})
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			checkGenerated(t, tab, out)
		}
	}
}
