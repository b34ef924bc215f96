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
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	root "github.com/statusgen/statusgen"
	"github.com/statusgen/statusgen/internal/gen"
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

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("statusgen", flag.ContinueOnError)
	fl.SetOutput(stderr)
	in := fl.String("in", "codes.toml", "the table to read")
	out := fl.String("out", "status/status_gen.go", "the Go file to write")
	pkg := fl.String("package", "status", "the package clause of the Go file")
	typ := fl.String("type", "Code", "the name of the code type")
	styleName := fl.String("style", "go", "identifier style: go (NotFound) or drf (HTTP_404_NOT_FOUND)")
	docs := fl.String("docs", "", "also write a Markdown reference page of the codes to this file")
	check := fl.Bool("check", false, "write nothing; exit 1 with a diff when an output file is stale")
	reg := fl.String("registry", "", "write nothing; compare the table with this CSV export of IANA's registry")
	typed := fl.Bool("typed", false, "give the constants the code type (NotFound Code = 404); by default they are untyped, as net/http's")
	initTable := fl.Bool("init", false, "write the built-in table to the -in file, which must not exist, and do nothing else")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: statusgen [flags]\n\nstatusgen writes a Go package of HTTP status codes from a table.\n\n")
		fl.PrintDefaults()
	}
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
	switch {
	case fl.NArg() > 0:
		return usage("unexpected arguments %q: statusgen takes only flags", fl.Args())
	case *in == "":
		return usage("-in is empty: name the table to read")
	case *out == "":
		return usage("-out is empty: name the Go file to write")
	case !token.IsIdentifier(*pkg) || *pkg == "_":
		return usage("-package %q is not a Go package name", *pkg)
	case !names.ValidType(*typ):
		return usage("-type %q must be an exported Go identifier other than %s", *typ, strings.Join(slices.DeleteFunc(names.Fixed(names.Package, ""), func(n string) bool { return n == "" }), ", "))
	}
	style, ok := spec.ParseStyle(*styleName)
	if !ok {
		return usage("-style %q: want go or drf", *styleName)
	}
	if *initTable {
		var others []string
		fl.Visit(func(f *flag.Flag) {
			if f.Name != "init" && f.Name != "in" {
				others = append(others, "-"+f.Name)
			}
		})
		if len(others) > 0 {
			return usage("-init takes only -in: it writes the built-in table and does nothing else (drop %s)", strings.Join(others, " "))
		}
		if err := outfile.Create(*in, root.Table); err != nil {
			fmt.Fprintf(stderr, "statusgen: -init: %s\n", spec.Printable(err.Error()))
			return exitBad
		}
		return exitOK
	}

	src, err := readLimited(*in, spec.MaxSize)
	if err != nil {
		fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
		return exitBad
	}
	t, err := spec.Load(*in, src, spec.Options{Style: style, Type: *typ})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	if *reg != "" {
		return compareRegistry(*reg, t, stdout, stderr)
	}
	opts := gen.Options{Package: *pkg, Type: *typ, Source: filepath.Base(*in), Typed: *typed}
	code, err := gen.Go(t, opts)
	if err != nil {
		fmt.Fprintf(stderr, "statusgen: %v\n", err)
		return exitBad
	}
	files := []*outfile.File{{Path: *out, Data: code}}
	if *docs != "" {
		files = append(files, &outfile.File{Path: *docs, Data: gen.Markdown(t, opts)})
	}
	if err := outfile.Resolve(files, *in); err != nil {
		fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
		return exitBad
	}
	if *check {
		return checkFiles(files, stdout, stderr)
	}
	if err := outfile.WriteAll(files); err != nil {
		fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
		return exitBad
	}
	return exitOK
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
func checkFiles(files []*outfile.File, stdout, stderr io.Writer) int {
	status := exitOK
	for _, f := range files {
		d, err := outfile.Diff(f)
		switch {
		case errors.Is(err, outfile.ErrMissing):
			status = exitStale
			fmt.Fprintf(stderr, "statusgen: %s is missing: run go generate ./...\n", spec.Printable(f.Path))
		case err != nil:
			fmt.Fprintf(stderr, "statusgen: %s\n", spec.Printable(err.Error()))
			return exitBad
		case d != nil:
			status = exitStale
			fmt.Fprintf(stderr, "statusgen: %s is stale: run go generate ./...\n", spec.Printable(f.Path))
			stdout.Write(d)
		}
	}
	return status
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
