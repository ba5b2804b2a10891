package handlers

import (
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/quiz"
)

// Flash messages of the flashcards' undo. The kind of an undone rating
// carries the rating (flashRatingUndone + "3"); its id is the card.
const (
	flashRatingUndone = "rating-undone-"
	flashNothingUndo  = "nothing-to-undo"
)

// undoReview takes back the learner's last rating in the course and shows
// that card again, with a message saying which rating was taken back. With
// nothing to take back (a second press, a press from a page left open), it
// goes back to the flashcards and says so.
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
		h.setFlash(w, r, flashNothingUndo, 0)
		http.Redirect(w, r, d.reviewURL(), http.StatusSeeOther)
		return
	}
	cardID, rating, err := h.db.UndoLastReview(r.Context(), u.ID, d.course.ID)
	if quiz.KindOf(err) == quiz.ENotFound {
		h.setFlash(w, r, flashNothingUndo, 0)
		http.Redirect(w, r, d.reviewURL(), http.StatusSeeOther)
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashRatingUndone+strconv.Itoa(rating), cardID)
	http.Redirect(w, r, d.cardURL(cardID), http.StatusSeeOther)
}

// ratingName is a rating's label (1 Again to 4 Easy), or "" for none.
func ratingName(rating int) string {
	if rating < 1 || rating > len(ratingLabels) {
		return ""
	}
	return ratingLabels[rating-1]
}

// undoneRating reads the rating out of an undone rating's flash kind.
func undoneRating(kind string) (string, bool) {
	n, ok := strings.CutPrefix(kind, flashRatingUndone)
	if !ok {
		return "", false
	}
	name := ratingName(atoiOr(n))
	return name, name != ""
}

// undoFlash is the message after an undo: the rating taken back and, on
// the card's own page, the card's front shortened ("" elsewhere).
func undoFlash(kind, front string) (string, bool) {
	name, ok := undoneRating(kind)
	if !ok {
		if kind == flashNothingUndo {
			return "Nothing to undo: your last rating here is taken back already, or you have not rated a card yet.", true
		}
		return "", false
	}
	if front == "" {
		return "Your “" + name + "” is undone: rate the card again.", true
	}
	return "Your “" + name + "” on “" + shortFront(front) + "” is undone: rate it again.", true
}

// frontWords and frontRunes bound the words and characters of a card's
// front that a message quotes.
const (
	frontWords = 8
	frontRunes = 80
)

// shortFront shortens a card's front to quote it in a message: its first
// words, on one line, with "…" where it was cut.
func shortFront(s string) string {
	words := strings.Fields(s)
	cut := len(words) > frontWords
	if cut {
		words = words[:frontWords]
	}
	s = strings.Join(words, " ")
	if utf8.RuneCountInString(s) > frontRunes {
		s, cut = strings.TrimSpace(string([]rune(s)[:frontRunes])), true
	}
	if cut {
		s += " …"
	}
	return s
}
