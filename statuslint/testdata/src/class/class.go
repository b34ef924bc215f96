// Package class holds constant codes of the wrong class.
package class

import "net/http"

func classes(w http.ResponseWriter, r *http.Request, code int) {
	http.Redirect(w, r, "/", http.StatusOK) // want `http.Redirect with 200, which a client does not follow as a redirect \(301–303, 307, 308\)`
	_ = http.RedirectHandler("/", 404)      // want `http.RedirectHandler with 404, which a client does not follow`
	http.Error(w, "fine", http.StatusOK)    // want `http.Error with 200, which is not an error status`
	w.WriteHeader(42)                       // want `WriteHeader\(42\): net/http panics on a code outside 100–999`
	http.Redirect(w, r, "/", code)          // a variable: never guessed
	http.Redirect(w, r, "/", http.StatusSeeOther)
	http.Redirect(w, r, "/", http.StatusNotModified)     // want `http.Redirect with 304, which a client does not follow as a redirect`
	http.Redirect(w, r, "/", http.StatusMultipleChoices) // want `http.Redirect with 300`
	http.Redirect(w, r, "/", http.StatusTemporaryRedirect)
}

// dropStatus is the program's own code for "drop this message", in a
// protocol of its own: its class is chosen on purpose.
const dropStatus = http.StatusSeeOther

const tooSmall = 42

func deliberate(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "drop", dropStatus)
	http.Redirect(w, r, "/", dropStatus+1)                 // want `http.Redirect with 304`
	w.WriteHeader(tooSmall)                                // want `WriteHeader\(42\): net/http panics`
	http.Error(w, "auth", http.StatusNonAuthoritativeInfo) // want `http.Error with 203, which is not an error status`
}
