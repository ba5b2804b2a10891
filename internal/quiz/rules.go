package quiz

// The rules of how a set is taken and what a learner may see of its
// answers. Handlers ask these; the store's deck queries apply
// CardsWhenTaken in SQL.

// FeedbackAtEnd reports whether the set gives feedback only once the
// attempt is over, as a test does.
func (s SetSettings) FeedbackAtEnd() bool { return s.Feedback == "end" }

// LimitsAttempts reports whether the set allows only MaxAttempts attempts.
func (s SetSettings) LimitsAttempts() bool { return s.MaxAttempts > 0 }

// AttemptsLeft returns how many more times a learner who has taken the set
// used times may take it, when it limits attempts.
func (s SetSettings) AttemptsLeft(used int) int { return max(s.MaxAttempts-used, 0) }

// CardsWhenTaken reports whether a test's questions join a learner's
// flashcards once that learner has used every attempt: the test limits
// attempts, and its review shows both the answers and the explanations,
// which a card shows. A practice set's questions are always cards, and a
// test the instructor adds to learners' flashcards (QuestionSet.TestCards)
// is open to everyone before they take it.
func (s SetSettings) CardsWhenTaken() bool {
	return s.LimitsAttempts() && !s.HideAnswers && !s.HideExplanations
}

// AnswerShown reports whether the answer key of a question (correctness,
// option feedback, the right items) may be shown under the rules of its
// attempt: never before it is answered; at once in practice, and in a test
// only once the attempt is over; never when the review hides the answers.
// A practice quiz also withholds the answer of a question that has left
// practice since the quiz began (see Attempt.PracticeQuiz).
func AnswerShown(rules SetSettings, answered, over bool) bool {
	return answered && (!rules.FeedbackAtEnd() || over) && !rules.HideAnswers
}

// PracticeQuiz reports whether the attempt is a practice quiz (of a theme,
// of the course, or of missed questions) rather than a set taken on its own
// under its rules. A practice quiz shows a question's answer only while the
// question is still in practice: its set may have gone back to draft, or
// become a test, since the quiz began.
func (a *Attempt) PracticeQuiz() bool { return a.SetID == 0 }

// MatchCorrect reports whether matching the left item of pair i with the
// right item of pair m (authored order; -1 for none) is right. Two pairs
// may share a right item's text; either counts.
func MatchCorrect(q Question, i, m int) bool {
	return i >= 0 && i < len(q.Pairs) && m >= 0 && m < len(q.Pairs) && Normalize(q.Pairs[m].Right) == Normalize(q.Pairs[i].Right)
}
