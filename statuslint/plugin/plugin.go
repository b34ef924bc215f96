// Package plugin registers statuslint as a golangci-lint v2 module plugin.
// A custom golangci-lint built with it (golangci-lint custom, with this
// package in .custom-gcl.yml) runs statuslint's analyzers (statuslint and
// the response checks statustwice, statusheader, statusbody and
// statusclass) as the linter "statuslint", configured by Settings under
// linters.settings.custom.statuslint.settings.
package plugin

import (
	"slices"

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
	// Disable names analyzers not to run, such as ["statusheader"].
	Disable []string `json:"disable"`
}

// New returns the plugin for the settings golangci-lint decoded from its
// configuration.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, err
	}
	suite, err := statuslint.NewSuite(statuslint.Config{Table: s.Table, Pkg: s.Pkg, Style: s.Style, NetHTTP: s.NetHTTP, Type: s.Type, Typed: s.Typed})
	if err != nil {
		return nil, err
	}
	var on []*analysis.Analyzer
	for _, a := range suite {
		if !slices.Contains(s.Disable, a.Name) {
			on = append(on, a)
		}
	}
	return &plugin{on}, nil
}

type plugin struct{ analyzers []*analysis.Analyzer }

// BuildAnalyzers returns statuslint's analyzers, less those disabled.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode says that statuslint needs type information.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
