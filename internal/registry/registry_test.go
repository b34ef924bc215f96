package registry

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestReference(t *testing.T) {
	for in, want := range map[string]string{
		"[RFC9110, Section 15.5.5]": "RFC 9110, Section 15.5.5",
		"[RFC2518]":                 "RFC 2518",
		"[RFC2774][status-change-http-experiments-to-historic]": "RFC 2774; status-change-http-experiments-to-historic",
		"[draft-ietf-httpbis-resumable-upload-05]":              "draft-ietf-httpbis-resumable-upload-05",
		"": "",
	} {
		if got := Reference(in); got != want {
			t.Errorf("Reference(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRead(t *testing.T) {
	csv := `Value,Description,Reference
104,"Upload Resumption Supported (TEMPORARY - registered 2024-11-13, expires 2026-11-13)",[draft-x]
105-199,Unassigned,
306,(Unused),"[RFC9110, Section 15.4.7]"
427,Unassigned,
510,Not Extended (OBSOLETED),[RFC2774][status-change-http-experiments-to-historic]
`
	got, err := Read(strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Line: 2, Code: 104, Name: "Upload Resumption Supported", Ref: "draft-x", Marker: "(TEMPORARY - registered 2024-11-13, expires 2026-11-13)"},
		{Line: 4, Code: 306, Name: "", Ref: "RFC 9110, Section 15.4.7", Unused: true, Marker: "(Unused)"},
		{Line: 6, Code: 510, Name: "Not Extended", Ref: "RFC 2774; status-change-http-experiments-to-historic", Marker: "(OBSOLETED)"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entries: %+v", len(got), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestCutMarker(t *testing.T) {
	for _, tt := range []struct{ in, name, marker string }{
		{"(Unused)", "", "(Unused)"},
		{"Not Extended (OBSOLETED)", "Not Extended", "(OBSOLETED)"},
		{"Upload (TEMPORARY - expires 2026-11-13) ", "Upload", "(TEMPORARY - expires 2026-11-13)"},
		{"Upload (TEMPORARY)", "Upload", "(TEMPORARY)"},
		{"Upload (TEMPORARYX)", "", ""},
		{"Upload (TEMPORARY a) b)", "", ""},
		{"Not Found", "", ""},
		{"Found (see below)", "", ""},
	} {
		name, marker, ok := cutMarker(tt.in)
		if name != tt.name || marker != tt.marker || ok != (tt.marker != "") {
			t.Errorf("cutMarker(%q) = %q, %q, %t; want %q, %q", tt.in, name, marker, ok, tt.name, tt.marker)
		}
	}
}

// FuzzRead checks that any input gives entries or an *Error, never a panic.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"../../testdata/reference/http-status-codes-1.csv", "../../testdata/registry/bare_quote.csv"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("Value,Description,Reference\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		entries, err := Read(bytes.NewReader(b))
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Read returned %T: %v", err, err)
			}
			return
		}
		if len(entries) == 0 {
			t.Fatal("no entries and no error")
		}
	})
}
