package main

import (
	// Run on its own, statuslint loads the scratch module's imports,
	// net/http among them, as export data. Importing it here has the go
	// command build it before this test runs, once: in a cold go test
	// ./..., go list would otherwise build it a second time, alongside the
	// build of the other packages' tests.
	_ "net/http"

	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/gen"
	"github.com/statusgen/statusgen/internal/load"
)

// asTool is the environment variable that makes the test binary run as
// statuslint itself, so that go vet can take it as its tool without a
// second build of the command.
const asTool = "STATUSLINT_TEST_AS_TOOL"

func init() {
	// Package initialization runs before the testing package defines its
	// flags, so statuslint's are the only ones.
	if os.Getenv(asTool) == "1" {
		main()
		os.Exit(0)
	}
}

// httpStandIn stands in for net/http in TestVetTool's go vet run: the
// declarations the scratch module uses, with net/http's signatures, and
// Error sending as net/http's does.
const httpStandIn = `// Package http stands in for net/http.
package http

type Header map[string][]string

func (h Header) Set(key, value string) { h[key] = []string{value} }

type ResponseWriter interface {
	Header() Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

type URL struct{ Path string }

type Request struct{ URL *URL }

type Response struct{ StatusCode int }

const (
	StatusOK         = 200
	StatusBadRequest = 400
	StatusBadGateway = 502
)

func Error(w ResponseWriter, error string, code int) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	w.Write([]byte(error + "\n"))
}
`

