package quiz

import (
	"io"
	"slices"
	"strings"
	"time"
)

// Course statuses: a new course is a draft, seen only by its owners and
// the admins, until an owner publishes it.
const (
	CourseDraft     = "draft"
	CoursePublished = "published"
)

// OwnedBy reports whether u may see and change the course in the
// instructor area: an admin always, an instructor when among its owners.
func (c *StoredCourse) OwnedBy(u *User) bool {
	if u == nil || u.Anonymous() {
		return false
	}
	if u.Role == RoleAdmin {
		return true
	}
	return u.Role == RoleInstructor && slices.Contains(c.Owners, u.ID)
}

// VisibleTo reports whether u (nil for a visitor) may see the course's
// learner pages: everyone when it is published, its owners when a draft.
func (c *StoredCourse) VisibleTo(u *User) bool {
	return c.Status != CourseDraft || c.OwnedBy(u)
}

// The kinds of things in a course that the instructor area reaches by
// their own id (/teach/sets/{id}): each is checked against its course's
// owners.
const (
	ResourceSet      = "sets"
	ResourceQuestion = "questions"
	ResourceCard     = "cards"
	ResourceDraft    = "drafts"
	ResourceImport   = "imports"
	ResourceClass    = "classes"
	ResourceJob      = "jobs"
)

// OwnedResources lists the kinds above.
var OwnedResources = []string{ResourceSet, ResourceQuestion, ResourceCard, ResourceDraft, ResourceImport, ResourceClass, ResourceJob}

// CourseOwner is an account that owns a course.
type CourseOwner struct {
	UserID int64
	Email  string
	Role   string
}

// CourseUse counts what learners did in a course: a course they used
// cannot be deleted.
type CourseUse struct {
	Attempts int
	Reviews  int
	Classes  int
}

// Used reports whether any learner has used the course.
func (u CourseUse) Used() bool { return u.Attempts > 0 || u.Reviews > 0 }

// Class is a group of a course's learners who joined it by its code.
type Class struct {
	ID          int64
	CourseID    int64
	CourseSlug  string
	CourseTitle string
	Name        string
	Code        string
	CreatedAt   time.Time
	Members     int
}

// ClassCodeAlphabet holds the characters of class codes: letters and
// digits without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
const ClassCodeAlphabet = "ACDEFGHJKMNPQRTUVWXY34679"

// ClassCodeLen is the length of a class code.
const ClassCodeLen = 6

// NewClassCode draws a class code from r (crypto/rand.Reader in use),
// each character uniform over ClassCodeAlphabet.
func NewClassCode(r io.Reader) (string, error) {
	n := len(ClassCodeAlphabet)
	limit := 256 - 256%n // bytes at or above limit would bias the draw
	out := make([]byte, 0, ClassCodeLen)
	buf := make([]byte, 16)
	for len(out) < ClassCodeLen {
		if _, err := io.ReadFull(r, buf); err != nil {
			return "", err
		}
		for _, b := range buf {
			if int(b) < limit && len(out) < ClassCodeLen {
				out = append(out, ClassCodeAlphabet[int(b)%n])
			}
		}
	}
	return string(out), nil
}

// ParseClassCode reads a class code as a learner typed it: case, spaces
// and hyphens do not matter. It returns the code in its stored form, or
// an EInvalid error saying what is wrong.
func ParseClassCode(s string) (string, error) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '\t' || r == '\u00a0':
			continue
		case r >= 'a' && r <= 'z':
			r -= 'a' - 'A'
		}
		if b.Len() > 4*ClassCodeLen {
			break
		}
		b.WriteRune(r)
	}
	code := b.String()
	if code == "" {
		return "", Errorf(EInvalid, "Type the class code your instructor gave you.")
	}
	for _, r := range code {
		if !strings.ContainsRune(ClassCodeAlphabet, r) {
			return "", Errorf(EInvalid, "A class code has only the letters and digits %s; “%c” is not one of them.", ClassCodeAlphabet, r)
		}
	}
	if len(code) != ClassCodeLen {
		return "", Errorf(EInvalid, "A class code has %d characters; this one has %d.", ClassCodeLen, len(code))
	}
	return code, nil
}

