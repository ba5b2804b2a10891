package handlers

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showImportPreview shows what a pending upload would add.
func (h *Handler) showImportPreview(w http.ResponseWriter, r *http.Request) {
	p, c, ok := h.pending(w, r)
	if !ok {
		return
	}
	plan, problems, err := h.planImport(r.Context(), userFrom(r.Context()).ID, c, p, true)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if len(problems) > 0 {
		// The course changed since the upload (a theme or an id).
		h.fail(w, r, quiz.Errorf(quiz.EConflict, "This file cannot be imported any more: %s", strings.Join(problems, "; ")))
		return
	}
	rep := plan.rep
	vm := views.ImportPreviewVM{
		Page: h.page(r, "Import preview"), ID: p.ID, CourseSlug: c.Slug, CourseTitle: c.Title,
		FileName: p.FileName, Format: formatNames[p.Format], Questions: rep.Questions, Cards: rep.Cards,
		Skipped: plan.skipped, Publish: p.Publish,
	}
	if len(rep.Duplicates) > 0 {
		vm.DuplicatesNote = duplicatesNote(rep.Duplicates)
		for _, d := range rep.Duplicates {
			vm.Duplicates = append(vm.Duplicates, d.String())
		}
	}
	for _, hq := range rep.Held {
		vm.Held = append(vm.Held, fmt.Sprintf("%s (question %q): %s", hq.Where, hq.ID, hq.Reason))
	}
	if vm.Format == "" {
		vm.Format = strings.ToUpper(p.Format)
	}
	quotes, cardQuotes := h.previewQuotes(r, c, p, plan)
	// The questions as learners will see them, the answers marked for the
	// instructor, in their theme.
	for i, q := range plan.questions {
		if i == maxPreviewCards {
			vm.MoreQuestions = len(plan.questions) - i
			break
		}
		t, ok := c.Theme(q.Theme)
		if !ok {
			t, _ = c.Theme(p.Theme)
		}
		pq := views.PreviewQuestionVM{Theme: t.Title, Type: typeNames[q.Type], Prompt: q.Prompt, Answers: quiz.CorrectText(q),
			Images: imageNames(q.Images), Shown: pendingImageVMs(p.ID, q.Images),
			FeedbackImages: imageNames(quiz.FeedbackImagesOf(q)), FeedbackShown: pendingImageVMs(p.ID, quiz.FeedbackImagesOf(q))}
		if i < len(plan.held) {
			pq.Held = plan.held[i]
		}
		if q.Type == quiz.Single || q.Type == quiz.Multiple || q.Type == quiz.TrueFalse {
			marks := quiz.Marks(q)
			pq.Answers = nil
			for j, o := range q.Options {
				mark := ""
				switch {
				case marks[j] >= 1:
					mark = "right"
				case marks[j] != 0:
					mark = quiz.PercentText(marks[j]) + " of the marks"
				}
				po := views.PreviewOptionVM{Text: o.Text, Mark: mark, Feedback: o.Feedback}
				if o.Image != nil {
					po.ImageNames = imageNames([]quiz.Image{*o.Image})
					po.Shown = pendingImageVMs(p.ID, []quiz.Image{*o.Image})
				}
				pq.Options = append(pq.Options, po)
			}
		}
		if i < len(quotes) {
			pq.Quotes, pq.Unrelated = quotes[i].pars, quotes[i].unrelated
		}
		vm.QuestionList = append(vm.QuestionList, pq)
	}
	// The written cards as learners will see them, in their theme.
	for i, cd := range plan.cards {
		if i == maxPreviewCards {
			vm.MoreCards = len(plan.cards) - i
			break
		}
		t, ok := c.Theme(cd.Theme)
		if !ok {
			t, _ = c.Theme(p.Theme)
		}
		pc := views.PreviewCardVM{Theme: t.Title, Front: cd.Front, Back: cd.Back, Tags: cd.Tags,
			FrontImages: imageNames(quiz.ImagesOn(cd.Images, quiz.SideFront)), BackImages: imageNames(quiz.ImagesOn(cd.Images, quiz.SideBack)),
			FrontShown: pendingImageVMs(p.ID, quiz.ImagesOn(cd.Images, quiz.SideFront)), BackShown: pendingImageVMs(p.ID, quiz.ImagesOn(cd.Images, quiz.SideBack))}
		if i < len(cardQuotes) {
			pc.Quotes, pc.Unrelated = cardQuotes[i].pars, cardQuotes[i].unrelated
		}
		vm.CardList = append(vm.CardList, pc)
	}
	for _, t := range quiz.QuestionTypes {
		if n := rep.ByType[t]; n > 0 {
			vm.ByType = append(vm.ByType, views.CountVM{Label: typeNames[t], N: n})
		}
	}
	for _, s := range rep.Sets {
		title := s.Theme
		if t, ok := c.Theme(s.Theme); ok {
			title = t.Title
		}
		label := "“" + s.Title + "” in " + title
		if s.Held && p.Publish {
			label += ", kept a draft"
		}
		vm.Sets = append(vm.Sets, views.PreviewSetVM{Label: label, Questions: s.Questions, Cards: s.Cards})
	}
	for _, rn := range rep.Renamed {
		vm.Renamed = append(vm.Renamed, fmt.Sprintf("%s %q is taken in this course: imported as %q", rn.What, rn.From, rn.To))
	}
	h.render(w, r, http.StatusOK, views.ImportPreviewPage(vm))
}

