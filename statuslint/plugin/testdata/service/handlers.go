package service

import (
	"encoding/json"
	"net/http"
)

type store interface {
	Get(id string) (any, error)
}

// Handlers answer with the service's bugs, one or two on a line.
type Handlers struct{ db store }

// login redirects with a code clients do not follow, on a line that also
// has a constant to rename.
func (h *Handlers) login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/home", http.StatusOK)
}

// get, put, patch, del and list forget the return after http.Error: five
// statuses sent twice.
func (h *Handlers) get(w http.ResponseWriter, r *http.Request) {
	v, err := h.db.Get(r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
	}
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(v)
}

func (h *Handlers) put(w http.ResponseWriter, r *http.Request) {
	v, err := h.db.Get(r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
	}
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(v)
}

func (h *Handlers) patch(w http.ResponseWriter, r *http.Request) {
	v, err := h.db.Get(r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
	}
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(v)
}

func (h *Handlers) del(w http.ResponseWriter, r *http.Request) {
	v, err := h.db.Get(r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
	}
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(v)
}

func (h *Handlers) list(w http.ResponseWriter, r *http.Request) {
	v, err := h.db.Get(r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
	}
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(v)
}

// done sends twice, the second time with a code that is not an error's:
// two findings on one line.
func (h *Handlers) done(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.NotFound(w, r)
	}
	http.Error(w, "done", http.StatusOK)
}

// ok answers a success as an error, four times over: one text each.
func (h *Handlers) ok(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		http.Error(w, "ok", 200)
	case http.MethodPost:
		http.Error(w, "ok", 200)
	case http.MethodPut:
		http.Error(w, "ok", 200)
	default:
		http.Error(w, "ok", 200)
	}
}

// noContent sets a header after the status, and writes a body after 204.
func (h *Handlers) noContent(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	w.Header().Set("X-Done", "1")
	w.Write([]byte("gone"))
}
