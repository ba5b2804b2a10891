package handlers

import (
	"context"
	"net/http"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showHome lists the courses, each as a card with the learner's progress
// on it and the one thing to do next; the themes are on the course's page.
func (h *Handler) showHome(w http.ResponseWriter, r *http.Request) {
	courses, err := h.db.ListCourses(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.HomeVM{Page: h.page(r, "")}
	if m := deletedMessage(r.URL.Query()); m != "" {
		vm.Page.Flash = m
	}
	if u := userFrom(r.Context()); r.URL.Query().Get("signed-out") == "1" && (u == nil || u.Anonymous()) {
		vm.Page.Flash = "You are signed out. Your progress is kept with your account for the next time you sign in."
	}
	for _, c := range courses {
		if c.Status == quiz.CourseDraft {
			continue // a draft is for its owners, in the instructor area
		}
		u := userFrom(r.Context())
		state, err := h.learnerState(r.Context(), u, c)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		card := views.HomeCourseVM{Course: courseVMFrom(u, c, state)}
		card.Next, _ = nextStep(c, state)
		if card.Next.Kind == "read" && card.Course.Answered == 0 {
			card.Next.Text = "Begin with the first theme, “" + c.Themes[0].Title + "”: read it, then test yourself on it."
			card.Next.Label = "Start the course"
		}
		vm.Courses = append(vm.Courses, card)
	}
	h.render(w, r, http.StatusOK, views.HomePage(vm))
}

// showCourse shows one course.
func (h *Handler) showCourse(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	cvm, err := h.courseVM(r.Context(), userFrom(r.Context()), c)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if cvm.Tests, err = h.testsVM(r, c); err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.CoursePageVM{Page: h.page(r, c.Title), Course: cvm}
	if err := h.classesVM(r, c, &vm); err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, views.CoursePage(vm))
}

// courseVM builds a course's view with the user's progress (none for a
// visitor) and their unfinished attempts.
func (h *Handler) courseVM(ctx context.Context, u *quiz.User, c *quiz.StoredCourse) (views.CourseVM, error) {
	state, err := h.learnerState(ctx, u, c)
	if err != nil {
		return views.CourseVM{}, err
	}
	return courseVMFrom(u, c, state), nil
}

// learnerState is what the user did in a course; a visitor has done
// nothing.
func (h *Handler) learnerState(ctx context.Context, u *quiz.User, c *quiz.StoredCourse) (*quiz.LearnerState, error) {
	if u != nil && u.ID > 0 {
		return h.db.FindLearnerState(ctx, u.ID, c.ID, h.now())
	}
	state := &quiz.LearnerState{Progress: map[int64]quiz.Progress{}, CardsDue: map[int64]int{}}
	// A visitor has answered nothing: totals come with the course.
	for _, t := range c.Themes {
		state.Progress[t.ID] = quiz.Progress{Total: t.Questions}
	}
	return state, nil
}

// courseVMFrom builds a course's view from what the learner did in it.
func courseVMFrom(u *quiz.User, c *quiz.StoredCourse, state *quiz.LearnerState) views.CourseVM {
	var uid int64
	if u != nil {
		uid = u.ID
	}
	prog := state.Progress
	vm := views.CourseVM{Slug: c.Slug, Title: c.Title, Source: c.Source}
	score := 0.0 // partly right answers count in part
	for _, t := range c.Themes {
		p := prog[t.ID]
		// The deck a learner studies holds the tests they have taken too.
		cards := t.Cards
		if uid > 0 {
			cards = state.Cards[t.ID]
		}
		vm.Themes = append(vm.Themes, views.ThemeVM{
			Slug: t.Slug, Title: t.Title, Summary: t.Summary, Range: paragraphRange(t.Paragraphs),
			Questions: p.Total, Practice: t.Practice, Answered: p.Answered, Mastered: p.Mastered, Percent: p.Percent(),
			Cards: cards, CardsDue: state.CardsDue[t.ID],
			Meta: paragraphRange(t.Paragraphs) + " · " + plural(p.Total, "question", "questions") + " · " + itoa(p.Mastered) + " fully right",
		})
		vm.Cards += cards
		vm.CardsDue += state.CardsDue[t.ID]
		vm.Questions += p.Total
		vm.Practice += t.Practice
		vm.Answered += p.Answered
		vm.Mastered += p.Mastered
		score += p.Score
	}
	if vm.Questions > 0 {
		vm.Percent = quiz.PercentOf(score, vm.Questions)
	}
	for _, a := range state.Open {
		label := quiz.LearnerTitle(a.SetTitle)
		if label == "" {
			label = quizTitle(c, a.Mode, a.ThemeID)
		}
		vm.Unfinished = append(vm.Unfinished, views.AttemptLinkVM{
			URL: "/attempts/" + a.PublicID, Label: label,
			Answered: a.Answered, Items: a.Items,
		})
	}
	return vm
}

// quizTitle names a quiz for headings and links.
func quizTitle(c *quiz.StoredCourse, mode string, themeID int64) string {
	switch mode {
	case quiz.ModeMixed:
		return "Mixed quiz"
	case quiz.ModeRetry:
		return "Missed questions"
	}
	if t, ok := c.ThemeByID(themeID); ok {
		return t.Title
	}
	return "Quiz"
}

// paragraphRange writes paragraph numbers compactly: "¶ 4", "¶ 1–2", "¶ 3, 7".
func paragraphRange(ns []int) string {
	if len(ns) == 0 {
		return ""
	}
	return "¶ " + paragraphNumbers(ns)
}

// paragraphNumbers writes paragraph numbers as paragraphRange does, without
// the pilcrow: "4", "1–2", "3, 7".
func paragraphNumbers(ns []int) string {
	contiguous := true
	for i := 1; i < len(ns); i++ {
		if ns[i] != ns[i-1]+1 {
			contiguous = false
		}
	}
	switch {
	case len(ns) == 0:
		return ""
	case len(ns) == 1:
		return itoa(ns[0])
	case contiguous:
		return itoa(ns[0]) + "–" + itoa(ns[len(ns)-1])
	}
	s := ""
	for i, n := range ns {
		if i > 0 {
			s += ", "
		}
		s += itoa(n)
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

// testsVM lists the course's published sets with test rules, and how many
// attempts the learner has left at each.
func (h *Handler) testsVM(r *http.Request, c *quiz.StoredCourse) ([]views.TestVM, error) {
	sets, err := h.db.ListTests(r.Context(), c.ID)
	if err != nil {
		return nil, err
	}
	u := userFrom(r.Context())
	var out []views.TestVM
	for _, s := range sets {
		if s.Status != quiz.SetPublished || s.Settings.Practice() || s.Questions == 0 {
			continue
		}
		st := s.Settings
		t := views.TestVM{SetID: s.ID, Title: quiz.LearnerTitle(s.Title), Questions: s.Questions, CanStart: true}
		if st.Pool > 0 {
			t.Questions = st.Pool
		}
		if th, ok := c.ThemeByID(s.ThemeID); ok {
			t.Theme = th.Title
		}
		var rules []string
		if st.TimeLimit > 0 {
			rules = append(rules, plural(st.TimeLimit, "minute", "minutes"))
		}
		if st.FeedbackAtEnd() {
			rules = append(rules, "feedback at the end")
		}
		if st.LimitsAttempts() {
			used := 0
			if u != nil {
				if used, err = h.db.CountAttempts(r.Context(), u.ID, s.ID); err != nil {
					return nil, err
				}
			}
			left := st.AttemptsLeft(used)
			rules = append(rules, plural(left, "attempt left", "attempts left"))
			t.CanStart = left > 0
			if left == 0 {
				t.AttemptsNote = "No attempts left."
			}
		}
		t.Rules = strings.Join(rules, " · ")
		out = append(out, t)
	}
	return out, nil
}
