package handlers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

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

// importedFlash says what an import just put into a set, and offers to
// publish it when it is a draft.
func importedFlash(s *quiz.QuestionSet, cards int) (string, *views.FlashActionVM) {
	what := plural(s.Questions, "question", "questions")
	if cards > 0 {
		what += " and " + plural(cards, "flashcard", "flashcards")
	}
	if s.Status == quiz.SetPublished {
		return what + " imported into the published set “" + s.Title + "”: learners see it now.", nil
	}
	return what + " imported into the draft set “" + s.Title + "”. Learners see nothing until you publish it: check the questions below, then publish it here.",
		&views.FlashActionVM{URL: "/teach/sets/" + strconv.FormatInt(s.ID, 10) + "/status", Label: "Publish the set",
			Fields: []views.FieldVM{{Name: "status", Value: quiz.SetPublished}, {Name: "from", Value: "set"}}}
}

// showTeachSet shows a set's questions with their answers.
func (h *Handler) showTeachSet(w http.ResponseWriter, r *http.Request) {
	s, qs, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	vm := views.TeachSetVM{Page: h.coursePage(r, s.Title, c), CourseSlug: c.Slug, CourseTitle: c.Title,
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
		vm.Cards = append(vm.Cards, views.SetCardVM{Front: cd.Front, Back: cd.Back, Paragraphs: paragraphList(cd.Paragraphs), Tags: cd.Tags})
	}
	held, err := h.db.HeldReasons(r.Context(), s.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for _, hq := range held {
		vm.Held = append(vm.Held, views.HeldVM{ID: hq.ID, Reason: hq.Reason})
	}
	if kind, id := flashOf(r.Context()); kind == flashImported && id == s.ID {
		vm.Page.Flash, vm.Page.FlashAction = importedFlash(s, len(cards))
	}
	for _, sq := range qs {
		q := sq.Question
		qv := views.SetQuestionVM{DBID: sq.ID, ID: q.ID, Type: typeNames[q.Type], Kind: string(q.Kind), Prompt: q.Prompt, Images: imageVMs(q.Images),
			Explanation: q.Explanation, ExplanationImages: imageVMs(q.FeedbackImages), Paragraphs: paragraphList(q.Paragraphs)}
		for _, o := range q.Options {
			text := o.Text
			if o.Fraction != 0 {
				text += " (" + quiz.PercentText(o.Fraction) + ")"
			}
			qv.Options = append(qv.Options, views.OptionVM{Text: text, Correct: o.Correct, Feedback: o.Feedback, Image: optionImage(o), FeedbackImages: imageVMs(o.FeedbackImages)})
		}
		switch q.Type {
		case quiz.Short:
			qv.Answers = append([]string(nil), q.Answers...)
			for _, m := range q.Marked {
				text := m.Text
				if text == quiz.CatchAll {
					text = "any other answer"
				}
				line := text + " (" + quiz.PercentText(m.Fraction) + ")"
				if m.Feedback != "" {
					line += ": " + m.Feedback
				}
				qv.Answers = append(qv.Answers, line)
				qv.AnswerImages = append(qv.AnswerImages, imageVMs(m.FeedbackImages)...)
			}
		case quiz.Numeric:
			// Every answer in the order they are checked, with its
			// marks when they are not full, and its feedback.
			for _, n := range q.Numeric {
				line := quiz.NumericText(n)
				if n.Fraction != nil || n.Any {
					line += " (" + quiz.PercentText(n.Mark()) + ")"
				}
				if n.Feedback != "" {
					line += ": " + n.Feedback
				}
				qv.Answers = append(qv.Answers, line)
				qv.AnswerImages = append(qv.AnswerImages, imageVMs(n.FeedbackImages)...)
			}
		case quiz.Matching:
			qv.Answers = quiz.CorrectText(q)
		}
		vm.Questions = append(vm.Questions, qv)
	}
	h.render(w, r, http.StatusOK, views.TeachSetPage(vm))
}

func paragraphList(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = itoa(n)
	}
	return strings.Join(parts, ", ")
}
