// Package frameworks is where the response checks meet the real gin
// v1.12.0 and echo v4.16.0 and v5.4.6, for make lint-real. The fixtures
// in statuslint/testdata hold the shapes of the public reports and their
// correct look-alikes, against stand-ins of the frameworks' APIs; the test
// here runs the same fixture files, their // want comments and all,
// against the frameworks themselves, standalone and as go vet's tool.
// methods.go names every method of statuslint's framework tables, so that
// one gone from a framework stops the build.
package frameworks
