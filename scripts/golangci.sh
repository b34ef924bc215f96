#!/usr/bin/env bash
# Builds golangci-lint v2.15.0 with statuslint's plugins, by hand from the
# module proxy as the README says, and runs it with golangci-lint's default
# issue settings on statuslint/plugin/testdata/service: a service with more
# renames than golangci-lint shows a linter (50), a rename and a bug on one
# line, two bugs on one line, and the same bug four times. Every response
# report must be shown (want.txt); then run --fix must leave a module that
# builds and vets. Not part of .ci/run: the build takes minutes. Run it as
# make golangci.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${GOLANGCI_DIR:-$(mktemp -d)}
gcl="$work/custom-gcl"
if [ ! -x "$gcl" ]; then
	dir=$(cd "$here" && go mod download -json github.com/golangci/golangci-lint/v2@v2.15.0 | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
	rm -rf "$work/gcl" && cp -r "$dir" "$work/gcl" && chmod -R u+w "$work/gcl"
	echo 'import _ "github.com/statusgen/statusgen/statuslint/plugin"' >> "$work/gcl/cmd/golangci-lint/plugins.go"
	(cd "$work/gcl" && go mod edit -require=github.com/statusgen/statusgen@v0.0.0 -replace=github.com/statusgen/statusgen="$here" &&
		GOFLAGS=-mod=mod go build -o "$gcl" ./cmd/golangci-lint)
fi
fixture="$here/statuslint/plugin/testdata/service"
svc="$work/service"
rm -rf "$svc" && cp -r "$fixture" "$svc" && cd "$svc"
mv go.mod.txt go.mod && mv golangci.yml .golangci.yml && rm want.txt
"$gcl" run ./... > out.txt 2>&1 || true
if ! diff <(grep '(statusresponse)$' out.txt) "$fixture/want.txt"; then
	echo "golangci: the response reports differ from want.txt (above); the run said:" >&2
	cat out.txt >&2
	exit 1
fi
echo "golangci: $(grep -c '(statusresponse)$' out.txt) response reports shown, $(grep -c '(statuslint)$' out.txt) renames (of $(cat ./*.go | grep -c 'http\.Status') sites)"
go mod edit -require=github.com/statusgen/statusgen@v0.0.0 -replace=github.com/statusgen/statusgen="$here"
"$gcl" run --fix ./... > /dev/null 2>&1 || true
GOFLAGS=-mod=mod go build ./... && go vet ./...
echo "golangci: run --fix left a module that builds and vets, in $svc"
