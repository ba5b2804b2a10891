package handlers

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// The review queue: Lectern drafts questions and flashcards from a
// course's article, theme by theme, and an instructor accepts, edits or
// rejects each. Nothing drafted reaches learners before it is accepted.

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
	gen, err := generate.DraftThemes(qc, slugs, generate.Options{})
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

// moreDraftsStep is how many held-back drafts "More drafts" brings into
// a theme's queue at a time.
const moreDraftsStep = 4

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
		flash = "Lectern drafted " + plural(n, "item", "items") + " from the article. Review them theme by theme: learners see none until you accept it."
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
	vm := views.DraftsVM{Page: h.page(r, "Review drafts: "+c.Title), CourseSlug: c.Slug, CourseTitle: c.Title}
	vm.Page.Flash = flash
	held := 0
	for _, t := range c.Themes {
		n := counts[t.ID]
		vm.Themes = append(vm.Themes, views.DraftThemeVM{Slug: t.Slug, Title: t.Title, Range: paragraphSpan(t.Paragraphs),
			Pending: n.Pending, Accepted: n.Accepted, Rejected: n.Rejected, Held: n.Held})
		vm.Pending += n.Pending
		held += n.Held
	}
	if status == http.StatusOK && vm.Page.Flash != "" && held > 0 {
		vm.Page.Flash += " " + plural(held, "more was", "more were") + " held back as less likely to be worth asking: a theme’s queue offers them under “More drafts”."
	}
	h.render(w, r, status, views.DraftsPage(vm))
}

// generateDrafts drafts items for one theme (form field theme) or every
// theme of a course, then shows the queue.
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
	n, err := h.draftThemes(r.Context(), c, themes)
	var pe *generate.PanicError
	if errors.As(err, &pe) {
		h.logGenerateError(r, "drafting", err)
		h.renderDrafts(w, r, c, http.StatusInternalServerError, draftFailed)
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if len(themes) == 1 && len(c.Themes) > 1 {
		http.Redirect(w, r, queueURL(c.Slug, themes[0].Slug)+"?drafted="+itoa(n), http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug+"/drafts?drafted="+itoa(n), http.StatusSeeOther)
}

func queueURL(course, theme string) string {
	return "/teach/courses/" + course + "/drafts/" + theme
}

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
	vm := views.DraftQueueVM{Page: h.page(r, "Review drafts: "+t.Title), CourseSlug: c.Slug, CourseTitle: c.Title,
		ThemeSlug: t.Slug, ThemeTitle: t.Title, Range: paragraphSpan(t.Paragraphs), MoreStep: moreDraftsStep}
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
	for _, d := range drafts {
		dv := draftVM(d, pars)
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
	q := r.URL.Query()
	var said []string
	if n, err := strconv.Atoi(q.Get("drafted")); err == nil {
		said = append(said, "Lectern drafted "+plural(n, "new item", "new items")+" for this theme.")
	}
	if n, err := strconv.Atoi(q.Get("accepted")); err == nil {
		said = append(said, "Accepted "+plural(n, "draft", "drafts")+".")
	}
	if n, err := strconv.Atoi(q.Get("rejected")); err == nil {
		said = append(said, "Rejected "+plural(n, "draft", "drafts")+".")
	}
	if q.Get("none") != "" {
		said = append(said, "No draft was ticked: tick the drafts to accept or reject, or use “Accept all”.")
	}
	if n, err := strconv.Atoi(q.Get("more")); err == nil {
		said = append(said, "Brought "+plural(n, "more draft", "more drafts")+" into the queue.")
	}
	if q.Get("restored") != "" {
		said = append(said, "The draft is back in the queue.")
	}
	vm.Page.Flash = strings.Join(said, " ")
	h.render(w, r, http.StatusOK, views.DraftQueuePage(vm))
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
		if len(q.Options) == 2 && q.Options[0].Correct {
			v.Answer, v.Tests = "", "the sentence as written: true"
		} else {
			v.Tests = "“" + d.Answer + "”, swapped: false"
		}
	}
	v.TypeLabel = upperFirst(typeNames[q.Type])
	v.Kind, v.KindLabel = string(q.Kind), kindLabels[q.Kind]
	v.Prompt, v.Explanation = q.Prompt, q.Explanation
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
	return "#queue"
}

