package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// bulkDrafts accepts or rejects the ticked drafts of a theme, or accepts
// all its pending drafts. The store refuses a draft of another theme.
func (h *Handler) bulkDrafts(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	action := r.PostForm.Get("action")
	var ids []int64
	if action == "accept-all" {
		pending, err := h.db.ListDrafts(r.Context(), t.ID, quiz.DraftPending)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		for _, d := range pending {
			if !d.Held {
				ids = append(ids, d.ID)
			}
		}
	} else {
		for _, v := range r.PostForm["id"] {
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				h.fail(w, r, quiz.Errorf(quiz.EInvalid, "The form named a draft that does not exist."))
				return
			}
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		h.toQueue(w, r, c, t, flashDraftsNone, 0, "#queue")
		return
	}
	next := h.nextPending(r.Context(), t.ID, ids...)
	uid := userFrom(r.Context()).ID
	switch action {
	case "accept", "accept-all":
		res, err := h.db.AcceptDrafts(r.Context(), t.ID, ids, uid)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		h.toQueue(w, r, c, t, flashDraftsTaken, res.Questions+res.Cards, next)
	case "reject":
		n, err := h.db.RejectDrafts(r.Context(), t.ID, ids, uid)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		h.toQueue(w, r, c, t, flashDraftsDropped, n, next)
	default:
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "Choose accept or reject."))
	}
}

// confirmAcceptAll asks before accepting every pending draft of a theme:
// they go to learners at once, and taking them back is one removal each.
func (h *Handler) confirmAcceptAll(w http.ResponseWriter, r *http.Request) {
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	pending, err := h.db.ListDrafts(r.Context(), t.ID, quiz.DraftPending)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	questions, cards := 0, 0
	for _, d := range pending {
		switch {
		case d.Held:
		case d.Card != nil:
			cards++
		default:
			questions++
		}
	}
	back := queueURL(c.Slug, t.Slug)
	if questions+cards == 0 {
		h.toQueue(w, r, c, t, flashDraftsNone, 0, "#queue")
		return
	}
	vm := views.ConfirmVM{
		Page: h.page(r, "Accept all drafts: "+t.Title), BackURL: back, BackTitle: "Drafts: " + t.Title,
		Heading: "Accept all " + plural(questions+cards, "draft", "drafts") + " of “" + t.Title + "”?",
		Note:    acceptAllNote(c.Status),
		Action:  back + "/bulk", Fields: []views.FieldVM{{Name: "action", Value: "accept-all"}},
		Button: "Accept all " + itoa(questions+cards), Cancel: "Back to the drafts",
	}
	if questions > 0 {
		vm.Lines = append(vm.Lines, plural(questions, "question joins", "questions join")+" a published set of the theme.")
	}
	if cards > 0 {
		vm.Lines = append(vm.Lines, plural(cards, "flashcard joins", "flashcards join")+" the theme’s deck.")
	}
	h.render(w, r, http.StatusOK, views.ConfirmPage(vm))
}

// acceptAllNote says when learners will see drafts accepted together.
func acceptAllNote(courseStatus string) string {
	if courseStatus == quiz.CourseDraft {
		return "Learners see them once the course is published. To take one back later, remove it from its set or from the theme’s written flashcards."
	}
	return "Learners see them at once. To take one back later, remove it from its set or from the theme’s written flashcards."
}
