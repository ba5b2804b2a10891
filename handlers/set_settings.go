package handlers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

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
