package generate

import "github.com/lectern/lectern/internal/quiz"

// What a learner reads after a true/false statement. The page says
// "Right" or "Not quite" and, when wrong, "The answer: True"; the
// explanation under it quotes the sentence the statement tests, and
// says no "True." or "False." again. A false statement's True option
// says what the article has in place of the swap, without quoting the
// sentence the explanation quotes.

// statementExplanation is a statement's explanation: its sentence.
func statementExplanation(sentence string) string {
	return "The article says: " + quote(sentence)
}

// swapFeedback is the feedback on True of a false statement: what the
// article has ("forty"), not what the statement put in its place.
func swapFeedback(have, not string) string {
	return "The article has " + quote(have) + ", not " + quote(not) + "."
}

// falseStatement is the question of a false statement made from sentence
// s by putting not where it has have.
func falseStatement(s *sentence, statement, have, not string) *quiz.Question {
	return &quiz.Question{
		Type:   quiz.TrueFalse,
		Kind:   questionKind(s),
		Prompt: "True or false? " + statement,
		Options: []quiz.Option{
			{Text: "True", Feedback: swapFeedback(have, not)},
			{Text: "False", Correct: true},
		},
		Explanation: statementExplanation(s.text),
	}
}
