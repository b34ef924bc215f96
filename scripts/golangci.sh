#!/usr/bin/env bash
# Builds golangci-lint v2.15.0 with statuslint's plugins, by hand from the
# module proxy as the README says, and runs it with golangci-lint's default
# issue settings on statuslint/plugin/testdata/service: a service with more
# renames than golangci-lint shows a linter (50), a rename and a bug on one
# line, two bugs on one line, and the same bug four times. Every response
# report must be shown (want.txt); then run --fix must leave a module that
# builds and vets. Then statuslint's reading of //nolint comments is held
# to golangci-lint's own, on statuslint/plugin/testdata/nolint: each line
# there has a finding of errcheck and one of statusbody, and a comment in
# some form; golangci-lint's filter silences errcheck's or not, and
# statuslint (in golangci-lint, and on its own) must do the same with its
# finding (but where the comment names errcheck alone). Not part of
# .ci/run: the build takes minutes. Run it as make golangci.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${GOLANGCI_DIR:-$(mktemp -d)}
gcl="$work/custom-gcl"
# golangci-lint's source is copied once into $work; the build, with this
# checkout's plugin, is redone every time (a few seconds once cached).
if [ ! -d "$work/gcl" ]; then
	dir=$(cd "$here" && go mod download -json github.com/golangci/golangci-lint/v2@v2.15.0 | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
	cp -r "$dir" "$work/gcl.tmp" && chmod -R u+w "$work/gcl.tmp"
	echo 'import _ "github.com/statusgen/statusgen/statuslint/plugin"' >> "$work/gcl.tmp/cmd/golangci-lint/plugins.go"
	(cd "$work/gcl.tmp" && go mod edit -require=github.com/statusgen/statusgen@v0.0.0 -replace=github.com/statusgen/statusgen="$here")
	mv "$work/gcl.tmp" "$work/gcl"
fi
(cd "$work/gcl" && GOFLAGS=-mod=mod go build -o "$gcl" ./cmd/golangci-lint)
(cd "$here" && go build -o "$work/statuslint" ./cmd/statuslint)
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

# nolint forms: statusresponse's lines must be errcheck's, plus the line
# whose comment names errcheck alone; statuslint on its own must agree.
nl="$work/nolint"
rm -rf "$nl" && cp -r "$here/statuslint/plugin/testdata/nolint" "$nl" && cd "$nl"
mv go.mod.txt go.mod && mv golangci.yml .golangci.yml
"$gcl" run ./... > out.txt 2>&1 || true
lines() { grep "($1)\$" out.txt | cut -d: -f2 | sort -n | tr '\n' ' '; }
errcheck=$(lines errcheck)
response=$(lines statusresponse)
only=$(grep -n '//nolint:errcheck$' nolint.go | cut -d: -f1)
want=$( (echo "$errcheck" | tr ' ' '\n'; echo "$only") | grep . | sort -n | tr '\n' ' ')
alone=$("$work/statuslint" -statuslint=false ./... 2>&1 | grep -o 'nolint.go:[0-9]*' | cut -d: -f2 | sort -n | tr '\n' ' ' || true)
echo "golangci: nolint forms: errcheck on lines $errcheck; statusresponse on $response; statuslint alone on $alone"
if [ "$response" != "$want" ] || [ "$alone" != "$want" ]; then
	echo "golangci: statuslint reads //nolint otherwise than golangci-lint: want statusresponse on lines $want" >&2
	exit 1
fi
echo "golangci: statuslint reads every //nolint form of the fixture as golangci-lint does"
