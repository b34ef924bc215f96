package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestVetTool builds statuslint and runs it as go vet's tool on a scratch
// module: every site is reported, with its flags passed through go vet.
func TestVetTool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds statuslint and runs go vet")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "statuslint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mod := filepath.Join(dir, "mod")
	os.MkdirAll(filepath.Join(mod, "app"), 0o755)
	os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module scratch\n\ngo 1.26\n"), 0o644)
	os.WriteFile(filepath.Join(mod, "app", "app.go"), []byte(`package app

import "net/http"

func H(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(404)
	http.Error(w, "x", http.StatusBadGateway)
	_ = resp.StatusCode >= 200 && resp.StatusCode < 300
}
`), 0o644)
	// A helper in another package: the fact that it always sends crosses
	// the package boundary, through go vet's protocol too.
	os.MkdirAll(filepath.Join(mod, "respond"), 0o755)
	os.WriteFile(filepath.Join(mod, "respond", "respond.go"), []byte(`package respond

import "net/http"

func Fail(w http.ResponseWriter, msg string) { http.Error(w, msg, http.StatusBadRequest) }
`), 0o644)
	os.WriteFile(filepath.Join(mod, "app", "handler.go"), []byte(`package app

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
`), 0o644)
	for _, tc := range []struct {
		flags []string
		want  []string
	}{
		{nil, []string{"app.go:6:16: status code 404 is status.NotFound", "app.go:8:6: this checks that resp.StatusCode is in class 200–299",
			"app.go:7:2: http.Error has no effect: the status was sent already by w.WriteHeader at line 6",
			"handler.go:13:2: w.WriteHeader has no effect: the status was sent already by Fail at line 11"}},
		// Each run of go vet analyzes every dependency, the standard
		// library's included, for facts: two runs cover the flags.
		{[]string{"-nethttp", "-statustwice=false"}, []string{"app.go:6:16: status code 404 is status.NotFound", "app.go:7:21: http.StatusBadGateway is status.BadGateway"}},
	} {
		cmd := exec.Command("go", append(append([]string{"vet", "-vettool=" + bin}, tc.flags...), "./...")...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Errorf("go vet %v: exit 0, want reports\n%s", tc.flags, out)
		}
		for _, w := range tc.want {
			if !strings.Contains(string(out), w) {
				t.Errorf("go vet %v: no %q in\n%s", tc.flags, w, out)
			}
		}
		if strings.Contains(strings.Join(tc.flags, " "), "statustwice=false") && strings.Contains(string(out), "has no effect") {
			t.Errorf("go vet %v: statustwice ran:\n%s", tc.flags, out)
		}
	}
}
