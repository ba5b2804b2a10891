package handlers

import (
	"context"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// Store is everything the handlers ask of Lectern's storage, and nothing
// more: the SQLite store (internal/store) satisfies it, and so must any
// other backend. Each method runs in its own transaction; a missing row is
// a quiz.ENotFound error.
type Store interface {
	Accounts
	Sessions
	Courses
	Images
	Sets
	Questions
	WrittenCards
	Attempts
	Study
	Imports
	Drafts
	Progress
	Owners
	Classes
	Statistics
	Jobs
	// Ping reports whether the database answers.
	Ping(ctx context.Context) error
}

// Accounts is what the handlers need of users: learners, accounts and roles.
type Accounts interface {
	CreateAnonymousLearner(ctx context.Context) (int64, error)
	FindUser(ctx context.Context, id int64) (*quiz.User, error)
	FindAccount(ctx context.Context, email string) (*quiz.Account, error)
	CreateUser(ctx context.Context, email, passwordHash, role string) (int64, error)
	SetPassword(ctx context.Context, userID int64, passwordHash string) error
	UpgradeAnonymous(ctx context.Context, userID int64, email, passwordHash string) error
	MergeLearner(ctx context.Context, fromID, intoID int64) error
	ChangeRole(ctx context.Context, userID int64, role string) error
	// SetDisplayName changes the name a learner's instructors see.
	SetDisplayName(ctx context.Context, userID int64, name string) error
	ListAccounts(ctx context.Context) ([]quiz.User, error)
	// LearnerData reads everything stored about a learner, for them to
	// download; DeleteLearner removes it all, the learner included.
	LearnerData(ctx context.Context, userID int64) (*quiz.LearnerData, error)
	DeleteLearner(ctx context.Context, userID int64) (quiz.DeletedLearner, error)
}

// Sessions keeps the server side of session cookies.
type Sessions interface {
	FindSession(ctx context.Context, tokenHash string) (*quiz.SessionRecord, error)
	SaveSession(ctx context.Context, s quiz.SessionRecord) error
	DeleteSession(ctx context.Context, tokenHash string) error
}

// Courses reads and writes courses and their themes.
type Courses interface {
	ListCourses(ctx context.Context) ([]*quiz.StoredCourse, error)
	FindCourse(ctx context.Context, slug string) (*quiz.StoredCourse, error)
	FindCourseByID(ctx context.Context, id int64) (*quiz.StoredCourse, error)
	Paragraphs(ctx context.Context, courseID int64) ([]quiz.Paragraph, error)
	ExportCourse(ctx context.Context, slug string) (*quiz.Course, error)
	ImportCourse(ctx context.Context, c *quiz.Course, ownerID int64) (int64, error)
	UpdateThemes(ctx context.Context, courseID int64, edits []quiz.ThemeEdit) error
}

// Images serves the images of questions and cards.
type Images interface {
	// FindImage returns an image and, for each place that shows it, its
	// course and whether the learner (0 for a visitor) may see it there.
	FindImage(ctx context.Context, hash string, userID int64, now time.Time) (*quiz.StoredImage, []quiz.ImageUse, error)
}

// Sets is the instructor's side of question sets.
type Sets interface {
	ListSets(ctx context.Context, courseID int64) ([]quiz.QuestionSet, error)
	// ListTests is the course's published sets with test rules, for
	// learners: no counts of answers.
	ListTests(ctx context.Context, courseID int64) ([]quiz.QuestionSet, error)
	FindSet(ctx context.Context, setID int64) (*quiz.QuestionSet, []quiz.StoredQuestion, error)
	FindSetInfo(ctx context.Context, setID int64) (*quiz.QuestionSet, error)
	CreateSet(ctx context.Context, themeID int64, title string) (int64, error)
	RenameSet(ctx context.Context, setID int64, title string) error
	SetStatus(ctx context.Context, setID int64, status string) error
	DuplicateSet(ctx context.Context, setID int64, userID int64) (int64, error)
	DeleteSet(ctx context.Context, setID int64) error
	SaveSetSettings(ctx context.Context, setID int64, st quiz.SetSettings, testCards bool) error
	ExportSet(ctx context.Context, setID int64) (*quiz.Course, *quiz.QuestionSet, error)
	SetCards(ctx context.Context, setID int64) ([]quiz.Card, error)
	HeldReasons(ctx context.Context, setID int64) ([]quiz.HeldQuestion, error)
	MoveSet(ctx context.Context, setID int64, delta int) error
}

// Questions is the question editor's side of a set's questions, and
// whether a question is still in practice.
type Questions interface {
	InPractice(ctx context.Context, questionID int64) (bool, error)
	FindQuestion(ctx context.Context, questionID int64) (*quiz.StoredQuestion, int64, error)
	CreateQuestion(ctx context.Context, setID int64, q quiz.Question, userID int64) (int64, error)
	UpdateQuestion(ctx context.Context, questionID int64, q quiz.Question, userID int64) (int, error)
	DeleteQuestion(ctx context.Context, questionID int64) error
	RestoreQuestion(ctx context.Context, questionID int64) error
	MoveQuestion(ctx context.Context, questionID int64, delta int) error
}

// WrittenCards are the flashcards written for a theme.
type WrittenCards interface {
	ThemeCards(ctx context.Context, themeID int64) ([]quiz.WrittenCard, error)
	FindWrittenCard(ctx context.Context, cardID int64) (*quiz.WrittenCard, error)
	CreateCard(ctx context.Context, themeID int64, card quiz.Card) (int64, error)
	UpdateCard(ctx context.Context, cardID int64, card quiz.Card) error
	DeleteCard(ctx context.Context, cardID int64) error
	RestoreCard(ctx context.Context, cardID int64) error
}

// Attempts records quizzes taken and what a learner has done in a course.
type Attempts interface {
	CreateAttempt(ctx context.Context, na quiz.NewAttempt) (*quiz.Attempt, error)
	FindAttempt(ctx context.Context, publicID string) (*quiz.Attempt, error)
	RecordResponse(ctx context.Context, a *quiz.Attempt, idx int, ans quiz.Answer, res quiz.Result) (resp *quiz.Response, recorded bool, err error)
	CountAttempts(ctx context.Context, userID, setID int64) (int, error)
	// MarkShown records when an item was first shown, the start of the
	// time taken to answer it.
	MarkShown(ctx context.Context, attemptID int64, idx int) error
	FindLearnerState(ctx context.Context, userID, courseID int64, now time.Time) (*quiz.LearnerState, error)
}

// Study is a learner's flashcards: settings, decks, reviews and leeches.
type Study interface {
	FindSettings(ctx context.Context, userID int64) (quiz.StudySettings, error)
	SaveSettings(ctx context.Context, userID int64, s quiz.StudySettings) error
	DeckCounts(ctx context.Context, userID, courseID int64, now, dayStart time.Time) (map[int64]quiz.DeckCount, int, error)
	NewCardsStarted(ctx context.Context, userID int64, dayStart time.Time) (int, error)
	NextCard(ctx context.Context, q quiz.NextCardQuery) (card *quiz.StudyCard, due, newLeft int, err error)
	FindCard(ctx context.Context, userID, cardID int64) (*quiz.StudyCard, error)
	RecordReview(ctx context.Context, r quiz.Review) (bool, error)
	UndoLastReview(ctx context.Context, userID, courseID int64) (int64, int, error)
	UndoableRating(ctx context.Context, userID, courseID int64, since time.Time) (int, error)
	CreatePasswordReset(ctx context.Context, userID int64, tokenHash string, expires time.Time) error
	FindPasswordReset(ctx context.Context, tokenHash string) (string, error)
	UsePasswordReset(ctx context.Context, tokenHash, passwordHash string) (int64, error)
	ChangeEmail(ctx context.Context, userID int64, email string) error
	SetSuspended(ctx context.Context, userID, cardID int64, suspended bool) error
	Leeches(ctx context.Context, userID, courseID int64) ([]*quiz.StudyCard, error)
	FindReviewStats(ctx context.Context, userID, courseID int64, since time.Time) (quiz.ReviewStats, error)
}

// Imports adds question files to courses, with uploads waiting for confirmation.
type Imports interface {
	ImportFile(ctx context.Context, f quiz.ParsedFile, in quiz.ImportSet) (*quiz.ImportReport, error)
	SavePendingImport(ctx context.Context, p quiz.PendingImport) (string, error)
	FindPendingImport(ctx context.Context, userID int64, id string) (*quiz.PendingImport, error)
	DeletePendingImport(ctx context.Context, userID int64, id string) error
}

// Drafts is the review queue of generated questions and cards.
type Drafts interface {
	DraftingContext(ctx context.Context, slug string) (*quiz.Course, error)
	ReplaceDrafts(ctx context.Context, courseID int64, themeIDs []int64, drafts []quiz.Draft) error
	ListDrafts(ctx context.Context, themeID int64, status string) ([]quiz.Draft, error)
	FindDraft(ctx context.Context, id int64) (*quiz.Draft, error)
	DraftCounts(ctx context.Context, courseID int64) (map[int64]quiz.DraftCount, error)
	DraftsSet(ctx context.Context, themeID int64) (int64, error)
	AcceptDrafts(ctx context.Context, themeID int64, ids []int64, userID int64) (quiz.AcceptedDrafts, error)
	AcceptEditedDraft(ctx context.Context, id int64, q *quiz.Question, card *quiz.Card, userID int64) (int64, error)
	RejectDrafts(ctx context.Context, themeID int64, ids []int64, userID int64) (int, error)
	RestoreDraft(ctx context.Context, id int64) error
	MoreDrafts(ctx context.Context, themeID int64, n int) (int, error)
}

// Progress is what a learner's progress page and article map read.
type Progress interface {
	FindActivity(ctx context.Context, userID, courseID int64, since, until, now time.Time) (*quiz.Activity, error)
	FindParagraphItems(ctx context.Context, userID, courseID int64, now time.Time) (*quiz.ParagraphItems, error)
}

// Owners is who owns a course, and the changes only its owners make:
// title, draft or published, deletion.
type Owners interface {
	CourseOwners(ctx context.Context, courseID int64) ([]quiz.CourseOwner, error)
	AddCourseOwner(ctx context.Context, courseID int64, email string) (int64, error)
	RemoveCourseOwner(ctx context.Context, courseID, userID int64) error
	SetCourseStatus(ctx context.Context, courseID int64, status string) error
	RenameCourse(ctx context.Context, courseID int64, title string) error
	CourseUse(ctx context.Context, courseID int64) (quiz.CourseUse, error)
	DeleteCourse(ctx context.Context, courseID int64) error
	// ResourceCourse returns the course of a thing reached by its own id
	// (kind is one of quiz.OwnedResources).
	ResourceCourse(ctx context.Context, kind, id string) (int64, error)
}

// Classes are the groups of learners who join a course by a code, and
// what their instructors assign them.
type Classes interface {
	CreateClass(ctx context.Context, courseID int64, name string, userID int64) (*quiz.Class, error)
	RenameClass(ctx context.Context, classID int64, name string) error
	NewClassCode(ctx context.Context, classID int64) (string, error)
	DeleteClass(ctx context.Context, classID int64) error
	ListClasses(ctx context.Context, courseID int64) ([]quiz.Class, error)
	FindClass(ctx context.Context, classID int64) (*quiz.Class, error)
	FindClassByCode(ctx context.Context, code string) (*quiz.Class, error)
	LearnerClasses(ctx context.Context, userID int64) ([]quiz.Class, error)
	JoinClass(ctx context.Context, classID, userID int64) (bool, error)
	LeaveClass(ctx context.Context, classID, userID int64) error
	IsClassMember(ctx context.Context, classID, userID int64) (bool, error)
	ClassLearnerIDs(ctx context.Context, classID int64) ([]int64, error)
	ClassMembers(ctx context.Context, classID int64) ([]quiz.ClassMember, error)
	ClassFigures(ctx context.Context, classID, courseID int64, now time.Time) (map[int64]quiz.ClassFigures, error)
	CreateAssignment(ctx context.Context, a quiz.Assignment) (int64, error)
	DeleteAssignment(ctx context.Context, classID, id int64) error
	ClassAssignments(ctx context.Context, classID int64) ([]quiz.Assignment, error)
	LearnerAssignments(ctx context.Context, userID, courseID int64) ([]quiz.LearnerAssignment, error)
	LearnerAttempts(ctx context.Context, userID, courseID int64) ([]quiz.AttemptReport, error)
}

// Statistics reads what the item statistics are computed from.
type Statistics interface {
	CourseResponses(ctx context.Context, courseID int64, f quiz.ResponseFilter) ([]quiz.ItemResponse, error)
	CourseStatistics(ctx context.Context, courseID int64, allAttempts bool) (*quiz.CourseSums, error)
	ListSetsUncounted(ctx context.Context, courseID int64) ([]quiz.QuestionSet, error)
	QuestionMemories(ctx context.Context, courseID int64, f quiz.ResponseFilter) ([]quiz.QuestionMemory, error)
	QuestionMemoriesUpTo(ctx context.Context, courseID int64, f quiz.ResponseFilter, max int) ([]quiz.QuestionMemory, bool, error)
}

// Jobs keeps the background jobs (drafting, large imports): what the
// runner needs (internal/jobs.Store) and what the status pages read.
type Jobs interface {
	CreateJob(ctx context.Context, j quiz.Job) (int64, error)
	ClaimJob(ctx context.Context) (*quiz.Job, error)
	SetJobProgress(ctx context.Context, id int64, progress string) error
	FinishJob(ctx context.Context, id int64, out quiz.JobOutcome) error
	CancelJob(ctx context.Context, id int64) (string, error)
	RecoverJobs(ctx context.Context, resumable []string, maxRuns int) (resumed, failed int, err error)
	FindJob(ctx context.Context, id int64) (*quiz.Job, error)
	// ListJobs is the latest jobs of the courses userID owns, or of every
	// course when all is set.
	ListJobs(ctx context.Context, userID int64, all bool, limit int) ([]quiz.Job, error)
}
