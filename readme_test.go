package statusgen_test

import (
	// The snippets' imports: importing them here has the go command build
	// them before this test runs, so that the scratch module's build finds
	// them in the cache rather than building them a second time alongside
	// a cold go test ./....
	_ "encoding/json"
	_ "net/http"

	_ "github.com/statusgen/statusgen/status"

	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// goBlock is a fenced Go snippet of a Markdown file.
var goBlock = regexp.MustCompile("(?s)\n```go\n(.*?)\n```\n")

// TestReadmeSnippets compiles every Go snippet of the README, each
// a file of its own package, in a scratch module that uses this one: a
// snippet that no longer compiles fails the test. (go build, not go vet:
// vet would analyze net/http and what it imports for facts, from source,
// which costs a cold run half a minute.)
func TestReadmeSnippets(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := goBlock.FindAllStringSubmatch(string(readme), -1)
	if len(blocks) == 0 {
		t.Fatal("the README has no Go snippet")
	}
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(mod, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	goLine := regexp.MustCompile(`(?m)^go .*$`).Find(gomod)
	write("go.mod", fmt.Sprintf("module example.com/readme\n\n%s\n\nrequire github.com/statusgen/statusgen v0.0.0\n\nreplace github.com/statusgen/statusgen => %s\n", goLine, root))
	for i, b := range blocks {
		src := b[1]
		if !strings.HasPrefix(src, "package ") {
			t.Errorf("README Go snippet %d is not a whole file (it must start with its package clause):\n%s", i+1, src)
			continue
		}
		write(fmt.Sprintf("s%d/snippet.go", i+1), src+"\n")
	}
	// The scratch module's go.sum is this module's: the snippets import
	// nothing that this module does not.
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		t.Fatal(err)
	}
	write("go.sum", string(sum))
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go build of the README's %d Go snippets: %v\n%s", len(blocks), err, out)
	}
}
