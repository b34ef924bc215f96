package class

import (
	"net/http"
	"testing"
)

// Test files are not checked: a test sends what it likes.
func TestClass(t *testing.T) {
	var w http.ResponseWriter
	http.Error(w, "fine", http.StatusOK)
	http.Redirect(w, nil, "/", http.StatusOK)
}