// TestVetTool runs statuslint on a scratch module as go vet's tool, with
// flags that turn an analyzer on and another off, and on its own, with
// one analyzer selected and its configuration's defaults: every site is
// reported, and the flags reach the analyzers through go vet.
//
// go vet analyzes every dependency for facts, with the tool, from source:
// net/http's two hundred standard packages cost more than the rest of the
// suite's tests of statuslint together. So the go vet run replaces
// net/http's files, through -overlay, with a stand-in that declares what
// the module uses; the analyzers' behaviour on the real net/http is
// statuslint's own tests' (analysistest loads it from source), and .ci/run
// runs statuslint as go vet's tool over this repository, the real standard
// library included.
func TestVetTool(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	bin, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	mod := filepath.Join(dir, "mod")
	files := map[string]string{
		"go.mod": "module scratch\n\ngo 1.26\n",
		"app/app.go": `package app

import "net/http"

func H(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(404)
	http.Error(w, "x", http.StatusBadGateway)
	_ = resp.StatusCode >= 200 && resp.StatusCode < 300
	w.Header().Set("X", "y")
}
`,
		// A helper in another package: the fact that it always sends
		// crosses the package boundary, through go vet's protocol too.
		"respond/respond.go": `package respond

import "net/http"

func Fail(w http.ResponseWriter, msg string) { http.Error(w, msg, http.StatusBadRequest) }
`,
		"app/handler.go": `package app

import (
	"net/http"

	"scratch/respond"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		respond.Fail(w, "no path")
	}
	w.WriteHeader(http.StatusOK)
}
`,
	}
	writeFiles(t, mod, files)
	const (
		bare     = "app.go:6:16: status code 404 is status.NotFound"
		nethttp  = "respond.go:5:67: http.StatusBadRequest is status.BadRequest"
		twice    = "app.go:7:2: http.Error has no effect: the status was sent already by w.WriteHeader at line 6"
		rangeChk = "app.go:8:6: this checks that resp.StatusCode is in class 200–299"
		header   = "app.go:9:2: w.Header().Set has no effect"
		helper   = "handler.go:13:2: w.WriteHeader(200) has no effect: the status was sent already by Fail at line 11"
	)
	// go vet runs once, with flags that turn something on and something
	// off. On its own, statuslint runs on the real net/http, with one
	// analyzer that needs no facts, which loads the dependencies as export
	// data, and the defaults of its configuration (no -nethttp).
	overlay := standIn(t, dir, "net/http", httpStandIn)
	for _, tc := range []struct {
		args      []string
		want, not []string
	}{
		{[]string{"go", "vet", "-overlay=" + overlay, "-vettool=" + bin, "-nethttp", "-statusheader=false", "./..."},
			[]string{bare, nethttp, twice, rangeChk, helper}, []string{header}},
		{[]string{bin, "-statuslint", "./..."},
			[]string{bare, rangeChk}, []string{nethttp, twice, header, helper}},
	} {
		cmd := exec.Command(tc.args[0], tc.args[1:]...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off", asTool+"=1")
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Errorf("%v: exit 0, want reports\n%s", tc.args, out)
		}
		for _, w := range tc.want {
			if !strings.Contains(string(out), w) {
				t.Errorf("%v: no %q in\n%s", tc.args, w, out)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(string(out), strings.SplitN(w, ": ", 2)[1]) {
				t.Errorf("%v: %q, which its flags turn off, in\n%s", tc.args, w, out)
			}
		}
	}
}

// TestVetToolRealStd runs statuslint as go vet's tool over the real
// standard library, with no stand-in, on a module whose packages reach
// net/http directly, only through another package's API (which under go
// vet shows net/http in part, as export data: the shape that crashed the
// analyzers when they looked up http.ResponseWriter) and not at all: no
// package crashes, and the direct one's report comes through.
func TestVetToolRealStd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet over the standard library")
	}
	bin, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	mod := t.TempDir()
	files := map[string]string{
		"go.mod": "module scratch\n\ngo 1.26\n",
		"direct/direct.go": `package direct

import "net/http"

func H(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "x", http.StatusBadRequest)
	w.WriteHeader(http.StatusOK)
}
`,
		"client/client.go": `package client

import "net/http"

func New() *http.Client { return &http.Client{} }
`,
		"indirect/indirect.go": `package indirect

import "scratch/client"

var C = client.New()

func Do() int { return int(C.Timeout) }
`,
		"none/none.go": "package none\n\nfunc F() int { return 404 }\n",
		// The module generates its own package, with its own 499: that
		// is the package statuslint names, with no -table or -pkg.
		"gen.go":     "package scratch\n\n//go:generate go tool statusgen -in tables/codes.toml -out internal/httpstatus/status_gen.go -package httpstatus\n",
		"own/own.go": "package own\n\nimport \"net/http\"\n\nfunc H(w http.ResponseWriter) { w.WriteHeader(499) }\n",
	}
	table, err := os.ReadFile("../../testdata/tables/vendor.toml")
	if err != nil {
		t.Fatal(err)
	}
	files["tables/codes.toml"] = string(table)
	tab, err := load.Table("codes.toml", table, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	generated, err := gen.Go(tab, gen.Options{Package: "httpstatus", Type: "Code", Source: "codes.toml"})
	if err != nil {
		t.Fatal(err)
	}
	files["internal/httpstatus/status_gen.go"] = string(generated)
	writeFiles(t, mod, files)
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off", asTool+"=1")
	out, _ := cmd.CombinedOutput()
	for _, bad := range []string{"panic", "nil pointer", "goroutine "} {
		if strings.Contains(string(out), bad) {
			t.Errorf("go vet -vettool: %q in\n%s", bad, out)
		}
	}
	for _, want := range []string{
		"direct.go:7:2: w.WriteHeader(200) has no effect",
		"own.go:5:47: status code 499 is httpstatus.ClientClosedRequest",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("go vet -vettool: no %q in\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "statusgen/status") {
		t.Errorf("go vet -vettool: statusgen's own package named in a module that generates its own:\n%s", out)
	}
}

// writeFiles writes files, by slash-separated path, under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// standIn writes an overlay file for the go command, in dir, that replaces
// the Go files of the standard package pkg with one file holding src, and
// returns its path.
func standIn(t *testing.T, dir, pkg, src string) string {
	t.Helper()
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	pkgDir := filepath.Join(strings.TrimSpace(string(goroot)), "src", filepath.FromSlash(pkg))
	files, err := filepath.Glob(filepath.Join(pkgDir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s (%v)", pkgDir, err)
	}
	replace := map[string]string{}
	for _, f := range files {
		replace[f] = "" // deleted
	}
	text := filepath.Join(dir, "standin.go")
	if err := os.WriteFile(text, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	replace[filepath.Join(pkgDir, "standin.go")] = text
	data, err := json.Marshal(map[string]any{"Replace": replace})
	if err != nil {
		t.Fatal(err)
	}
	overlay := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(overlay, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return overlay
}

// TestUsage checks that -h says what statuslint is before its flags.
func TestUsage(t *testing.T) {
	bin, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(bin, "-h")
	cmd.Env = append(os.Environ(), asTool+"=1")
	out, _ := cmd.CombinedOutput()
	if !strings.HasPrefix(string(out), "statuslint names status codes by a statusgen table") || !strings.Contains(string(out), "\n  -fix\n") {
		t.Errorf("statuslint -h:\n%s", out)
	}
}

// TestResolveTable checks that a relative -table is found in the
// directories above a package's, to the module's root, as go vet runs the
// tool in each package's directory; the analyzers read only what they are
// given.
func TestResolveTable(t *testing.T) {
	mod := t.TempDir()
	writeFiles(t, mod, map[string]string{"go.mod": "module m\n", "codes.toml": "", "a/b/x.go": "package b\n", "a/local.toml": ""})
	t.Chdir(filepath.Join(mod, "a", "b"))
	for _, c := range []struct{ in, want []string }{
		{[]string{"-table=codes.toml", "./..."}, []string{"-table=" + filepath.Join(mod, "codes.toml"), "./..."}},
		{[]string{"-table", "local.toml", "x.cfg"}, []string{"-table", filepath.Join(mod, "a", "local.toml"), "x.cfg"}},
		{[]string{"-table=missing.toml"}, []string{"-table=missing.toml"}},
		{[]string{"-table=/abs/codes.toml"}, []string{"-table=/abs/codes.toml"}},
		{[]string{"./...", "-table=codes.toml"}, []string{"./...", "-table=codes.toml"}},
	} {
		if got := resolveTable(c.in); !slices.Equal(got, c.want) {
			t.Errorf("resolveTable(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFlagScan checks the reading of the command line that runs before the
// flags are parsed: a flag's value given as the next argument is not taken
// for the first argument that is not a flag.
func TestFlagScan(t *testing.T) {
	args := []string{"-pkg", "example.com/x/httpstatus", "-fix", "-table", "t.toml", "./..."}
	if !hasFlag(args, "table") || flagValue(args, "pkg") != "example.com/x/httpstatus" {
		t.Errorf("hasFlag(table) = %v, flagValue(pkg) = %q", hasFlag(args, "table"), flagValue(args, "pkg"))
	}
	rest, fix := withoutFix(args)
	if want := []string{"-pkg", "example.com/x/httpstatus", "-table", "t.toml", "./..."}; !fix || !slices.Equal(rest, want) {
		t.Errorf("withoutFix = %q, %v; want %q, true", rest, fix, want)
	}
	for _, c := range []struct {
		args []string
		fix  bool
	}{
		{[]string{"-fix=false", "./..."}, false},
		{[]string{"-fix", "-diff", "./..."}, false},
		{[]string{"-fix=false", "-fix", "./..."}, true},
		{[]string{"./...", "-fix"}, false},
	} {
		if _, fix := withoutFix(c.args); fix != c.fix {
			t.Errorf("withoutFix(%q) fixes: %v, want %v", c.args, fix, c.fix)
		}
	}
}
