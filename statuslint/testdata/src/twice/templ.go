package twice

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin/render"
)

type component interface {
	Render(w io.Writer) error
}

// a-h/templ#545: the engine's HTML renderer writes a status of its own,
// which replaces the one c.HTML(code, …) recorded: c.HTML(418, …) sends
// 200.
type templRenderer struct {
	Code int
	Data component
}

func (t templRenderer) Render(w http.ResponseWriter) error {
	t.WriteContentType(w)
	w.WriteHeader(t.Code) // want `w.WriteHeader replaces the status c.HTML was given: gin records c.HTML's code, then calls the Render of what templHTML.Instance returns at line 36, and sends this status instead without a word`
	return t.Data.Render(w)
}

func (t templRenderer) WriteContentType(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
}

type templHTML struct{}

func (templHTML) Instance(name string, data any) render.Render {
	c, _ := data.(component)
	return templRenderer{Code: http.StatusOK, Data: c}
}

// The right one: the renderer writes a status only when it was given one
// (gin's c.Render(-1, r)), never for c.HTML.
type quietRenderer struct {
	Status int
	Data   component
}

func (q *quietRenderer) Render(w http.ResponseWriter) error {
	if q.Status != -1 {
		w.WriteHeader(q.Status)
	}
	return q.Data.Render(w)
}

func (q *quietRenderer) WriteContentType(w http.ResponseWriter) {}

type quietHTML struct{}

func (*quietHTML) Instance(name string, data any) render.Render {
	c, _ := data.(component)
	return &quietRenderer{Status: -1, Data: c}
}
