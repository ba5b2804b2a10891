package quiz

import "time"

// The states of a job. A job is queued when made, running while a worker
// has it, and ends done, failed or cancelled.
const (
	JobQueued    = "queued"
	JobRunning   = "running"
	JobDone      = "done"
	JobFailed    = "failed"
	JobCancelled = "cancelled"
)

// The kinds of job Lectern runs in the background.
const (
	// JobDraft drafts questions and cards for themes of a course.
	JobDraft = "draft"
	// JobImport imports a large pending upload into a course.
	JobImport = "import"
	// JobThemes proposes the themes of a course not made yet, from the
	// article of the new-course form; it belongs to no course.
	JobThemes = "themes"
)

// JobRestarted is the error of a job that was running when Lectern
// stopped, and that is not run again.
const JobRestarted = "Lectern restarted while this ran; start it again."

// Job is long work run in the background: drafting from an article or a
// large import, with what its status page shows.
type Job struct {
	ID       int64
	Kind     string
	CourseID int64
	// UserID is who started it.
	UserID int64
	Status string
	// Input is what the job needs to run (JSON, by kind), kept so that a
	// queued job runs after a restart.
	Input string
	// Progress says what the job is doing; Result what it did, and Link
	// where to see it; Error why it failed.
	Progress string
	Result   string
	Link     string
	Error    string
	// Runs counts the times a worker took it up: a job resumed after a
	// restart runs a second time.
	Runs       int
	CreatedAt  time.Time
	StartedAt  time.Time // zero until it runs
	FinishedAt time.Time // zero until it ends
}

// StartedBy reports whether u may see and cancel a job of no course
// (CourseID 0): only the instructor or admin who started it. A job of a
// course is its owners' (StoredCourse.OwnedBy) instead.
func (j *Job) StartedBy(u *User) bool {
	if u == nil || u.Anonymous() || (u.Role != RoleInstructor && u.Role != RoleAdmin) {
		return false
	}
	return j.UserID == u.ID
}

// Finished reports whether the job has ended, one way or another.
func (j *Job) Finished() bool {
	return j.Status == JobDone || j.Status == JobFailed || j.Status == JobCancelled
}

// JobOutcome is what a finished job reports: the result and its link, or
// the error.
type JobOutcome struct {
	Status string
	Result string
	Link   string
	Error  string
}
