#!/usr/bin/env bash
# Runs statuslint on real code, as `make lint-real` does, from the module
# proxy. Not part of .ci/run: it fetches and analyzes a dozen modules and
# runs two projects' test suites.
#
# 1. The response checks (-statuslint=false) on the modules below, both
#    standalone and as go vet's tool: the two must report the same, and
#    every report must be one of scripts/lint-real.expected, which says
#    why each is a real bug; a report that is not there is a false report,
#    and one there that is not made is a miss. Both fail the run.
# 2. statuslint -fix on chi (literals) and echo (-nethttp), with a replace
#    to this module: each must still build, vet and pass its own tests,
#    and a second run must find nothing left.
#
# LINT_REAL_DIR keeps the work (and the copies) in a directory of your
# choice; LINT_REAL_ONLY=responses or fixes runs one part, and
# LINT_REAL_ONLY=cost measures the tool's cost under go vet on caddy,
# gin and echo instead (LINT_REAL_ROUNDS pairs of runs, 3 by default).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${LINT_REAL_DIR:-$(mktemp -d)}
mkdir -p "$work"
go build -o "$work/statuslint" "$here/cmd/statuslint"
export GOWORK=off GOFLAGS=-mod=mod

# fetch copies a module's source from the module cache into $work, under
# the name $2, and prints where. Replacements by relative path (etcd's
# sibling modules) are dropped: the module proxy has those modules.
fetch() {
	local mod=$1
	local dir
	dir=$(cd "$here" && GOFLAGS= go mod download -json "$mod" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
	local src="$work/$2"
	rm -rf "$src"
	cp -r "$dir" "$src"
	chmod -R u+w "$src"
	(cd "$src" && go mod edit -json | awk '
		/"Replace"/ { r = 1 }
		r && /"Old"/ { side = "old" }
		r && /"New"/ { side = "new" }
		r && /"Path"/ { p = $0; gsub(/^.*"Path": "|",?$/, "", p); if (side == "old") old = p; else if (p ~ /^\./) print old }
	' | while read -r old; do go mod edit -dropreplace="$old"; done)
	echo "$src"
}

# reports runs a command in a module and prints its reports, one a line,
# with paths relative to the module's root, sorted; all it said goes to
# the file $2, for when the reports are not the ones expected.
report_line='^[^# ][^:]*\.go:[0-9]+:[0-9]+: '
reports() {
	local src=$1 out=$2; shift 2
	(cd "$src" && "$@" >"$out" 2>&1 || true)
	{ grep -E "$report_line" "$out" || true; } | sed -e "s|^$src/||" -e 's|^\./||' | sort -u
}

expected=$here/scripts/lint-real.expected
fail=0

# responses checks one module's response reports, standalone and under go
# vet, against the expected ones.
responses() {
	local mod=$1; shift
	local src
	src=$(fetch "$mod" "response-$(echo "${mod%@*}" | tr / _)")
	(cd "$src" && go mod download) >/dev/null 2>&1 || true
	local alone vet
	alone=$(reports "$src" "$work/alone.out" "$work/statuslint" -statuslint=false "$@")
	vet=$(reports "$src" "$work/vet.out" go vet -vettool="$work/statuslint" -statuslint=false "$@")
	echo "== $mod $*: $(echo -n "$alone" | grep -c . || true) reports"
	if [ "$alone" != "$vet" ]; then
		echo "lint-real: $mod: go vet -vettool reports otherwise than statuslint alone:" >&2
		diff <(echo "$alone") <(echo "$vet") >&2 || true
		echo "lint-real: what else each said (a package that did not load, say):" >&2
		grep -vhE "$report_line" "$work/alone.out" "$work/vet.out" | head -20 >&2 || true
		fail=1
	fi
	local want
	want=$(grep -F "$mod " "$expected" | sed "s|^$mod ||" | sort -u || true)
	while IFS= read -r r; do
		[ -z "$r" ] && continue
		echo "  $r"
		if grep -qxF "$r" <<<"$want"; then
			# Why it is a real bug: the indented lines under it.
			awk -v line="$mod $r" 'found && /^\t/ {print "    " substr($0, 2); next} {found = ($0 == line)}' "$expected"
		else
			echo "    FALSE REPORT: not in scripts/lint-real.expected"
			fail=1
		fi
	done <<<"$alone"
	while IFS= read -r w; do
		if [ -n "$w" ] && ! grep -qxF "$w" <<<"$alone"; then
			echo "  MISSED: $w"
			fail=1
		fi
	done <<<"$want"
}

# frameworks runs scripts/frameworks' test: the response checks'
# fixtures written against gin and echo, whose stand-ins the unit tests
# use, run here against the real frameworks, their // want comments and
# all, and the same reported standalone and as go vet's tool (and
# methods.go, built here, names every method of the framework tables).
frameworks() {
	echo "== scripts/frameworks: the fixtures against the real gin and echo"
	local out rc=0
	out=$(cd "$here/scripts/frameworks" && GOFLAGS=-mod=readonly go test -count=1 -v ./... 2>&1) || rc=$?
	grep -vE '^(=== |    --- PASS)' <<<"$out" || true
	[ "$rc" = 0 ] || fail=1
}

only=${LINT_REAL_ONLY:-all}
if [ "$only" = all ] || [ "$only" = responses ]; then
	responses github.com/dapr/go-sdk@v1.11.0 ./...
	responses github.com/grpc-ecosystem/grpc-gateway/v2@v2.34.0 ./...
	responses github.com/prometheus/prometheus@v0.316.0 ./web/...
	responses github.com/caddyserver/caddy/v2@v2.11.9 ./...
	responses github.com/jaegertracing/jaeger@v1.75.0 ./cmd/collector/... ./cmd/query/...
	responses go.etcd.io/etcd/server/v3@v3.7.3 ./...
	responses connectrpc.com/connect@v1.21.1 ./...
	responses github.com/go-chi/chi/v5@v5.5.0 ./...
	responses github.com/labstack/echo/v4@v4.16.0 ./...
	responses github.com/labstack/echo/v5@v5.4.6 ./...
	responses github.com/gorilla/mux@v1.8.1 ./...
	responses github.com/prometheus/client_golang@v1.25.0 ./...
	responses github.com/danielgtaylor/huma/v2@v2.37.2 ./...
	# The frameworks themselves and what is built on them: the checks
	# follow their contexts here.
	responses github.com/gin-gonic/gin@v1.12.0 ./...
	responses github.com/appleboy/gin-jwt/v2@v2.10.3 ./...
	responses github.com/gin-contrib/cors@v1.7.7 ./...
	responses github.com/gin-contrib/sessions@v1.0.4 ./...
	responses github.com/gin-contrib/requestid@v1.0.5 ./...
	responses github.com/gin-contrib/pprof@v1.5.3 ./...
	responses github.com/swaggo/gin-swagger@v1.6.1 ./...
	responses github.com/gin-contrib/gzip@v1.2.6 ./...
	responses github.com/gin-contrib/secure@v1.1.2 ./...
	responses github.com/gin-contrib/static@v1.1.3 ./...
	responses github.com/gin-contrib/multitemplate@v1.1.1 ./...
	responses github.com/labstack/echo-contrib@v0.50.1 ./...
	responses github.com/labstack/echo-jwt/v4@v4.4.0 ./...
	frameworks
	if [ "$fail" != 0 ]; then
		echo "lint-real: the response checks' reports are not the expected ones (above)" >&2
		exit 1
	fi
	echo "lint-real: every response report is expected and explained, the same standalone and under go vet"
fi

# cost measures go vet -vettool against plain go vet on a module's ./...,
# CPU (user + system) of whole runs, each after an edit to the API of a
# package most of the module imports (its root): plain and with the tool
# in turn, so that a drift of the machine's speed hits both alike.
cost() {
	local mod=$1 file=$2
	local src rounds=${LINT_REAL_ROUNDS:-3}
	src=$(fetch "$mod" "cost-$(echo "${mod%@*}" | tr / _)")
	cd "$src"
	go mod download >/dev/null 2>&1
	go vet ./... >/dev/null 2>&1 || true
	go vet -vettool="$work/statuslint" ./... >/dev/null 2>&1 || true
	echo "== $mod ./..."
	local i plain tool
	for i in $(seq "$rounds"); do
		echo "var LintRealEdit$$${i}Plain = $i" >> "$file"
		/usr/bin/time -o "$work/time" -f "%U %S" go vet ./... >/dev/null 2>&1 || true
		plain=$(tail -1 "$work/time" | awk '{print $1 + $2}')
		echo "var LintRealEdit$$${i}Tool = $i" >> "$file"
		/usr/bin/time -o "$work/time" -f "%U %S" go vet -vettool="$work/statuslint" ./... >/dev/null 2>&1 || true
		tool=$(tail -1 "$work/time" | awk '{print $1 + $2}')
		echo "round $i: go vet ${plain} s CPU, go vet -vettool=statuslint ${tool} s CPU, ratio $(awk -v a="$tool" -v b="$plain" 'BEGIN {printf "%.2f", a / b}')"
	done
	cd "$here"
}

if [ "$only" = cost ]; then
	cost github.com/caddyserver/caddy/v2@v2.11.9 caddy.go
	cost github.com/gin-gonic/gin@v1.12.0 gin.go
	cost github.com/labstack/echo/v4@v4.16.0 echo.go
	cost github.com/labstack/echo/v5@v5.4.6 echo.go
	exit 0
fi

[ "$only" = all ] || [ "$only" = fixes ] || exit 0

run() {
	local mod=$1; shift
	local src
	src=$(fetch "$mod" "$(basename "${mod%@*}")")
	cd "$src"
	# The fixes import the status package: require this module, replaced,
	# so that -fix's second look, at the fixed code, can load it.
	go mod edit -require=github.com/statusgen/statusgen@v0.0.0 -replace=github.com/statusgen/statusgen="$here"
	echo "== $mod: statuslint -fix $* (it prints what it could not fix)"
	"$work/statuslint" -fix "$@" ./... || true
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
