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
	"net/http/httptest"
	"os"
	"sync"

	"responsedep"
)

func missingReturn(w http.ResponseWriter, r *http.Request, err error) {
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by http.Error at line 21`
}

func twiceInARow(w http.ResponseWriter) {
	w.WriteHeader(http.StatusAccepted)
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by w.WriteHeader at line 27`
}

func afterBody(w http.ResponseWriter, data []byte) {
	if _, err := w.Write(data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http.Error has no effect: the status was sent already by w.Write at line 32`
	}
}

func afterFprintf(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "hello")
	http.Redirect(w, r, "/", http.StatusFound) // want `http.Redirect has no effect: the status was sent already by fmt.Fprintf at line 38`
}

func afterEncode(w http.ResponseWriter, r *http.Request, v any) {
	json.NewEncoder(w).Encode(v)
	http.NotFound(w, r) // want `http.NotFound has no effect: the status was sent already by json.NewEncoder\(w\).Encode at line 43`
}

func afterTemplate(w http.ResponseWriter, t *template.Template) {
	t.Execute(w, nil)
	w.WriteHeader(http.StatusInternalServerError) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by template Execute at line 48`
}

func afterHelper(w http.ResponseWriter) {
	responsedep.WriteJSON(w, http.StatusOK, nil)
	w.WriteHeader(http.StatusTeapot) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by WriteJSON at line 53`
}

func localHelper(w http.ResponseWriter, msg string) {
	w.WriteHeader(http.StatusBadRequest)
	io.WriteString(w, msg)
}

func afterLocalHelper(w http.ResponseWriter) {
	localHelper(w, "x")
	responsedep.WriteJSON(w, http.StatusOK, nil) // want `WriteJSON has no effect: the status was sent already by localHelper at line 63`
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
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(\d+\) has no effect: the status was sent already by writeBody at line 157`
}

func silenced(w http.ResponseWriter) {
	w.WriteHeader(http.StatusAccepted)
	w.WriteHeader(http.StatusOK) //nolint:statustwice // on purpose: the test of a wrapper
	w.WriteHeader(http.StatusOK) //nolint:errcheck,statuslint
	w.WriteHeader(http.StatusOK) //nolint
	w.WriteHeader(http.StatusOK) //nolint:errcheck // want `w\.WriteHeader\(\d+\) has no effect`
}

// A send that may have written nothing: on the error branch of Encode,
// Execute or io.Copy, the status may still be unsent, and http.Error is
// what sends it.

func encodeFailed(w http.ResponseWriter, v any) {
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, "cannot encode", http.StatusInternalServerError)
	}
}

func encodeFailedInline(w http.ResponseWriter, v any) {
	if json.NewEncoder(w).Encode(v) != nil {
		http.Error(w, "cannot encode", http.StatusInternalServerError)
	}
}

func executeFailed(w http.ResponseWriter, t *template.Template) {
	err := t.Execute(w, nil)
	if err != nil {
		log.Print(err)
		http.Error(w, "cannot render", http.StatusInternalServerError)
		return
	}
}

func copyFailed(w http.ResponseWriter, src io.Reader) {
	if _, err := io.Copy(w, src); err != nil {
		http.Error(w, "cannot copy", http.StatusBadGateway)
	}
}

