package quiz

import (
	"fmt"
	"strings"
	"time"
)

// ImportSet is a batch of questions and written cards to add to an existing
// course, as read from a GIFT, Aiken, CSV or question-set JSON file.
type ImportSet struct {
	// Course is the slug of the course that receives the import.
	Course string
	// Theme is the slug of the theme that receives every question and card
	// whose own Theme is not one of the course's theme slugs (a GIFT
	// category or Anki deck the course does not have, or none). When it is
	// empty, such a question or card is an error.
	Theme string
	// Title is the title of the question set created in each theme that
	// receives questions.
	Title string
	// Publish makes the new sets published, so learners see their
	// questions at once; otherwise they are drafts.
	Publish bool
	// Questions and Cards are the content. A question or card that cites
	// no paragraph is given every paragraph of its theme.
	Questions []Question
	Cards     []Card
	// QuestionLines holds the line of the file where each of Questions
	// starts, when known; the messages then name a question by it.
	QuestionLines []int
	// Held holds, for each of Questions, why it must be held back ("" for
	// none): a question whose text depends on media Lectern left out (a
	// Moodle question's audio) goes to a set of its own that stays a
	// draft, published or not the rest, for the instructor to check.
	Held []string
	// OwnerID, when positive, is recorded as the author of the questions.
	OwnerID int64
	// DryRun checks and plans everything, writes nothing, and still
	// returns the report of what would have been imported.
	DryRun bool
}

// ImportReport says what an import added, or would add on a dry run.
type ImportReport struct {
	Course    string
	Sets      []ImportedSet
	Questions int
	ByType    map[QuestionType]int
	// QuestionCards counts the flashcards made from questions (one each);
	// Cards counts the written cards.
	QuestionCards int
	Cards         int
	// Renamed lists the questions and cards whose id was taken in the
	// course and that were given a free one.
	Renamed []Renamed
	// Duplicates lists the questions and written cards left out because
	// the course already has them (the same prompt, or a written card's
	// front): importing a course's own export again adds only what is new.
	Duplicates []Duplicate
	// Held lists the questions imported into a held set (see
	// ImportSet.Held), in the order of the import.
	Held      []HeldQuestion
	Published bool
	DryRun    bool
}

// Duplicate is a question or written card of an import left out because
// the course already has it.
type Duplicate struct {
	What  string // "question" or "card"
	Index int    // its index in the import's Questions or Cards
	// Where names it in the file: "line 12", or its id.
	Where string
	Text  string // the prompt or front
	// Existing is the id of the course's question with the same prompt,
	// or, for a card, the question whose exported flashcard it is ("" for
	// a card that repeats a written card).
	Existing string
}

// AllPresent starts the message of the EConflict error that refuses an
// import whose every item the course already has.
const AllPresent = "everything in this file is already in this course"

// IsWrittenCard says whether d repeats one of the course's written
// cards; a card of the course's own export that is one of its questions
// counts as that question.
func (d Duplicate) IsWrittenCard() bool { return d.What == "card" && d.Existing == "" }

// String says what was left out, and why.
func (d Duplicate) String() string {
	if d.IsWrittenCard() {
		return d.Where + ": already in this course"
	}
	return fmt.Sprintf("%s: %q is already in this course (question %q)", d.Where, d.Text, d.Existing)
}

// HeldQuestion is a question imported into a held set, and why.
type HeldQuestion struct {
	ID     string // its id in the course
	Where  string // "line 12", or its id
	Reason string
	SetID  int64 // 0 on a dry run
}

// HeldTitle is the title of the draft set that holds an import's held
// questions, beside the set titled title.
func HeldTitle(title string) string { return title + heldSuffix }

const heldSuffix = " (held for review)"

// LearnerTitle is a set's title as learners see it: without the suffix
// HeldTitle adds, which is for the instructor alone.
func LearnerTitle(title string) string {
	if t := strings.TrimSuffix(title, heldSuffix); t != "" {
		return t
	}
	return title
}

// ImportedSet is a question set created by an import. ID is 0 on a dry run.
type ImportedSet struct {
	ID        int64
	Theme     string
	Title     string
	Questions int
	Cards     int // written cards that came with it
	// Held says the set holds the import's held questions: it stays a
	// draft whatever the import asked.
	Held bool
}

// Renamed records an id changed on import because the course already used
// it.
type Renamed struct {
	What     string // "question" or "card"
	From, To string
}

// MaxImportItems is the most questions and written cards, together, that
// one file may add. An import is written in one transaction, during which
// every other write (a learner's answer, a review, a sign-in) waits: 5,000
// items keep that wait under a second (docs/benchmarks.md).
const MaxImportItems = 5000

// CheckImportSize refuses a file holding more than MaxImportItems
// questions and written cards, saying how many it holds.
func CheckImportSize(questions, cards int) error {
	if n := questions + cards; n > MaxImportItems {
		return Errorf(EInvalid, "the file holds %d questions and cards (%d and %d); Lectern imports at most %d from one file: split it into smaller files",
			n, questions, cards, MaxImportItems)
	}
	return nil
}

// ParsedFile is a question file as read by internal/formats (GIFT, Aiken,
// CSV/TSV) or, for question-set JSON, by quizzes.Decode.
type ParsedFile struct {
	Questions []Question
	// QuestionLines holds the line of the file where each of Questions
	// starts, when the format knows it; the import's messages name a
	// question by it.
	QuestionLines []int
	// Held holds, for each of Questions, why it is held back ("" for
	// none), as ImportSet.Held.
	Held  []string
	Cards []Card
	// Course is the whole course a question-set JSON file holds; nil for
	// the other formats. Its slug and article say what the paragraph
	// numbers of its questions and cards refer to.
	Course *Course
}

// PendingImport is an uploaded file waiting for the instructor to confirm
// its import.
type PendingImport struct {
	ID        string
	UserID    int64
	CourseID  int64
	Theme     string
	Title     string
	Publish   bool
	FileName  string
	Format    string
	Body      []byte
	CreatedAt time.Time
}
