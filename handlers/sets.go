package handlers

import (
	"net/http"
	"strconv"
	"strings"

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
	vm := views.TeachCourseDetailVM{Page: h.page(r, c.Title), Slug: c.Slug, Title: c.Title, Error: problem, Drafted: len(drafts) > 0}
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

// teachSet loads the set named in the path and its course.
func (h *Handler) teachSet(w http.ResponseWriter, r *http.Request) (*quiz.QuestionSet, []quiz.StoredQuestion, *quiz.StoredCourse, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such question set."))
		return nil, nil, nil, false
	}
	s, qs, err := h.db.FindSet(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, nil, false
	}
	c, err := h.db.FindCourseByID(r.Context(), s.CourseID)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, nil, false
	}
	return s, qs, c, true
}

// showTeachSet shows a set's questions with their answers.
func (h *Handler) showTeachSet(w http.ResponseWriter, r *http.Request) {
	s, qs, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	vm := views.TeachSetVM{Page: h.page(r, s.Title), CourseSlug: c.Slug, CourseTitle: c.Title,
		Set: views.SetRowVM{ID: s.ID, Title: s.Title, Published: s.Status == quiz.SetPublished, Questions: s.Questions}}
	if t, ok := c.ThemeByID(s.ThemeID); ok {
		vm.Theme = t.Title
	}
	cards, err := h.db.SetCards(r.Context(), s.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for _, cd := range cards {
		vm.Cards = append(vm.Cards, views.SetCardVM{Front: cd.Front, Back: cd.Back, Paragraphs: paragraphList(cd.Paragraphs)})
	}
	for _, sq := range qs {
		q := sq.Question
		qv := views.SetQuestionVM{DBID: sq.ID, ID: q.ID, Type: typeNames[q.Type], Kind: string(q.Kind), Prompt: q.Prompt,
			Explanation: q.Explanation, Paragraphs: paragraphList(q.Paragraphs)}
		for _, o := range q.Options {
			qv.Options = append(qv.Options, views.OptionVM{Text: o.Text, Correct: o.Correct, Feedback: o.Feedback})
		}
		switch q.Type {
		case quiz.Short:
			qv.Answers = q.Answers
		case quiz.Matching, quiz.Numeric:
			qv.Answers = quiz.CorrectText(q)
		}
		vm.Questions = append(vm.Questions, qv)
	}
	h.render(w, r, http.StatusOK, views.TeachSetPage(vm))
}

// setStatus publishes a set or takes it back to draft.
func (h *Handler) setStatus(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	if err := h.db.SetStatus(r.Context(), s.ID, r.PostForm.Get("status")); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}

// duplicateSet copies a set as a new draft.
func (h *Handler) duplicateSet(w http.ResponseWriter, r *http.Request) {
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	if _, err := h.db.DuplicateSet(r.Context(), s.ID, userFrom(r.Context()).ID); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}

// deleteSet deletes a set nobody has answered yet.
func (h *Handler) deleteSet(w http.ResponseWriter, r *http.Request) {
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	if err := h.db.DeleteSet(r.Context(), s.ID); err != nil {
		if quiz.KindOf(err) == quiz.EConflict {
			h.renderTeachCourse(w, r, c, http.StatusConflict, quiz.MessageOf(err))
			return
		}
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}

func paragraphList(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = itoa(n)
	}
	return strings.Join(parts, ", ")
}

// showSetSettings shows how a set is taken.
func (h *Handler) showSetSettings(w http.ResponseWriter, r *http.Request) {
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	st := s.Settings
	vm := views.SetSettingsVM{
		Page: h.page(r, "Set settings"), CourseSlug: c.Slug, CourseTitle: c.Title, SetID: s.ID, SetTitle: s.Title,
		Feedback: st.Feedback, TimeLimit: itoa(st.TimeLimit), MaxAttempts: itoa(st.MaxAttempts), Pool: itoa(st.Pool),
		HideAnswers: st.HideAnswers, HideExplanations: st.HideExplanations, HideScore: st.HideScore,
		TestCards: s.TestCards, Questions: s.Questions, Errors: map[string]string{},
	}
	h.render(w, r, http.StatusOK, views.SetSettingsPage(vm))
}

// saveSetSettings validates and stores how a set is taken, or shows the
// form again with messages and what was typed.
func (h *Handler) saveSetSettings(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	pf := r.PostForm
	vm := views.SetSettingsVM{
		Page: h.page(r, "Set settings"), CourseSlug: c.Slug, CourseTitle: c.Title, SetID: s.ID, SetTitle: s.Title,
		Feedback: pf.Get("feedback"), TimeLimit: pf.Get("time_limit"), MaxAttempts: pf.Get("max_attempts"), Pool: pf.Get("pool"),
		HideAnswers: pf.Get("show_answers") != "1", HideExplanations: pf.Get("show_explanations") != "1",
		HideScore: pf.Get("show_score") != "1", TestCards: pf.Get("test_cards") == "1", Questions: s.Questions, Errors: map[string]string{},
	}
	st := quiz.SetSettings{HideAnswers: vm.HideAnswers, HideExplanations: vm.HideExplanations, HideScore: vm.HideScore}
	switch vm.Feedback {
	case "immediate":
	case "end":
		st.Feedback = "end"
	default:
		vm.Errors["feedback"] = "Choose when learners see the feedback."
	}
	num := func(field, raw string, hi int, what string) int {
		raw = strings.TrimSpace(raw)
		if raw == "" {
			return 0
		}
		n, err := strconv.Atoi(raw)
		if err != nil || n < 0 || n > hi {
			vm.Errors[field] = what
		}
		return n
	}
	st.TimeLimit = num("time_limit", vm.TimeLimit, 600, "Type a whole number of minutes from 0 to 600.")
	st.MaxAttempts = num("max_attempts", vm.MaxAttempts, 100, "Type a whole number of attempts from 0 to 100.")
	st.Pool = num("pool", vm.Pool, s.Questions, "Type a number of questions from 0 to "+itoa(s.Questions)+", the questions in the set.")
	if len(vm.Errors) > 0 {
		h.render(w, r, http.StatusUnprocessableEntity, views.SetSettingsPage(vm))
		return
	}
	if err := h.db.SaveSetSettings(r.Context(), s.ID, st, vm.TestCards); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}

// moveSet moves a set up or down among its theme's sets.
func (h *Handler) moveSet(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	delta, ok := moveDelta(r)
	if !ok {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "Move up or down."))
		return
	}
	if err := h.db.MoveSet(r.Context(), s.ID, delta); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}

