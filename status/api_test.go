package status_test

import (
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/statusgen/statusgen/status"
)

// TestCreateAccount is Django REST framework's APITestCase example in Go:
// a POST that creates an item answers 201 Created, a success.
func TestCreateAccount(t *testing.T) {
	var mu sync.Mutex
	var accounts []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body struct{ Name string }
		switch {
		case r.Method != http.MethodPost:
			w.WriteHeader(int(status.MethodNotAllowed))
		case json.NewDecoder(r.Body).Decode(&body) != nil || body.Name == "":
			w.WriteHeader(int(status.BadRequest))
		default:
			mu.Lock()
			accounts = append(accounts, body.Name)
			mu.Unlock()
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(int(status.Created))
			json.NewEncoder(w).Encode(body)
		}
	}))
	defer srv.Close()

	post := func(body string) *http.Response {
		t.Helper()
		resp, err := http.Post(srv.URL+"/accounts/", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	resp := post(`{"name": "DabApps"}`)
	if resp.StatusCode != int(status.Created) || !status.IsSuccess(resp.StatusCode) {
		t.Fatalf("POST: %v, want %v and a success", status.Code(resp.StatusCode), status.Created)
	}
	if len(accounts) != 1 || accounts[0] != "DabApps" {
		t.Fatalf("accounts = %q", accounts)
	}
	resp = post(`{}`)
	if c := status.Code(resp.StatusCode); c != status.BadRequest || !c.IsClientError() || status.IsSuccess(resp.StatusCode) {
		t.Fatalf("POST {}: %v, want %v", c, status.BadRequest)
	}
}

func TestJSON(t *testing.T) {
	type reply struct {
		Status status.Code            `json:"status"`
		Counts map[status.Code]int    `json:"counts"`
		Names  map[status.Code]string `json:"names,omitempty"`
	}
	in := reply{status.NotFound, map[status.Code]int{status.OK: 3, status.Code(599): 1}, nil}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"status":404,"counts":{"200":3,"599":1}}`; string(b) != want {
		t.Fatalf("Marshal = %s, want %s", b, want)
	}
	var out reply
	if err := json.Unmarshal(b, &out); err != nil || out.Status != in.Status || len(out.Counts) != 2 || out.Counts[200] != 3 || out.Counts[599] != 1 {
		t.Fatalf("round trip: %+v, %v", out, err)
	}

	for _, tt := range []struct {
		json string
		want status.Code
	}{
		{`404`, status.NotFound},
		{`599`, 599},
		{`"404"`, status.NotFound},
		{`"Not Found"`, status.NotFound},
		{`"not found"`, status.NotFound},
		{`"Payload Too Large"`, status.ContentTooLarge},
		{`"I\u0027m a teapot"`, status.ImATeapot},
		{`"Not\u0020Found"`, status.NotFound},
		{`"599"`, 599},
	} {
		var c status.Code
		if err := json.Unmarshal([]byte(tt.json), &c); err != nil || c != tt.want {
			t.Errorf("Unmarshal(%s) = %d, %v; want %d", tt.json, int(c), err, int(tt.want))
		}
	}
	// Numbers follow Parse's one rule: a code that a class holds.
	for _, bad := range []string{`"Not Founds"`, `4.04e2`, `404.0`, `"  404"`, `true`, `{}`, `99999999999999999999`,
		`-1`, `-404`, `0`, `600`, `"-1"`, `"600"`, `"+404"`, `-0`, `0404`} {
		var c status.Code
		err := json.Unmarshal([]byte(bad), &c)
		if err == nil {
			t.Errorf("Unmarshal(%s) = %d, want an error", bad, int(c))
		} else if strings.HasPrefix(bad, `"`) && !strings.Contains(err.Error(), strings.Trim(bad, `"`)) {
			t.Errorf("Unmarshal(%s): error %q does not name the input", bad, err)
		}
	}
	c := status.OK
	if err := json.Unmarshal([]byte(`null`), &c); err != nil || c != status.OK {
		t.Errorf("Unmarshal(null) = %v, %v; want it unchanged", c, err)
	}

	var m map[status.Code]string
	if err := json.Unmarshal([]byte(`{"not found": "a", "201": "b", "Teapot": "c"}`), &m); err == nil {
		t.Errorf("Unmarshal of an unknown key: %v, want an error", m)
	}
	if err := json.Unmarshal([]byte(`{"not found": "a", "201": "b"}`), &m); err != nil || m[404] != "a" || m[201] != "b" {
		t.Errorf("map keys: %v, %v", m, err)
	}
}

func TestText(t *testing.T) {
	// What MarshalText and MarshalJSON write reads back, for every code
	// they accept; the zero Code is "" and null.
	for _, c := range append(status.Codes(), 0, 100, 599) {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back status.Code = 1
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("%d: text %q reads back as %d, %v", int(c), b, int(back), err)
		}
		j, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		back = 0
		if err := json.Unmarshal(j, &back); err != nil || back != c {
			t.Errorf("%d: JSON %s reads back as %d, %v", int(c), j, int(back), err)
		}
	}
	// A code that no class holds has no number that Parse reads: it does
	// not marshal, rather than write what reads back as something else.
	for _, c := range []status.Code{-1, -404, 99, 600, 1000, 1 << 40} {
		if b, err := c.MarshalText(); err == nil {
			t.Errorf("%d: MarshalText = %q, want an error", int(c), b)
		}
		if b, err := json.Marshal(map[string]status.Code{"c": c}); err == nil {
			t.Errorf("%d: json.Marshal = %s, want an error", int(c), b)
		}
		if b, err := json.Marshal(map[status.Code]int{c: 1}); err == nil {
			t.Errorf("%d as a map key: json.Marshal = %s, want an error", int(c), b)
		}
	}
	if b, _ := json.Marshal(struct{ C status.Code }{}); string(b) != `{"C":null}` {
		t.Errorf("the zero Code marshals as %s, want null", b)
	}
}

func TestFlagTextVar(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var c status.Code
	fs.TextVar(&c, "status", status.Code(status.OK), "the status to answer with")
	if err := fs.Parse([]string{"-status", "not found"}); err != nil || c != status.NotFound {
		t.Fatalf("-status 'not found': %v, %v", c, err)
	}
	if err := fs.Parse([]string{"-status", "418"}); err != nil || c != status.ImATeapot {
		t.Fatalf("-status 418: %v, %v", c, err)
	}
	err := fs.Parse([]string{"-status", "teapot"})
	if err == nil || !strings.Contains(err.Error(), `"teapot"`) {
		t.Fatalf("-status teapot: %v, want an error naming the input", err)
	}
	if got := fs.Lookup("status").DefValue; got != "200" {
		t.Errorf("default shown as %q, want 200", got)
	}
}

func TestTOML(t *testing.T) {
	var cfg struct {
		Retry []status.Code `toml:"retry"`
	}
	if _, err := toml.Decode(`retry = ["503", "Too Many Requests", "gateway timeout"]`, &cfg); err != nil {
		t.Fatal(err)
	}
	if want := []status.Code{status.ServiceUnavailable, status.TooManyRequests, status.GatewayTimeout}; !slices.Equal(cfg.Retry, want) {
		t.Fatalf("decoded %v, want %v", cfg.Retry, want)
	}
}
