package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
)

// setStatus publishes a set or takes it back to draft.
func (h *Handler) setStatus(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	status := r.PostForm.Get("status")
	if err := h.db.SetStatus(r.Context(), s.ID, status); err != nil {
		h.fail(w, r, err)
		return
	}
	if status == quiz.SetPublished {
		h.setFlash(w, r, flashSetPublished, s.ID)
	} else {
		h.setFlash(w, r, flashSetDraft, s.ID)
	}
	// Back to the page the button was on: the set's, or the course's.
	back := "/teach/courses/" + c.Slug
	if r.PostForm.Get("from") == "set" {
		back = "/teach/sets/" + strconv.FormatInt(s.ID, 10)
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}
