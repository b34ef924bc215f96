package spec

import (
	"strings"
	"testing"
)

const classes = `
[[class]]
name = "Success"
first = 200
last = 299
`

func TestLoadOrder(t *testing.T) {
	src := classes + `
[[status]]
code = 204
name = "No Content"
allows_body = false

[[status]]
code = 200
name = "OK"
aliases = ["Fine", "Good"]
cacheable = true

[[property]]
name = "allows_body"
method = "AllowsBody"
default = true

[[property]]
name = "cacheable"
method = "IsCacheable"
`
	tab, err := load("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Statuses) != 2 || tab.Statuses[0].Code != 200 || tab.Statuses[1].Code != 204 {
		t.Fatalf("statuses not sorted by code: %+v", tab.Statuses)
	}
	ok, nc := tab.Statuses[0], tab.Statuses[1]
	if ok.Line != 12 || nc.Line != 7 {
		t.Errorf("lines: OK %d, No Content %d; want 12, 7", ok.Line, nc.Line)
	}
	body, cache := tab.Properties[0], tab.Properties[1]
	if !tab.Value(body, 200) || tab.Value(body, 204) || !tab.Value(cache, 200) || tab.Value(cache, 204) {
		t.Errorf("properties: %+v %+v", ok.Props, nc.Props)
	}
	if ok.Class != tab.Classes[0] || ok.Ident != "" || len(ok.Aliases) != 2 || ok.Aliases[1].Name != "Good" {
		t.Errorf("OK: %+v", ok)
	}
	if s, i := tab.Lookup(204); s != nc || i < 0 {
		t.Errorf("Lookup(204) = %v, %d", s, i)
	}
	if s, i := tab.Lookup(201); s != nil || i != -1 {
		t.Error("Lookup")
	}
}

// TestLayout checks that positions are found past strings and comments
// that look like headers or keys.
func TestLayout(t *testing.T) {
	src := `# [[status]] in a comment
top = "x" # comment
[[status]]
code = 1
description = """
[[status]]
name = 'not a key'
"""
aliases = [
  "a", # [[status]]
  'b',
]
name = '''lit "quoted" [[status]]'''
[[status]]
"code" = 2
[[class]]
name = "c"
`
	l, err := scanLayout(src)
	if err != nil {
		t.Fatal(err)
	}
	hs := l.arrayHeaders("status")
	if len(hs) != 2 || hs[0].line != 3 || hs[1].line != 14 {
		t.Fatalf("status headers: %+v", hs)
	}
	if hs[0].keys["code"] != 4 || hs[0].keys["aliases"] != 9 || hs[0].keys["name"] != 13 || hs[1].keys["code"] != 15 {
		t.Errorf("keys: %v %v", hs[0].keys, hs[1].keys)
	}
	if l.top["top"] != 2 || len(l.arrayHeaders("class")) != 1 {
		t.Errorf("top %v, classes %v", l.top, l.arrayHeaders("class"))
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"aliases", "code", "description", "first", "name", "rfc"}
	for in, want := range map[string]string{
		"descripton": "description", "frist": "first", "Code": "code", "reference": "rfc",
		"alias": "aliases", "nmae": "name", "zzz": "", "rcf": "",
	} {
		got := suggest(in, known)
		if want == "" && got != "" || want != "" && !strings.Contains(got, `"`+want+`"`) {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestErrorFormat(t *testing.T) {
	l := List{{File: "a.toml", Line: 3, Col: 7, Msg: "x"}, {File: "a.toml", Line: 1, Msg: "y"}, {File: "a.toml", Msg: "z"}}
	l.sort()
	if got, want := l.Error(), "a.toml: z\na.toml:1: y\na.toml:3:7: x"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"plain text: ok":      "plain text: ok",
		"bell\a and \x1b[31m": `bell\u0007 and \u001B[31m`,
		"new\nline":           `new\u000Aline`,
		"bidi \u202e":         `bidi \u202E`,
		"bad \xff byte":       `bad \xff byte`,
		"real \ufffd is fine": "real \ufffd is fine",
		"ünïcödé ✓":           "ünïcödé ✓",
	} {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadInlineTables(t *testing.T) {
	src := `class = [{name = "Success", first = 200, last = 299}]
status = [
  {code = 201, name = "Created"},
  {code = 200, name = "OK"},
]
`
	tab, err := load("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Statuses) != 2 || tab.Statuses[0].Name != "OK" || tab.Statuses[0].Line != 4 {
		t.Fatalf("statuses %+v", tab.Statuses)
	}
}

// TestValue checks the precedence of a property's value: a registered
// code's entry, else its class, else the default; for an unregistered code
// its class, else the default; outside every class, the default.
func TestValue(t *testing.T) {
	src := `
[[property]]
name = "retryable"
method = "IsRetryable"

[[property]]
name = "logged"
method = "Logged"
default = true

[[class]]
name = "Client Error"
first = 400
last = 499
logged = false

[[class]]
name = "Server Error"
first = 500
last = 599
retryable = true

[[status]]
code = 429
name = "Too Many Requests"
retryable = true

[[status]]
code = 404
name = "Not Found"

[[status]]
code = 501
name = "Not Implemented"
retryable = false
logged = false
`
	tab, err := load("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	logged, retryable := tab.Properties[0], tab.Properties[1]
	if logged.Name != "logged" || retryable.Name != "retryable" {
		t.Fatalf("properties not sorted by name: %q %q", logged.Name, retryable.Name)
	}
	for code := -1; code <= 1000; code++ {
		wantRetry := code == 429 || 500 <= code && code <= 599 && code != 501
		wantLogged := !(400 <= code && code <= 499) && code != 501
		if got := tab.Value(retryable, code); got != wantRetry {
			t.Errorf("retryable of %d = %t, want %t", code, got, wantRetry)
		}
		if got := tab.Value(logged, code); got != wantLogged {
			t.Errorf("logged of %d = %t, want %t", code, got, wantLogged)
		}
	}
}

// load reads a table and returns it only when it has no fault.
func load(file string, src []byte) (*Table, error) {
	t, errs := Read(file, src)
	if err := errs.Err(file); err != nil {
		return nil, err
	}
	return t, nil
}
