package plugin

import (
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
	if err != nil || len(as) != 1 || as[0].Name != "statuslint" || p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Fatalf("analyzers %v, %v, load mode %q", as, err, p.GetLoadMode())
	}
	for _, bad := range []map[string]any{{"style": "rails"}, {"unknown": 1}, {"table": "codes.toml"}} {
		if _, err := newPlugin(bad); err == nil {
			t.Errorf("settings %v accepted", bad)
		}
	}
}
