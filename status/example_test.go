package status_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/statusgen/statusgen/status"
)

func ExampleIsSuccess() {
	for _, code := range []int{200, 201, 204, 301, 404, 503} {
		fmt.Println(code, status.IsSuccess(code))
	}
	// Output:
	// 200 true
	// 201 true
	// 204 true
	// 301 false
	// 404 false
	// 503 false
}

func ExampleCode_String() {
	var c status.Code = status.NotFound // the constants are untyped, as net/http's
	fmt.Println(c)
	fmt.Println(status.Code(status.ImATeapot))
	fmt.Println(status.Code(599))
	fmt.Printf("%d %q\n", status.TooManyRequests, status.Text(status.TooManyRequests))
	// Output:
	// 404 Not Found
	// 418 I'm a teapot
	// Code(599)
	// 429 "Too Many Requests"
}

func ExampleParse() {
	for _, s := range []string{"404", "not found", "NotFound", "404 Not Found", "Request Entity Too Large", "Request URI Too Long", "404 OK", "599", "600", " 404"} {
		c, err := status.Parse(s)
		fmt.Printf("%q: %v %v\n", s, c, err)
	}
	// Output:
	// "404": 404 Not Found <nil>
	// "not found": 404 Not Found <nil>
	// "NotFound": 404 Not Found <nil>
	// "404 Not Found": 404 Not Found <nil>
	// "Request Entity Too Large": 413 Content Too Large <nil>
	// "Request URI Too Long": 414 URI Too Long <nil>
	// "404 OK": Code(0) status: unknown HTTP status code
	// "599": Code(599) <nil>
	// "600": Code(0) status: unknown HTTP status code
	// " 404": Code(0) status: unknown HTTP status code
}

func ExampleCode_Class() {
	c := status.Code(460) // a code the table does not register
	fmt.Println(c.Class(), c.IsClientError(), c.Text() == "")
	// Output:
	// Client Error true true
}

func ExampleCode_AllowsBody() {
	for _, c := range []status.Code{status.OK, status.NoContent, status.ResetContent, status.NotModified, status.EarlyHints} {
		fmt.Println(c, c.AllowsBody())
	}
	// Output:
	// 200 OK true
	// 204 No Content false
	// 205 Reset Content true
	// 304 Not Modified false
	// 103 Early Hints false
}

func ExampleCode_MarshalJSON() {
	type reply struct {
		Status status.Code `json:"status"`
	}
	b, _ := json.Marshal(reply{status.Created})
	fmt.Println(string(b))

	var r reply
	_ = json.Unmarshal([]byte(`{"status": "not found"}`), &r)
	fmt.Println(r.Status)
	// Output:
	// {"status":201}
	// 404 Not Found
}

// This mirrors the test in Django REST framework's documentation of
// APITestCase: POST a new account and expect 201 Created.
func Example_test() {
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.WriteHeader(status.MethodNotAllowed)
			return
		}
		w.WriteHeader(status.Created)
		fmt.Fprint(w, `{"name": "DabApps"}`)
	})
	srv := httptest.NewServer(handler)
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/accounts/", "application/json", strings.NewReader(`{"name": "DabApps"}`))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode == status.Created, status.IsSuccess(resp.StatusCode), resp.Status)
	// Output:
	// true true 201 Created
}

// A handler and its test use the constants where net/http takes an int,
// with no conversion: WriteHeader, http.Error, http.Redirect, and the
// recorder's Code.
func Example_handler() {
	accounts := map[string]string{"dabapps": "DabApps"}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimPrefix(r.URL.Path, "/accounts/")
		switch name, ok := accounts[id]; {
		case r.Method != http.MethodGet:
			http.Error(w, "only GET", status.MethodNotAllowed)
		case strings.ToLower(id) != id:
			http.Redirect(w, r, "/accounts/"+strings.ToLower(id), status.PermanentRedirect)
		case !ok:
			http.Error(w, "no such account", status.NotFound)
		default:
			w.WriteHeader(status.OK)
			fmt.Fprint(w, name)
		}
	})

	// The test: each request and the code it should get.
	for _, tc := range []struct {
		method, path string
		want         int
	}{
		{http.MethodGet, "/accounts/dabapps", status.OK},
		{http.MethodGet, "/accounts/DabApps", status.PermanentRedirect},
		{http.MethodGet, "/accounts/nobody", status.NotFound},
		{http.MethodDelete, "/accounts/dabapps", status.MethodNotAllowed},
	} {
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
		if rec.Code != tc.want {
			fmt.Printf("%s %s: got %d, want %d\n", tc.method, tc.path, rec.Code, tc.want)
		}
		switch rec.Code {
		case status.OK:
			fmt.Println(tc.path, "found:", rec.Body.String())
		case status.PermanentRedirect:
			fmt.Println(tc.path, "moved to", rec.Header().Get("Location"))
		default:
			fmt.Println(tc.path, status.Code(rec.Code))
		}
	}
	// Output:
	// /accounts/dabapps found: DabApps
	// /accounts/DabApps moved to /accounts/dabapps
	// /accounts/nobody 404 Not Found
	// /accounts/dabapps 405 Method Not Allowed
}
