package plugin

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"
)

func TestRegistered(t *testing.T) {
	for _, name := range []string{"statuslint", "statusresponse"} {
		newPlugin, err := register.GetPlugin(name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := newPlugin(map[string]any{"nethttp": true, "style": "drf", "pkg": "example.com/drfstatus", "disable": []any{"statusheader"}})
		if err != nil {
			t.Fatal(err)
		}
		as, err := p.BuildAnalyzers()
		if err != nil || len(as) != 1 || as[0].Name != name || p.GetLoadMode() != register.LoadModeTypesInfo {
			t.Fatalf("%s: analyzers %v, %v, load mode %q", name, as, err, p.GetLoadMode())
		}
		for _, bad := range []map[string]any{{"style": "rails"}, {"unknown": 1}, {"table": "codes.toml"}} {
			if _, err := newPlugin(bad); err == nil {
				t.Errorf("%s: settings %v accepted", name, bad)
			}
		}
	}
	newPlugin, _ := register.GetPlugin("statusresponse")
	all := map[string]any{"disable": []any{"statustwice", "statusheader", "statusbody", "statusclass"}}
	if _, err := newPlugin(all); err == nil {
		t.Error("statusresponse with every check disabled: accepted")
	}
}
