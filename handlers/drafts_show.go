package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showDrafts lists a course's themes with their drafts waiting, accepted
// and rejected.
func (h *Handler) showDrafts(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	flash := ""
	if n, err := strconv.Atoi(r.URL.Query().Get("drafted")); err == nil {
		flash = "Lectern drafted " + plural(n, "item", "items") + " from the article. Review them theme by theme: learners see a draft only once you accept it."
		if n == 0 {
			flash = "Lectern found nothing new to draft: every sentence it could use is tested already, or the text has none it can make a question from."
		}
	}
	h.renderDrafts(w, r, c, http.StatusOK, flash)
}

// renderDrafts shows a course's themes with their drafts, and a message.
func (h *Handler) renderDrafts(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, status int, flash string) {
	counts, err := h.db.DraftCounts(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.DraftsVM{Page: h.coursePage(r, "Review drafts: "+c.Title, c), CourseSlug: c.Slug, CourseTitle: c.Title}
	if flash != "" {
		vm.Page.Flash = flash
	}
	if pars, err := h.db.Paragraphs(r.Context(), c.ID); err == nil {
		vm.RepliesNote = courseRepliesNote(pars) // replies_note.go
	}
	held := 0
	for _, t := range c.Themes {
		n := counts[t.ID]
		proposed := n.Pending + n.Accepted + n.Rejected
		vm.Themes = append(vm.Themes, views.DraftThemeVM{Slug: t.Slug, Title: t.Title, Range: paragraphNumbers(t.Paragraphs),
			Pending: n.Pending, Accepted: n.Accepted, Rejected: n.Rejected, Held: n.Held,
			Thin: proposed+n.Held > 0 && proposed < thinTheme})
		vm.Pending += n.Pending
		held += n.Held
	}
	// What was held back is told with what was drafted, not with another
	// message the page carries (a course just published).
	if status == http.StatusOK && flash != "" && held > 0 {
		vm.Page.Flash += " " + plural(held, "more was", "more were") + " held back as less likely to be worth asking: a theme’s queue offers them under “More drafts”."
	}
	h.render(w, r, status, views.DraftsPage(vm))
}

// thinTheme is how many items a theme's quiz needs: a theme drafted fewer
// is flagged on the overview, so the instructor adds items by hand.
const thinTheme = 4
