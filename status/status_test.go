package status_test

import (
	"encoding/csv"
	"errors"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/statusgen/statusgen/status"
)

// readCSV returns the records of a CSV file under testdata, without its
// header row.
func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("../testdata/reference/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs[1:]
}

func TestCodesRoundTrip(t *testing.T) {
	codes := status.Codes()
	if len(codes) == 0 {
		t.Fatal("Codes() is empty")
	}
	if !slices.IsSorted(codes) || len(slices.Compact(slices.Clone(codes))) != len(codes) {
		t.Fatalf("Codes() is not ascending without repeats: %v", codes)
	}
	for _, c := range codes {
		text := c.Text()
		if text == "" || status.Text(int(c)) != text {
			t.Errorf("%d: Text() = %q, Text(int) = %q", int(c), text, status.Text(int(c)))
		}
		if want := strconv.Itoa(int(c)) + " " + text; c.String() != want {
			t.Errorf("%d: String() = %q, want %q", int(c), c.String(), want)
		}
		for _, s := range []string{strconv.Itoa(int(c)), text, strings.ToLower(text), strings.ToUpper(text)} {
			if got, err := status.Parse(s); err != nil || got != c {
				t.Errorf("Parse(%q) = %v, %v; want %d", s, got, err, int(c))
			}
		}
		if c.Description() == "" {
			t.Errorf("%v: no description", c)
		}
		if c.Class() == 0 {
			t.Errorf("%v: in no class", c)
		}
	}
	// Codes returns a fresh slice each call.
	codes[0] = 999
	if status.Codes()[0] == 999 {
		t.Error("Codes() returned a shared slice")
	}
}

// TestRegistry checks that every code of the IANA registry is registered
// with the registry's phrase and reference (testdata/reference is a copy of
// the registry's CSV export).
func TestRegistry(t *testing.T) {
	marker := regexp.MustCompile(` \((OBSOLETED|TEMPORARY[^)]*)\)$`)
	unused := map[int]string{306: "Reserved", 418: "I'm a teapot"}
	n := 0
	for _, rec := range readCSV(t, "http-status-codes-1.csv") {
		code, err := strconv.Atoi(rec[0])
		if err != nil || rec[1] == "Unassigned" {
			continue // a range such as 105-199
		}
		n++
		c := status.Code(code)
		want := marker.ReplaceAllString(rec[1], "")
		if name, ok := unused[code]; ok {
			want = name
			if !strings.HasPrefix(c.Reference(), "RFC 9110, Section 15.") {
				t.Errorf("%d: reference %q, want RFC 9110's", code, c.Reference())
			}
		}
		if c.Text() != want {
			t.Errorf("%d: Text() = %q, registry says %q", code, c.Text(), want)
		}
		var refs []string
		for _, m := range regexp.MustCompile(`\[([^\]]*)\]`).FindAllStringSubmatch(rec[2], -1) {
			ref := regexp.MustCompile(`^RFC(\d+)`).ReplaceAllString(m[1], "RFC $1")
			refs = append(refs, ref)
		}
		if want := strings.Join(refs, "; "); c.Reference() != want {
			t.Errorf("%d: Reference() = %q, registry says %q", code, c.Reference(), want)
		}
	}
	if n < 60 {
		t.Fatalf("read only %d registry codes", n)
	}
}

// TestDRF checks that every constant of Django REST framework's status
// module has its code here.
func TestDRF(t *testing.T) {
	recs := readCSV(t, "drf-constants.csv")
	if len(recs) != 64 {
		t.Fatalf("read %d DRF constants, want 64", len(recs))
	}
	for _, rec := range recs {
		code, _ := strconv.Atoi(rec[0])
		if status.Text(code) == "" {
			t.Errorf("%s: code %d is not registered", rec[1], code)
		}
	}
	if got := status.Code(status.BandwidthLimitExceeded); got.Reference() != "" || !strings.Contains(got.Description(), "non-standard") {
		t.Errorf("509: reference %q, description %q: want none, and to say it is non-standard", got.Reference(), got.Description())
	}
}

// renamed are the codes whose net/http phrase is an earlier one. Each
// earlier phrase parses, except net/http's spelling of 414, "Request URI Too
// Long": the registry's earlier phrase, an alias here, is "Request-URI Too
// Long".
var renamed = map[int]string{
	413: "Content Too Large",
	414: "URI Too Long",
	416: "Range Not Satisfiable",
	422: "Unprocessable Content",
}

