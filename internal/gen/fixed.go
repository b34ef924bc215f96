package gen

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// fixedSource is fixed/fixed.go: the part of the generated file that does
// not vary with the table, real Go that the compiler and vet check in this
// repository (package fixed), with the names it needs from the renderer
// stood in by fixed/stubs.go, the contract between them.
//
//go:embed fixed/fixed.go
var fixedSource string

// denseSource and sparseSource are the lookups of a dense and of a sparse
// table (see Go), real Go in packages of their own, as fixed.go is.
var (
	//go:embed fixed/dense/dense.go
	denseSource string
	//go:embed fixed/sparse/sparse.go
	sparseSource string
)

// fixedParts is fixed.go taken apart once: the import paths of its import
// declaration, which the renderer writes as the generated file's, and the
// offset where its declarations start, after the imports.
var fixedParts = sync.OnceValues(func() ([]string, int) {
	f, err := parser.ParseFile(token.NewFileSet(), "fixed.go", fixedSource, parser.ImportsOnly)
	if err != nil {
		panic("internal/gen: fixed/fixed.go does not parse: " + err.Error())
	}
	var paths []string
	for _, spec := range f.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		paths = append(paths, p)
	}
	end := f.Name.End()
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			end = g.End()
		}
	}
	return paths, int(end) - 1 // the file's base is 1
})

// fixedCode returns fixed.go's declarations for the table, after its
// package clause and imports (the renderer writes those): the type Code
// renamed to the code type, in code and in comments, and the comments'
// examples made the table's example code's. The examples are the Go string
// literals of the comments, found as tokens and replaced by their value
// (codes.toml's 404 in fixed.go: "404 Not Found", "Not Found", "not found",
// "404", "NotFound", its reference and class), each through strconv.Quote,
// so table text cannot break out of the comment it stands in; a reference
// the example code lacks takes its parentheses with it. Code is renamed
// token by token (go/scanner), so no other identifier or string changes.
func (g *generator) fixedCode() string {
	_, start := fixedParts()
	src := fixedSource[start:]
	ex := g.example()
	// The reference shown is the example's, else the first the table
	// cites; with none, the example goes.
	ref := ex.RFC
	for _, s := range g.t.Statuses {
		if ref == "" {
			ref = s.RFC
		}
	}
	class := strconv.Itoa(ex.Code) + "'s class"
	if ex.Class != nil {
		class = ex.Class.Name
	}
	examples := map[string]string{
		"404 Not Found":            fmt.Sprintf("%d %s", ex.Code, ex.Name),
		"Not Found":                ex.Name,
		"not found":                strings.ToLower(ex.Name),
		"404":                      strconv.Itoa(ex.Code),
		"NotFound":                 ex.Ident,
		"RFC 9110, Section 15.5.5": ref,
		"Client Error":             class,
	}
	return g.rename(src, examples)
}

// renamed returns the declarations of src, a file of a package under
// internal/gen/fixed, after its package clause, with Code renamed as
// fixedCode renames it.
func (g *generator) renamed(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly)
	if err != nil {
		panic("internal/gen: an embedded file does not parse: " + err.Error())
	}
	return strings.TrimPrefix(g.rename(src[f.Name.End()-1:], nil), "\n")
}

// rename returns src with the type Code renamed to the code type, token
// by token (go/scanner), in code and in comments, and the comments'
// examples replaced as replaceExamples does.
func (g *generator) rename(src string, examples map[string]string) string {
	var b strings.Builder
	fset := token.NewFileSet()
	file := fset.AddFile("fixed.go", -1, len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), nil, scanner.ScanComments)
	last := 0
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		var repl string
		switch {
		case tok == token.IDENT && lit == "Code":
			repl = g.opts.Type
		case tok == token.STRING && lit == `"Code("`:
			repl = quote(g.opts.Type + "(")
		case tok == token.COMMENT:
			repl = codeWord.ReplaceAllLiteralString(replaceExamples(lit, examples), g.opts.Type)
		default:
			continue
		}
		b.WriteString(src[last:off])
		b.WriteString(repl)
		last = off + len(lit)
	}
	b.WriteString(src[last:])
	return b.String()
}

// replaceExamples returns comment with each Go string literal whose value
// examples maps replaced by the quoted value it maps to; a literal that
// maps to "" is dropped with the parentheses around it, as " (…)".
func replaceExamples(comment string, examples map[string]string) string {
	return commentLiteral.ReplaceAllStringFunc(comment, func(m string) string {
		paren := strings.HasPrefix(m, " (")
		lit := strings.TrimSuffix(strings.TrimPrefix(m, " ("), ")")
		v, err := strconv.Unquote(lit)
		if err != nil {
			return m
		}
		repl, ok := examples[v]
		switch {
		case !ok:
			return m
		case repl == "" && paren:
			return ""
		case paren:
			return " (" + quote(repl) + ")"
		}
		return quote(repl)
	})
}

// commentLiteral matches a Go string literal in a comment, or one that
// stands alone in parentheses after a space.
var commentLiteral = regexp.MustCompile(` \("(?:[^"\\\n]|\\.)*"\)|"(?:[^"\\\n]|\\.)*"`)

// codeWord is the type's name in fixed.go's comments.
var codeWord = regexp.MustCompile(`\bCode\b`)
