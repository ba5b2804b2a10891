package handlers

import (
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showResults closes an attempt: score, breakdown by theme, and the missed
// questions with their feedback. An unfinished attempt sends the learner
// back to its next question.
func (h *Handler) showResults(w http.ResponseWriter, r *http.Request) {
	a, ok := h.ownAttempt(w, r)
	if !ok {
		return
	}
	if next := a.NextUnanswered(); next >= 0 && !a.TimedOut(h.now(), answerGrace) {
		http.Redirect(w, r, questionURL(a, next), http.StatusSeeOther)
		return
	}
	rules, err := h.rules(r, a)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	c, err := h.db.FindCourseByID(r.Context(), a.CourseID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	pars, err := h.db.Paragraphs(r.Context(), a.CourseID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.ResultsVM{
		CourseSlug:  c.Slug,
		CourseTitle: c.Title,
		QuizTitle:   quizTitle(c, a.Mode, a.ThemeID),
		Total:       len(a.Items),
		RetryURL:    "/attempts/" + a.PublicID + "/retry",
		AgainURL:    "/courses/" + c.Slug + "/quiz",
	}
	vm.HideScore, vm.HideAnswers, vm.HideExplain = rules.HideScore, rules.HideAnswers, rules.HideExplanations
	vm.CanAgain = true
	if a.SetID != 0 {
		vm.RetryURL, vm.AgainSet = "", a.SetID
		if st, err := h.db.FindSetInfo(r.Context(), a.SetID); err == nil {
			vm.QuizTitle = quiz.LearnerTitle(st.Title)
			if st.Settings.LimitsAttempts() {
				n, err := h.db.CountAttempts(r.Context(), a.UserID, a.SetID)
				vm.CanAgain = err == nil && st.Settings.AttemptsLeft(n) > 0
			}
		}
	} else if t, ok := c.ThemeByID(a.ThemeID); ok && a.Mode == "theme" {
		vm.AgainTheme = t.Slug
	}
	vm.Page = h.page(r, vm.QuizTitle+": results")
	type tally struct {
		right, total int
		score        float64
	}
	byTheme := map[string]*tally{}
	for _, it := range a.Items {
		q := it.Question.Question
		resp := it.Response
		if resp == nil {
			// Time ran out before this one was answered.
			vm.Unanswered++
			resp = &quiz.Response{}
		}
		vm.Score += resp.Score
		tl := byTheme[it.Question.Theme]
		if tl == nil {
			tl = &tally{}
			byTheme[it.Question.Theme] = tl
		}
		tl.total++
		tl.score += resp.Score
		if resp.Correct {
			vm.Correct++
			tl.right++
			continue
		}
		if resp.Score > 0 {
			vm.Partly++
		}
		if a.PracticeQuiz() {
			inPractice, err := h.db.InPractice(r.Context(), it.Question.ID)
			if err != nil {
				h.fail(w, r, err)
				return
			}
			if !inPractice {
				vm.Missed = append(vm.Missed, views.MissedVM{Number: it.Idx + 1, Prompt: q.Prompt, Withheld: true})
				continue
			}
		}
		m := missedVM(it.Idx, q, resp, pars, c.Slug)
		if resp.Score > 0 {
			// Partly right: listed to look at again, but not as missed.
			m.Partly = "Partly right (" + quiz.ShareText(resp.Score) + ")"
		}
		vm.Missed = append(vm.Missed, m)
	}
	if vm.Total > 0 {
		vm.Percent = quiz.PercentOf(vm.Score, vm.Total)
	}
	// Themes in course order.
	for _, t := range c.Themes {
		if tl := byTheme[t.Slug]; tl != nil {
			vm.Themes = append(vm.Themes, views.ThemeScoreVM{
				Title: t.Title, URL: "/courses/" + c.Slug + "/themes/" + t.Slug,
				Correct: tl.right, Marks: marksText(tl.score), Total: tl.total, Percent: quiz.PercentOf(tl.score, tl.total),
			})
		}
	}
	switch missed := len(vm.Missed); {
	case missed == 0:
		vm.Message = "Every answer right. Come back in a few days to keep it fresh, or try a mixed quiz across all themes."
	case vm.Percent >= 70:
		vm.Message = "Good work. Below are the questions to look at again, each with the paragraph it tests: retry them while they are fresh."
	default:
		vm.Message = "Every question you missed is below with the paragraph it tests. Re-read those paragraphs, then retry the missed questions: that is how it sticks."
		if vm.Partly > 0 {
			vm.Message = "Every question you missed or got partly right is below with the paragraph it tests. Re-read those paragraphs, then retry them: that is how it sticks."
		}
	}
	vm.Marks = marksText(vm.Score)
	h.render(w, r, http.StatusOK, views.ResultsPage(vm))
}

// marksText writes a sum of marks as the results page shows it: "3", or
// "2.5" when partly right answers earned part of a mark.
func marksText(score float64) string {
	return strconv.FormatFloat(math.Round(score*100)/100, 'f', -1, 64)
}

// missedVM is a missed question on the results page: the learner's answer
// and the feedback written for it, the correct answer, the explanation and
// the paragraph the question tests.
func missedVM(idx int, q quiz.Question, resp *quiz.Response, pars []quiz.Paragraph, slug string) views.MissedVM {
	m := views.MissedVM{
		Number:      idx + 1,
		Prompt:      q.Prompt,
		CorrectText: quiz.CorrectText(q),
		Explanation: q.Explanation,
	}
	var yours []string
	for _, ch := range resp.Answer.Choices {
		if ch >= 0 && ch < len(q.Options) {
			yours = append(yours, q.Options[ch].Text)
			if fb := q.Options[ch].Feedback; fb != "" && !q.Options[ch].Correct {
				m.Feedback = append(m.Feedback, fb)
			}
		}
	}
	if resp.Answer.Text != "" {
		yours = append(yours, resp.Answer.Text)
		if q.Type == quiz.Short {
			if _, fb, _ := quiz.MatchShort(q, resp.Answer.Text); fb != "" {
				m.Feedback = append(m.Feedback, fb)
			}
		}
		if q.Type == quiz.Numeric {
			if _, fb, _ := quiz.MatchNumeric(q, resp.Answer.Text); fb != "" {
				m.Feedback = append(m.Feedback, fb)
			}
		}
	}
	m.YourText = strings.Join(yours, "; ")
	if len(q.Paragraphs) > 0 && q.Paragraphs[0] <= len(pars) {
		n := q.Paragraphs[0]
		m.Quote = views.QuoteVM{N: n, Text: pars[n-1].Text, URL: "/courses/" + slug + "/read#p-" + itoa(n)}
	}
	return m
}
