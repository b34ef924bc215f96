// Package plugin registers statuslint as golangci-lint v2 module plugins.
// A custom golangci-lint built with it (golangci-lint custom, with this
// package in .custom-gcl.yml) has two linters, each configured by Settings
// under linters.settings.custom.NAME.settings:
//
//   - statuslint, the renaming analyzer: bare codes, range checks,
//     deprecated names and, with nethttp, net/http's constants;
//   - statusresponse, the response checks (statustwice, statusheader,
//     statusbody and statusclass), as one analyzer that makes one report a
//     line, each with a text of its own.
//
// They are two linters so that golangci-lint's default limits, which count
// a linter's reports (max-issues-per-linter: 50), show one report a line
// (uniq-by-line) and hide a text repeated more than three times
// (max-same-issues: 3), never hide a bug behind the renames.
package plugin

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/statusgen/statusgen/statuslint"
	"github.com/statusgen/statusgen/statuslint/internal/response"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("statuslint", newRenames)
	register.Plugin(statuslint.ResponseLinter, newResponses)
}

// Settings are the linters' settings, the same as statuslint's flags.
type Settings struct {
	Table   string `json:"table"`   // the table file; "" is the built-in codes.toml
	Pkg     string `json:"pkg"`     // the import path of the package generated from it
	Style   string `json:"style"`   // go or drf
	NetHTTP bool   `json:"nethttp"` // also move net/http's status constants
	Type    string `json:"type"`    // the code type's name, as statusgen's -type
	Typed   bool   `json:"typed"`   // the package was generated with -typed
	// Disable names response checks not to run, such as ["statusheader"].
	Disable []string `json:"disable"`
}

// config returns the configuration the settings say. Without table and
// pkg, it is the module's own generated package's, when there is one (see
// statuslint.ModuleConfig), found from golangci-lint's working directory,
// from which it also finds what the generated package imports.
func (s Settings) config() (statuslint.Config, error) {
	c := statuslint.Config{Table: s.Table, Pkg: s.Pkg, Style: s.Style, NetHTTP: s.NetHTTP, Type: s.Type, Typed: s.Typed}
	if s.Table == "" && s.Pkg == "" {
		own, ok, err := statuslint.ModuleConfig(".")
		if err != nil {
			return c, err
		}
		if ok {
			own.NetHTTP, own.Typed = s.NetHTTP, own.Typed || s.Typed
			own.Style, own.Type = cmp.Or(s.Style, own.Style), cmp.Or(s.Type, own.Type)
			c = own
		}
	}
	pkg := cmp.Or(c.Pkg, statuslint.DefaultPkg)
	c.Imported = statuslint.PackageImports(".", pkg)
	c.TestDecls = statuslint.TestDecls(".", pkg)
	return c, nil
}

// configured is the configuration the first linter set, which the
// other must share: the analyzers' flags are one configuration a process.
var configured *statuslint.Config

// configure sets the analyzers' configuration from the settings: the
// table's, which the two linters must share, and, from the statuslint
// linter's (renames), nethttp, which only the renames read.
func configure(s Settings, renames bool) error {
	c, err := s.config()
	if err != nil {
		return err
	}
	nethttp := c.NetHTTP
	c.NetHTTP = false
	if configured != nil && !reflect.DeepEqual(*configured, c) {
		return fmt.Errorf("statuslint and %s have different table settings: give both the same", statuslint.ResponseLinter)
	}
	if configured == nil {
		if err := statuslint.Configure(c); err != nil {
			return err
		}
		configured = &c
	}
	if renames {
		return statuslint.Analyzer.Flags.Set("nethttp", strconv.FormatBool(nethttp))
	}
	return nil
}

// newRenames returns the statuslint linter for the settings golangci-lint
// decoded from its configuration.
func newRenames(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, err
	}
	if err := configure(s, true); err != nil {
		return nil, err
	}
	// The suite but the response checks, which statusresponse reports.
	renames := slices.DeleteFunc(slices.Clone(statuslint.Suite), func(a *analysis.Analyzer) bool {
		return slices.Contains(response.Checks, a.Name)
	})
	return &plugin{renames}, nil
}

// newResponses returns the statusresponse linter.
func newResponses(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, err
	}
	if err := statuslint.ResponseAnalyzer.Flags.Set("disable", strings.Join(s.Disable, ",")); err != nil {
		return nil, fmt.Errorf("%s: disable: %v", statuslint.ResponseLinter, err)
	}
	if len(s.Disable) > 0 && !slices.ContainsFunc(response.Checks, func(c string) bool { return !slices.Contains(s.Disable, c) }) {
		return nil, fmt.Errorf("%s: every response check is disabled: disable the linter instead", statuslint.ResponseLinter)
	}
	if err := configure(s, false); err != nil {
		return nil, err
	}
	return &plugin{[]*analysis.Analyzer{statuslint.ResponseAnalyzer}}, nil
}

type plugin struct{ analyzers []*analysis.Analyzer }

// BuildAnalyzers returns the linter's analyzer.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode says that statuslint needs type information.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
