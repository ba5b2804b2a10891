package quiz

import "time"

// Draft statuses.
const (
	DraftPending  = "pending"
	DraftAccepted = "accepted"
	DraftRejected = "rejected"
)

// Draft is a generated question or flashcard waiting for, or past, an
// instructor's review. Exactly one of Question and Card is set.
type Draft struct {
	ID       int64
	CourseID int64
	ThemeID  int64
	Question *Question
	Card     *Card
	// Paragraph holds Sentence at byte offsets SentenceStart..SentenceEnd.
	Paragraph                  int
	Sentence                   string
	SentenceStart, SentenceEnd int
	Answer                     string // what the item tests
	Rule                       string // the rule that made it
	Score                      float64
	Status                     string
	// Held marks a pending draft scored under the ranker's threshold: kept
	// out of the review queue until the instructor asks for more.
	Held       bool
	Edited     bool  // accepted after an edit
	QuestionID int64 // the question an accepted question draft became
	CardID     int64 // the card an accepted card draft became
	CreatedAt  time.Time
}

// Kind is "question" or "card".
func (d *Draft) Kind() string {
	if d.Card != nil {
		return "card"
	}
	return "question"
}

// DraftCount tallies a theme's drafts by status; Held counts the pending
// drafts held back, which Pending leaves out.
type DraftCount struct{ Pending, Held, Accepted, Rejected int }

// AcceptedDrafts reports what accepting drafts did.
type AcceptedDrafts struct {
	Questions, Cards int
	SetID            int64 // the set the questions went to (0 when none did)
}
