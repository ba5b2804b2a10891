package quiz

import "time"

// LearnerData is everything Lectern stores about one learner, as they may
// download it: one field per table that holds rows of theirs (responses
// sit inside their attempts). It never holds a password hash or a session
// token.
type LearnerData struct {
	Account  DataAccount   `json:"account"`
	Settings *DataSettings `json:"learner_settings"`
	Sessions []DataSession `json:"sessions"`
	Attempts []DataAttempt `json:"attempts"`
	Mastery  []DataMastery `json:"question_mastery"`
	// Summaries are the figures kept per course for the class page,
	// counted from the attempts and reviews above.
	Summaries      []DataSummary       `json:"learner_courses"`
	Cards          []DataCardState     `json:"card_states"`
	Reviews        []DataReview        `json:"review_log"`
	PendingImports []DataPendingImport `json:"pending_imports"`
	// Jobs are the background jobs (drafting, imports) the account started.
	Jobs           []DataJob           `json:"jobs"`
	PasswordResets []DataPasswordReset `json:"reset_links"`
	// Classes are the classes the learner joined.
	Classes []DataClass `json:"class_members"`
	// CourseOwners are the slugs of the courses the account owns.
	CourseOwners []string `json:"course_owners"`
	// Authored is what an instructor made: it stays in the courses when the
	// account is deleted, no longer tied to it.
	Authored DataAuthored `json:"authored"`
}

// DataAccount is the learner's row in users.
type DataAccount struct {
	ID        int64     `json:"id"`
	Email     string    `json:"email,omitempty"` // empty for an anonymous learner
	Role      string    `json:"role"`
	Name      string    `json:"display_name,omitempty"`
	Anonymous bool      `json:"anonymous"`
	CreatedAt time.Time `json:"created_at"`
}

// DataSettings are the learner's saved study settings.
type DataSettings struct {
	DesiredRetention float64   `json:"desired_retention"`
	NewPerDay        int       `json:"new_per_day"`
	DayStartHour     int       `json:"day_start_hour"`
	TimeZone         string    `json:"time_zone"`
	UpdatedAt        time.Time `json:"updated_at"`
}

// DataSession is a session of the learner's, without its token.
type DataSession struct {
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	ExpiresAt time.Time `json:"expires_at"`
}

// DataPasswordReset is a password reset link made for the account,
// without its token.
type DataPasswordReset struct {
	CreatedAt time.Time  `json:"created_at"`
	ExpiresAt time.Time  `json:"expires_at"`
	UsedAt    *time.Time `json:"used_at,omitempty"`
}

// DataAttempt is a quiz the learner started, with every answer given.
type DataAttempt struct {
	ID         string         `json:"id"`
	Course     string         `json:"course"`
	Theme      string         `json:"theme,omitempty"`
	SetID      int64          `json:"set_id,omitempty"`
	Mode       string         `json:"mode"`
	StartedAt  time.Time      `json:"started_at"`
	FinishedAt *time.Time     `json:"finished_at,omitempty"`
	Deadline   *time.Time     `json:"deadline,omitempty"`
	Responses  []DataResponse `json:"responses"`
}

// DataResponse is one answer given in an attempt.
type DataResponse struct {
	Index      int       `json:"index"`
	QuestionID string    `json:"question_id"`
	Version    int       `json:"question_version"`
	Prompt     string    `json:"prompt"`
	Answer     string    `json:"answer"` // as stored: the answer as JSON
	Correct    bool      `json:"correct"`
	Score      float64   `json:"score"`
	AnsweredAt time.Time `json:"answered_at"`
}

// DataMastery is the learner's latest result on a question.
type DataMastery struct {
	Course     string    `json:"course"`
	QuestionID string    `json:"question_id"`
	Correct    bool      `json:"correct"`
	AnsweredAt time.Time `json:"answered_at"`
}

// DataSummary is what the class page shows of the learner in a course:
// finished quizzes, the sum of their scores (each a fraction), and the
// latest activity.
type DataSummary struct {
	Course           string    `json:"course"`
	AttemptsFinished int       `json:"attempts_finished"`
	ScoreSum         float64   `json:"score_sum"`
	LastActivity     time.Time `json:"last_activity"`
}

// DataCardState is the learner's memory of a card, with the leech and
// suspended marks.
type DataCardState struct {
	Course        string     `json:"course"`
	CardID        string     `json:"card_id"`
	State         string     `json:"state"`
	Due           time.Time  `json:"due"`
	Stability     float64    `json:"stability"`
	Difficulty    float64    `json:"difficulty"`
	ElapsedDays   int        `json:"elapsed_days"`
	ScheduledDays int        `json:"scheduled_days"`
	Step          int        `json:"step"`
	Reps          int        `json:"reps"`
	Lapses        int        `json:"lapses"`
	LastReview    *time.Time `json:"last_review,omitempty"`
	Leech         bool       `json:"leech"`
	Suspended     bool       `json:"suspended"`
	Missed        bool       `json:"missed_in_quiz"`
	AddedAt       time.Time  `json:"added_at"`
}

// DataReview is one rating of a card.
type DataReview struct {
	Course        string     `json:"course"`
	CardID        string     `json:"card_id"`
	ReviewedAt    time.Time  `json:"reviewed_at"`
	Rating        int        `json:"rating"`
	StateBefore   string     `json:"state_before"`
	StateAfter    string     `json:"state_after"`
	ElapsedDays   int        `json:"elapsed_days"`
	ScheduledDays int        `json:"scheduled_days"`
	Stability     float64    `json:"stability"`
	Difficulty    float64    `json:"difficulty"`
	Due           time.Time  `json:"due"`
	UndoneAt      *time.Time `json:"undone_at,omitempty"`
}

// DataPendingImport is a file an instructor uploaded and has not yet
// confirmed or cancelled.
type DataPendingImport struct {
	Course    string    `json:"course"`
	FileName  string    `json:"file_name"`
	Format    string    `json:"format"`
	Bytes     int       `json:"bytes"`
	CreatedAt time.Time `json:"created_at"`
}

// DataJob is a background job an instructor started.
type DataJob struct {
	Course    string    `json:"course"`
	Kind      string    `json:"kind"`
	Status    string    `json:"status"`
	CreatedAt time.Time `json:"created_at"`
}

// DataAuthored counts what an instructor made in the courses.
type DataAuthored struct {
	Courses          []string `json:"courses_owned"`
	QuestionVersions int      `json:"question_versions_written"`
	DraftsDecided    int      `json:"drafts_decided"`
	ClassesCreated   int      `json:"classes_created"`
}

// DataClass is a class the learner joined.
type DataClass struct {
	Course   string    `json:"course"`
	Name     string    `json:"name"`
	JoinedAt time.Time `json:"joined_at"`
}

// DeletedLearner says what deleting a learner's data removed.
type DeletedLearner struct {
	Account  bool // an account with an email, not an anonymous learner
	Attempts int
	Answers  int
	Cards    int
	Reviews  int
	Classes  int // class memberships
	Settings bool
}
