package load

import (
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/names"
)

const classes = `
[[class]]
name = "Success"
first = 200
last = 299
`

func TestIdents(t *testing.T) {
	src := classes + `
[[status]]
code = 200
name = "OK"
aliases = ["Fine", "Good"]

[[status]]
code = 204
name = "No Content"
ident = "Empty"
`
	tab, err := Table("t.toml", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ok, nc := tab.Statuses[0], tab.Statuses[1]
	if tab.Classes[0].Ident != "Success" || ok.Ident != "OK" || ok.Aliases[1].Ident != "Good" || nc.Ident != "Empty" {
		t.Errorf("idents: class %q, %q %q, %q", tab.Classes[0].Ident, ok.Ident, ok.Aliases[1].Ident, nc.Ident)
	}
}

func TestDRFStyle(t *testing.T) {
	src := classes + `
[[status]]
code = 200
name = "OK"
ident = "Fine"
aliases = ["All Good"]
`
	tab, err := Table("t.toml", []byte(src), Options{Style: names.StyleDRF})
	if err != nil {
		t.Fatal(err)
	}
	if s := tab.Statuses[0]; s.Ident != "HTTP_200_OK" || s.Aliases[0].Ident != "HTTP_200_ALL_GOOD" {
		t.Errorf("idents %q %q", s.Ident, s.Aliases[0].Ident)
	}
}

// TestFaultsTogether checks that the faults of the table (spec), of its
// phrases (parserule) and of its identifiers (names) are reported
// together, in order of position (at one line, the phrase's before the
// identifier's), and that a repeated alias, which would also repeat an
// identifier, is one fault.
func TestFaultsTogether(t *testing.T) {
	src := classes + `
[[status]]
code = 200
name = "OK"
aliases = ["ok"]

[[status]]
code = 201
name = "Code"

[[status]]
code = 202
name = "2 Accepted"

[[status]]
code = 200
name = "Again"
`
	_, err := Table("t.toml", []byte(src), Options{})
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		`t.toml:7: alias "ok" of 200 repeats name "OK" of 200`,
		`t.toml:12: name "Code" of 201 gives Code, which is the name of the code type`,
		`t.toml:16: name "2 Accepted" of 202 starts like a number`,
		`t.toml:16: name "2 Accepted" of 202 gives "2Accepted", which is not an exported Go identifier`,
		`t.toml:20: duplicate code 200 (first at line 7)`,
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d faults, want %d:\n%v", len(lines), len(want), err)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("fault %d:\n%s\nwant it to start\n%s", i, lines[i], w)
		}
	}
}
