package names

import "testing"

func TestCamelCase(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"IM Used", "IMUsed"},
		{"URI Too Long", "URITooLong"},
		{"HTTP Version Not Supported", "HTTPVersionNotSupported"},
		{"Non-Authoritative Information", "NonAuthoritativeInformation"},
		{"I'm a teapot", "ImATeapot"},
		{"OK", "OK"},
		{"Request-URI Too Long", "RequestURITooLong"},
		{"Multi-Status", "MultiStatus"},
		{"Client Closed Request", "ClientClosedRequest"},
		{"über cool", "ÜberCool"},
		{"  spaced   out ", "SpacedOut"},
		{"?!", ""},
	} {
		if got := CamelCase(tt.in); got != tt.want {
			t.Errorf("CamelCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDRFName(t *testing.T) {
	for _, tt := range []struct {
		code int
		in   string
		want string
	}{
		{404, "Not Found", "HTTP_404_NOT_FOUND"},
		{418, "I'm a teapot", "HTTP_418_IM_A_TEAPOT"},
		{306, "Reserved", "HTTP_306_RESERVED"},
		{509, "Bandwidth Limit Exceeded", "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED"},
		{414, "Request-URI Too Long", "HTTP_414_REQUEST_URI_TOO_LONG"},
		{203, "Non-Authoritative Information", "HTTP_203_NON_AUTHORITATIVE_INFORMATION"},
		{412, "?!", ""},
	} {
		if got := DRFName(tt.code, tt.in); got != tt.want {
			t.Errorf("DRFName(%d, %q) = %q, want %q", tt.code, tt.in, got, tt.want)
		}
	}
}
