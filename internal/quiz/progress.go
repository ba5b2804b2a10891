package quiz

import "time"

// Activity is a learner's dated study in one course, for their progress
// page: every answer and every review since a time, and when each card in
// their queue falls due.
type Activity struct {
	Answers []AnswerEvent // oldest first
	Reviews []time.Time   // ratings not undone, oldest first
	Due     []time.Time   // cards in the deck, not suspended, due before the horizon asked
}

// AnswerEvent is one answer to a question: when, and whether it was right.
type AnswerEvent struct {
	At      time.Time
	Correct bool
	Score   float64 // the share of the marks it earned, 0 to 1
}

// ParagraphItems is what a learner knows of the items of a course that
// cite its paragraphs, for the learner's article map.
type ParagraphItems struct {
	Questions []QuestionKnown
	Cards     []CardKnown
}

// QuestionKnown is a published question with the paragraphs it cites and
// the learner's latest answer to it.
type QuestionKnown struct {
	ID         int64
	ThemeID    int64
	Paragraphs []int
	Practice   bool // in a practice set: a paragraph's practice quiz may draw it
	Answered   bool
	Correct    bool    // the latest answer was right
	Score      float64 // the share of the marks the latest answer earned
	// Imported is set for a question from a file not written for this
	// article (its paragraphs were pinned on import, not cited by it).
	Imported bool
}

// CardKnown is a card of the learner's deck that they have reviewed, with
// the paragraphs it cites (a question's card cites its question's).
type CardKnown struct {
	CardID     int64
	Paragraphs []int
	// DueNow is set for a card due for review now, as the course page
	// counts them (not suspended, due at or before now).
	DueNow bool
	State  CardState
	// Imported is set for a card from a file not written for this
	// article (a written card, or an imported question's card): its
	// paragraphs were pinned on import.
	Imported bool
	// OfQuestion is set for a question's card, as against a written one.
	OfQuestion bool
}
