package handlers

import (
	"net/http"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showTeach is the instructor's dashboard.
func (h *Handler) showTeach(w http.ResponseWriter, r *http.Request) {
	courses, err := h.db.ListCourses(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.TeachVM{Page: h.page(r, "Teach")}
	if slug := r.URL.Query().Get("deleted"); slug != "" && len(slug) <= 80 && strings.Trim(slug, "abcdefghijklmnopqrstuvwxyz0123456789-") == "" {
		// The slug only: a title in the address could be made to say anything.
		vm.Page.Flash = "The course " + slug + " was deleted, with its themes, question sets, flashcards, drafts and classes."
	}
	u := userFrom(r.Context())
	for _, c := range courses {
		if !c.OwnedBy(u) {
			continue
		}
		cv := views.TeachCourseVM{Slug: c.Slug, Title: c.Title, Themes: len(c.Themes), Draft: c.Status == quiz.CourseDraft}
		drafts, err := h.db.DraftCounts(r.Context(), c.ID)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		for _, t := range c.Themes {
			cv.Questions += t.Questions
			cv.Cards += t.Cards
			cv.Drafts += drafts[t.ID].Pending
		}
		vm.Courses = append(vm.Courses, cv)
	}
	h.render(w, r, http.StatusOK, views.TeachPage(vm))
}