func TestNetHTTP(t *testing.T) {
	known := 0
	for code := -1000; code <= 1100; code++ {
		want := http.StatusText(code)
		if want == "" {
			continue
		}
		known++
		got := status.Text(code)
		if name, ok := renamed[code]; ok {
			if got != name {
				t.Errorf("%d: Text() = %q, want RFC 9110's %q", code, got, name)
			}
			if c, err := status.Parse(want); code != 414 && (err != nil || int(c) != code) {
				t.Errorf("%d: net/http's phrase %q does not parse as an alias: %v, %v", code, want, c, err)
			}
			continue
		}
		if got != want {
			t.Errorf("%d: Text() = %q, net/http says %q", code, got, want)
		}
	}
	if known < 60 {
		t.Fatalf("net/http knows only %d codes", known)
	}
}

func TestHelpers(t *testing.T) {
	helpers := []struct {
		name   string
		fn     func(int) bool
		method func(status.Code) bool
		class  status.Class
		lo, hi int
	}{
		{"IsInformational", status.IsInformational, status.Code.IsInformational, status.ClassInformational, 100, 199},
		{"IsSuccess", status.IsSuccess, status.Code.IsSuccess, status.ClassSuccess, 200, 299},
		{"IsRedirect", status.IsRedirect, status.Code.IsRedirect, status.ClassRedirect, 300, 399},
		{"IsClientError", status.IsClientError, status.Code.IsClientError, status.ClassClientError, 400, 499},
		{"IsServerError", status.IsServerError, status.Code.IsServerError, status.ClassServerError, 500, 599},
	}
	for code := -1000; code <= 1100; code++ {
		var class status.Class
		for _, h := range helpers {
			want := h.lo <= code && code <= h.hi
			if h.fn(code) != want || h.method(status.Code(code)) != want {
				t.Errorf("%s(%d) = %t, method %t; want %t", h.name, code, h.fn(code), h.method(status.Code(code)), want)
			}
			if want {
				class = h.class
			}
		}
		if got := status.Code(code).Class(); got != class {
			t.Errorf("Code(%d).Class() = %v, want %v", code, got, class)
		}
	}
	for _, h := range helpers {
		if first, last := h.class.Range(); int(first) != h.lo || int(last) != h.hi {
			t.Errorf("%v.Range() = %d, %d; want %d, %d", h.class, first, last, h.lo, h.hi)
		}
	}
}

func TestClassString(t *testing.T) {
	for _, tt := range []struct {
		class status.Class
		want  string
	}{
		{status.ClassInformational, "Informational"},
		{status.ClassClientError, "Client Error"},
		{status.ClassServerError, "Server Error"},
		{0, "Class(0)"},
		{42, "Class(42)"},
	} {
		if got := tt.class.String(); got != tt.want {
			t.Errorf("Class(%d).String() = %q, want %q", int(tt.class), got, tt.want)
		}
	}
}

// unregistered returns codes the table does not register: outside any
// class, and every code between 100 and 599 that Codes leaves out.
func unregistered() []int {
	codes := []int{-1 << 62, -1, 0, 99, 600, 999, 1000, 1 << 40}
	registered := map[status.Code]bool{}
	for _, c := range status.Codes() {
		registered[c] = true
	}
	for code := 100; code <= 599; code++ {
		if !registered[status.Code(code)] {
			codes = append(codes, code)
		}
	}
	return codes
}

