package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// confirmDeleteSet asks before deleting a set, saying what goes with it:
// a deleted set cannot be brought back.
func (h *Handler) confirmDeleteSet(w http.ResponseWriter, r *http.Request) {
	s0, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	// The course's list counts the set's written cards and its use.
	sets, err := h.db.ListSets(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	s := s0
	for i := range sets {
		if sets[i].ID == s0.ID {
			s = &sets[i]
		}
	}
	vm := views.ConfirmVM{
		Page: h.page(r, "Delete "+s.Title), BackURL: "/teach/courses/" + c.Slug, BackTitle: c.Title,
		Heading: "Delete the set “" + s.Title + "”?",
		Lines:   []string{plural(s.Questions, "question, with its flashcard", "questions, with their flashcards")},
		Note:    "It cannot be undone. To hide the set from learners and keep it, unpublish it instead.",
		Action:  "/teach/sets/" + strconv.FormatInt(s.ID, 10) + "/delete",
		Button:  "Delete the set", Cancel: "Keep it", Danger: true,
	}
	if s.Cards > 0 {
		vm.Lines = append(vm.Lines, plural(s.Cards, "written flashcard", "written flashcards"))
	}
	if s.Answered > 0 {
		h.renderTeachCourse(w, r, c, http.StatusConflict, "Learners have answered or studied questions of this set, so it is kept for their history. Unpublish it instead.")
		return
	}
	h.render(w, r, http.StatusOK, views.ConfirmPage(vm))
}

// deleteSet deletes a set nobody has answered yet, once confirmed.
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
	h.setFlash(w, r, flashSetDeleted, s.ID)
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}
