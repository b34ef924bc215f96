// Package othername uses a generated package whose name (status) is not
// its path's last element (codes), and does not import it yet: the fix
// names the import.
package othername

import "net/http"

func handler(w http.ResponseWriter) {
	w.WriteHeader(404) // want `status code 404 is codes.NotFound`
}