// acceptDraft accepts one draft as it is.
func (h *Handler) acceptDraft(w http.ResponseWriter, r *http.Request) {
	d, c, t, ok := h.loadDraft(w, r)
	if !ok {
		return
	}
	next := h.nextPending(r.Context(), t.ID, d.ID)
	res, err := h.db.AcceptDrafts(r.Context(), t.ID, []int64{d.ID}, userFrom(r.Context()).ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?accepted="+itoa(res.Questions+res.Cards)+next, http.StatusSeeOther)
}

// rejectDraft rejects one draft.
func (h *Handler) rejectDraft(w http.ResponseWriter, r *http.Request) {
	d, c, t, ok := h.loadDraft(w, r)
	if !ok {
		return
	}
	next := h.nextPending(r.Context(), t.ID, d.ID)
	n, err := h.db.RejectDrafts(r.Context(), t.ID, []int64{d.ID}, userFrom(r.Context()).ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?rejected="+itoa(n)+next, http.StatusSeeOther)
}

// restoreDraft puts a rejected draft back in the queue.
func (h *Handler) restoreDraft(w http.ResponseWriter, r *http.Request) {
	d, c, t, ok := h.loadDraft(w, r)
	if !ok {
		return
	}
	if err := h.db.RestoreDraft(r.Context(), d.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?restored=1#d-"+strconv.FormatInt(d.ID, 10), http.StatusSeeOther)
}

// bulkDrafts accepts or rejects the ticked drafts of a theme, or accepts
// all its pending drafts. The store refuses a draft of another theme.
func (h *Handler) bulkDrafts(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	action := r.PostForm.Get("action")
	var ids []int64
	if action == "accept-all" {
		pending, err := h.db.ListDrafts(r.Context(), t.ID, quiz.DraftPending)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		for _, d := range pending {
			if !d.Held {
				ids = append(ids, d.ID)
			}
		}
	} else {
		for _, v := range r.PostForm["id"] {
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				h.fail(w, r, quiz.Errorf(quiz.EInvalid, "The form named a draft that does not exist."))
				return
			}
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?none=1#queue", http.StatusSeeOther)
		return
	}
	next := h.nextPending(r.Context(), t.ID, ids...)
	uid := userFrom(r.Context()).ID
	switch action {
	case "accept", "accept-all":
		res, err := h.db.AcceptDrafts(r.Context(), t.ID, ids, uid)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?accepted="+itoa(res.Questions+res.Cards)+next, http.StatusSeeOther)
	case "reject":
		n, err := h.db.RejectDrafts(r.Context(), t.ID, ids, uid)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?rejected="+itoa(n)+next, http.StatusSeeOther)
	default:
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "Choose accept or reject."))
	}
}

// moreDrafts brings the next best drafts held back of a theme into its
// review queue.
func (h *Handler) moreDrafts(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	n, err := h.db.MoreDrafts(r.Context(), t.ID, moreDraftsStep)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?more="+itoa(n)+"#queue", http.StatusSeeOther)
}

// editDraft shows a pending draft in the editor: the question editor for a
// question, the card form for a flashcard. Saving accepts it as edited.
func (h *Handler) editDraft(w http.ResponseWriter, r *http.Request) {
	d, c, t, ok := h.loadDraft(w, r)
	if !ok {
		return
	}
	if d.Status != quiz.DraftPending {
		http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"#d-"+strconv.FormatInt(d.ID, 10), http.StatusSeeOther)
		return
	}
	if d.Card != nil {
		h.render(w, r, http.StatusOK, views.CardFormPage(h.cardDraftVM(r, d, c, t, *d.Card)))
		return
	}
	vm := h.draftEditorVM(r, d, c, t, *d.Question)
	h.render(w, r, http.StatusOK, views.EditorPage(vm))
}

// saveDraft accepts a draft with the instructor's edits, or shows the
// editor again with the messages and what was typed.
func (h *Handler) saveDraft(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	d, c, t, ok := h.loadDraft(w, r)
	if !ok {
		return
	}
	next := h.nextPending(r.Context(), t.ID, d.ID)
	uid := userFrom(r.Context()).ID
	if d.Card != nil {
		card, errs := readCardForm(r, t)
		if len(errs) > 0 {
			vm := h.cardDraftVM(r, d, c, t, card)
			vm.Errors = errs
			h.render(w, r, http.StatusUnprocessableEntity, views.CardFormPage(vm))
			return
		}
		if _, err := h.db.AcceptEditedDraft(r.Context(), d.ID, nil, &card, uid); err != nil {
			h.fail(w, r, err)
			return
		}
		http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?accepted=1"+next, http.StatusSeeOther)
		return
	}
	s := h.draftSet(r, t)
	f := h.readEditor(r, c, s, 0, 0)
	h.asDraftEditor(&f.vm, d, c, t, s)
	if h.editorAgain(w, r, f) {
		return
	}
	if _, err := h.db.AcceptEditedDraft(r.Context(), d.ID, &f.q, nil, uid); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?accepted=1"+next, http.StatusSeeOther)
}

