package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
)

// moveSet moves a set up or down among its theme's sets.
func (h *Handler) moveSet(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	h.move(w, r, func(delta int) error { return h.db.MoveSet(r.Context(), s.ID, delta) }, "/teach/courses/"+c.Slug)
}

// moveQuestion moves a question up or down in its set.
func (h *Handler) moveQuestion(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	sq, s, _, ok := h.teachQuestion(w, r)
	if !ok {
		return
	}
	h.move(w, r, func(delta int) error { return h.db.MoveQuestion(r.Context(), sq.ID, delta) }, "/teach/sets/"+strconv.FormatInt(s.ID, 10))
}

// move reads the direction from the form, moves by it and goes back.
func (h *Handler) move(w http.ResponseWriter, r *http.Request, by func(delta int) error, back string) {
	delta, ok := moveDelta(r)
	if !ok {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "Move up or down."))
		return
	}
	if err := by(delta); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

func moveDelta(r *http.Request) (int, bool) {
	switch r.PostForm.Get("dir") {
	case "up":
		return -1, true
	case "down":
		return 1, true
	}
	return 0, false
}