// moveQuestion moves a question up or down in its set.
func (h *Handler) moveQuestion(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	sq, s, _, ok := h.teachQuestion(w, r)
	if !ok {
		return
	}
	delta, ok := moveDelta(r)
	if !ok {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "Move up or down."))
		return
	}
	if err := h.db.MoveQuestion(r.Context(), sq.ID, delta); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(s.ID, 10), http.StatusSeeOther)
}

func moveDelta(r *http.Request) (int, bool) {
	switch r.PostForm.Get("dir") {
	case "up":
		return -1, true
	case "down":
		return 1, true
	}
	return 0, false
}

// renameSet changes a set's title.
func (h *Handler) renameSet(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	title := strings.TrimSpace(r.PostForm.Get("title"))
	if title == "" || len(title) > 200 {
		h.renderTeachCourse(w, r, c, http.StatusUnprocessableEntity, "A set's title cannot be empty.")
		return
	}
	if err := h.db.RenameSet(r.Context(), s.ID, title); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(s.ID, 10), http.StatusSeeOther)
}

// exportSet downloads one set: its questions (with the course's article
// and themes, in JSON), as question-set JSON, GIFT or CSV.
func (h *Handler) exportSet(w http.ResponseWriter, r *http.Request) {
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	full, _, err := h.db.ExportSet(r.Context(), s.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.writeExport(w, r, full, r.PathValue("format"), c.Slug+"-"+quiz.Slugify(s.Title, quiz.MaxSlug))
}