func encodeSucceeded(w http.ResponseWriter, v any) {
	if err := json.NewEncoder(w).Encode(v); err == nil {
		w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(200\) has no effect: the status was sent already by json.NewEncoder\(w\).Encode`
	}
}

func errorOverwritten(w http.ResponseWriter, v any, check func() error) {
	err := json.NewEncoder(w).Encode(v)
	err = check()
	if err != nil {
		http.Error(w, "x", http.StatusInternalServerError) // want `http.Error has no effect: the status was sent already by json.NewEncoder`
	}
}

func fprintfFailed(w http.ResponseWriter) {
	if _, err := fmt.Fprintf(w, "x"); err != nil {
		http.Error(w, "x", http.StatusInternalServerError) // want `http.Error has no effect: the status was sent already by fmt.Fprintf`
	}
}

// A helper that returns the error of a send that may write nothing.

func encode(w http.ResponseWriter, v any) error {
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(v)
}

func helperFailed(w http.ResponseWriter, v any) {
	if err := encode(w, v); err != nil {
		http.Error(w, "x", http.StatusInternalServerError)
	}
}

// Writers of the program's own types have their own rules.

type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
		r.ResponseWriter.WriteHeader(code)
	}
}

func (r *recorder) Close() {
	if r.status == 0 {
		r.WriteHeader(http.StatusOK)
	}
	r.WriteHeader(http.StatusInternalServerError)
}

func ownWriter(w http.ResponseWriter) {
	rec := &recorder{ResponseWriter: w}
	rec.WriteHeader(http.StatusOK)
	rec.WriteHeader(http.StatusInternalServerError)
}

type plain struct{ http.ResponseWriter }

func embedded(w http.ResponseWriter) {
	p := plain{w} // net/http's WriteHeader, promoted: net/http's rules
	p.WriteHeader(http.StatusOK)
	p.WriteHeader(http.StatusInternalServerError) // want `p\.WriteHeader\(500\) has no effect`
}

// Flags that record the send prune the paths they rule out.

type handler struct{ match bool }

func served(w http.ResponseWriter, r *http.Request, hs []handler) {
	served := false
	for _, h := range hs {
		if h.match {
			http.Error(w, "x", http.StatusConflict)
			served = true
			break
		}
	}
	if !served {
		http.NotFound(w, r)
	}
}

type state struct{ sent bool }

func (s *state) finish(w http.ResponseWriter) {
	if !s.sent {
		w.WriteHeader(http.StatusOK)
		s.sent = true
	}
	if !s.sent {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

func (s *state) unguarded(w http.ResponseWriter) {
	if !s.sent {
		w.WriteHeader(http.StatusOK)
	}
	w.WriteHeader(http.StatusInternalServerError) // want `w\.WriteHeader\(500\) has no effect`
}

func codeFlag(w http.ResponseWriter, ok bool) {
	code := 0
	if ok {
		w.WriteHeader(http.StatusOK)
		code = http.StatusOK
	}
	if code == 0 {
		w.WriteHeader(http.StatusNoContent)
	}
}

// Each iteration's writer is its own.

func broadcast(ws []http.ResponseWriter, ch chan http.ResponseWriter) {
	for _, w := range ws {
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprint(w, "x")
	}
	for w := range ch {
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprint(w, "x")
	}
	for range 3 {
		rec := httptest.NewRecorder()
		rec.WriteHeader(http.StatusAccepted)
		fmt.Fprint(rec, "x")
	}
	for range 3 {
		var rec = httptest.NewRecorder()
		rec.WriteHeader(http.StatusAccepted)
		fmt.Fprint(rec, "x")
	}
}

func sameWriterInLoop(w http.ResponseWriter, parts []string) {
	for _, p := range parts {
		w.WriteHeader(http.StatusAccepted) // want `w\.WriteHeader\(202\) has no effect: the status was sent already by fmt.Fprint at line \d+`
		fmt.Fprint(w, p)
	}
}

// What a status is, by value.

func interimVariable(w http.ResponseWriter) {
	interim := http.StatusEarlyHints
	w.WriteHeader(interim)
	w.WriteHeader(http.StatusOK)
}

func switchingIsFinal(w http.ResponseWriter) {
	w.WriteHeader(http.StatusSwitchingProtocols)
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(200\) has no effect`
}

// Flush sends the status.

func flushed(w http.ResponseWriter) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	http.Error(w, "late", http.StatusInternalServerError) // want `http.Error has no effect: the status was sent already by Flush`
}

func controller(w http.ResponseWriter) {
	rc := http.NewResponseController(w)
	rc.Flush()
	w.WriteHeader(http.StatusInternalServerError) // want `w\.WriteHeader\(500\) has no effect: the status was sent already by Flush`
}

func inlineFlush(w http.ResponseWriter) {
	w.(http.Flusher).Flush()
	w.WriteHeader(http.StatusInternalServerError) // want `has no effect: the status was sent already by Flush`
}

// nolint as golangci-lint reads it.

func nolintForms(w http.ResponseWriter) {
	w.WriteHeader(http.StatusAccepted)
	w.WriteHeader(http.StatusOK) // nolint:statustwice
	w.WriteHeader(http.StatusOK) //nolint:all
	w.WriteHeader(http.StatusOK) //nolint: statustwice
	w.WriteHeader(http.StatusOK) //nolint:errcheck, statustwice
	w.WriteHeader(http.StatusOK) //nolint:StatusTwice
	w.WriteHeader(http.StatusOK) //nolint:statustwice // why
	//nolint:statustwice // the statement below
	w.WriteHeader(
		http.StatusOK,
	)
	w.WriteHeader(http.StatusOK) //nolint:statusheader // want `w\.WriteHeader\(200\) has no effect`
	w.WriteHeader(http.StatusOK) // see nolint:statustwice // want `w\.WriteHeader\(200\) has no effect`
}

// The return fix only where what it skips is the reported send.

func unlockSkipped(w http.ResponseWriter, mu *sync.Mutex, err error) {
	mu.Lock()
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(200\) has no effect`
	mu.Unlock()
}

func withElse(w http.ResponseWriter, err error, n int) {
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
	} else {
		n++
		log.Print(n)
	}
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(200\) has no effect`
}

func commented(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest) // the request is wrong
	}
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader\(200\) has no effect`
}
