package onlyhttp

import "net/http"

// One use is silenced: the import stays for it.
func silenced() []int {
	return []int{
		http.StatusFound,    // want `http.StatusFound is status.Found`
		http.StatusSeeOther, //nolint:statuslint // kept on purpose
	}
}