// Assignment is a published set, or a theme's quiz, that a class is to
// take by a day.
type Assignment struct {
	ID        int64
	ClassID   int64
	SetID     int64 // or ThemeID
	ThemeID   int64
	Title     string // the set's title, or the theme's
	DueOn     string // YYYY-MM-DD
	CreatedAt time.Time
	// CountsFrom opens the assignment's window: a quiz finished from then
	// on counts as done (AssignmentLookback before CreatedAt).
	CountsFrom time.Time
}

// AssignmentLookback is how long before an assignment is made a quiz
// finished still counts for it: a learner who took the quiz in the two
// weeks before it was assigned has done it.
const AssignmentLookback = 14 * 24 * time.Hour

// Label says what an assignment is, wherever it is listed: "Theme quiz:
// Energy" or "Set: Unit 1 test".
func (a Assignment) Label() string {
	if a.SetID > 0 {
		return "Set: " + LearnerTitle(a.Title)
	}
	return "Theme quiz: " + a.Title
}

// Assignment states for a learner.
const (
	AssignmentDue  = "due"
	AssignmentDone = "done"
	AssignmentLate = "late"
)

// AssignmentState says where a learner stands on an assignment: done when
// they finished an attempt at it within its window (doneAt non-zero)
// by the end of its day, late once its day has passed without that (or
// when they finished after it), due otherwise. Days are counted in loc.
func AssignmentState(a Assignment, doneAt time.Time, now time.Time, loc *time.Location) string {
	if loc == nil {
		loc = time.UTC
	}
	due, err := time.ParseInLocation(time.DateOnly, a.DueOn, loc)
	if err != nil {
		return AssignmentDue
	}
	end := due.AddDate(0, 0, 1)
	if !doneAt.IsZero() {
		if doneAt.Before(end) {
			return AssignmentDone
		}
		return AssignmentLate
	}
	if !now.Before(end) {
		return AssignmentLate
	}
	return AssignmentDue
}

// ClassMember is a learner in a class, with what they did in its course.
type ClassMember struct {
	UserID       int64
	Email        string // empty for an anonymous learner
	DisplayName  string
	JoinedAt     time.Time
	LastActivity time.Time // zero when they did nothing yet
	Attempts     int       // finished attempts in the course
	MeanScore    float64   // mean of those attempts' scores, 0 to 1
	// Done maps an assignment to when the learner finished it (absent
	// when they have not).
	Done map[int64]time.Time
}

// AttemptReport is a finished or running attempt with the answers given,
// for an instructor's view of one learner.
type AttemptReport struct {
	PublicID   string
	ThemeID    int64
	SetID      int64 // the set taken on its own, or 0
	SetTitle   string
	Mode       string
	StartedAt  time.Time
	FinishedAt time.Time
	Items      int
	Score      float64 // the sum of the responses' scores
	Responses  []ReportResponse
}

// ReportResponse is one answer in an AttemptReport, with the question as
// it was answered.
type ReportResponse struct {
	Question   Question
	Answer     Answer
	Correct    bool
	Score      float64
	AnsweredAt time.Time
	ShownAt    time.Time // when the question was first shown; zero when not recorded
}

// LearnerAssignment is an assignment of one of a learner's classes, with
// when they finished it (zero when they have not).
type LearnerAssignment struct {
	Assignment
	ClassName string
	DoneAt    time.Time
}

// ClassFigures is what the class page shows of one learner beyond
// ClassMember: mastery and cards due per theme, leeches, and the time zone
// their assignments are counted in.
type ClassFigures struct {
	Progress map[int64]Progress // per theme of the course, as LearnerState.Progress
	CardsDue map[int64]int      // cards due now per theme, as LearnerState.CardsDue
	Leeches  int                // leech cards in their deck
	TimeZone string             // as FindSettings gives it: the default when they set none
}
