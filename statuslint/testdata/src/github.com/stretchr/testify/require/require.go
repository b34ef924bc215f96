// Package require is a stand-in for testify's, with the functions the
// fixtures call.
package require

type TestingT interface {
	Errorf(format string, args ...any)
}

func Equal(t TestingT, expected, actual any, msgAndArgs ...any)        {}
func Equalf(t TestingT, expected, actual any, msg string, args ...any) {}
