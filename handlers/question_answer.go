package handlers

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showQuestion shows question n of an attempt: the form while unanswered,
// the feedback once answered.
func (h *Handler) showQuestion(w http.ResponseWriter, r *http.Request) {
	a, idx, ok := h.attemptItem(w, r)
	if !ok {
		return
	}
	if a.Items[idx].Response == nil && a.TimedOut(h.now(), answerGrace) {
		http.Redirect(w, r, "/attempts/"+a.PublicID+"/results", http.StatusSeeOther)
		return
	}
	vm, err := h.questionVM(r, a, idx, quiz.Answer{}, "")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if a.Items[idx].Response == nil {
		// The start of the time taken to answer, for the item statistics:
		// the learner still gets the question if it cannot be written.
		if err := h.db.MarkShown(r.Context(), a.ID, idx); err != nil {
			h.log.Warn("mark shown", "attempt_id", a.ID, "idx", idx, "err", err)
		}
	}
	h.render(w, r, http.StatusOK, views.QuestionPage(vm))
}

// submitAnswer grades and records the answer to question n, then shows the
// feedback (post, redirect, get). A second submission of an answered
// question changes nothing.
func (h *Handler) submitAnswer(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	a, idx, ok := h.attemptItem(w, r)
	if !ok {
		return
	}
	it := a.Items[idx]
	if r.PostForm.Get("q") != it.Question.Question.ID {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "That answer is for a question that is not part of this quiz at this place. Go back to the quiz and answer the question shown."))
		return
	}
	if it.Response != nil {
		http.Redirect(w, r, questionURL(a, idx), http.StatusSeeOther)
		return
	}
	if a.TimedOut(h.now(), answerGrace) {
		h.fail(w, r, quiz.Errorf(quiz.EConflict, "Time is up for this quiz: answers after the time limit are not recorded."))
		return
	}
	ans, typed, problem := parseAnswer(r, it)
	if problem != "" {
		vm, err := h.questionVM(r, a, idx, ans, problem)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		vm.Text = typed
		h.render(w, r, http.StatusUnprocessableEntity, views.QuestionPage(vm))
		return
	}
	res := quiz.Grade(it.Question.Question, ans)
	if _, _, err := h.db.RecordResponse(r.Context(), a, idx, ans, res); err != nil {
		h.fail(w, r, err)
		return
	}
	if rules, err := h.rules(r, a); err == nil && rules.FeedbackAtEnd() {
		// A test: straight on to the next question, feedback at the end.
		http.Redirect(w, r, "/attempts/"+a.PublicID, http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, questionURL(a, idx)+"#feedback", http.StatusSeeOther)
}

// attemptItem loads the learner's attempt and the item numbered in the path.
func (h *Handler) attemptItem(w http.ResponseWriter, r *http.Request) (*quiz.Attempt, int, bool) {
	a, ok := h.ownAttempt(w, r)
	if !ok {
		return nil, 0, false
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 || n > len(a.Items) {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "This quiz has no such question."))
		return nil, 0, false
	}
	return a, n - 1, true
}

