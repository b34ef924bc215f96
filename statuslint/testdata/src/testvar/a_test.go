package testvar

var status = "a package-level name of the tests"
