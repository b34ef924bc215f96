package a

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/statusgen/statusgen/status"
)

type wrapped struct{ http.ResponseWriter }

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)                       // want `status code 404 is status.NotFound`
	_ = http.RedirectHandler("/y", 308)      // want `status code 308 is status.PermanentRedirect`
	_ = http.StatusText(413)                 // want `status code 413 is status.ContentTooLarge`
	wrapped{w}.WriteHeader(201)              // want `status code 201 is status.Created`
	w.WriteHeader(299)                       // unregistered: left alone
	w.WriteHeader(418)                       // deprecated code: left alone
	w.WriteHeader(0x194)                     // not three decimal digits
	fmt.Println(404)                         // not a status
	_ = &http.Response{StatusCode: 502}      // want `status code 502 is status.BadGateway`
	_ = httptest.ResponseRecorder{Code: 200} // want `status code 200 is status.OK`
}

// Each send has a writer of its own: a second status on one writer is
// statustwice's, and its code is left as it is.

func gone(w http.ResponseWriter) {
	http.Error(w, "gone", 410) // want `status code 410 is status.Gone`
}

func seeOther(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/x", 303) // want `status code 303 is status.SeeOther`
}

func compare(resp *http.Response, rec *httptest.ResponseRecorder, c status.Code, n int) {
	if resp.StatusCode == 404 { // want `status code 404 is status.NotFound`
	}
	if 500 <= resp.StatusCode { // a bound, not a code: left alone
	}
	if resp.StatusCode >= 400 { // a bound, not a code: left alone
	}
	if rec.Code != 201 { // want `status code 201 is status.Created`
	}
	if c == 429 { // want `status code 429 is status.TooManyRequests`
	}
	if n == 404 { // an int that is not a status value: left alone
	}
	switch resp.StatusCode {
	case 200, 204: // want `status code 200 is status.OK` `status code 204 is status.NoContent`
	case 299:
	}
}

func ranges(resp *http.Response, rec *httptest.ResponseRecorder, c status.Code, n int) {
	_ = resp.StatusCode >= 200 && resp.StatusCode < 300  // want `this checks that resp.StatusCode is in class 200–299: use status.IsSuccess\(resp.StatusCode\)`
	_ = resp.StatusCode >= 200 && resp.StatusCode <= 299 // want `in class 200–299`
	_ = 400 <= rec.Code && rec.Code < 500                // want `this checks that rec.Code is in class 400–499: use status.IsClientError\(rec.Code\)`
	_ = resp.StatusCode/100 == 5                         // want `use status.IsServerError\(resp.StatusCode\)`
	_ = resp.StatusCode < 200 || resp.StatusCode >= 300  // want `outside class 200–299: use !status.IsSuccess\(resp.StatusCode\)`
	_ = resp.StatusCode/100 != 3                         // want `use !status.IsRedirect\(resp.StatusCode\)`
	_ = c >= 100 && c <= 199                             // want `use c.IsInformational\(\)`
	_ = resp.StatusCode >= 200 && resp.StatusCode < 250  // no class, and bounds: left alone
	_ = n >= 200 && n < 300                              // an int that is not a status value: left alone
	_ = resp.StatusCode >= 200 && rec.Code < 300         // two values, and bounds: left alone
}

func deprecated() {
	_ = status.RequestEntityTooLarge // want `RequestEntityTooLarge is deprecated: its code is now ContentTooLarge`
	_ = status.UnprocessableEntity   // want `UnprocessableEntity is deprecated: its code is now UnprocessableContent`
}

// A code that a response check reports is not renamed: renaming would make
// the bug look deliberate, and golangci-lint shows one report a line.
func wrongClass(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", 200)
}

func silenced(w http.ResponseWriter) {
	w.WriteHeader(404) //nolint:statuslint
}

func silencedBare(w http.ResponseWriter) {
	w.WriteHeader(404) //nolint
}

// A helper's status parameter is a status at its call sites.

func writeErr(w http.ResponseWriter, code int, msg string) {
	http.Error(w, msg, code)
}

func helperStatus(w http.ResponseWriter) {
	writeErr(w, 404, "no such thing") // want `status code 404 is status.NotFound`
}
