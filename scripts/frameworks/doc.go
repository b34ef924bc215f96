// Package frameworks holds handlers written against the real gin v1.12.0
// and echo v4.16.0 and v5.4.6, for make lint-real: the response checks'
// fixtures in statuslint/testdata use stand-ins for these packages, and
// this package is where the checks meet the frameworks themselves. What
// statuslint reports here is expected.txt; methods.go names every method
// of statuslint's framework tables, so that one gone from a framework
// stops the build.
package frameworks