// parseAnswer reads the form into an Answer, mapping on-screen positions
// back through the attempt's shuffled order. It returns a message for the
// learner when the answer is missing or malformed, and the typed text so
// the form can keep it.
func parseAnswer(r *http.Request, it quiz.AttemptItem) (quiz.Answer, string, string) {
	q := it.Question.Question
	var ans quiz.Answer
	pos := func(v string) (int, bool) {
		p, err := strconv.Atoi(v)
		if err != nil || p < 0 || p >= len(it.Order) {
			return 0, false
		}
		return it.Order[p], true
	}
	switch q.Type {
	case quiz.Single, quiz.TrueFalse:
		vals := r.PostForm["choice"]
		if len(vals) == 0 {
			return ans, "", "Choose an answer, then check it."
		}
		i, ok := pos(vals[0])
		if !ok || len(vals) > 1 {
			return ans, "", "Choose one of the answers shown."
		}
		ans.Choices = []int{i}
	case quiz.Multiple:
		vals := r.PostForm["choice"]
		if len(vals) == 0 {
			return ans, "", "Choose at least one answer, then check it."
		}
		seen := map[int]bool{}
		for _, v := range vals {
			i, ok := pos(v)
			if !ok {
				return quiz.Answer{}, "", "Choose among the answers shown."
			}
			if !seen[i] {
				ans.Choices = append(ans.Choices, i)
				seen[i] = true
			}
		}
	case quiz.Short:
		ans.Text = strings.TrimSpace(r.PostForm.Get("text"))
		if len(ans.Text) > 500 {
			return quiz.Answer{}, ans.Text[:500], "That answer is too long: a word or short phrase is enough."
		}
		if quiz.Normalize(ans.Text) == "" {
			return quiz.Answer{}, ans.Text, "Type your answer, then check it."
		}
	case quiz.Numeric:
		ans.Text = strings.TrimSpace(r.PostForm.Get("text"))
		if ans.Text == "" {
			return quiz.Answer{}, "", "Type a number, then check it."
		}
		if _, err := quiz.ParseNumber(ans.Text); err != nil {
			return quiz.Answer{}, ans.Text, "Type a number, such as 12 or 3.5."
		}
	case quiz.Matching:
		ans.Matches = make([]int, len(q.Pairs))
		missing := false
		for i := range q.Pairs {
			v := r.PostForm.Get("match-" + itoa(i))
			j, ok := pos(v)
			if !ok {
				ans.Matches[i] = -1
				missing = true
				continue
			}
			ans.Matches[i] = j
		}
		if missing {
			return ans, "", "Match every item on the left before checking."
		}
	}
	return ans, ans.Text, ""
}

var kindLabels = map[quiz.Kind]string{
	quiz.Fact:           "Fact",
	quiz.Attribution:    "Who says what",
	quiz.Interpretation: "Interpretation",
	quiz.Outlook:        "Outlook",
}

var typeHints = map[quiz.QuestionType]string{
	quiz.Single:    "Choose one answer.",
	quiz.Multiple:  "Choose every answer that applies.",
	quiz.TrueFalse: "True or false, according to the article?",
	quiz.Short:     "Type a word or short phrase.",
	quiz.Matching:  "Match each item on the left with one on the right.",
	quiz.Numeric:   "Type a number.",
}

// typeHint says how a question is answered. A true/false question
// imported from a file written for another text is not said to follow
// the article.
//
// A prompt that already says how to answer it ("True or false: …",
// "Which are rivers? (Choose all that apply)") gets no hint, so that the
// page does not say it twice.
func typeHint(q quiz.Question) string {
	p := strings.ToLower(q.Prompt)
	switch q.Type {
	case quiz.TrueFalse:
		if strings.Contains(p, "true or false") {
			return ""
		}
		if q.Imported {
			return "True or false?"
		}
	case quiz.Multiple:
		for _, says := range []string{"all that apply", "that applies", "all that are", "choose all", "select all", "tick all", "check all"} {
			if strings.Contains(p, says) {
				return ""
			}
		}
	}
	return typeHints[q.Type]
}

