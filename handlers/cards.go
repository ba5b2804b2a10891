package handlers

import (
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// Written flashcards of a theme: listed, added, edited and removed in the
// instructor area.

// maxCardSide is the longest front or back a flashcard may have, in
// characters: a card is read at a glance.
const maxCardSide = 1000

// readCardForm reads a posted flashcard form, with a message per bad field.
func readCardForm(r *http.Request, t quiz.StoredTheme) (quiz.Card, map[string]string) {
	card := quiz.Card{Theme: t.Slug, Front: strings.TrimSpace(r.PostForm.Get("front")), Back: strings.TrimSpace(r.PostForm.Get("back"))}
	errs := map[string]string{}
	for _, v := range r.PostForm["par"] {
		n, err := strconv.Atoi(v)
		if err != nil || !containsInt(t.Paragraphs, n) {
			errs["paragraphs"] = "Cite paragraphs of this theme only."
			continue
		}
		card.Paragraphs = append(card.Paragraphs, n)
	}
	switch n := utf8.RuneCountInString(card.Front); {
	case n == 0:
		errs["front"] = "Write the front: the term, or the sentence with its blank."
	case n > maxCardSide:
		errs["front"] = "Keep the front under " + itoa(maxCardSide) + " characters: it has " + itoa(n) + "."
	}
	switch n := utf8.RuneCountInString(card.Back); {
	case n == 0:
		errs["back"] = "Write the back: what the learner should recall."
	case n > maxCardSide:
		errs["back"] = "Keep the back under " + itoa(maxCardSide) + " characters: it has " + itoa(n) + "."
	}
	if len(card.Paragraphs) == 0 && errs["paragraphs"] == "" {
		errs["paragraphs"] = "Tick the paragraph(s) the card comes from."
	}
	return card, errs
}

// cardFormVM fills the flashcard form with a card and the theme's
// paragraphs to cite.
func (h *Handler) cardFormVM(r *http.Request, c *quiz.StoredCourse, t quiz.StoredTheme, card quiz.Card) views.CardFormVM {
	vm := views.CardFormVM{Page: h.page(r, "Flashcard"), CourseSlug: c.Slug, CourseTitle: c.Title, SaveLabel: "Save",
		Front: card.Front, Back: card.Back, Errors: map[string]string{}}
	cited := map[int]bool{}
	for _, n := range card.Paragraphs {
		cited[n] = true
	}
	pars, _ := h.db.Paragraphs(r.Context(), c.ID)
	for _, n := range t.Paragraphs {
		if n >= 1 && n <= len(pars) {
			vm.Paragraphs = append(vm.Paragraphs, views.EditParVM{N: n, Text: pars[n-1].Text, Checked: cited[n]})
		}
	}
	return vm
}

func themeCardsURL(course, theme string) string {
	return "/teach/courses/" + course + "/themes/" + theme + "/cards"
}

// showThemeCards lists a theme's written cards and the form to add one.
func (h *Handler) showThemeCards(w http.ResponseWriter, r *http.Request) {
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	_, sides := cardImageForm(r, nil, map[string]string{})
	h.renderThemeCards(w, r, c, t, quiz.Card{}, nil, sides, http.StatusOK)
}

func (h *Handler) renderThemeCards(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, t quiz.StoredTheme, typed quiz.Card, errs map[string]string, sides []views.CardSideVM, status int) {
	cards, err := h.db.ThemeCards(r.Context(), t.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	form := h.cardFormVM(r, c, t, typed)
	form.Action, form.SaveLabel, form.BackURL = themeCardsURL(c.Slug, t.Slug), "Add the card", "/teach/courses/"+c.Slug
	form.Sides = sides
	if errs != nil {
		form.Errors = errs
	}
	vm := views.ThemeCardsVM{Page: h.page(r, "Flashcards: "+t.Title), CourseSlug: c.Slug, CourseTitle: c.Title, ThemeTitle: t.Title, Form: form}
	for _, wc := range cards {
		cv := views.WrittenCardVM{ID: wc.ID, Front: wc.Front, Back: wc.Back, Paragraphs: paragraphList(wc.Paragraphs), Learners: wc.Learners, SetTitle: wc.SetTitle,
			FrontImages: cardImageVMs(wc.Images, quiz.SideFront), BackImages: cardImageVMs(wc.Images, quiz.SideBack)}
		if wc.SetID > 0 {
			cv.SetURL = "/teach/sets/" + strconv.FormatInt(wc.SetID, 10)
		}
		vm.Cards = append(vm.Cards, cv)
	}
	h.render(w, r, status, views.ThemeCardsPage(vm))
}

// createCard adds a written card to a theme, or shows the form again with
// the messages and what was typed.
func (h *Handler) createCard(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	card, errs := readCardForm(r, t)
	var sides []views.CardSideVM
	card.Images, sides = cardImageForm(r, nil, errs)
	if len(errs) > 0 {
		h.renderThemeCards(w, r, c, t, card, errs, sides, http.StatusUnprocessableEntity)
		return
	}
	if _, err := h.db.CreateCard(r.Context(), t.ID, card); err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashCardSaved, 0)
	http.Redirect(w, r, themeCardsURL(c.Slug, t.Slug), http.StatusSeeOther)
}

// loadCard loads the written card in the path with its course and theme.
func (h *Handler) loadCard(w http.ResponseWriter, r *http.Request) (*quiz.WrittenCard, *quiz.StoredCourse, quiz.StoredTheme, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such flashcard."))
		return nil, nil, quiz.StoredTheme{}, false
	}
	wc, err := h.db.FindWrittenCard(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, quiz.StoredTheme{}, false
	}
	c, err := h.db.FindCourseByID(r.Context(), wc.CourseID)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, quiz.StoredTheme{}, false
	}
	t, ok := c.ThemeByID(wc.ThemeID)
	if !ok {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such flashcard."))
		return nil, nil, quiz.StoredTheme{}, false
	}
	return wc, c, t, true
}

