package response

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"slices"
	"strconv"
	"testing"
)

// TestFrameworkTables checks the tables of frameworks.go against
// scripts/frameworks/methods.go, which names each method as a method
// expression of the real framework (make lint-real builds it): a method
// the table declares is one the framework has, and the other way round.
func TestFrameworkTables(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "../../../scripts/frameworks/methods.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	lists := map[string][]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				key, _ := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
				lists[vs.Names[0].Name] = append(lists[vs.Names[0].Name], key)
			}
		}
		return false
	})
	for list, fw := range map[string]*framework{"ginMethods": gin, "echo4Methods": echo4, "echo5Methods": echo5} {
		got := slices.Sorted(maps.Keys(fw.methods))
		want := slices.Sorted(slices.Values(lists[list]))
		if !slices.Equal(got, want) {
			t.Errorf("%s's table has %v; scripts/frameworks/methods.go's %s has %v", fw.pkg, got, list, want)
		}
	}
}