// questionVM builds the question page. Before the learner answers it holds
// nothing that gives the answer away: options carry only their on-screen
// position, and the correct flags, feedback and explanation stay on the
// server. draft is a rejected answer to show again with problem.
func (h *Handler) questionVM(r *http.Request, a *quiz.Attempt, idx int, draft quiz.Answer, problem string) (views.QuestionVM, error) {
	course, err := h.db.FindCourseByID(r.Context(), a.CourseID)
	if err != nil {
		return views.QuestionVM{}, err
	}
	it := a.Items[idx]
	q := it.Question.Question
	vm := views.QuestionVM{
		Page:        h.page(r, "Question "+itoa(idx+1)),
		AttemptURL:  "/attempts/" + a.PublicID,
		ActionURL:   questionURL(a, idx),
		CourseSlug:  course.Slug,
		CourseTitle: course.Title,
		QuizTitle:   quizTitle(course, a.Mode, a.ThemeID),
		Number:      idx + 1,
		Total:       len(a.Items),
		Answered:    a.Answered(),
		Kind:        string(q.Kind),
		KindLabel:   kindLabels[q.Kind],
		Type:        string(q.Type),
		TypeHint:    typeHint(q),
		QID:         q.ID,
		Images:      imageVMs(q.Images),
		Error:       problem,
	}
	vm.Lead, vm.Prompt = quiz.SplitLead(q.Prompt)
	if t, ok := course.Theme(it.Question.Theme); ok {
		vm.ThemeTitle = t.Title
	}
	st, err := h.attemptSet(r, a)
	if err != nil {
		return vm, err
	}
	var rules quiz.SetSettings
	if st != nil {
		// A set taken on its own is named by its own title.
		rules, vm.QuizTitle = st.Settings, st.Title
	}
	now := h.now()
	over := a.Over(now, answerGrace)
	if !a.Deadline.IsZero() && !over {
		vm.TimeLeft = timeLeft(a.Deadline.Sub(now))
	}
	answer := draft
	done := it.Response != nil
	if done {
		answer = it.Response.Answer
	}
	reveal := quiz.AnswerShown(rules, done, over)
	withheld := false
	if reveal && a.PracticeQuiz() {
		inPractice, err := h.db.InPractice(r.Context(), it.Question.ID)
		if err != nil {
			return vm, err
		}
		withheld, reveal = !inPractice, inPractice
	}
	answerRows(&vm, it, answer, reveal)
	if !done {
		return vm, nil
	}
	next := func() {
		if n := a.NextUnanswered(); n >= 0 && !over {
			vm.NextURL, vm.NextLabel = questionURL(a, n), "Next question"
		} else {
			vm.NextURL, vm.NextLabel = "/attempts/"+a.PublicID+"/results", "See your results"
		}
	}
	if !reveal {
		vm.Recorded = true
		vm.HeldNote = "You will see how you did at the end."
		switch {
		case withheld:
			vm.HeldNote = "This question is no longer in practice, so its answer is not shown."
		case over:
			vm.HeldNote = "This test's review does not show the answers."
		}
		next()
		return vm, nil
	}
	if vm.Feedback, err = h.feedbackVM(r, a, course.Slug, it, rules); err != nil {
		return vm, err
	}
	next()
	return vm, nil
}

// answerRows fills the question page's options, matches or typed text
// with the learner's answer, and with what is right only when reveal.
func answerRows(vm *views.QuestionVM, it quiz.AttemptItem, answer quiz.Answer, reveal bool) {
	q := it.Question.Question
	chosen := map[int]bool{}
	for _, c := range answer.Choices {
		chosen[c] = true
	}
	switch q.Type {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		marks := quiz.Marks(q)
		for p, i := range it.Order {
			o := q.Options[i]
			// An option's image is shown before answering: it is part of
			// the option, and its address (the image's hash) says nothing
			// of whether the option is right.
			cv := views.ChoiceVM{Value: p, Letter: string(rune('A' + p)), Text: o.Text, Chosen: chosen[i], Image: optionImage(o)}
			if reveal {
				cv.Correct, cv.Feedback = o.Correct, o.Feedback
				cv.FeedbackImages = imageVMs(o.FeedbackImages)
				if o.Fraction != 0 && !quiz.Full(o.Fraction) {
					cv.Mark = quiz.ShareText(marks[i])
				}
			}
			vm.Choices = append(vm.Choices, cv)
		}
	case quiz.Matching:
		at := map[int]int{} // authored right index → on-screen position
		for p, i := range it.Order {
			vm.Rights = append(vm.Rights, q.Pairs[i].Right)
			at[i] = p
		}
		for i, pair := range q.Pairs {
			row := views.MatchRowVM{Index: i, Left: pair.Left, Chosen: -1}
			if i < len(answer.Matches) && answer.Matches[i] >= 0 {
				row.Chosen = at[answer.Matches[i]]
				row.YourAnswer = vm.Rights[row.Chosen]
			} else if len(answer.Matches) > 0 {
				row.YourAnswer = "no answer"
			}
			if reveal {
				row.Right = pair.Right
				m := -1
				if i < len(answer.Matches) {
					m = answer.Matches[i]
				}
				row.Correct = quiz.MatchCorrect(q, i, m)
			}
			vm.Matches = append(vm.Matches, row)
		}
	case quiz.Short, quiz.Numeric:
		vm.Text = answer.Text
	}
}

