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
	fmt.Println(status.NotFound)
	fmt.Println(status.ImATeapot)
	fmt.Println(status.Code(599))
	fmt.Printf("%d %q\n", status.TooManyRequests, status.TooManyRequests.Text())
	// Output:
	// 404 Not Found
	// 418 I'm a teapot
	// Code(599)
	// 429 "Too Many Requests"
}

func ExampleParse() {
	for _, s := range []string{"404", "not found", "NotFound", "Request Entity Too Large", "599", " 404"} {
		c, err := status.Parse(s)
		fmt.Printf("%q: %v %v\n", s, c, err)
	}
	// Output:
	// "404": 404 Not Found <nil>
	// "not found": 404 Not Found <nil>
	// "NotFound": 404 Not Found <nil>
	// "Request Entity Too Large": 413 Content Too Large <nil>
	// "599": Code(0) status: unknown status code
	// " 404": Code(0) status: unknown status code
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
			w.WriteHeader(int(status.MethodNotAllowed))
			return
		}
		w.WriteHeader(int(status.Created))
		fmt.Fprint(w, `{"name": "DabApps"}`)
	})
	srv := httptest.NewServer(handler)
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/accounts/", "application/json", strings.NewReader(`{"name": "DabApps"}`))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode == int(status.Created), status.IsSuccess(resp.StatusCode))
	// Output:
	// true true
}
