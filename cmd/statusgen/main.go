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
//	-check          write nothing; exit 1 with a diff if an output file is stale
//
// Paths are relative to the working directory. Output is written atomically
// and only when it changes. Exit status: 0 done (or fresh, with -check),
// 1 stale (with -check), 2 bad input or usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"

	"github.com/statusgen/statusgen/internal/gen"
	"github.com/statusgen/statusgen/internal/outfile"
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
	check := fl.Bool("check", false, "write nothing; exit 1 with a diff when an output file is stale")
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
	case !token.IsIdentifier(*pkg) || *pkg == "_":
		return usage("-package %q is not a Go package name", *pkg)
	case !token.IsIdentifier(*typ) || !token.IsExported(*typ) || *typ == "Class":
		return usage("-type %q must be an exported Go identifier other than Class", *typ)
	}

	src, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintf(stderr, "statusgen: %v\n", err)
		return exitBad
	}
	t, err := spec.Load(*in, src, spec.Options{Reserved: gen.Reserved(*typ)})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	code, err := gen.Go(t, gen.Options{Package: *pkg, Type: *typ, Source: filepath.Base(*in)})
	if err != nil {
		fmt.Fprintf(stderr, "statusgen: %v\n", err)
		return exitBad
	}
	files := []file{{*out, code}}

	if *check {
		stale := false
		for _, f := range files {
			d, err := outfile.Diff(f.path, f.data)
			if err != nil {
				fmt.Fprintf(stderr, "statusgen: %v\n", err)
				return exitBad
			}
			if d != nil {
				stale = true
				fmt.Fprintf(stderr, "statusgen: %s is stale: run go generate ./...\n", f.path)
				stdout.Write(d)
			}
		}
		if stale {
			return exitStale
		}
		return exitOK
	}
	for _, f := range files {
		if err := outfile.Write(f.path, f.data); err != nil {
			fmt.Fprintf(stderr, "statusgen: %v\n", err)
			return exitBad
		}
	}
	return exitOK
}

// file is one output: where it goes and what it holds.
type file struct {
	path string
	data []byte
}
