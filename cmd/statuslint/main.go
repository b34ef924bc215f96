// Command statuslint runs statuslint's analyzers: statuslint moves existing
// Go code onto the names and helpers of a package that statusgen generates
// (bare status codes become constants, hand-written range checks class
// helpers, deprecated constants their current names, and, with -nethttp,
// net/http's constants the table's), with a suggested fix for each; and the
// response checks find the bugs the table defines: a status set after it
// was sent (statustwice), a header changed after it (statusheader), a body
// after a status that allows none (statusbody), a code of the wrong class
// (statusclass).
//
// Usage:
//
//	statuslint [-fix] [-nethttp] [-table codes.toml -pkg example.com/x/httpstatus] [-style drf] [-NAME=false] ./...
//	go vet -vettool=$(go tool -n statuslint) ./...
//	go tool statuslint ./...
//
// Every analyzer runs by default; -NAME=false turns one off (-statustwice=false),
// and -NAME runs only those named. With -fix it applies the fixes, then
// prints every report that is left (those without a fix) and exits 3 when
// there are any, as a run without -fix does. See package
// github.com/statusgen/statusgen/statuslint for what each reports.
package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/statuslint"
	"golang.org/x/tools/go/analysis/multichecker"
)

// fixing is the environment variable that marks the run that applies the
// fixes, so that it runs as multichecker's -fix does.
const fixing = "STATUSLINT_APPLYING_FIXES"

func main() {
	if os.Getenv(fixing) == "" {
		if rest, ok := withoutFix(os.Args[1:]); ok {
			// Apply the fixes in a run of our own, then analyze again and
			// print what is left: multichecker's -fix prints nothing.
			exe, err := os.Executable()
			if err == nil {
				cmd := exec.Command(exe, os.Args[1:]...)
				cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
				cmd.Env = append(os.Environ(), fixing+"=1")
				if err := cmd.Run(); err != nil {
					var exit *exec.ExitError
					if errors.As(err, &exit) {
						os.Exit(exit.ExitCode())
					}
					os.Exit(1)
				}
				os.Args = append(os.Args[:1], rest...)
			}
		}
	}
	os.Args = append(os.Args[:1], resolveTable(os.Args[1:])...)
	if dir, reports := runDir(os.Args[1:]); reports {
		c, err := config(dir, os.Args[1:])
		if err == nil {
			err = statuslint.Configure(c)
		}
		if err != nil {
			// Said once, before any package is analyzed.
			fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
			os.Exit(2)
		}
	}
	statuslint.RegisterFlags(flag.CommandLine)
	flag.Usage = usage
	multichecker.Main(statuslint.Suite...)
}

// config returns the configuration of a run in dir with the command line
// args: the module's own generated package unless -table or -pkg say
// otherwise, the flags of args, and what the driver must find out for the
// analyzers (the packages the generated package imports, which no fix may
// make import it; and, outside go vet, the names the packages' tests
// declare, for their analysis without those tests).
func config(dir string, args []string) (statuslint.Config, error) {
	var c statuslint.Config
	if !hasFlag(args, "table", "pkg") {
		own, ok, err := statuslint.ModuleConfig(dir)
		if err != nil {
			return c, err
		}
		if ok {
			c = own
		}
	}
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.StringVar(&c.Table, "table", c.Table, "")
	fs.StringVar(&c.Pkg, "pkg", c.Pkg, "")
	fs.StringVar(&c.Style, "style", c.Style, "")
	fs.StringVar(&c.Type, "type", c.Type, "")
	fs.BoolVar(&c.Typed, "typed", c.Typed, "")
	fs.BoolVar(&c.NetHTTP, "nethttp", c.NetHTTP, "")
	for _, f := range scanFlags(args) {
		if fs.Lookup(f.name) == nil {
			continue
		}
		value := f.value
		if !f.inline && !takesValue(f.name) {
			value = "true"
		}
		if err := fs.Set(f.name, value); err != nil {
			return c, fmt.Errorf("-%s: %v", f.name, err)
		}
	}
	pkg := cmp.Or(c.Pkg, statuslint.DefaultPkg)
	c.Imported = statuslint.PackageImports(dir, pkg)
	if n := len(args); n == 0 || !strings.HasSuffix(args[n-1], ".cfg") { // not under go vet
		c.TestDecls = statuslint.TestDecls(dir, pkg)
	}
	return c, nil
}

