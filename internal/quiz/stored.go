package quiz

import "time"

// StoredCourse is a course as stored, with its themes in order.
type StoredCourse struct {
	ID     int64
	Slug   string
	Title  string
	Source string
	Themes []StoredTheme
	// Status is CourseDraft or CoursePublished; learners see only
	// published courses.
	Status string
	// Owners are the ids of the instructors who own the course; a course
	// with none belongs to the admins.
	Owners []int64
}

// StoredTheme is a theme as stored. Questions counts the questions in its
// published sets; Practice those of them in sets with practice rules,
// which the theme's quiz draws from (the others are tests).
type StoredTheme struct {
	ID         int64
	Slug       string
	Title      string
	Summary    string
	Position   int
	Paragraphs []int
	Questions  int
	Practice   int
	Cards      int // flashcards in every learner's deck of the theme (a learner who took a test has more: LearnerState.Cards)
}

// Theme returns the course's theme with the given slug.
func (c *StoredCourse) Theme(slug string) (StoredTheme, bool) {
	for _, t := range c.Themes {
		if t.Slug == slug {
			return t, true
		}
	}
	return StoredTheme{}, false
}

// ThemeByID returns the course's theme with the given id.
func (c *StoredCourse) ThemeByID(id int64) (StoredTheme, bool) {
	for _, t := range c.Themes {
		if t.ID == id {
			return t, true
		}
	}
	return StoredTheme{}, false
}

// StoredQuestion is one version of a question: the one current when read,
// or the one an attempt was built from.
type StoredQuestion struct {
	ID        int64 // questions.id, the same across versions
	VersionID int64
	Version   int
	Theme     string
	Question
}

// Set statuses.
const (
	SetDraft     = "draft"
	SetPublished = "published"
)

// QuestionSet is a theme's question set as instructors manage it.
type QuestionSet struct {
	ID        int64
	CourseID  int64
	ThemeID   int64
	Title     string
	Status    string
	Position  int
	Questions int
	Cards     int // written cards that belong to it (see SetCards)
	Answered  int // responses learners have given to its questions
	CreatedAt time.Time
	Settings  SetSettings
	// TestCards adds a test's questions to every learner's flashcards,
	// before they take it; otherwise they join a learner's deck once that
	// learner has used every attempt. Practice sets' questions always do.
	TestCards bool
}

// WrittenCard is a flashcard written for a course (not made from a
// question), as the instructor area lists it.
type WrittenCard struct {
	ID       int64
	CourseID int64
	ThemeID  int64
	Card
	SetID    int64 // the set it came with, 0 for none
	SetTitle string
	Learners int // learners who have studied it
}

// ThemeEdit is a theme's new title, summary and paragraphs.
type ThemeEdit struct {
	ID         int64
	Title      string
	Summary    string
	Paragraphs []int
}
