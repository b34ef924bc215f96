#!/usr/bin/env bash
# Applies statuslint -fix to real code, as `make lint-real` does: the
# module sources of go-chi/chi v5.5.0 (literals) and labstack/echo v4.16.0
# (-nethttp) from the module proxy, with a replace to this module. Each must
# still build, vet and pass its own tests, and a second run must find
# nothing left. Not part of .ci/run: it runs two projects' test suites.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${LINT_REAL_DIR:-$(mktemp -d)}
go build -o "$work/statuslint" "$here/cmd/statuslint"

run() {
	local mod=$1; shift
	local dir
	dir=$(cd "$here" && go mod download -json "$mod" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
	local src="$work/$(basename "${mod%@*}")"
	rm -rf "$src"
	cp -r "$dir" "$src"
	chmod -R u+w "$src"
	cd "$src"
	echo "== $mod: statuslint -fix $*"
	"$work/statuslint" -fix "$@" ./... || true
	# The fixes import the status package: require this module, replaced.
	go mod edit -require=github.com/statusgen/statusgen@v0.0.0 -replace=github.com/statusgen/statusgen="$here"
	go mod tidy
	echo "== $mod: sites left after the fix (want none)"
	"$work/statuslint" "$@" ./...
	echo "== $mod: build, vet, test"
	go build ./...
	go vet ./...
	go test -count=1 ./...
	test -z "$(gofmt -l .)"
	echo "== $mod: $(grep -rl 'statusgen/status"' --include=*.go . | wc -l) files fixed"
}

run github.com/go-chi/chi/v5@v5.5.0
run github.com/labstack/echo/v4@v4.16.0 -nethttp
echo "lint-real: both projects fixed, built, vetted and tested in $work"
