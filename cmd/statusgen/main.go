// Command statusgen generates a Go package of HTTP status codes from a
// reviewed table, codes.toml: typed constants with their reason phrases,
// descriptions and references, range helpers such as IsSuccess, Parse and
// Codes.
//
// Usage:
//
//	statusgen [flags]
//
// It is meant for go:generate:
//
//	//go:generate go tool statusgen -in codes.toml -out status/status_gen.go
//
// The flags are:
//
//	-in file        the table to read (default codes.toml)
//	-out file       the Go file to write (default status/status_gen.go)
//	-package name   the package clause of the Go file (default status)
//	-type name      the name of the code type (default Code)
//	-style go|drf   identifiers in Go style, NotFound (default), or Django REST
//	                framework's, HTTP_404_NOT_FOUND
//	-typed          give the constants the code type (NotFound Code = 404);
//	                by default they are untyped, as net/http's are
//	-docs file      also write a Markdown reference page of the codes
//	-check          write nothing; exit 1 with a diff if an output file is stale
//	-from file.go   with -check alone: take the other flags from the
//	                //go:generate line of file.go that runs statusgen, with
//	                paths from file.go's directory, as go generate runs it
//	-registry file  write nothing; compare the table with IANA's CSV export of
//	                the HTTP Status Code Registry; exit 1 if they differ
//	-init           write the built-in table to the -in file, which must not
//	                exist, and do nothing else
//
// Paths are relative to the working directory. Output is written atomically
// and only when it changes. Exit status: 0 done (or fresh, with -check),
// 1 stale (with -check) or out of step (with -registry), 2 bad input or
// usage.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	root "github.com/statusgen/statusgen"
	"github.com/statusgen/statusgen/internal/directive"
	"github.com/statusgen/statusgen/internal/gen"
	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/names"
	"github.com/statusgen/statusgen/internal/outfile"
	"github.com/statusgen/statusgen/internal/registry"
	"github.com/statusgen/statusgen/internal/spec"
)

// Exit statuses.
const (
	exitOK    = 0
	exitStale = 1
	exitBad   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config is what the flags say.
type config = directive.Flags

// flagSet returns a flag set of statusgen's flags, writing to stderr.
func flagSet(c *config, stderr io.Writer) *flag.FlagSet {
	fl := flag.NewFlagSet("statusgen", flag.ContinueOnError)
	fl.SetOutput(stderr)
	c.Define(fl)
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: statusgen [flags]\n\nstatusgen writes a Go package of status codes from a table (the built-in one: HTTP's).\n\n")
		fl.PrintDefaults()
	}
	return fl
}

// setFlags returns the flags that were set on fl, in the order given.
func setFlags(fl *flag.FlagSet) []string {
	var set []string
	fl.Visit(func(f *flag.Flag) { set = append(set, "-"+f.Name) })
	return set
}

func run(args []string, stdout, stderr io.Writer) int {
	var c config
	fl := flagSet(&c, stderr)
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBad
	}
	usage := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "statusgen: "+format+"\n", args...)
		fl.Usage()
		return exitBad
	}
	// compared names the flags -check compares with, for its advice.
	compared, fromDirective := "statusgen "+spec.Printable(shellJoin(args)), false
	if c.From != "" {
		if others := slices.DeleteFunc(setFlags(fl), func(f string) bool { return f == "-from" || f == "-check" }); !c.Check || len(others) > 0 {
			return usage("-from goes with -check alone: the other flags come from the //go:generate line")
		}
		d, err := readDirective(c.From)
		if err != nil {
			fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
			return exitBad
		}
		c = config{}
		dfl := flagSet(&c, stderr)
		if err := dfl.Parse(d.Args); err != nil || dfl.NArg() > 0 || c.Check || c.Init || c.From != "" {
			fmt.Fprintf(stderr, "statusgen: %s: the //go:generate line's arguments %q are not statusgen's flags for generating\n", spec.Printable(d.Pos), d.Args)
			return exitBad
		}
		// go generate runs the command in the directory of the file.
		c.In, c.Out, c.Docs = d.Rebase(c.In), d.Rebase(c.Out), d.Rebase(c.Docs)
		c.Check = true
		compared, fromDirective = fmt.Sprintf("the //go:generate line at %s (statusgen %s)", spec.Printable(d.Pos), spec.Printable(shellJoin(d.Args))), true
	}
	switch {
	case fl.NArg() > 0:
		return usage("unexpected arguments %q: statusgen takes only flags", fl.Args())
	case c.In == "":
		return usage("-in is empty: name the table to read")
	case c.Out == "":
		return usage("-out is empty: name the Go file to write")
	case !token.IsIdentifier(c.Package) || c.Package == "_":
		return usage("-package %q is not a Go package name", c.Package)
	case !names.ValidType(c.Type):
		return usage("-type %q must be an exported Go identifier other than %s", c.Type, strings.Join(slices.DeleteFunc(names.Fixed(names.Package, ""), func(n string) bool { return n == "" }), ", "))
	}
	style, ok := names.ParseStyle(c.Style)
	if !ok {
		return usage("-style %q: want go or drf", c.Style)
	}
	if c.Init {
		if others := slices.DeleteFunc(setFlags(fl), func(f string) bool { return f == "-init" || f == "-in" }); len(others) > 0 {
			return usage("-init takes only -in: it writes the built-in table and does nothing else (drop %s)", strings.Join(others, " "))
		}
		if err := outfile.Create(c.In, root.Table); err != nil {
			fmt.Fprintf(stderr, "statusgen: -init: %s\n", spec.Printable(err.Error()))
			return exitBad
		}
		return exitOK
	}

	src, err := readLimited(c.In, spec.MaxSize)
	if err != nil {
		fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
		return exitBad
	}
	t, err := load.Table(c.In, src, load.Options{Style: style, Type: c.Type})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	if c.Registry != "" {
		return compareRegistry(c.Registry, t, stdout, stderr)
	}
	opts := gen.Options{Package: c.Package, Type: c.Type, Source: filepath.Base(c.In), Typed: c.Typed, PackageDoc: !hasPackageDoc(c.Out)}
	code, err := gen.Go(t, opts)
	if err != nil {
		fmt.Fprintf(stderr, "statusgen: %v\n", err)
		return exitBad
	}
	files := []*outfile.File{{Path: c.Out, Data: code}}
	if c.Docs != "" {
		files = append(files, &outfile.File{Path: c.Docs, Data: gen.Markdown(t, opts)})
	}
	if err := outfile.Resolve(files, c.In); err != nil {
		fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
		return exitBad
	}
	if c.Check {
		return checkFiles(files, compared, fromDirective, stdout, stderr)
	}
	if err := outfile.WriteAll(files); err != nil {
		fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
		return exitBad
	}
	return exitOK
}