func TestUnregistered(t *testing.T) {
	codes := unregistered()
	if len(codes) < 400 {
		t.Fatalf("only %d unregistered codes", len(codes))
	}
	for _, code := range codes {
		c := status.Code(code)
		want := "Code(" + strconv.Itoa(code) + ")"
		if c.String() != want || c.Text() != "" || c.Description() != "" || c.Reference() != "" || status.Text(code) != "" {
			t.Errorf("Code(%d): String %q Text %q Description %q Reference %q; want %q and empty strings",
				code, c.String(), c.Text(), c.Description(), c.Reference(), want)
		}
		if c.IsHeuristicallyCacheable() {
			t.Errorf("Code(%d) is heuristically cacheable", code)
		}
		// One rule for numbers: Parse reads any code a class holds,
		// registered or not, as UnmarshalText and UnmarshalJSON do.
		got, err := status.Parse(strconv.Itoa(code))
		if inClass := 100 <= code && code <= 599; inClass && (err != nil || got != c) || !inClass && err != status.ErrUnknown {
			t.Errorf("Parse(%q) = %v, %v", strconv.Itoa(code), got, err)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want status.Code
	}{
		{"404", status.NotFound},
		{"not found", status.NotFound},
		{"NOT FOUND", status.NotFound},
		{"nOt FoUnD", status.NotFound},
		{"NotFound", status.NotFound},
		{"I'm a teapot", status.ImATeapot},
		{"i'm a TEAPOT", status.ImATeapot},
		{"ImATeapot", status.ImATeapot},
		{"ok", status.OK},
		{"OK", status.OK},
		{"Request Entity Too Large", status.ContentTooLarge},
		{"payload too large", status.ContentTooLarge},
		{"RequestEntityTooLarge", status.ContentTooLarge},
		{"request-uri too long", status.URITooLong},
		{"Unprocessable Entity", status.UnprocessableContent},
		{"HTTPVersionNotSupported", status.HTTPVersionNotSupported},
		{"509", status.BandwidthLimitExceeded},
		{"599", 599}, // a number of a class, registered or not
		{"100", 100},
		{"ſee other", status.SeeOther}, // U+017F folds to s, as in strings.EqualFold
		{"404 Not Found", status.NotFound},
		{"404 not found", status.NotFound},
		{"413 Payload Too Large", status.ContentTooLarge},
		{"414 Request URI Too Long", status.URITooLong},
		{"Request URI Too Long", status.URITooLong},
		{"200 OK", status.OK},
	} {
		got, err := status.Parse(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{
		"", " ", "404 ", " 404", "0404", "+404", "4040", "40", "100000", "-404", "-1", "0", "600", "099", "4_04", "0x194", "404.0",
		" Not Found", "Not Found ", "Not  Found", "NotFound ", "notfound", "NOTFOUND",
		"Not Found\x00", "Not_Found", "Nöt Found", "Code(404)", "\xff\xfe",
		// Status lines: the code's own phrase, after exactly one space.
		"404 OK", "200 Not Found", "404  Not Found", " 404 Not Found", "404Not Found", "404 ",
		"404 NotFound", "404 Not Found ", "404\tNot Found", "599 Whatever", "4O4 Not Found",
		"404 Not Found\r\n", "404 404", "HTTP/1.1 404 Not Found", "404 Code(404)",
	} {
		if c, err := status.Parse(in); err != status.ErrUnknown {
			t.Errorf("Parse(%q) = %v, %v; want ErrUnknown", in, c, err)
		}
	}
}

// TestParseStatusLine checks that Parse reads back what String writes, and
// every registered phrase after its code, in any letter case.
func TestParseStatusLine(t *testing.T) {
	for _, c := range status.Codes() {
		if got, err := status.Parse(c.String()); got != c || err != nil {
			t.Errorf("Parse(%q) = %v, %v; want %d", c.String(), got, err, int(c))
		}
		line := strconv.Itoa(int(c)) + " " + c.Text()
		for _, in := range []string{strings.ToUpper(line), strings.ToLower(line)} {
			if got, err := status.Parse(in); got != c || err != nil {
				t.Errorf("Parse(%q) = %v, %v; want %d", in, got, err, int(c))
			}
		}
		// Another code's phrase after this code is no status line.
		other := status.OK
		if c == status.OK {
			other = status.NotFound
		}
		if got, err := status.Parse(strconv.Itoa(int(c)) + " " + status.Text(other)); err != status.ErrUnknown {
			t.Errorf("Parse(%d with %d's phrase) = %v, %v; want ErrUnknown", int(c), other, got, err)
		}
	}
}

// TestNetHTTPPhrases checks that every phrase http.StatusText returns
// parses to its code, alone and as a status line, whatever the table calls
// the code now.
func TestNetHTTPPhrases(t *testing.T) {
	n := 0
	for c := 100; c <= 999; c++ {
		text := http.StatusText(c)
		if text == "" {
			continue
		}
		n++
		for _, in := range []string{text, strconv.Itoa(c) + " " + text} {
			if got, err := status.Parse(in); int(got) != c || err != nil {
				t.Errorf("Parse(%q) = %v, %v; want %d", in, got, err, c)
			}
		}
	}
	if n < 60 {
		t.Fatalf("net/http names only %d codes", n)
	}
}

// TestParseResponseStatus sends every final code net/http names from a
// server on loopback, and parses the Status line the client reports.
func TestParseResponseStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/"))
		w.WriteHeader(code)
	}))
	defer srv.Close()
	for c := 200; c <= 999; c++ {
		if http.StatusText(c) == "" {
			continue
		}
		resp, err := srv.Client().Get(srv.URL + "/" + strconv.Itoa(c))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got, err := status.Parse(resp.Status); int(got) != resp.StatusCode || err != nil {
			t.Errorf("Parse(%q) = %v, %v; want %d", resp.Status, got, err, resp.StatusCode)
		}
	}
}