// usage says what statuslint is, then how to run it and its flags.
func usage() {
	out := flag.CommandLine.Output()
	fmt.Fprint(out, `statuslint names status codes by a statusgen table and finds the bugs
they cause in handlers: a status sent twice, a header or body after it,
a code of the wrong class. Its fixes rename bare codes to the table's
constants and add the missing return after http.Error.

Usage:
	statuslint [-fix] [-nethttp] [-table codes.toml -pkg example.com/app/httpstatus] [-NAME=false] packages
	go vet -vettool=$(go tool -n statuslint) packages
	statuslint help            the analyzers, and what each reports (statuslint help NAME)

Without -table and -pkg it uses the package the module generates with
statusgen, else github.com/statusgen/statusgen/status. -fix applies the
fixes, then prints what is left and exits 3 when anything is.

Flags:
`)
	flag.PrintDefaults()
}

// runDir returns the directory of the run, from which to find the
// module's own package and what the generated package imports, and
// whether the run reports anything: not when go vet asks for the tool's
// flags or version, nor when it only wants facts about a dependency (its
// config's VetxOnly), for which the table does not matter.
func runDir(args []string) (string, bool) {
	if hasFlag(args, "flags", "V") {
		return "", false
	}
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") {
		var cfg struct {
			Dir      string
			VetxOnly bool
		}
		if b, err := os.ReadFile(args[n-1]); err == nil && json.Unmarshal(b, &cfg) == nil {
			return cmp.Or(cfg.Dir, "."), !cfg.VetxOnly
		}
	}
	return ".", true
}

// commandFlag is a flag of the command line: its name, its value (the
// text after =, or the next argument for a flag that takes one), and the
// arguments it spans.
type commandFlag struct {
	name, value string
	inline      bool // the value was written -name=value
	at, end     int  // args[at:end] are the flag and its value
}

// valueFlags are the flags, beyond statuslint's string flags, that take
// the next argument as their value when it is not written with =: those
// of the go/analysis driver.
var valueFlags = []string{"c", "cpuprofile", "memprofile", "trace", "debug"}

// takesValue reports whether the flag name reads the next argument as its
// value: a string flag of statuslint's configuration, or one of
// valueFlags. Every other flag (-fix, -diff, -nethttp, -statustwice, …)
// is boolean.
func takesValue(name string) bool {
	if slices.Contains(valueFlags, name) {
		return true
	}
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	statuslint.RegisterFlags(fs)
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

// scanFlags returns the flags of args, which are those before the first
// argument that is not one (or --), as the flag package reads them.
func scanFlags(args []string) []commandFlag {
	var flags []commandFlag
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") || a == "-" {
			break
		}
		name, value, inline := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := commandFlag{name: name, value: value, inline: inline, at: i, end: i + 1}
		if !inline && takesValue(name) && i+1 < len(args) {
			f.value, f.end = args[i+1], i+2
			i++
		}
		flags = append(flags, f)
	}
	return flags
}

// flagValue returns the value args give the flag name, "" when none.
func flagValue(args []string, name string) string {
	for _, f := range scanFlags(args) {
		if f.name == name {
			return f.value
		}
	}
	return ""
}

// resolveTable returns args with a relative -table that is not in the
// working directory replaced by the first one found in the directories
// above it, up to the module's root: go vet runs its tool in each
// package's directory, and -table=codes.toml names the module's table.
// The analyzers read only the path they are given.
func resolveTable(args []string) []string {
	out := slices.Clone(args)
	for _, f := range scanFlags(args) {
		if f.name != "table" {
			continue
		}
		if f.inline {
			out[f.at] = "-table=" + findUp(f.value)
		} else if f.end > f.at+1 {
			out[f.at+1] = findUp(f.value)
		}
	}
	return out
}

// findUp returns path, or, when it is relative and not in the working
// directory, the first such file in the directories above, up to the one
// with go.mod.
func findUp(path string) string {
	if path == "" || filepath.IsAbs(path) {
		return path
	}
	if _, err := os.Stat(path); err == nil {
		return path
	}
	dir, err := os.Getwd()
	if err != nil {
		return path
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return path // the module's root: no further
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return path
		}
		dir = parent
		if candidate := filepath.Join(dir, path); fileExists(candidate) {
			return candidate
		}
	}
}

func fileExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// hasFlag reports whether args set any of the flags named.
func hasFlag(args []string, names ...string) bool {
	return slices.ContainsFunc(scanFlags(args), func(f commandFlag) bool { return slices.Contains(names, f.name) })
}

// withoutFix returns args without the flag -fix, when it is there and true
// and -diff is not (which prints the fixes instead of applying them).
func withoutFix(args []string) ([]string, bool) {
	var rest []string
	fix, diff := false, false
	next := 0
	for _, f := range scanFlags(args) {
		on := true
		if f.inline {
			on, _ = strconv.ParseBool(f.value)
		}
		switch f.name {
		case "fix": // the last one counts, as the flag package reads them
			fix = on
			rest = append(rest, args[next:f.at]...)
			next = f.end
		case "diff":
			diff = on
		}
	}
	return append(rest, args[next:]...), fix && !diff
}
