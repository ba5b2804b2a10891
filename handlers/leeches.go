package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showLeeches lists the cards the learner keeps forgetting in a course.
func (h *Handler) showLeeches(w http.ResponseWriter, r *http.Request) {
	d, err := h.deck(r, "")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.LeechesVM{Page: h.page(r, "Leeches"), CourseSlug: d.course.Slug, CourseTitle: d.course.Title}
	if u := userFrom(r.Context()); u != nil {
		cards, err := h.db.Leeches(r.Context(), u.ID, d.course.ID)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		for _, c := range cards {
			cvm := h.cardVM(r, d, c, false)
			l := views.LeechVM{
				CardID: c.ID, Front: cvm.Front, Lapses: c.State.Lapses, Suspended: c.State.Suspended,
				ActionURL: "/courses/" + d.course.Slug + "/cards/" + strconv.FormatInt(c.ID, 10) + "/suspend",
			}
			if cvm.Quote != nil {
				l.Quote = *cvm.Quote
			}
			vm.Leeches = append(vm.Leeches, l)
		}
	}
	h.render(w, r, http.StatusOK, views.LeechesPage(vm))
}

// suspendCard suspends (suspend=1) or restores (suspend=0) one of the
// learner's cards.
func (h *Handler) suspendCard(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	d, err := h.deck(r, "")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	u := userFrom(r.Context())
	id, err := strconv.ParseInt(r.PathValue("card"), 10, 64)
	if u == nil || err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "That card is not in your queue."))
		return
	}
	card, err := h.db.FindCard(r.Context(), u.ID, id)
	if err == nil && (card.CourseID != d.course.ID || card.State == nil) {
		err = quiz.Errorf(quiz.ENotFound, "That card is not in your queue.")
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var suspend bool
	switch r.PostForm.Get("suspend") {
	case "1":
		suspend = true
	case "0":
	default:
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "Say whether to suspend the card or restore it."))
		return
	}
	if err := h.db.SetSuspended(r.Context(), u.ID, id, suspend); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/courses/"+d.course.Slug+"/leeches", http.StatusSeeOther)
}
