package handlers

import (
	"net/http"
	"strconv"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/srs"
	"github.com/lectern/lectern/internal/study"
	"github.com/lectern/lectern/views"
)

// rateCard records a rating and goes on to the next card. A rating for a
// card not due in this session is refused; a repeated one changes nothing.
func (h *Handler) rateCard(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	d, card, clk, ok := h.reviewCard(w, r, r.PostForm.Get("theme"))
	if !ok {
		return
	}
	reps, err := strconv.Atoi(r.PostForm.Get("reps"))
	if err != nil || reps < 0 {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "The rating form was incomplete. Go back to your flashcards and rate the card again."))
		return
	}
	cur := 0
	if card.State != nil {
		cur = card.State.Reps
	}
	if reps != cur {
		// This card was rated since the form was shown: a double submit.
		http.Redirect(w, r, d.reviewURL(), http.StatusSeeOther)
		return
	}
	rating, err := strconv.Atoi(r.PostForm.Get("rating"))
	if err != nil || rating < 1 || rating > 4 {
		vm, verr := h.backVM(r, d, card, clk, "Choose one of the four ratings.")
		if verr != nil {
			h.fail(w, r, verr)
			return
		}
		h.render(w, r, http.StatusUnprocessableEntity, views.ReviewPage(vm))
		return
	}
	if !h.inSession(r, d, card, clk) {
		h.fail(w, r, quiz.Errorf(quiz.EConflict, "That card is not due for review now, so the rating was not recorded."))
		return
	}
	u, err := h.learner(w, r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if ms, err := strconv.ParseInt(r.PostForm.Get("shown"), 10, 64); err == nil {
		clk.now = study.RatedAt(clk.now, time.UnixMilli(ms).UTC())
	}
	rev, err := study.Rate(clk.settings, card, srs.Rating(rating), clk.now)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	rev.UserID = u.ID
	if _, err := h.db.RecordReview(r.Context(), rev); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, d.reviewURL(), http.StatusSeeOther)
}
