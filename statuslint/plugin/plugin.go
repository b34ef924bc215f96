// Package plugin registers statuslint as a golangci-lint v2 module plugin.
// A custom golangci-lint built with it (golangci-lint custom, with this
// package in .custom-gcl.yml) runs statuslint as the linter "statuslint",
// configured by Settings under linters.settings.custom.statuslint.settings.
package plugin

import (
	"github.com/golangci/plugin-module-register/register"
	"github.com/statusgen/statusgen/statuslint"
	"golang.org/x/tools/go/analysis"
)

func init() { register.Plugin("statuslint", New) }

// Settings are statuslint's settings, the same as its flags.
type Settings struct {
	Table   string `json:"table"`   // the table file; "" is the built-in codes.toml
	Pkg     string `json:"pkg"`     // the import path of the package generated from it
	Style   string `json:"style"`   // go or drf
	NetHTTP bool   `json:"nethttp"` // also move net/http's status constants
	Type    string `json:"type"`    // the code type's name, as statusgen's -type
	Typed   bool   `json:"typed"`   // the package was generated with -typed
}

// New returns the plugin for the settings golangci-lint decoded from its
// configuration.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, err
	}
	a, err := statuslint.New(statuslint.Config{Table: s.Table, Pkg: s.Pkg, Style: s.Style, NetHTTP: s.NetHTTP, Type: s.Type, Typed: s.Typed})
	if err != nil {
		return nil, err
	}
	return &plugin{a}, nil
}

type plugin struct{ analyzer *analysis.Analyzer }

// BuildAnalyzers returns statuslint's analyzer.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode says that statuslint needs type information.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
