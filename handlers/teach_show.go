package handlers

import (
	"net/http"

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
	for _, c := range courses {
		cv := views.TeachCourseVM{Slug: c.Slug, Title: c.Title, Themes: len(c.Themes)}
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
