# The two commands a user needs are `go generate ./...` and `go test ./...`;
# these targets bundle them with the checks CI runs.

STATICCHECK := go run honnef.co/go/tools/cmd/staticcheck@v0.8.2
BENCHSTAT   := go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da

.PHONY: all generate test check golden fuzz bench startup lint-real golangci

all: generate test

# Regenerate status/status_gen.go (and docs/codes.md) from codes.toml.
generate:
	go generate ./...

test:
	go test ./...

# What CI checks: the committed generated files are fresh, go generate
# changes nothing, and vet, statuslint and staticcheck are clean.
check:
	go tool statusgen -check -from generate.go
	go tool statusgen -registry testdata/reference/http-status-codes-1.csv
	go generate ./...
	git diff --exit-code
	go vet ./...
	go vet -vettool="$$(go tool -n statuslint)" ./...
	$(STATICCHECK) ./...

# Rewrite the golden files, in the testdata of each package whose test reads
# them, from what the code produces now. Review the diff before committing it.
golden:
	go test ./cmd/statusgen ./statuslint -update

# Counts of executions rather than durations: see the note in .ci/run.
fuzz:
	go test ./internal/gen -run '^$$' -fuzz FuzzGenerate -fuzztime 200000x
	go test ./internal/spec -run '^$$' -fuzz FuzzLayout -fuzztime 2000000x
	go test ./internal/registry -run '^$$' -fuzz FuzzRead -fuzztime 1000000x

bench:
	go test ./status ./internal/gen -run '^$$' -bench . -benchmem -count 6 | tee bench.txt
	$(BENCHSTAT) bench.txt

# Whole-process timings with hyperfine (apt-get install hyperfine): the
# statusgen binary against stringer on the same constants (a -typed copy
# of the package: stringer wants constants of the type), and a warm go
# generate. Binaries are built into a temporary directory.
startup:
	@tmp=$$(mktemp -d) && \
	go build -o $$tmp/statusgen ./cmd/statusgen && \
	GOBIN=$$tmp go install golang.org/x/tools/cmd/stringer@v0.52.0 && \
	mkdir -p $$tmp/mod/status && printf 'module strg\n\ngo 1.26\n' > $$tmp/mod/go.mod && \
	$$tmp/statusgen -in codes.toml -typed -out $$tmp/mod/status/status_gen.go && \
	cp -r status $$tmp/repo-status && \
	cd $$tmp && hyperfine -N --warmup 5 --prepare "rm -f $$tmp/mod/status/code_string.go" \
		"$$tmp/statusgen -in $(CURDIR)/codes.toml -out $$tmp/repo-status/status_gen.go -docs $$tmp/codes.md" \
		"sh -c 'cd $$tmp/mod/status && $$tmp/stringer -type Code -output code_string.go'" && \
	cd $(CURDIR) && hyperfine --warmup 3 "go generate ./..." && \
	rm -rf $$tmp

# Apply statuslint -fix to go-chi/chi v5.5.0 and labstack/echo v4.16.0 from
# the module proxy, then build, vet and test them (not part of .ci/run).
lint-real:
	bash scripts/lint-real.sh

# Build golangci-lint v2.15.0 with statuslint's plugins and show that its
# default issue settings hide no response report (not part of .ci/run).
golangci:
	bash scripts/golangci.sh
