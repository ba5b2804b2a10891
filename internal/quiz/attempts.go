package quiz

import (
	"math"
	"math/rand/v2"
	"time"
)

// Attempt modes.
const (
	ModeTheme = "theme" // every question of one theme
	ModeMixed = "mixed" // a sample across all themes
	ModeRetry = "retry" // the questions missed in an earlier attempt
)

// Attempt is one run through a quiz, with its questions in the order the
// learner sees them.
type Attempt struct {
	ID         int64
	PublicID   string
	UserID     int64
	CourseID   int64
	ThemeID    int64 // 0 for mixed and retry attempts
	Mode       string
	RetryOf    int64
	SetID      int64     // set taken on its own, under its rules; 0 otherwise
	Deadline   time.Time // zero without a time limit
	StartedAt  time.Time
	FinishedAt time.Time // zero while unfinished
	Items      []AttemptItem
}

// AttemptItem is one question of an attempt, fixed at the version the
// attempt was built from, with its shuffled option (or right-item) order.
type AttemptItem struct {
	Idx      int
	Question StoredQuestion
	Order    []int
	Response *Response
}

// Response is a learner's recorded answer. It never changes once written.
type Response struct {
	Answer     Answer
	Correct    bool
	Score      float64
	AnsweredAt time.Time
}

// Finished reports whether every question has been answered.
func (a *Attempt) Finished() bool { return !a.FinishedAt.IsZero() }

// Over reports whether the attempt is over at now: every question answered,
// or its time limit (with grace) passed.
func (a *Attempt) Over(now time.Time, grace time.Duration) bool {
	return a.Finished() || a.TimedOut(now, grace)
}

// TimedOut reports whether the attempt's time limit, with grace, has passed.
func (a *Attempt) TimedOut(now time.Time, grace time.Duration) bool {
	return !a.Deadline.IsZero() && now.After(a.Deadline.Add(grace))
}

// Answered counts the answered questions.
func (a *Attempt) Answered() int {
	n := 0
	for _, it := range a.Items {
		if it.Response != nil {
			n++
		}
	}
	return n
}

// NextUnanswered returns the index of the first unanswered question, or -1.
func (a *Attempt) NextUnanswered() int {
	for i, it := range a.Items {
		if it.Response == nil {
			return i
		}
	}
	return -1
}

// NewAttempt says which attempt to build. Rand shuffles question and option
// order; MixedSize caps a mixed
type NewAttempt struct {
	UserID    int64
	CourseID  int64
	ThemeID   int64
	Mode      string
	RetryOf   int64
	MixedSize int
	Rand      *rand.Rand
	// SetID takes one set on its own (Mode theme), drawing Pool questions
	// (0: all) with an optional time limit.
	SetID     int64
	Pool      int
	TimeLimit time.Duration
	// Paragraph, with Mode theme, draws a short quiz of the practice
	// questions citing that paragraph (ThemeID its theme), at most
	// ParagraphQuizSize of them.
	Paragraph int
}

// ParagraphQuizSize is the most questions a paragraph's practice quiz asks.
const ParagraphQuizSize = 5

// AttemptSummary is a line in a learner's list of attempts.
type AttemptSummary struct {
	PublicID  string
	ThemeID   int64
	Mode      string
	Items     int
	Answered  int
	StartedAt time.Time
	SetTitle  string // the set's, for an attempt at one set on its own
}

// Progress is a learner's standing on one theme: of its Total published
// questions, how many they have Answered, how many their latest answer got
// wholly right (Mastered), and the sum of their latest answers' marks as
// fractions of full marks (Score: partly right answers count in part).
type Progress struct {
	Total    int
	Answered int
	Mastered int
	Score    float64
}

// Percent is the share of the theme's marks the learner's latest answers
// earned, 0 to 100.
func (p Progress) Percent() int {
	return PercentOf(p.Score, p.Total)
}

// PercentOf is a score out of total marks as a whole percentage, rounded
// half up; 0 when total is 0.
func PercentOf(score float64, total int) int {
	if total <= 0 {
		return 0
	}
	return int(math.Floor(score*100/float64(total) + 0.5 + 1e-9))
}

// Percent is n of total as a whole percentage, rounded half up (2 of 3 is
// 67); 0 when total is 0.
func Percent(n, total int) int {
	if total <= 0 {
		return 0
	}
	return (n*200 + total) / (2 * total)
}

// LearnerState is what a learner has done in a course: progress per theme
// and the unfinished attempts (newest first, at most three).
type LearnerState struct {
	Progress map[int64]Progress
	Open     []AttemptSummary
	CardsDue map[int64]int // flashcards due at the time asked, per theme
	Cards    map[int64]int // flashcards in the learner's deck, per theme
}

// AnswerGrace is how long after a time limit an answer is still taken: the
// time it takes a slow connection to deliver a form sent in time. An
// attempt is running until then.
const AnswerGrace = 30 * time.Second
