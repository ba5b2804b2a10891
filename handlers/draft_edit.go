package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

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
		h.toQueue(w, r, c, t, flashDraftsTaken, 1, next)
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
	h.toQueue(w, r, c, t, flashDraftsTaken, 1, next)
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
