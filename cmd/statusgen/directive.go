package main

import (
	"bufio"
	"bytes"
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

// directive is the //go:generate line that runs statusgen in a Go file.
type directive struct {
	pos  string   // "generate.go:9"
	dir  string   // the file's directory, where go generate runs the command
	args []string // statusgen's arguments, expanded as go generate expands them
}

// rebase returns a path of the directive, relative to the directory it runs
// in, as a path relative to the working directory; "" stays "".
func (d *directive) rebase(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(d.dir, p)
}

// readDirective finds the one //go:generate line of the Go file at name
// that runs statusgen, as go tool statusgen, go run …/statusgen or
// statusgen, and returns its arguments.
func readDirective(name string) (*directive, error) {
	src, err := readLimited(name, 1<<20)
	if err != nil {
		return nil, err
	}
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.PackageClauseOnly)
	if err != nil {
		return nil, fmt.Errorf("-from %s: not a Go file: %v", name, err)
	}
	var found []*directive
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
			found = append(found, &directive{pos: pos, dir: filepath.Dir(name), args: args})
		}
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("-from %s: no //go:generate line runs statusgen", name)
	case 1:
		return found[0], nil
	}
	return nil, fmt.Errorf("-from %s: %d //go:generate lines run statusgen (%s and %s): which one -check should follow is not clear", name, len(found), found[0].pos, found[1].pos)
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
