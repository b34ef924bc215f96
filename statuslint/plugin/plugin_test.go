package plugin

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("statuslint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"nethttp": true, "style": "drf", "pkg": "example.com/drfstatus"})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	if err != nil || strings.Join(names, " ") != "statuslint statustwice statusheader statusbody statusclass" || p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Fatalf("analyzers %v, %v, load mode %q", names, err, p.GetLoadMode())
	}
	// Each can be switched off.
	p, err = newPlugin(map[string]any{"disable": []any{"statusheader", "statuslint"}})
	if err != nil {
		t.Fatal(err)
	}
	if as, _ := p.BuildAnalyzers(); len(as) != 3 || as[0].Name != "statustwice" {
		t.Errorf("with two disabled: %v", as)
	}
	for _, bad := range []map[string]any{{"style": "rails"}, {"unknown": 1}, {"table": "codes.toml"}} {
		if _, err := newPlugin(bad); err == nil {
			t.Errorf("settings %v accepted", bad)
		}
	}
}
