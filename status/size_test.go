package status_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/statusgen/statusgen/status"
)

// TestLinkedSize builds small programs that use the package and checks
// that the linker keeps only what they use: the descriptions are in a
// binary that calls Description and not in one that calls only Text, and
// a property's table is only in a program that calls its method. With -v
// it logs the sizes, against a program that does not use the package and
// beside one that uses net/http.StatusText, which are built only then:
// they check nothing, and linking net/http costs more than the rest of
// the test.
func TestLinkedSize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	programs := []string{"linktext", "linkdesc", "linkprop"}
	if testing.Verbose() {
		programs = append(programs, "linkbase", "linknethttp")
	}
	// One go build for them all: the programs build in parallel.
	dir := t.TempDir()
	args := []string{"build", "-o", dir + string(filepath.Separator)}
	for _, p := range programs {
		args = append(args, "./testdata/"+p)
	}
	if msg, err := exec.Command(goCmd, args...).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	bin := map[string][]byte{}
	for _, p := range programs {
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		bin[p] = b
	}
	text, desc, prop := bin["linktext"], bin["linkdesc"], bin["linkprop"]
	needle := []byte(status.Code(status.NotFound).Description())
	if bytes.Contains(text, needle) {
		t.Error("a program that calls only Text holds the descriptions")
	}
	if !bytes.Contains(desc, needle) {
		t.Error("a program that calls Description lacks the descriptions; is the needle right?")
	}
	// A property's bits, a bit per code from 100 (the first class of
	// codes.toml), are only in a program that calls its method.
	var bits [20]byte
	for i := range 8 * len(bits) {
		if status.Code(100 + i).AllowsBody() {
			bits[i/8] |= 1 << (i % 8)
		}
	}
	if bytes.Contains(text, bits[:]) || bytes.Contains(desc, bits[:]) {
		t.Error("a program that never calls AllowsBody holds its table")
	}
	if !bytes.Contains(prop, bits[:]) {
		t.Error("a program that calls AllowsBody lacks its table; is the needle right?")
	}
	if base, ok := bin["linkbase"]; ok {
		t.Logf("linked size: without status %d bytes; status.Text %+d; status Text and Description %+d; AllowsBody %+d; net/http.StatusText %+d",
			len(base), len(text)-len(base), len(desc)-len(base), len(prop)-len(base), len(bin["linknethttp"])-len(base))
	}
}
