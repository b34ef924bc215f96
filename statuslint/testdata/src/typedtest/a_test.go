package typedtest

import "example.com/typedstatus"

var _ typedstatus.Code
