package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showTeachCourse lists a course's question sets for the instructor.
func (h *Handler) showTeachCourse(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.renderTeachCourse(w, r, c, http.StatusOK, r.URL.Query().Get("error"))
}

func (h *Handler) renderTeachCourse(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, status int, problem string) {
	sets, err := h.db.ListSets(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	drafts, err := h.db.DraftCounts(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.TeachCourseDetailVM{Page: h.coursePage(r, c.Title, c), Slug: c.Slug, Title: c.Title, Error: problem, Drafted: len(drafts) > 0}
	for _, t := range c.Themes {
		tv := views.TeachThemeVM{Slug: t.Slug, Title: t.Title, Range: paragraphRange(t.Paragraphs), DraftsPending: drafts[t.ID].Pending,
			DraftsURL: queueURL(c.Slug, t.Slug), CardsURL: themeCardsURL(c.Slug, t.Slug)}
		vm.DraftsPending += drafts[t.ID].Pending
		for _, s := range sets {
			if s.ThemeID == t.ID {
				tv.Sets = append(tv.Sets, views.SetRowVM{ID: s.ID, Title: s.Title, Published: s.Status == quiz.SetPublished,
					Questions: s.Questions, Cards: s.Cards, Answered: s.Answered, URL: "/teach/sets/" + strconv.FormatInt(s.ID, 10)})
			}
		}
		vm.Themes = append(vm.Themes, tv)
	}
	h.render(w, r, status, views.TeachCoursePage(vm))
}
