package statuslint_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/statuslint"
)

// TestModuleConfig checks how a module's own generated package is found:
// by the one //go:generate line that runs statusgen to write a package.
func TestModuleConfig(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string
		want  statuslint.Config // Table relative to the module
		found bool
		err   string
	}{
		{name: "none", files: map[string]string{"a.go": "package a\n\n//go:generate stringer -type T\n"}},
		{name: "one", found: true,
			files: map[string]string{"api/gen.go": "package api\n\n//go:generate go tool statusgen -in ../codes.toml -out httpstatus/gen.go -package httpstatus -style drf -typed -type Status\n"},
			want:  statuslint.Config{Table: "codes.toml", Pkg: "example.com/m/api/httpstatus", Style: "drf", Type: "Status", Typed: true}},
		{name: "defaults", found: true,
			files: map[string]string{"gen.go": "package m\n\n//go:generate go run github.com/statusgen/statusgen/cmd/statusgen@v1.0.0\n"},
			want:  statuslint.Config{Table: "codes.toml", Pkg: "example.com/m/status", Style: "go", Type: "Code"}},
		{name: "checks are not generators",
			files: map[string]string{"gen.go": "package m\n\n//go:generate go tool statusgen -check -from x.go\n//go:generate statusgen -registry r.csv\n"}},
		{name: "elsewhere", files: map[string]string{
			"testdata/gen.go":   "package m\n\n//go:generate statusgen\n",
			"_old/gen.go":       "package m\n\n//go:generate statusgen\n",
			"sub/go.mod":        "module example.com/sub\n",
			"sub/gen.go":        "package sub\n\n//go:generate statusgen\n",
			"gen_test.go":       "package m\n\n//go:generate statusgen\n",
			"vendor/x/y/y.go":   "package y\n\n//go:generate statusgen\n",
			".hidden/hidden.go": "package hidden\n\n//go:generate statusgen\n",
		}},
		{name: "two", err: "the module generates 2 packages with statusgen",
			files: map[string]string{"a/a.go": "package a\n\n//go:generate statusgen -out x/x.go\n", "b/b.go": "package b\n\n//go:generate statusgen -out y/y.go\n"}},
		{name: "bad flag", err: "flag provided but not defined: -bogus",
			files: map[string]string{"a.go": "package a\n\n//go:generate statusgen -bogus\n"}},
		{name: "outside", err: "outside the module",
			files: map[string]string{"a.go": "package a\n\n//go:generate statusgen -out ../../x/x.go\n"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			c.files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
			writeTree(t, dir, c.files)
			got, found, err := statuslint.ModuleConfig(filepath.Join(dir, "."))
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || found != c.found {
				t.Fatalf("found %v, err %v; want found %v", found, err, c.found)
			}
			if found {
				c.want.Table = filepath.Join(dir, c.want.Table)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// writeTree writes files, by slash-separated path, under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPackageImports checks what the drivers give Config.Imported: the
// packages that the generated one imports, directly or through the
// module's packages, and none of the module's that it does not.
func TestPackageImports(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":               "module example.com/m\n\ngo 1.26\n",
		"httpstatus/doc.go":    "package httpstatus\n\nimport _ \"example.com/m/lib\"\n",
		"httpstatus/gen.go":    "package httpstatus\n\nimport \"strings\"\n\nvar _ = strings.ToLower\n",
		"httpstatus/x_test.go": "package httpstatus\n\nimport _ \"example.com/m/app\"\n",
		"lib/lib.go":           "package lib\n\nimport _ \"example.com/m/util\"\n",
		"util/util.go":         "package util\n",
		"app/app.go":           "package app\n",
	})
	got := statuslint.PackageImports(filepath.Join(dir, "app"), "example.com/m/httpstatus")
	want := []string{"example.com/m/lib", "example.com/m/util", "strings"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PackageImports = %q, want %q", got, want)
	}
	if got := statuslint.PackageImports(dir, "github.com/statusgen/statusgen/status"); len(got) != 0 {
		t.Errorf("a package outside the module: %q", got)
	}
}
