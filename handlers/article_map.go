package handlers

import (
	"net/http"

	"github.com/lectern/lectern/internal/progress"
	"github.com/lectern/lectern/internal/study"
	"github.com/lectern/lectern/views"
)

// showArticleMap shows the learner's map of the article: every paragraph
// shaded by what they know of the questions and cards citing it, the
// figure in words beside it, and a short practice quiz on it. A visitor
// sees every paragraph unstudied; viewing creates nothing.
func (h *Handler) showArticleMap(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	c, err := h.db.FindCourse(ctx, r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	pars, err := h.db.Paragraphs(ctx, c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	u := userFrom(ctx)
	var uid int64
	if u != nil {
		uid = u.ID
	}
	clk, err := h.clock(r, u)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	// A visitor's items: the course's questions, none answered.
	known, err := h.db.FindParagraphItems(ctx, uid, c.ID, clk.now)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	sch, err := study.Scheduler(clk.settings)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	items := make([]progress.Item, 0, len(known.Questions)+len(known.Cards))
	practice := map[int]bool{}
	// A question imported from a file not written for this article had
	// its paragraphs pinned on import, not cited by its author: it shades
	// nothing, and the paragraph says how many such questions it has.
	imported := map[int]int{}
	for _, q := range known.Questions {
		if q.Imported {
			for _, n := range q.Paragraphs {
				imported[n]++
			}
			continue
		}
		// The marks of the latest answer: a half-right one is half known.
		k := q.Score
		items = append(items, progress.Item{Paragraphs: q.Paragraphs, Studied: q.Answered, Known: k})
		if q.Practice {
			for _, n := range q.Paragraphs {
				practice[n] = true
			}
		}
	}
	due := 0
	// A written card imported with such a file is left out as its
	// questions are, and noted beside them; an imported question's own
	// card is left out without a second note.
	importedCards := map[int]int{}
	for _, cd := range known.Cards {
		if cd.DueNow {
			due++
		}
		if cd.Imported {
			if !cd.OfQuestion {
				for _, n := range cd.Paragraphs {
					importedCards[n]++
				}
			}
			continue
		}
		st := cd.State
		it := progress.Item{Paragraphs: cd.Paragraphs, Card: true, Due: cd.DueNow}
		if !st.LastReview.IsZero() {
			it.Studied, it.Known = true, sch.Retrievability(study.ToSRS(&st, clk.now), clk.now)
		}
		items = append(items, it)
	}
	byN := progress.ByParagraph(items)
	text := map[int]string{}
	for _, p := range pars {
		text[p.N] = p.Text
	}
	vm := views.ArticleMapVM{Page: h.page(r, "Your map of the article · "+c.Title), CourseSlug: c.Slug, CourseTitle: c.Title, Learner: u != nil,
		CardsDue: due}
	for _, t := range c.Themes {
		mt := views.MapThemeVM{Slug: t.Slug, Title: t.Title}
		for _, n := range t.Paragraphs {
			mp := mapParagraph(n, text[n], byN[n], practice[n])
			mp.Imported = importedNote(imported[n], importedCards[n])
			mt.Paragraphs = append(mt.Paragraphs, mp)
		}
		vm.Themes = append(vm.Themes, mt)
	}
	h.render(w, r, http.StatusOK, views.ArticleMapPage(vm))
}

// mapParagraph shades one paragraph and says its figure in words.
func mapParagraph(n int, text string, p progress.Paragraph, practice bool) views.MapParagraphVM {
	vm := views.MapParagraphVM{N: n, Text: text, Parts: paragraphParts(text), Items: p.Questions + p.Reviewed, Studied: p.Studied(), Percent: p.Percent(), Practice: practice}
	switch {
	case p.Questions+p.Cards == 0:
		vm.Level, vm.Figure = "none", "No question cites this paragraph."
		return vm
	case !p.Studied():
		vm.Level, vm.Figure = "unstudied", "Not studied yet: "+plural(p.Questions, "question cites", "questions cite")+" it."
		if p.Due > 0 {
			vm.Figure += " " + upperFirst(plural(p.Due, "card", "cards")) + " due for review now."
		}
		return vm
	case vm.Percent >= 80:
		vm.Level = "high"
	case vm.Percent >= 50:
		vm.Level = "mid"
	default:
		vm.Level = "low"
	}
	vm.Figure = "Known " + itoa(vm.Percent) + "%"
	var parts []string
	if p.Answered > 0 {
		parts = append(parts, itoa(p.Right)+" of "+plural(p.Answered, "question", "questions")+" right the last time")
	}
	if p.Questions > p.Answered {
		parts = append(parts, itoa(p.Questions-p.Answered)+" not answered yet")
	}
	// Cards are counted as the course page counts them: reviewed ones
	// not yet due with their chance of recall, and those due for review
	// now, which are not given a chance of recall that reads against it.
	if p.Recalled > 0 {
		parts = append(parts, plural(p.Recalled, "card", "cards")+" reviewed and not yet due, "+itoa(p.RecallPercent())+"% chance of recalling "+
			map[bool]string{true: "it", false: "them"}[p.Recalled == 1]+" now")
	}
	if p.Due > 0 {
		parts = append(parts, plural(p.Due, "card", "cards")+" due for review now")
	}
	vm.Figure += ": " + joinParts(parts) + "."
	return vm
}

func joinParts(parts []string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += "; "
		}
		s += p
	}
	return s
}

// importedNote says how many imported questions and written cards are
// pinned to a paragraph and left out of its figure, or "" for none.
func importedNote(questions, cards int) string {
	var what string
	switch {
	case questions > 0 && cards > 0:
		what = plural(questions, "imported question", "imported questions") + " and " + plural(cards, "imported card", "imported cards") + " are"
	case questions > 0:
		what = plural(questions, "imported question is", "imported questions are")
	case cards > 0:
		what = plural(cards, "imported card is", "imported cards are")
	default:
		return ""
	}
	return what + " pinned to this paragraph and not counted here: " +
		map[bool]string{true: "it was", false: "they were"}[questions+cards == 1] + " not written from this article."
}
