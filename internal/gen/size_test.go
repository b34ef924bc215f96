package gen

import (
	"os"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/load"
)

// TestSizeFollowsCodes renders the WebSocket table, 15 codes over classes
// that span 4000, and the same table with its classes narrowed to the
// codes, and checks that the wide one costs little more: the layout
// follows the codes, not the span.
func TestSizeFollowsCodes(t *testing.T) {
	src, err := os.ReadFile("../../testdata/tables/websocket.toml")
	if err != nil {
		t.Fatal(err)
	}
	narrow := strings.NewReplacer(
		"first = 1000\nlast = 2999", "first = 1000\nlast = 1015",
		"first = 3000\nlast = 3999", "first = 1016\nlast = 1017",
		"first = 4000\nlast = 4999", "first = 1018\nlast = 1019",
	).Replace(string(src))
	render := func(src string) []byte {
		tab, err := load.Table("websocket.toml", []byte(src), load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out, err := Go(tab, Options{Package: "websocket", Type: "Code", Source: "websocket.toml"})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	wide, small := render(string(src)), render(narrow)
	if narrow == string(src) {
		t.Fatal("the classes were not narrowed")
	}
	t.Logf("classes over 4000 codes: %d bytes; over 20: %d bytes", len(wide), len(small))
	if len(wide) > len(small)*5/4 {
		t.Errorf("15 codes over classes of 4000 give %d bytes, over classes of 20 %d: the layout should follow the codes", len(wide), len(small))
	}
}

// TestMarkdownTitle checks the reference page's title, the table's noun in
// the plural with its first letter in upper case, beyond ASCII too.
func TestMarkdownTitle(t *testing.T) {
	for noun, want := range map[string]string{"": "# Status codes\n", "état code": "# État codes\n", "HTTP status code": "# HTTP status codes\n"} {
		src := "[[class]]\nname = \"A\"\nfirst = 200\nlast = 299\n[[status]]\ncode = 200\nname = \"OK\"\n"
		if noun != "" {
			src = "[package]\nnoun = \"" + noun + "\"\n" + src
		}
		tab, err := load.Table("t.toml", []byte(src), load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := string(Markdown(tab, Options{Package: "p", Type: "Code", Source: "t.toml"})); !strings.Contains(got, "\n"+want) {
			t.Errorf("noun %q: the page does not have the title %q:\n%.200s", noun, want, got)
		}
	}
}