// hasPackageDoc reports whether a Go file beside out, other than out and
// test files, has a package doc comment (a doc.go, say): the generated file
// then has none of its own, since a package should have one.
func hasPackageDoc(out string) bool {
	files, _ := filepath.Glob(filepath.Join(filepath.Dir(out), "*.go"))
	for _, f := range files {
		if filepath.Base(f) == filepath.Base(out) || strings.HasSuffix(f, "_test.go") {
			continue
		}
		if fi, err := os.Stat(f); err != nil || !fi.Mode().IsRegular() {
			continue // a FIFO named x.go would block the read
		}
		src, err := readLimited(f, 1<<20)
		if err != nil {
			continue
		}
		if pf, err := parser.ParseFile(token.NewFileSet(), f, src, parser.PackageClauseOnly|parser.ParseComments); err == nil && pf.Doc != nil {
			return true
		}
	}
	return false
}

// readLimited reads the file at path, or fails once it has read more than
// limit bytes: a huge file, or an endless one such as /dev/zero, costs no
// more than the limit.
func readLimited(path string, limit int) ([]byte, error) {
	if path == "" {
		return nil, errors.New("an empty file name: name a file to read")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(src) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes, the most statusgen reads", path, limit)
	}
	return src, nil
}

// checkFiles compares each file on disk with what it should hold, printing
// a diff for each that differs: exit 0 when all are fresh, 1 when not.
func checkFiles(files []*outfile.File, compared string, fromDirective bool, stdout, stderr io.Writer) int {
	status := exitOK
	for _, f := range files {
		d, err := outfile.Diff(f)
		switch {
		case errors.Is(err, outfile.ErrMissing):
			status = exitStale
			fmt.Fprintf(stderr, "statusgen: %s is missing for %s: %s\n", spec.Printable(f.Path), compared, advice(fromDirective))
		case err != nil:
			fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
			return exitBad
		case d != nil:
			status = exitStale
			fmt.Fprintf(stderr, "statusgen: %s is stale for %s: %s\n", spec.Printable(f.Path), compared, advice(fromDirective))
			stdout.Write(d)
		}
	}
	return status
}

// advice is what to do about a stale file: go generate is the fix when
// -check took its flags from the //go:generate line; otherwise only when
// that line has the flags -check was given.
func advice(fromDirective bool) string {
	if fromDirective {
		return "run go generate ./..."
	}
	return "run go generate ./... if the //go:generate line has these flags; -check -from FILE takes the flags from that line of FILE"
}

// shellJoin joins args for a message, quoting those that need it.
func shellJoin(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = a
		if a == "" || strings.ContainsAny(a, " \t\"'\\$") {
			q[i] = strconv.Quote(a)
		}
	}
	return strings.Join(q, " ")
}

// compareRegistry reports how table t differs from the registry export at
// path: exit 0 when in step, 1 when not.
func compareRegistry(path string, t *spec.Table, stdout, stderr io.Writer) int {
	src, err := readLimited(path, registry.MaxSize)
	if err != nil {
		fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
		return exitBad
	}
	entries, err := registry.Read(bytes.NewReader(src))
	var rerr *registry.Error
	switch {
	case errors.As(err, &rerr) && rerr.Line > 0:
		fmt.Fprintf(stderr, "%s:%d: %s\n", spec.Printable(path), rerr.Line, spec.Printable(rerr.Msg))
		return exitBad
	case err != nil:
		fmt.Fprintf(stderr, "%s: %s\n", spec.Printable(path), spec.Printable(err.Error()))
		return exitBad
	}
	r := registry.Compare(entries, path, t)
	fmt.Fprint(stdout, r)
	if len(r.Problems) > 0 {
		return exitStale
	}
	return exitOK
}