// feedbackVM is the feedback on an answered question whose answer may be
// shown: right or wrong, the correct answer, the explanation and the
// paragraphs it tests, unless the rules hide the explanation.
func (h *Handler) feedbackVM(r *http.Request, a *quiz.Attempt, slug string, it quiz.AttemptItem, rules quiz.SetSettings) (*views.FeedbackVM, error) {
	q := it.Question.Question
	resp := it.Response
	fb := &views.FeedbackVM{
		Correct:     resp.Correct,
		Partial:     !resp.Correct && resp.Score > 0,
		ScorePct:    int(resp.Score*100 + 0.5),
		CorrectText: quiz.CorrectText(q),
		Explanation: q.Explanation,
	}
	if q.Type == quiz.Short || q.Type == quiz.Numeric {
		fb.YourText = resp.Answer.Text
	}
	if q.Type == quiz.Short {
		// The feedback written for the answer the learner's matched.
		_, fb.AnswerFeedback, _ = quiz.MatchShort(q, resp.Answer.Text)
	}
	if q.Type == quiz.Numeric {
		_, fb.AnswerFeedback, _ = quiz.MatchNumeric(q, resp.Answer.Text)
	}
	fb.AnswerFeedbackImages = imageVMs(quiz.AnswerFeedbackImages(q, resp.Answer.Text))
	if rules.HideExplanations {
		fb.Explanation = ""
		return fb, nil
	}
	fb.ExplanationImages = imageVMs(q.FeedbackImages)
	var err error
	if fb.Quotes, err = h.quotes(r, a, slug, q.Paragraphs); err != nil {
		return nil, err
	}
	// Highlight the sentence the question tests and fold the rest of the
	// paragraph: on a phone the whole paragraph after an explanation that
	// quotes the sentence is a long scroll.
	clues := append([]string{q.Explanation, q.Prompt}, fb.CorrectText...)
	for i := range fb.Quotes {
		h.markKeySentence(&fb.Quotes[i], q.Explanation, clues)
	}
	return fb, nil
}

// markKeySentence marks in a quoted paragraph the sentence the clues
// (an explanation, a prompt, the answer) point to, and notes whether the
// explanation quotes it already: the quote then folds the paragraph
// rather than show the sentence twice.
func (h *Handler) markKeySentence(qt *views.QuoteVM, explanation string, clues []string) {
	if hit := h.keySentences.find(qt.Text, explanation, clues); hit.found {
		s := hit.span
		qt.Before, qt.Mark, qt.After = qt.Text[:s.Start], qt.Text[s.Start:s.End], qt.Text[s.End:]
		qt.Explained = hit.explained
	}
}

// quotes returns the cited paragraphs with links into the reader.
func (h *Handler) quotes(r *http.Request, a *quiz.Attempt, slug string, ns []int) ([]views.QuoteVM, error) {
	pars, err := h.db.Paragraphs(r.Context(), a.CourseID)
	if err != nil {
		return nil, err
	}
	var out []views.QuoteVM
	for _, n := range ns {
		if n >= 1 && n <= len(pars) {
			out = append(out, views.QuoteVM{N: n, Text: pars[n-1].Text, URL: "/courses/" + slug + "/read#p-" + itoa(n)})
		}
	}
	return out, nil
}

// answerGrace is how long after a time limit an answer is still taken: the
// time it takes a slow connection to deliver a form sent in time.
const answerGrace = quiz.AnswerGrace

// rules returns the rules an attempt is taken under: its set's, or
// practice.
func (h *Handler) rules(r *http.Request, a *quiz.Attempt) (quiz.SetSettings, error) {
	st, err := h.attemptSet(r, a)
	if err != nil || st == nil {
		return quiz.SetSettings{}, err
	}
	return st.Settings, nil
}

// attemptSet returns the set an attempt takes on its own, or nil for a
// practice quiz of a theme, of the course or of missed questions.
func (h *Handler) attemptSet(r *http.Request, a *quiz.Attempt) (*quiz.QuestionSet, error) {
	if a.SetID == 0 {
		return nil, nil
	}
	return h.db.FindSetInfo(r.Context(), a.SetID)
}

func timeLeft(d time.Duration) string {
	switch m := int(d.Minutes()); {
	case d <= 0:
		return "Time is up"
	case m < 1:
		return "Less than a minute left"
	case m == 1:
		return "1 minute left"
	default:
		return itoa(m) + " minutes left"
	}
}
