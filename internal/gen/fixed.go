package gen

import (
	_ "embed"
	"fmt"
	"go/scanner"
	"go/token"
	"regexp"
	"strconv"
	"strings"
)

// fixedSource is fixed/fixed.go: the part of the generated file that does
// not vary with the table, real Go that the compiler and vet check in this
// repository (package fixed), with the names it needs from the renderer
// stood in by fixed/stubs.go, the contract between them.
//
//go:embed fixed/fixed.go
var fixedSource string

// fixedCode returns fixed.go's declarations for the table, after its
// package clause and imports (the renderer writes its own): the type Code
// renamed to the code type, in code and in comments, and the comments'
// examples, which are codes.toml's 404 in fixed.go, made the table's
// example code's. Every example is a Go string literal (strconv.Quote), so
// table text cannot break out of the comment it stands in. Code is renamed
// token by token (go/scanner), so no other identifier or string changes.
func (g *generator) fixedCode() string {
	src := fixedSource[strings.Index(fixedSource, "\n)\n")+len("\n)\n"):]
	ex := g.example()
	ref := ","
	if ex.RFC != "" {
		ref = ", such as\n// " + quote(ex.RFC) + ","
	}
	class := quote(strconv.Itoa(ex.Code) + "'s class")
	if ex.Class != nil {
		class = quote(ex.Class.Name)
	}
	examples := strings.NewReplacer(
		`"404 Not Found"`, quote(fmt.Sprintf("%d %s", ex.Code, ex.Name)),
		`"Not Found"`, quote(ex.Name),
		`"not found"`, quote(strings.ToLower(ex.Name)),
		`"404"`, quote(strconv.Itoa(ex.Code)),
		`"NotFound"`, quote(ex.Ident),
		", such as\n// \"RFC 9110, Section 15.5.5\",", ref,
		`"Client Error"`, class,
	)
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
			repl = codeWord.ReplaceAllLiteralString(examples.Replace(lit), g.opts.Type)
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

// codeWord is the type's name in fixed.go's comments.
var codeWord = regexp.MustCompile(`\bCode\b`)
