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
// binary that calls Description and not in one that calls only Text. It
// logs the sizes, beside a program that uses net/http.StatusText. Likewise
// a property's table is only in a program that calls its method.
func TestLinkedSize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	dir := t.TempDir()
	build := func(name string) []byte {
		t.Helper()
		out := filepath.Join(dir, name)
		cmd := exec.Command(goCmd, "build", "-o", out, "./testdata/"+name)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", name, err, msg)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	base, text, desc, nethttp := build("linkbase"), build("linktext"), build("linkdesc"), build("linknethttp")
	needle := []byte(status.Code(status.NotFound).Description())
	if bytes.Contains(text, needle) {
		t.Error("a program that calls only Text holds the descriptions")
	}
	if !bytes.Contains(desc, needle) {
		t.Error("a program that calls Description lacks the descriptions; is the needle right?")
	}
	// A property's bits, a bit per code from 100 (the first class of
	// codes.toml), are only in a program that calls its method.
	prop := build("linkprop")
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
	t.Logf("linked size: without status %d bytes; status.Text %+d; status Text and Description %+d; AllowsBody %+d; net/http.StatusText %+d",
		len(base), len(text)-len(base), len(desc)-len(base), len(prop)-len(base), len(nethttp)-len(base))
}
