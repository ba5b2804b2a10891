package handlers

import (
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// startQuiz starts a quiz on one theme (form field theme) or, without one,
// a mixed quiz across every theme, and sends the learner to its first
// question.
func (h *Handler) startQuiz(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	na := quiz.NewAttempt{CourseID: c.ID, Mode: quiz.ModeMixed, MixedSize: h.mixed, Rand: h.rand()}
	if v := r.PostForm.Get("set"); v != "" {
		if !h.prepareSetAttempt(w, r, c, v, &na) {
			return
		}
	} else if v := r.PostForm.Get("paragraph"); v != "" {
		if !h.prepareParagraphQuiz(w, r, c, v, &na) {
			return
		}
	} else if slug := r.PostForm.Get("theme"); slug != "" {
		t, ok := c.Theme(slug)
		if !ok {
			h.fail(w, r, quiz.Errorf(quiz.ENotFound, "This course has no such theme."))
			return
		}
		na.Mode, na.ThemeID = quiz.ModeTheme, t.ID
		if t.Questions == 0 {
			h.fail(w, r, quiz.Errorf(quiz.EInvalid, "This theme has no published questions yet."))
			return
		}
		if t.Practice == 0 {
			h.fail(w, r, quiz.Errorf(quiz.EInvalid, "This theme’s questions are all in tests: take them from the course page."))
			return
		}
	} else if total := totalQuestions(c); total == 0 && na.SetID == 0 {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "This course has no published questions yet."))
		return
	}
	// Only now, with a quiz to keep, does a visitor become a learner.
	u, err := h.learner(w, r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	na.UserID = u.ID
	// CreateAttempt refuses an attempt beyond the set's limit, checking and
	// inserting in one transaction.
	a, err := h.db.CreateAttempt(r.Context(), na)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.log.Info("quiz started", "attempt_id", a.ID, "user_id", u.ID, "mode", a.Mode, "questions", len(a.Items))
	http.Redirect(w, r, questionURL(a, 0), http.StatusSeeOther)
}

// retryMissed starts a quiz of the questions missed in an attempt.
func (h *Handler) retryMissed(w http.ResponseWriter, r *http.Request) {
	a, ok := h.ownAttempt(w, r)
	if !ok {
		return
	}
	if a.SetID != 0 {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "A test cannot be retried as practice: take it again from the course page if attempts remain."))
		return
	}
	missed := 0
	for _, it := range a.Items {
		if it.Response != nil && !it.Response.Correct {
			missed++
		}
	}
	if missed == 0 {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "There are no missed questions in this quiz to retry."))
		return
	}
	na := quiz.NewAttempt{UserID: a.UserID, CourseID: a.CourseID, Mode: quiz.ModeRetry, RetryOf: a.ID, Rand: h.rand()}
	b, err := h.db.CreateAttempt(r.Context(), na)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, questionURL(b, 0), http.StatusSeeOther)
}

// resumeAttempt sends the learner to the first unanswered question, or to
// the results when every question is answered.
func (h *Handler) resumeAttempt(w http.ResponseWriter, r *http.Request) {
	a, ok := h.ownAttempt(w, r)
	if !ok {
		return
	}
	if next := a.NextUnanswered(); next >= 0 && !a.TimedOut(h.now(), answerGrace) {
		http.Redirect(w, r, questionURL(a, next), http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/attempts/"+a.PublicID+"/results", http.StatusSeeOther)
}

// ownAttempt loads the attempt named in the path and checks that it is the
// current learner's; anybody else's is reported as not found.
func (h *Handler) ownAttempt(w http.ResponseWriter, r *http.Request) (*quiz.Attempt, bool) {
	id := r.PathValue("id")
	u := userFrom(r.Context())
	if u == nil || len(id) != 32 {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such quiz attempt."))
		return nil, false
	}
	a, err := h.db.FindAttempt(r.Context(), id)
	if err == nil && a.UserID != u.ID {
		err = quiz.Errorf(quiz.ENotFound, "There is no such quiz attempt.")
	}
	if err != nil {
		h.fail(w, r, err)
		return nil, false
	}
	return a, true
}

func questionURL(a *quiz.Attempt, idx int) string {
	return "/attempts/" + a.PublicID + "/q/" + itoa(idx+1)
}

func totalQuestions(c *quiz.StoredCourse) int {
	n := 0
	for _, t := range c.Themes {
		n += t.Questions
	}
	return n
}

// prepareSetAttempt sets up an attempt at one published set of the course,
// under its rules; it answers the request itself when it cannot.
func (h *Handler) prepareSetAttempt(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, v string, na *quiz.NewAttempt) bool {
	id, err := strconv.ParseInt(v, 10, 64)
	var st *quiz.QuestionSet
	if err == nil {
		st, err = h.db.FindSetInfo(r.Context(), id)
	}
	if err != nil || st.CourseID != c.ID || st.Status != quiz.SetPublished {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "This course has no such test."))
		return false
	}
	na.Mode, na.ThemeID, na.SetID = quiz.ModeTheme, st.ThemeID, st.ID
	na.Pool = st.Settings.Pool
	na.TimeLimit = time.Duration(st.Settings.TimeLimit) * time.Minute
	return true
}

// prepareParagraphQuiz sets up a short practice quiz on the questions
// citing one paragraph (form field paragraph, its number); it answers the
// request itself when it cannot.
func (h *Handler) prepareParagraphQuiz(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, v string, na *quiz.NewAttempt) bool {
	n, err := strconv.Atoi(v)
	var theme quiz.StoredTheme
	found := false
	if err == nil {
		for _, t := range c.Themes {
			if slices.Contains(t.Paragraphs, n) {
				theme, found = t, true
			}
		}
	}
	if !found {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "This course has no such paragraph."))
		return false
	}
	na.Mode, na.ThemeID, na.Paragraph = quiz.ModeTheme, theme.ID, n
	return true
}
