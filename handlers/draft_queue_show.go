package handlers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showDraftQueue is one theme's review queue: every pending draft beside
// the paragraph it came from, its sentence highlighted; then what was
// accepted and rejected.
func (h *Handler) showDraftQueue(w http.ResponseWriter, r *http.Request) {
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	drafts, err := h.db.ListDrafts(r.Context(), t.ID, "")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	pars, err := h.db.Paragraphs(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.DraftQueueVM{Page: h.coursePage(r, "Review drafts: "+t.Title, c), CourseSlug: c.Slug, CourseTitle: c.Title,
		ThemeSlug: t.Slug, ThemeTitle: t.Title, Range: paragraphNumbers(t.Paragraphs), MoreStep: moreDraftsStep,
		CourseDraft: c.Status == quiz.CourseDraft, RepliesNote: themeRepliesNote(pars, t.Paragraphs)}
	for i, ct := range c.Themes {
		if ct.ID != t.ID {
			continue
		}
		if i > 0 {
			vm.PrevURL, vm.PrevTitle = queueURL(c.Slug, c.Themes[i-1].Slug), c.Themes[i-1].Title
		}
		if i+1 < len(c.Themes) {
			vm.NextURL, vm.NextTitle = queueURL(c.Slug, c.Themes[i+1].Slug), c.Themes[i+1].Title
		}
	}
	if setID, err := h.db.DraftsSet(r.Context(), t.ID); err == nil && setID > 0 {
		if s, err := h.db.FindSetInfo(r.Context(), setID); err == nil {
			vm.SetURL, vm.SetTitle, vm.SetPublished = "/teach/sets/"+strconv.FormatInt(s.ID, 10), s.Title, s.Status == "published"
		}
	}
	repeats := sameSentences(drafts)
	for _, d := range drafts {
		dv := draftVM(d, pars)
		if prev, ok := repeats[d.ID]; ok {
			dv.SameSentence = &prev
		}
		switch {
		case d.Status == quiz.DraftPending && d.Held:
			vm.Held++
		case d.Status == quiz.DraftPending:
			vm.Pending = append(vm.Pending, dv)
		case d.Status == quiz.DraftAccepted:
			vm.Accepted = append(vm.Accepted, dv)
		default:
			vm.Rejected = append(vm.Rejected, dv)
		}
	}
	vm.AllTrue = allTrueStatements(drafts)
	vm.AllTrueAccepted = vm.AllTrue && !pendingTrueFalse(drafts)
	q := r.URL.Query()
	var said []string
	if n, err := strconv.Atoi(q.Get("drafted")); err == nil {
		said = append(said, "Lectern drafted "+plural(n, "new item", "new items")+" for this theme.")
	}
	// What a decision did comes as a flash message; what a drafting job
	// did stays in the link the job left, which outlives any session.
	if len(said) > 0 {
		vm.Page.Flash = strings.TrimSpace(strings.Join(said, " ") + " " + vm.Page.Flash)
	}
	h.render(w, r, http.StatusOK, views.DraftQueuePage(vm))
}

// sameSentences finds the pending drafts in the queue that test a sentence
// an item before them already tests (an accepted one, or one earlier in
// the queue), keyed by draft, with that item: accepting both gives a quiz
// whose items answer each other. Held-back drafts that "More drafts"
// brings in are often such repeats.
func sameSentences(drafts []quiz.Draft) map[int64]views.SameSentenceVM {
	type span struct{ par, start, end int }
	tested := map[span]views.SameSentenceVM{}
	for _, d := range drafts {
		if d.Status == quiz.DraftAccepted {
			k := span{d.Paragraph, d.SentenceStart, d.SentenceEnd}
			if _, ok := tested[k]; !ok && d.Sentence != "" {
				tested[k] = views.SameSentenceVM{Prompt: draftPrompt(d), Accepted: true}
			}
		}
	}
	repeats := map[int64]views.SameSentenceVM{}
	for _, d := range drafts {
		if d.Status != quiz.DraftPending || d.Held || d.Sentence == "" {
			continue
		}
		k := span{d.Paragraph, d.SentenceStart, d.SentenceEnd}
		if prev, ok := tested[k]; ok {
			repeats[d.ID] = prev
		} else {
			tested[k] = views.SameSentenceVM{Prompt: draftPrompt(d)}
		}
	}
	return repeats
}

// pendingTrueFalse reports whether a true/false draft of the theme is
// waiting in the queue (not held back).
func pendingTrueFalse(drafts []quiz.Draft) bool {
	for _, d := range drafts {
		if d.Status == quiz.DraftPending && !d.Held && d.Question != nil && d.Question.Type == quiz.TrueFalse {
			return true
		}
	}
	return false
}

// allTrueStatements reports whether the theme's true/false drafts in the
// queue or accepted are two or more and all true: a learner who answers
// True to each gets every one right without reading.
func allTrueStatements(drafts []quiz.Draft) bool {
	n := 0
	for _, d := range drafts {
		if d.Status == quiz.DraftRejected || d.Status == quiz.DraftPending && d.Held {
			continue
		}
		q := d.Question
		if q == nil || q.Type != quiz.TrueFalse || len(q.Options) != 2 {
			continue
		}
		if !trueStatement(q) {
			return false
		}
		n++
	}
	return n >= 2
}

// trueStatement reports whether a drafted true/false question is a true
// statement: its first option, True, is the correct one.
func trueStatement(q *quiz.Question) bool {
	return len(q.Options) == 2 && q.Options[0].Correct
}

// draftPrompt is what a draft asks: a question's prompt or a card's front.
func draftPrompt(d quiz.Draft) string {
	if d.Card != nil {
		return d.Card.Front
	}
	if d.Question != nil {
		return d.Question.Prompt
	}
	return ""
}

// draftVM shows a draft with its source sentence marked in its paragraph.
func draftVM(d quiz.Draft, pars []quiz.Paragraph) views.DraftVM {
	v := views.DraftVM{ID: d.ID, Paragraph: d.Paragraph, Rule: d.Rule, Edited: d.Edited, Answer: d.Answer, Tests: "“" + d.Answer + "”"}
	if d.Paragraph >= 1 && d.Paragraph <= len(pars) {
		v.Source = markSentence(pars[d.Paragraph-1].Text, d.Sentence, d.SentenceStart, d.SentenceEnd)
	}
	if d.Card != nil {
		v.Card = true
		v.TypeLabel = "Flashcard"
		v.Prompt, v.Back = d.Card.Front, d.Card.Back
		return v
	}
	q := d.Question
	if q.Type == quiz.TrueFalse {
		// A statement kept as written tests the whole sentence; a swapped
		// one tests the phrase it replaced.
		if trueStatement(q) {
			v.Answer, v.Tests = "", "the sentence as written: true"
		} else {
			v.Tests = "“" + d.Answer + "”, swapped: false"
		}
	}
	v.TypeLabel = upperFirst(typeNames[q.Type])
	v.Kind, v.KindLabel = string(q.Kind), kindLabels[q.Kind]
	v.Lead, v.Prompt = quiz.SplitLead(q.Prompt)
	v.Explanation = q.Explanation
	for _, o := range q.Options {
		v.Options = append(v.Options, views.EditOptionVM{Text: o.Text, Correct: o.Correct, Feedback: o.Feedback})
	}
	v.Answers = q.Answers
	if d.QuestionID > 0 {
		v.LiveURL = "/teach/questions/" + strconv.FormatInt(d.QuestionID, 10) + "/edit"
	}
	return v
}

// markSentence splits a paragraph around its sentence: at the recorded
// offsets when they still hold it, else where the sentence is found.
func markSentence(par, sentence string, start, end int) views.MarkedVM {
	if start < 0 || end > len(par) || start > end || par[start:end] != sentence {
		start = strings.Index(par, sentence)
		if start < 0 || sentence == "" {
			return views.MarkedVM{Before: par}
		}
		end = start + len(sentence)
	}
	return views.MarkedVM{Before: par[:start], Mark: par[start:end], After: par[end:]}
}
