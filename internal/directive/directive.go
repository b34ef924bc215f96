// Package directive reads the //go:generate lines that run statusgen, as
// go generate would run them, and defines statusgen's flags, which such a
// line gives: statusgen -check -from follows one, and statuslint finds a
// module's own generated package by them.
package directive

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// Flags are statusgen's flags: what its command line, or the arguments of
// a //go:generate line that runs it, say.
type Flags struct {
	In, Out, Package, Type, Style, Docs, Registry, From string
	Check, Typed, Init                                  bool
}

// Define defines statusgen's flags on fl, into f.
func (f *Flags) Define(fl *flag.FlagSet) {
	fl.StringVar(&f.In, "in", "codes.toml", "the table to read")
	fl.StringVar(&f.Out, "out", "status/status_gen.go", "the Go file to write")
	fl.StringVar(&f.Package, "package", "status", "the package clause of the Go file")
	fl.StringVar(&f.Type, "type", "Code", "the name of the code type")
	fl.StringVar(&f.Style, "style", "go", "identifier style: go (NotFound) or drf (HTTP_404_NOT_FOUND)")
	fl.StringVar(&f.Docs, "docs", "", "also write a Markdown reference page of the codes to this file")
	fl.BoolVar(&f.Check, "check", false, "write nothing; exit 1 with a diff when an output file is stale")
	fl.StringVar(&f.From, "from", "", "with -check: take the other flags from the //go:generate statusgen line of this Go file")
	fl.StringVar(&f.Registry, "registry", "", "write nothing; compare the table with this CSV export of IANA's registry")
	fl.BoolVar(&f.Typed, "typed", false, "give the constants the code type (NotFound Code = 404); by default they are untyped, as net/http's")
	fl.BoolVar(&f.Init, "init", false, "write the built-in table to the -in file, which must not exist, and do nothing else")
}

// Generates reports whether statusgen run with f writes a package: not
// with -check, -from, -registry or -init.
func (f *Flags) Generates() bool {
	return !f.Check && f.From == "" && f.Registry == "" && !f.Init
}

// Directive is a //go:generate line that runs statusgen in a Go file.
type Directive struct {
	Pos  string   // "generate.go:9"
	Dir  string   // the file's directory, where go generate runs the command
	Args []string // statusgen's arguments, expanded as go generate expands them
}

// Rebase returns a path of the directive, relative to the directory it runs
// in, as a path relative to the working directory; "" stays "".
func (d *Directive) Rebase(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(d.Dir, p)
}

// Parse returns the //go:generate lines of the Go file name, whose source
// is src, that run statusgen: as go tool statusgen, go run …/statusgen or
// statusgen.
func Parse(name string, src []byte) ([]*Directive, error) {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.PackageClauseOnly)
	if err != nil {
		return nil, fmt.Errorf("%s: not a Go file: %v", name, err)
	}
	var found []*Directive
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(nil, len(src)+1)
	for line := 1; sc.Scan(); line++ {
		text, ok := strings.CutPrefix(sc.Text(), "//go:generate ")
		if !ok {
			continue
		}
		pos := fmt.Sprintf("%s:%d", name, line)
		words, err := splitWords(text, map[string]string{
			"GOFILE": filepath.Base(name), "GOLINE": strconv.Itoa(line), "GOPACKAGE": f.Name.Name,
			"GOOS": runtime.GOOS, "GOARCH": runtime.GOARCH, "DOLLAR": "$",
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", pos, err)
		}
		if args, ok := statusgenArgs(words); ok {
			found = append(found, &Directive{Pos: pos, Dir: filepath.Dir(name), Args: args})
		}
	}
	return found, nil
}

// statusgenArgs returns the arguments of a command that runs statusgen:
// go tool statusgen ARGS, go run [FLAGS] …/statusgen[@v] ARGS, or
// …/statusgen ARGS.
func statusgenArgs(words []string) ([]string, bool) {
	isStatusgen := func(w string) bool {
		w, _, _ = strings.Cut(w, "@")
		return path.Base(filepath.ToSlash(w)) == "statusgen"
	}
	switch {
	case len(words) >= 3 && words[0] == "go" && words[1] == "tool" && isStatusgen(words[2]):
		return words[3:], true
	case len(words) >= 3 && words[0] == "go" && words[1] == "run":
		for i := 2; i < len(words); i++ {
			if !strings.HasPrefix(words[i], "-") {
				return words[i+1:], isStatusgen(words[i])
			}
		}
	case len(words) >= 1 && isStatusgen(words[0]):
		return words[1:], true
	}
	return nil, false
}

// splitWords splits a //go:generate line into words as go generate does:
// at spaces and tabs, with double-quoted Go strings as one word, and $NAME
// and ${NAME} expanded from vars or the environment.
func splitWords(line string, vars map[string]string) ([]string, error) {
	expand := func(s string) string {
		return os.Expand(s, func(k string) string {
			if v, ok := vars[k]; ok {
				return v
			}
			return os.Getenv(k)
		})
	}
	var words []string
	for line = strings.TrimLeft(line, " \t"); line != ""; line = strings.TrimLeft(line, " \t") {
		if line[0] == '"' {
			end := 1
			for ; end < len(line) && line[end] != '"'; end++ {
				if line[end] == '\\' {
					end++
				}
			}
			if end >= len(line) {
				return nil, fmt.Errorf("unterminated quoted string in //go:generate")
			}
			w, err := strconv.Unquote(line[:end+1])
			if err != nil {
				return nil, fmt.Errorf("bad quoted string in //go:generate: %v", err)
			}
			words = append(words, expand(w))
			line = line[end+1:]
			continue
		}
		end := strings.IndexAny(line, " \t")
		if end < 0 {
			end = len(line)
		}
		words = append(words, expand(line[:end]))
		line = line[end:]
	}
	return words, nil
}
