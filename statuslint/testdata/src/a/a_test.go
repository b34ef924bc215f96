package a

import (
	"net/http/httptest"
	"testing"
)

func TestHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(202) // want `status code 202 is status.Accepted`
	if rec.Code != 202 { // want `status code 202 is status.Accepted`
		t.Fatal(rec.Code)
	}
}
