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
	left := 0 // drafts of a sentence tested already, left in the queue
	if action == "accept-all" || action == "accept-all-but-repeats" {
		drafts, err := h.db.ListDrafts(r.Context(), t.ID, "")
		if err != nil {
			h.fail(w, r, err)
			return
		}
		var repeats map[int64]views.SameSentenceVM
		if action == "accept-all-but-repeats" {
			repeats = sameSentences(drafts)
		}
		for _, d := range drafts {
			if d.Status != quiz.DraftPending || d.Held {
				continue
			}
			if _, ok := repeats[d.ID]; ok {
				left++
				continue
			}
			ids = append(ids, d.ID)
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
		kind := flashDraftsNone
		switch {
		case left > 0:
			kind = flashDraftsOnlyRepeats
		case action == "accept-all":
			kind = flashDraftsNoneLeft
		}
		h.toQueue(w, r, c, t, kind, 0, "#queue")
		return
	}
	next := h.nextPending(r.Context(), t.ID, ids...)
	uid := userFrom(r.Context()).ID
	switch action {
	case "accept", "accept-all", "accept-all-but-repeats":
		res, err := h.db.AcceptDrafts(r.Context(), t.ID, ids, uid)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		if left > 0 {
			// The drafts left say, each, which item they repeat.
			h.toQueue(w, r, c, t, flashDraftsTakenBut, res.Questions+res.Cards, "#queue")
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
	drafts, err := h.db.ListDrafts(r.Context(), t.ID, "")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	repeats := sameSentences(drafts)
	questions, cards := 0, 0
	var trues []string
	var pairs []views.RepeatVM
	for _, d := range drafts {
		if d.Status != quiz.DraftPending || d.Held {
			continue
		}
		if d.Card != nil {
			cards++
		} else {
			questions++
			if q := d.Question; q != nil && q.Type == quiz.TrueFalse && trueStatement(q) {
				trues = append(trues, q.Prompt)
			}
		}
		if same, ok := repeats[d.ID]; ok {
			pairs = append(pairs, views.RepeatVM{Prompt: draftPrompt(d), Same: same})
		}
	}
	back := queueURL(c.Slug, t.Slug)
	n := questions + cards
	if n == 0 {
		h.toQueue(w, r, c, t, flashDraftsNoneLeft, 0, "#queue")
		return
	}
	vm := views.AcceptAllVM{Confirm: views.ConfirmVM{
		Page: h.page(r, "Accept all drafts: "+t.Title), BackURL: back, BackTitle: "Drafts: " + t.Title,
		Heading: "Accept all " + plural(n, "draft", "drafts") + " of “" + t.Title + "”?",
		Note:    acceptAllNote(c.Status),
		Action:  back + "/bulk", Fields: []views.FieldVM{{Name: "action", Value: "accept-all"}},
		Button: "Accept all " + itoa(n), Cancel: "Back to the drafts",
	}, Repeats: pairs}
	if questions > 0 {
		vm.Confirm.Lines = append(vm.Confirm.Lines, plural(questions, "question joins", "questions join")+" a published set of the theme.")
	}
	if cards > 0 {
		vm.Confirm.Lines = append(vm.Confirm.Lines, plural(cards, "flashcard joins", "flashcards join")+" the theme’s deck.")
	}
	// The queue's warnings, repeated where they would be shipped.
	if allTrueStatements(drafts) {
		vm.AllTrue = trues
	}
	if len(pairs) > 0 && len(pairs) < n {
		vm.ButRepeats = "Accept " + itoa(n-len(pairs)) + ", leaving out " + plural(len(pairs), "repeat", "repeats")
	}
	h.render(w, r, http.StatusOK, views.AcceptAllPage(vm))
}

// acceptAllNote says when learners will see drafts accepted together.
func acceptAllNote(courseStatus string) string {
	if courseStatus == quiz.CourseDraft {
		return "Learners see them once the course is published. To take one back later, remove it from its set or from the theme’s written flashcards."
	}
	return "Learners see them at once. To take one back later, remove it from its set or from the theme’s written flashcards."
}
