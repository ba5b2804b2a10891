package handlers

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"sync"

	"github.com/a-h/templ"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// render writes a page through a buffer, so that a failed render is a clean
// 500 and never half a page.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if err := c.Render(r.Context(), buf); err != nil {
		if errors.Is(r.Context().Err(), context.Canceled) {
			// The client went away mid-render; nobody is left to read a page.
			return
		}
		h.log.Error("render", "path", r.URL.Path, "err", err)
		http.Error(w, "Something went wrong on our side.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	h.writeBody(w, r, status, buf.Bytes())
}

// bufPool holds render buffers: a page is 5 to 40 KB, and growing a fresh
// buffer to that size on every request costs more than the render.
var bufPool = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 32<<10)) }}

// fail is the one error path: it maps an error's kind to a status, logs
// internal errors, and renders the error page with a message safe to show.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, errAnswered) {
		return
	}
	status, heading := http.StatusInternalServerError, "Something went wrong"
	switch quiz.KindOf(err) {
	case quiz.ENotFound:
		status, heading = http.StatusNotFound, "Not found"
	case quiz.EInvalid:
		status, heading = http.StatusBadRequest, "That did not work"
	case quiz.EUnauthorized:
		status, heading = http.StatusUnauthorized, "Please sign in"
	case quiz.EForbidden:
		status, heading = http.StatusForbidden, "Not allowed"
	case quiz.EConflict:
		status, heading = http.StatusConflict, "That changed meanwhile"
	default:
		if errors.Is(r.Context().Err(), context.Canceled) {
			// The client went away; nobody is left to read a page.
			return
		}
		h.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	h.render(w, r, status, views.ErrorPage(views.ErrorVM{
		Page:    h.page(r, heading),
		Status:  status,
		Heading: heading,
		Message: quiz.MessageOf(err),
	}))
}

// notFound renders the 404 page for any unknown path.
func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is nothing at this address. It may have moved, or the link may be mistyped."))
}
