package handlers

import (
	"context"
	"net/http"

	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/quiz"
)

// draftThemes drafts items for the given themes of a course and puts them
// in the review queue, replacing the themes' pending drafts; accepted and
// rejected drafts stay, and nothing they test is proposed again. The
// drafts the generator's ranker scored under its threshold are stored
// held back, for "More drafts". It returns how many drafts it queued (not
// counting those held back).
func (h *Handler) draftThemes(ctx context.Context, c *quiz.StoredCourse, themes []quiz.StoredTheme) (int, error) {
	qc, err := h.db.DraftingContext(ctx, c.Slug)
	if err != nil {
		return 0, err
	}
	var slugs []string
	var ids []int64
	bySlug := map[string]int64{}
	for _, t := range themes {
		slugs = append(slugs, t.Slug)
		ids = append(ids, t.ID)
		bySlug[t.Slug] = t.ID
	}
	// One core for the analysis: the others serve pages meanwhile.
	gen, err := generate.DraftThemes(qc, slugs, generate.Options{Workers: 1, Done: ctx.Done()})
	if cerr := ctx.Err(); cerr != nil {
		return 0, cerr // cancelled while the generator ran: nothing is written
	}
	if err != nil {
		return 0, err
	}
	drafts := make([]quiz.Draft, 0, len(gen))
	for _, d := range gen {
		drafts = append(drafts, quiz.Draft{ThemeID: bySlug[d.Theme], Question: d.Question, Card: d.Card, Paragraph: d.Paragraph,
			Sentence: d.Sentence, SentenceStart: d.SentenceStart, SentenceEnd: d.SentenceEnd, Answer: d.Answer, Rule: d.Rule, Score: d.Score,
			Held: !d.Proposed})
	}
	if err := h.db.ReplaceDrafts(ctx, c.ID, ids, drafts); err != nil {
		return 0, err
	}
	n := 0
	for _, d := range drafts {
		if !d.Held {
			n++
		}
	}
	return n, nil
}

// generateDrafts drafts items for one theme (form field theme) or every
// theme of a course, in the background; a short article's drafts are
// shown at once, a long one's job status page.
func (h *Handler) generateDrafts(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	themes := c.Themes
	if slug := r.PostForm.Get("theme"); slug != "" {
		t, ok := c.Theme(slug)
		if !ok {
			h.fail(w, r, quiz.Errorf(quiz.ENotFound, "The course has no such theme."))
			return
		}
		themes = []quiz.StoredTheme{t}
	}
	h.queueDrafting(w, r, c, themes, len(themes) == 1 && len(c.Themes) > 1)
}

// draftNewCourse drafts every theme of a course just made, in the
// background. The course is made already: should drafting fail, the job's
// page says so, and the instructor drafts again from the course.
func (h *Handler) draftNewCourse(w http.ResponseWriter, r *http.Request, slug string) {
	c, err := h.db.FindCourse(r.Context(), slug)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.queueDrafting(w, r, c, c.Themes, false)
}
