package handlers

import (
	"context"
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
)

// The review queue: Lectern drafts questions and flashcards from a
// course's article, theme by theme, and an instructor accepts, edits or
// rejects each. Nothing drafted reaches learners before it is accepted.

// moreDraftsStep is how many held-back drafts "More drafts" brings into
// a theme's queue at a time.
const moreDraftsStep = 4

func queueURL(course, theme string) string {
	return "/teach/courses/" + course + "/drafts/" + theme
}

// courseTheme loads the course in the path and the named theme.
func (h *Handler) courseTheme(w http.ResponseWriter, r *http.Request, slug string) (*quiz.StoredCourse, quiz.StoredTheme, bool) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return nil, quiz.StoredTheme{}, false
	}
	t, ok := c.Theme(slug)
	if !ok {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "The course has no such theme."))
		return nil, quiz.StoredTheme{}, false
	}
	return c, t, true
}

// loadDraft loads the draft in the path with its course and theme.
func (h *Handler) loadDraft(w http.ResponseWriter, r *http.Request) (*quiz.Draft, *quiz.StoredCourse, quiz.StoredTheme, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such draft."))
		return nil, nil, quiz.StoredTheme{}, false
	}
	d, err := h.db.FindDraft(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, quiz.StoredTheme{}, false
	}
	c, err := h.db.FindCourseByID(r.Context(), d.CourseID)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, quiz.StoredTheme{}, false
	}
	t, ok := c.ThemeByID(d.ThemeID)
	if !ok {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such draft."))
		return nil, nil, quiz.StoredTheme{}, false
	}
	return d, c, t, true
}

// nextPending names the pending draft to look at after id: the one after
// it in the queue, else the one before, as a fragment ("" when none).
func (h *Handler) nextPending(ctx context.Context, themeID int64, ids ...int64) string {
	drafts, err := h.db.ListDrafts(ctx, themeID, quiz.DraftPending)
	if err != nil {
		return ""
	}
	gone := map[int64]bool{}
	for _, id := range ids {
		gone[id] = true
	}
	queued := drafts[:0] // the held-back drafts are not in the queue
	for _, d := range drafts {
		if !d.Held || gone[d.ID] {
			queued = append(queued, d)
		}
	}
	drafts = queued
	last := -1
	for i, d := range drafts {
		if gone[d.ID] {
			last = i
		}
	}
	for i := last + 1; i < len(drafts); i++ {
		if !gone[drafts[i].ID] {
			return "#d-" + strconv.FormatInt(drafts[i].ID, 10)
		}
	}
	for i := len(drafts) - 1; i >= 0; i-- {
		if !gone[drafts[i].ID] {
			return "#d-" + strconv.FormatInt(drafts[i].ID, 10)
		}
	}
	// Nothing left to review: the page opens on its message, which says
	// what was done (a fragment would put the focus on the queue instead).
	return ""
}