func (h *Handler) editCardVM(r *http.Request, wc *quiz.WrittenCard, c *quiz.StoredCourse, t quiz.StoredTheme, card quiz.Card) views.CardFormVM {
	vm := h.cardFormVM(r, c, t, card)
	vm.Page.Title, vm.Heading = "Edit flashcard", "Edit flashcard"
	vm.Action = "/teach/cards/" + strconv.FormatInt(wc.ID, 10)
	vm.BackURL, vm.BackTitle = themeCardsURL(c.Slug, t.Slug), "Flashcards: "+t.Title
	if wc.Learners > 0 {
		vm.Note = plural(wc.Learners, "learner has", "learners have") + " studied this card; they keep their schedule for it after the edit."
	}
	return vm
}

// editCard shows the form filled with a written card.
func (h *Handler) editCard(w http.ResponseWriter, r *http.Request) {
	wc, c, t, ok := h.loadCard(w, r)
	if !ok {
		return
	}
	vm := h.editCardVM(r, wc, c, t, wc.Card)
	_, vm.Sides = cardImageForm(r, wc.Images, vm.Errors)
	h.render(w, r, http.StatusOK, views.CardFormPage(vm))
}

// updateCard saves an edit of a written card.
func (h *Handler) updateCard(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	wc, c, t, ok := h.loadCard(w, r)
	if !ok {
		return
	}
	card, errs := readCardForm(r, t)
	var sides []views.CardSideVM
	card.Images, sides = cardImageForm(r, wc.Images, errs)
	if len(errs) > 0 {
		vm := h.editCardVM(r, wc, c, t, card)
		vm.Errors, vm.Sides = errs, sides
		h.render(w, r, http.StatusUnprocessableEntity, views.CardFormPage(vm))
		return
	}
	if err := h.db.UpdateCard(r.Context(), wc.ID, card); err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashCardSaved, 0)
	http.Redirect(w, r, themeCardsURL(c.Slug, t.Slug), http.StatusSeeOther)
}

// deleteCard removes a written card from the deck.
func (h *Handler) deleteCard(w http.ResponseWriter, r *http.Request) {
	wc, c, t, ok := h.loadCard(w, r)
	if !ok {
		return
	}
	if err := h.db.DeleteCard(r.Context(), wc.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashCardRemoved, wc.ID)
	http.Redirect(w, r, themeCardsURL(c.Slug, t.Slug), http.StatusSeeOther)
}

// restoreCard puts back a card just removed (the Undo beside "Card
// removed").
func (h *Handler) restoreCard(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such flashcard."))
		return
	}
	if err := h.db.RestoreCard(r.Context(), id); err != nil {
		h.fail(w, r, err)
		return
	}
	_, c, t, ok := h.loadCard(w, r)
	if !ok {
		return
	}
	h.setFlash(w, r, flashCardBack, id)
	http.Redirect(w, r, themeCardsURL(c.Slug, t.Slug), http.StatusSeeOther)
}
