#!/usr/bin/env bash
# Runs statuslint on real code, as `make lint-real` does, from the module
# proxy. First the response checks (statustwice, statusheader, statusbody,
# statusclass) on go-chi/chi v5.5.0, labstack/echo v4.16.0, gorilla/mux
# v1.8.1, prometheus/client_golang v1.25.0 and danielgtaylor/huma/v2
# v2.37.2, which must report nothing in their non-test code; and on
# dapr/go-sdk v1.11.0, whose reports are printed (the README lists them).
# Then statuslint -fix on chi (literals) and echo (-nethttp), with a replace
# to this module: each must still build, vet and pass its own tests, and a
# second run must find nothing left. Not part of .ci/run: it runs two
# projects' test suites.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${LINT_REAL_DIR:-$(mktemp -d)}
go build -o "$work/statuslint" "$here/cmd/statuslint"

# fetch copies a module's source from the module cache into $work, under
# the name $2, and prints where.
fetch() {
	local mod=$1
	local dir
	dir=$(cd "$here" && go mod download -json "$mod" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
	local src="$work/$2"
	rm -rf "$src"
	cp -r "$dir" "$src"
	chmod -R u+w "$src"
	echo "$src"
}

# responses runs the response checks alone on a module and prints what
# they report.
responses() {
	local src
	src=$(fetch "$1" "response-$(echo "${1%@*}" | tr / _)")
	echo "== $1: response checks"
	(cd "$src" && "$work/statuslint" -statuslint=false ./... 2>&1 | grep -v '^go: ' | sed "s|$src/||") || true
}

for mod in github.com/go-chi/chi/v5@v5.5.0 github.com/labstack/echo/v4@v4.16.0 github.com/gorilla/mux@v1.8.1 \
	github.com/prometheus/client_golang@v1.25.0 github.com/danielgtaylor/huma/v2@v2.37.2; do
	out=$(responses "$mod")
	echo "$out"
	if [ "$(echo "$out" | wc -l)" -ne 1 ]; then
		echo "lint-real: the response checks reported in $mod" >&2
		exit 1
	fi
done
responses github.com/dapr/go-sdk@v1.11.0

run() {
	local mod=$1; shift
	local src
	src=$(fetch "$mod" "$(basename "${mod%@*}")")
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