func TestParseAllocs(t *testing.T) {
	inputs := []string{"404", "not found", "NotFound", "Request Entity Too Large", "299", "nothing", "", "Nöt Found", "ſee other",
		"404 Not Found", "413 request entity too large", "404 OK", "404 ", "Request URI Too Long"}
	for c := 100; c <= 999; c++ {
		if text := http.StatusText(c); text != "" {
			inputs = append(inputs, text, strconv.Itoa(c)+" "+text)
		}
	}
	for _, in := range inputs {
		if n := testing.AllocsPerRun(100, func() { status.Parse(in) }); n != 0 {
			t.Errorf("Parse(%q) allocates %v times", in, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = status.Code(status.NotFound).String() }); n != 0 {
		t.Errorf("String() of a registered code allocates %v times", n)
	}
}

func TestSemantics(t *testing.T) {
	noBody := map[int]bool{204: true, 304: true}
	cacheable := map[int]bool{200: true, 203: true, 204: true, 206: true, 300: true, 301: true, 308: true,
		404: true, 405: true, 410: true, 414: true, 501: true, 451: true}
	for code := 0; code <= 1000; code++ {
		c := status.Code(code)
		wantBody := !(100 <= code && code <= 199) && !noBody[code]
		if c.AllowsBody() != wantBody {
			t.Errorf("%v.AllowsBody() = %t, want %t", c, c.AllowsBody(), wantBody)
		}
		if c.IsHeuristicallyCacheable() != cacheable[code] {
			t.Errorf("%v.IsHeuristicallyCacheable() = %t, want %t", c, c.IsHeuristicallyCacheable(), cacheable[code])
		}
	}
}

func TestErrUnknown(t *testing.T) {
	var c status.Code
	err := c.UnmarshalText([]byte("Not A Code"))
	if !errors.Is(err, status.ErrUnknown) || !strings.Contains(err.Error(), `"Not A Code"`) {
		t.Errorf("UnmarshalText error %v: want one that names the input and wraps ErrUnknown", err)
	}
}

// TestParseFoldRandom checks Parse against strings.EqualFold on every
// registered phrase in random letter case, with K, k and ſ spelled as any
// rune of their case-folding orbit, and on random strings, which must parse
// only to a code whose phrase or number they are.
func TestParseFoldRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	orbits := map[rune][]rune{'k': {'k', 'K', '\u212a'}, 's': {'s', 'S', '\u017f'}}
	for _, c := range status.Codes() {
		for range 20 {
			var b strings.Builder
			for _, ch := range c.Text() {
				lower := unicode.ToLower(ch)
				switch {
				case orbits[lower] != nil:
					b.WriteRune(orbits[lower][r.IntN(3)])
				case r.IntN(2) == 0:
					b.WriteRune(unicode.ToUpper(ch))
				default:
					b.WriteRune(lower)
				}
			}
			if got, err := status.Parse(b.String()); err != nil || got != c {
				t.Fatalf("Parse(%q) = %v, %v; want %v", b.String(), got, err, c)
			}
		}
	}
	alphabet := []rune("aAkKsSoOnNtT fFuUdD\u212a\u017f\u00e9\u00c9-'0123456789\xff")
	for range 20000 {
		n := 1 + r.IntN(12)
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		got, err := status.Parse(s)
		if err != nil {
			continue
		}
		if !strings.EqualFold(s, got.Text()) && s != strconv.Itoa(int(got)) && s != got.String() {
			t.Fatalf("Parse(%q) = %v, which it does not name", s, got)
		}
	}
}
