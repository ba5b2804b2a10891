package quiz

import "time"

// CardState is a learner's memory of one card, as the scheduler keeps it.
type CardState struct {
	State         string // new, learning, review, relearning
	Due           time.Time
	Stability     float64
	Difficulty    float64
	ElapsedDays   int
	ScheduledDays int
	Step          int
	Reps          int
	Lapses        int
	LastReview    time.Time // zero when never reviewed
	Leech         bool
	Suspended     bool
	// Missed: the card entered the learner's queue because its question
	// was missed in a quiz (due at once, though still in state new).
	Missed bool
	// MissedScore is the share of the marks the latest answer to the
	// card's question earned, for a Missed card: above 0 when it was
	// partly right.
	MissedScore float64
}

// StudyCard is a card as a learner studies it: its content and, once it
// has entered the learner's queue, its state.
type StudyCard struct {
	ID         int64
	UID        string
	CourseID   int64
	ThemeID    int64
	Front      string
	Back       string
	Paragraphs []int
	// Tags are a written card's tags (an Anki note's).
	Tags []string
	// Images are a written card's images, each on its side.
	Images []Image
	// Question is set for a card drawn from a question (its current
	// version); Front and Back are then empty and drawn from it.
	Question *Question
	State    *CardState // nil for a card the learner has never seen
}

// StudySettings are a learner's study preferences.
type StudySettings struct {
	DesiredRetention float64
	NewPerDay        int
	DayStartHour     int
	TimeZone         string
}

// DefaultStudySettings are the settings of a learner who has not changed them.
func DefaultStudySettings() StudySettings {
	return StudySettings{DesiredRetention: 0.9, NewPerDay: 20, DayStartHour: 4, TimeZone: "UTC"}
}

// DeckCount is a learner's standing on one theme's deck.
type DeckCount struct {
	Total   int // cards in the deck
	Due     int // cards in the queue due now (not suspended)
	New     int // cards never seen
	Leeches int
}

// NextCardQuery says which card to study next.
type NextCardQuery struct {
	UserID   int64
	CourseID int64
	ThemeID  int64 // 0 for every theme
	Now      time.Time
	DayStart time.Time // when the learner's day began, for the new-card limit
	NewLimit int
	// CountOnly asks for the counts alone: no card is chosen or read.
	CountOnly bool
}

// Review is one rating to record: the card's state after it, and what the
// review log keeps.
type Review struct {
	UserID      int64
	CardID      int64
	ExpectReps  int // the card's review count the learner saw; a stale count means a double submit
	Rating      int // 1 again, 2 hard, 3 good, 4 easy
	At          time.Time
	After       CardState
	ElapsedDays int
}

// ReviewStats sums up a learner's reviews in a course since a time.
type ReviewStats struct {
	Reviewed int
	Recalled int       // rated hard, good or easy
	NextDue  time.Time // the earliest due card not suspended; zero when none
}
