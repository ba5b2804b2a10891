package quiz

import "time"

// ResponseFilter chooses the responses item statistics are computed from.
type ResponseFilter struct {
	// AllAttempts takes every attempt; otherwise each learner's first
	// attempt at each set (the lowest-numbered attempt that answered one
	// of its questions).
	AllAttempts bool
	// Learners, when not nil, keeps only these learners' responses (a
	// class's members); an empty, non-nil list keeps none.
	Learners []int64
}

// ItemResponse is one response as the statistics read it: who answered
// which question (at which version, in which set), in which attempt, what
// and how well, and when the question was shown and answered.
type ItemResponse struct {
	ID         int64
	AttemptID  int64
	LearnerID  int64
	QuestionID int64
	VersionID  int64
	SetID      int64
	Answer     Answer
	Correct    bool
	Score      float64
	ShownAt    time.Time // zero when not recorded
	AnsweredAt time.Time
}

// Seconds is how long the learner took to answer, or -1 when the time the
// question was shown is not known.
func (r ItemResponse) Seconds() float64 {
	if r.ShownAt.IsZero() || r.AnsweredAt.Before(r.ShownAt) {
		return -1
	}
	return r.AnsweredAt.Sub(r.ShownAt).Seconds()
}

// QuestionMemory is one learner's flashcard state on a question's card.
type QuestionMemory struct {
	QuestionID int64
	LearnerID  int64
	State      CardState
}

// Bucket counts the values that fell in one bucket of a histogram: N
// values, each taken as Value.
type Bucket struct {
	Value float64
	N     int
}

// QuestionSums are what is kept of a question's responses in one scope
// (first attempts or all), from which its statistics are worked out: with
// x its mark in an attempt at its set and y the rest of that attempt's
// total, the count and sums of x, x², y, y² and xy, and histograms of the
// marks, of y (to the hundredth) and of the whole seconds taken to answer,
// each ascending by value.
type QuestionSums struct {
	QuestionID            int64
	N                     int
	SX, SXX, SY, SYY, SXY float64
	Marks, Rest, Times    []Bucket
	// Options counts, for each version answered, the responses choosing
	// each option (by its index in that version); the key -1 counts the
	// responses to the version.
	Options map[int64]map[int]int
}

// SetSums are what is kept of the attempts at a set in one scope: their
// number, the sums of their totals, of the totals squared and of their
// scores, and a histogram of the scores (to the ten-thousandth).
type SetSums struct {
	SetID       int64
	N           int
	ST, STT, SS float64
	Scores      []Bucket
}

// CourseSums are a course's kept statistics in one scope, by question and
// by set id.
type CourseSums struct {
	Questions map[int64]*QuestionSums
	Sets      map[int64]*SetSums
}
