package handlers

import (
	"net/http"

	"github.com/lectern/lectern/internal/quiz"
)

// deleteSet deletes a set nobody has answered yet.
func (h *Handler) deleteSet(w http.ResponseWriter, r *http.Request) {
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	if err := h.db.DeleteSet(r.Context(), s.ID); err != nil {
		if quiz.KindOf(err) == quiz.EConflict {
			h.renderTeachCourse(w, r, c, http.StatusConflict, quiz.MessageOf(err))
			return
		}
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}
