// Package twice holds statuses set after the status was sent, and code
// that looks like it but is right.
package twice

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"log"
	"net/http"
	"os"

	"responsedep"
)

func missingReturn(w http.ResponseWriter, r *http.Request, err error) {
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by http.Error at line 19`
}

func twiceInARow(w http.ResponseWriter) {
	w.WriteHeader(http.StatusAccepted)
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by w.WriteHeader at line 25`
}

func afterBody(w http.ResponseWriter, data []byte) {
	if _, err := w.Write(data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http.Error has no effect: the status was sent already by w.Write at line 30`
	}
}

func afterFprintf(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "hello")
	http.Redirect(w, r, "/", http.StatusFound) // want `http.Redirect has no effect: the status was sent already by fmt.Fprintf at line 36`
}

func afterEncode(w http.ResponseWriter, r *http.Request, v any) {
	json.NewEncoder(w).Encode(v)
	http.NotFound(w, r) // want `http.NotFound has no effect: the status was sent already by json.NewEncoder\(w\).Encode at line 41`
}

func afterTemplate(w http.ResponseWriter, t *template.Template) {
	t.Execute(w, nil)
	w.WriteHeader(http.StatusInternalServerError) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by template Execute at line 46`
}

func afterHelper(w http.ResponseWriter) {
	responsedep.WriteJSON(w, http.StatusOK, nil)
	w.WriteHeader(http.StatusTeapot) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by WriteJSON at line 51`
}

func localHelper(w http.ResponseWriter, msg string) {
	w.WriteHeader(http.StatusBadRequest)
	io.WriteString(w, msg)
}

func afterLocalHelper(w http.ResponseWriter) {
	localHelper(w, "x")
	responsedep.WriteJSON(w, http.StatusOK, nil) // want `WriteJSON has no effect: the status was sent already by localHelper at line 61`
}

func withReturn(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func ifElse(w http.ResponseWriter, ok bool) {
	if ok {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(http.StatusNotFound)
	}
}

func switched(w http.ResponseWriter, kind int) {
	switch kind {
	case 1:
		w.WriteHeader(http.StatusOK)
	case 2:
		http.Error(w, "x", http.StatusBadRequest)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

func fatal(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, "bad", http.StatusInternalServerError)
		log.Fatal(err)
	}
	w.WriteHeader(http.StatusOK)
}

func panics(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, "bad", http.StatusInternalServerError)
		panic(err)
	}
	w.WriteHeader(http.StatusOK)
}

func exits(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, "bad", http.StatusInternalServerError)
		os.Exit(1)
	}
	w.WriteHeader(http.StatusOK)
}

type wrapper struct{ http.ResponseWriter }

func rewrapped(w http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)
	w = wrapper{w}
	w.WriteHeader(http.StatusOK)
}

func sometimes(w http.ResponseWriter, err error) {
	responsedep.MaybeFail(w, err) // sends on some paths only: not a send
	w.WriteHeader(http.StatusOK)
}

func closures(w http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)
	defer func() {
		_ = w
	}()
}

func informational(w http.ResponseWriter) {
	w.WriteHeader(http.StatusEarlyHints) // 1xx: the final status follows
	w.WriteHeader(http.StatusOK)
}

// A helper that writes the body first is a send, but sets no status.

func writeBody(w http.ResponseWriter, v any) {
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Print(err)
	}
}

func statusThenBody(w http.ResponseWriter) {
	w.WriteHeader(http.StatusCreated)
	writeBody(w, nil)
}

func bodyThenStatus(w http.ResponseWriter) {
	writeBody(w, nil)
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by writeBody at line 155`
}

func silenced(w http.ResponseWriter) {
	w.WriteHeader(http.StatusAccepted)
	w.WriteHeader(http.StatusOK) //nolint:statustwice // on purpose: the test of a wrapper
	w.WriteHeader(http.StatusOK) //nolint:errcheck,statuslint
	w.WriteHeader(http.StatusOK) //nolint
	w.WriteHeader(http.StatusOK) //nolint:errcheck // want `w\.WriteHeader\(\d+\) has no effect`
}