// maxPreviewCards bounds the cards the preview shows one by one.
const maxPreviewCards = 50

// formatNames names the formats on the preview that their upper-case
// name does not.
var formatNames = map[string]string{"apkg": "an Anki package"}

var typeNames = map[quiz.QuestionType]string{
	quiz.Single: "single choice", quiz.Multiple: "multiple response", quiz.TrueFalse: "true or false",
	quiz.Short: "short answer", quiz.Matching: "matching", quiz.Numeric: "numeric",
}

// confirmImport imports a pending upload, whole or not at all; a large
// one in the background, as a job.
func (h *Handler) confirmImport(w http.ResponseWriter, r *http.Request) {
	p, c, ok := h.pending(w, r)
	if !ok {
		return
	}
	if int64(len(p.Body)) >= h.importJobBytes {
		h.queueImport(w, r, c, p)
		return
	}
	plan, problems, err := h.planImport(r.Context(), userFrom(r.Context()).ID, c, p, false)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if len(problems) > 0 {
		h.fail(w, r, quiz.Errorf(quiz.EConflict, "Nothing was imported: %s", strings.Join(problems, "; ")))
		return
	}
	if err := h.db.DeletePendingImport(r.Context(), p.UserID, p.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	rep := plan.rep
	h.log.Info("imported", "course", c.Slug, "questions", rep.Questions, "cards", rep.Cards, "user_id", p.UserID)
	// Say what was imported where: the one set made, on its page, where
	// it is published; else the course's sets.
	if len(rep.Sets) == 1 {
		h.setFlash(w, r, flashImported, rep.Sets[0].ID)
		http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(rep.Sets[0].ID, 10), http.StatusSeeOther)
		return
	}
	h.setFlash(w, r, flashImportedSets, int64(rep.Questions+rep.Cards))
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}

// cancelImport forgets a pending upload.
func (h *Handler) cancelImport(w http.ResponseWriter, r *http.Request) {
	if err := h.db.DeletePendingImport(r.Context(), userFrom(r.Context()).ID, r.PathValue("id")); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach", http.StatusSeeOther)
}

// previewQuote is what an imported question will quote: the paragraphs
// the import cites for it, and whether its text shares too little with
// the theme's paragraphs for them to be the right ones.
type previewQuote struct {
	pars      []views.PreviewQuoteVM
	unrelated bool
}

// previewQuotes works out, as the import does, the paragraphs each question
// and each written card of the plan will quote: those a Lectern JSON file of the same article
// cites, else the theme's paragraphs whose words best support it, else the
// theme's best paragraph for the file's items together.
func (h *Handler) previewQuotes(r *http.Request, c *quiz.StoredCourse, p *quiz.PendingImport, plan *importPlan) (questions, cards []previewQuote) {
	pars, err := h.db.Paragraphs(r.Context(), c.ID)
	if err != nil || len(pars) == 0 {
		return nil, nil
	}
	themeOf := func(slug string) quiz.StoredTheme {
		if t, ok := c.Theme(slug); ok {
			return t
		}
		t, _ := c.Theme(p.Theme)
		return t
	}
	texts := map[string][]string{}
	for _, q := range plan.questions {
		t := themeOf(q.Theme)
		texts[t.Slug] = append(texts[t.Slug], quiz.CiteText(q))
	}
	for _, cd := range plan.cards {
		t := themeOf(cd.Theme)
		texts[t.Slug] = append(texts[t.Slug], cd.Front+"\n"+cd.Back)
	}
	citer := quiz.NewCiter(pars)
	fallback := map[string]int{}
	quote := func(theme string, cited []int, text string) previewQuote {
		var out previewQuote
		t := themeOf(theme)
		if len(cited) == 0 {
			fb, ok := fallback[t.Slug]
			if !ok {
				fb = citer.BestParagraph(texts[t.Slug], t.Paragraphs)
				fallback[t.Slug] = fb
			}
			cited = citer.Cite(text, t.Paragraphs, fb)
			out.unrelated = citer.Weak(text, t.Paragraphs)
		}
		for _, n := range cited {
			if n >= 1 && n <= len(pars) {
				out.pars = append(out.pars, views.PreviewQuoteVM{N: n, Start: firstWords(pars[n-1].Text, 8)})
			}
		}
		return out
	}
	questions = make([]previewQuote, len(plan.questions))
	for i, q := range plan.questions {
		questions[i] = quote(q.Theme, q.Paragraphs, quiz.CiteText(q))
	}
	cards = make([]previewQuote, len(plan.cards))
	for i, cd := range plan.cards {
		cards[i] = quote(cd.Theme, cd.Paragraphs, cd.Front+"\n"+cd.Back)
	}
	return questions, cards
}

// firstWords is the start of a text, its first n words.
func firstWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}
