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
