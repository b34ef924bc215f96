package names

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestCamelCase(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"IM Used", "IMUsed"},
		{"URI Too Long", "URITooLong"},
		{"HTTP Version Not Supported", "HTTPVersionNotSupported"},
		{"Non-Authoritative Information", "NonAuthoritativeInformation"},
		{"I'm a teapot", "ImATeapot"},
		{"OK", "OK"},
		{"Request-URI Too Long", "RequestURITooLong"},
		{"Multi-Status", "MultiStatus"},
		{"Client Closed Request", "ClientClosedRequest"},
		{"über cool", "ÜberCool"},
		{"  spaced   out ", "SpacedOut"},
		{"?!", ""},
	} {
		if got := CamelCase(tt.in); got != tt.want {
			t.Errorf("CamelCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDRFName(t *testing.T) {
	for _, tt := range []struct {
		code int
		in   string
		want string
	}{
		{404, "Not Found", "HTTP_404_NOT_FOUND"},
		{418, "I'm a teapot", "HTTP_418_IM_A_TEAPOT"},
		{306, "Reserved", "HTTP_306_RESERVED"},
		{509, "Bandwidth Limit Exceeded", "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED"},
		{414, "Request-URI Too Long", "HTTP_414_REQUEST_URI_TOO_LONG"},
		{203, "Non-Authoritative Information", "HTTP_203_NON_AUTHORITATIVE_INFORMATION"},
		{412, "?!", ""},
	} {
		if got := DRFName(tt.code, tt.in); got != tt.want {
			t.Errorf("DRFName(%d, %q) = %q, want %q", tt.code, tt.in, got, tt.want)
		}
	}
}

// TestStdMethodsCoverVet reads go vet's stdmethods check, in the x/tools
// this module requires, and checks that every method name it knows a
// signature for is claimed.
func TestStdMethodsCoverVet(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "golang.org/x/tools").Output()
	if err != nil {
		t.Skipf("go list -m golang.org/x/tools: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "go/analysis/passes/stdmethods/stdmethods.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || vs.Names[0].Name != "canonicalMethods" {
			return true
		}
		for _, elt := range vs.Values[0].(*ast.CompositeLit).Elts {
			name, _ := strconv.Unquote(elt.(*ast.KeyValueExpr).Key.(*ast.BasicLit).Value)
			found++
			if !slices.Contains(StdMethods, name) && !slices.Contains(fixedMethods, name) {
				t.Errorf("go vet checks the signature of %s, which the names list does not claim", name)
			}
		}
		return false
	})
	if found < 10 {
		t.Fatalf("found %d methods in %s: has the check moved?", found, file)
	}
}
