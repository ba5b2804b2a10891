package handlers

import (
	"net/http"

	"github.com/lectern/lectern/internal/quiz"
)

// undoReview takes back the learner's last rating in the course and shows
// that card again.
func (h *Handler) undoReview(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	d, err := h.deck(r, r.PostForm.Get("theme"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	u := userFrom(r.Context())
	if u == nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no rating to undo."))
		return
	}
	cardID, err := h.db.UndoLastReview(r.Context(), u.ID, d.course.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, d.cardURL(cardID), http.StatusSeeOther)
}
