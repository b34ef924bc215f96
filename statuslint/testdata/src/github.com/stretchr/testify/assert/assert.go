// Package assert is a stand-in for testify's, with the functions the
// fixtures call.
package assert

type TestingT interface {
	Errorf(format string, args ...any)
}

func Equal(t TestingT, expected, actual any, msgAndArgs ...any) bool    { return true }
func NotEqual(t TestingT, expected, actual any, msgAndArgs ...any) bool { return true }

type Assertions struct{ t TestingT }

func New(t TestingT) *Assertions { return &Assertions{t} }

func (a *Assertions) Equal(expected, actual any, msgAndArgs ...any) bool    { return true }
func (a *Assertions) NotEqual(expected, actual any, msgAndArgs ...any) bool { return true }
