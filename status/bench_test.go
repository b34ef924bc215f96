package status_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/status"
)

// The benchmarks run each function of the package beside what a user would
// otherwise write, in the same run. Each b.Loop iteration goes once through
// a power-of-two slice of inputs, so that the loop's own indexing is spread
// over many calls; ns/op is per pass, and the "ns/call" metric is per call.
// Results go to sinks so that no call is optimised away.

var (
	sinkString string
	sinkInt    int
)

// cycle returns a slice of length 64 that repeats items.
func cycle[T any](items []T) []T {
	out := make([]T, 64)
	for i := range out {
		out[i] = items[i%len(items)]
	}
	return out
}

// httpCodes are the codes net/http knows, cycled to 64.
var httpCodes = func() []int {
	var codes []int
	for c := 100; c <= 599; c++ {
		if http.StatusText(c) != "" {
			codes = append(codes, c)
		}
	}
	return cycle(codes)
}()

// registered are the codes of the status package, cycled to 64.
var registered = cycle(status.Codes())

func perCall(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/call")
}

func BenchmarkText(b *testing.B) {
	b.Run("status", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, c := range httpCodes {
				n += len(status.Text(c))
			}
		}
		sinkInt = n
		perCall(b, len(httpCodes))
	})
	b.Run("net-http", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, c := range httpCodes {
				n += len(http.StatusText(c))
			}
		}
		sinkInt = n
		perCall(b, len(httpCodes))
	})
	// The layout stringer uses for one run of values: every phrase in one
	// string, cut by an index array. The generated code uses an array of
	// strings instead; this is the measurement behind that choice.
	b.Run("concatenated-layout", func(b *testing.B) {
		var all strings.Builder
		idx := make([]uint16, 501)
		for c := 100; c < 600; c++ {
			all.WriteString(status.Text(c))
			idx[c-99] = uint16(all.Len())
		}
		names := all.String()
		text := func(c int) string {
			i := uint(c - 100)
			if i >= uint(len(idx)-1) {
				return ""
			}
			return names[idx[i]:idx[i+1]]
		}
		n := 0
		for b.Loop() {
			for _, c := range httpCodes {
				n += len(text(c))
			}
		}
		sinkInt = n
		perCall(b, len(httpCodes))
	})
}

func BenchmarkString(b *testing.B) {
	b.Run("status", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, c := range registered {
				n += len(c.String())
			}
		}
		sinkInt = n
		perCall(b, len(registered))
	})
	// A String method as one would write it by hand over a map.
	names := map[status.Code]string{}
	for _, c := range status.Codes() {
		names[c] = strconv.Itoa(int(c)) + " " + c.Text()
	}
	mapString := func(c status.Code) string {
		if s, ok := names[c]; ok {
			return s
		}
		return "Code(" + strconv.Itoa(int(c)) + ")"
	}
	b.Run("map", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, c := range registered {
				n += len(mapString(c))
			}
		}
		sinkInt = n
		perCall(b, len(registered))
	})
	b.Run("status-unregistered", func(b *testing.B) {
		for b.Loop() {
			sinkString = status.Code(599).String()
		}
	})
}

// parseInputs are what Parse is given: numbers, phrases in several cases,
// constant names, and strings it rejects.
var parseInputs = func() []string {
	var in []string
	for i, c := range status.Codes() {
		switch i % 4 {
		case 0:
			in = append(in, strconv.Itoa(int(c)))
		case 1:
			in = append(in, c.Text())
		case 2:
			in = append(in, strings.ToLower(c.Text()))
		case 3:
			in = append(in, strings.ToUpper(c.Text()))
		}
	}
	in = append(in, "NotFound", "Request Entity Too Large", "no such status", "599", "")
	return cycle(in)
}()

func BenchmarkParse(b *testing.B) {
	b.Run("status", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, s := range parseInputs {
				c, _ := status.Parse(s)
				n += int(c)
			}
		}
		sinkInt = n
		perCall(b, len(parseInputs))
	})
	// What one would write without Parse: lower-case the input and look it
	// up in a map of lower-cased phrases, numbers and names.
	byKey := map[string]status.Code{}
	for _, c := range status.Codes() {
		byKey[strconv.Itoa(int(c))] = c
		byKey[strings.ToLower(c.Text())] = c
	}
	byKey["notfound"] = status.NotFound
	byKey["request entity too large"] = status.ContentTooLarge
	b.Run("tolower-map", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, s := range parseInputs {
				n += int(byKey[strings.ToLower(s)])
			}
		}
		sinkInt = n
		perCall(b, len(parseInputs))
	})
}

func BenchmarkIsSuccess(b *testing.B) {
	b.Run("status", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, c := range httpCodes {
				if status.IsSuccess(c) {
					n++
				}
			}
		}
		sinkInt = n
		perCall(b, len(httpCodes))
	})
	b.Run("inline", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, c := range httpCodes {
				if 200 <= c && c <= 299 {
					n++
				}
			}
		}
		sinkInt = n
		perCall(b, len(httpCodes))
	})
}

func BenchmarkClass(b *testing.B) {
	n := 0
	for b.Loop() {
		for _, c := range registered {
			n += int(c.Class())
		}
	}
	sinkInt = n
	perCall(b, len(registered))
}

func BenchmarkDescription(b *testing.B) {
	n := 0
	for b.Loop() {
		for _, c := range registered {
			n += len(c.Description()) + len(c.Reference())
		}
	}
	sinkInt = n
	perCall(b, len(registered))
}

// httpCodes1024 cycles through the codes net/http knows, to 1024 entries.
var httpCodes1024 = func() []int {
	var codes []int
	for c := 100; c <= 999; c++ {
		if http.StatusText(c) != "" {
			codes = append(codes, c)
		}
	}
	out := make([]int, 1024)
	for i := range out {
		out[i] = codes[i%len(codes)]
	}
	return out
}()

// BenchmarkTextCall and BenchmarkStatusTextCall make one call per b.Loop
// iteration, cycling through net/http's codes from a 1024-entry slice: the
// loop's own load and store are the floor of both, so they compare the
// calls as a caller sees them. Run them in the same run:
//
//	go test ./status -run '^$' -bench 'TextCall$' -count 6
func BenchmarkTextCall(b *testing.B) {
	i := 0
	for b.Loop() {
		sinkString = status.Text(httpCodes1024[i&1023])
		i++
	}
}

// BenchmarkStatusTextCall is BenchmarkTextCall's alternative: net/http's
// StatusText, a switch.
func BenchmarkStatusTextCall(b *testing.B) {
	i := 0
	for b.Loop() {
		sinkString = http.StatusText(httpCodes1024[i&1023])
		i++
	}
}