// draftSet is the set a theme's accepted drafts go to, or a stand-in
// named after the theme when none exists yet (it is made on acceptance).
func (h *Handler) draftSet(r *http.Request, t quiz.StoredTheme) *quiz.QuestionSet {
	if id, err := h.db.DraftsSet(r.Context(), t.ID); err == nil && id > 0 {
		if s, err := h.db.FindSetInfo(r.Context(), id); err == nil {
			return s
		}
	}
	return &quiz.QuestionSet{ThemeID: t.ID, Title: t.Title}
}

func (h *Handler) draftEditorVM(r *http.Request, d *quiz.Draft, c *quiz.StoredCourse, t quiz.StoredTheme, q quiz.Question) views.EditorVM {
	s := h.draftSet(r, t)
	vm := h.editorVM(r, c, s, q, 0, 0)
	h.asDraftEditor(&vm, d, c, t, s)
	return vm
}

// asDraftEditor turns the question editor into the editor of a draft: it
// saves to the draft, goes back to the queue, and marks the source
// sentence in its paragraph.
func (h *Handler) asDraftEditor(vm *views.EditorVM, d *quiz.Draft, c *quiz.StoredCourse, t quiz.StoredTheme, s *quiz.QuestionSet) {
	vm.Page.Title = "Edit draft"
	vm.DraftID = d.ID
	vm.Action = "/teach/drafts/" + strconv.FormatInt(d.ID, 10) + "/edit"
	vm.BackURL = queueURL(c.Slug, t.Slug) + "#d-" + strconv.FormatInt(d.ID, 10)
	vm.BackTitle = "Review drafts: " + t.Title
	vm.SetTitle = s.Title
	for i, p := range vm.Paragraphs {
		if p.N == d.Paragraph {
			vm.Paragraphs[i].Marked = markSentence(p.Text, d.Sentence, d.SentenceStart, d.SentenceEnd)
		}
	}
}

func (h *Handler) cardDraftVM(r *http.Request, d *quiz.Draft, c *quiz.StoredCourse, t quiz.StoredTheme, card quiz.Card) views.CardFormVM {
	vm := h.cardFormVM(r, c, t, card)
	vm.Page.Title = "Edit flashcard draft"
	vm.Heading = "Edit flashcard draft"
	vm.Note = "Lectern drafted this card from the highlighted sentence. Saving accepts it into the deck of “" + t.Title + "”."
	vm.SaveLabel = "Save and accept"
	vm.Action = "/teach/drafts/" + strconv.FormatInt(d.ID, 10) + "/edit"
	vm.BackURL, vm.BackTitle = queueURL(c.Slug, t.Slug)+"#d-"+strconv.FormatInt(d.ID, 10), "Review drafts: "+t.Title
	for i, p := range vm.Paragraphs {
		if p.N == d.Paragraph {
			vm.Paragraphs[i].Marked = markSentence(p.Text, d.Sentence, d.SentenceStart, d.SentenceEnd)
		}
	}
	return vm
}

// draftNewCourse drafts every theme of a course just made and shows the
// drafts. The course is made already: should drafting fail, the
// instructor is sent to it, to draft again from there; should the
// generator fail on the text, the drafts page says so.
func (h *Handler) draftNewCourse(w http.ResponseWriter, r *http.Request, slug string) {
	c, err := h.db.FindCourse(r.Context(), slug)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	n, err := h.draftThemes(r.Context(), c, c.Themes)
	if err != nil {
		h.logGenerateError(r, "drafting a new course", err)
		var pe *generate.PanicError
		if errors.As(err, &pe) {
			h.renderDrafts(w, r, c, http.StatusInternalServerError, "The course “"+c.Title+"” is made. "+draftFailed)
			return
		}
		http.Redirect(w, r, "/teach/courses/"+slug, http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+slug+"/drafts?drafted="+itoa(n), http.StatusSeeOther)
}
