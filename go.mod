module github.com/statusgen/statusgen

go 1.26.0

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/golangci/plugin-module-register v0.1.2
	github.com/rogpeppe/go-internal v1.16.0
	golang.org/x/mod v0.42.0
	golang.org/x/tools v0.52.0
)

require golang.org/x/sync v0.24.0 // indirect

tool (
	github.com/statusgen/statusgen/cmd/statusgen
	github.com/statusgen/statusgen/cmd/statuslint
)
