package views

// JobVM is one background job as its status page and the jobs list show it.
type JobVM struct {
	ID          string
	What        string // "Drafting questions and cards"
	CourseTitle string
	CourseSlug  string
	Status      string // queued, running, done, failed, cancelled
	StatusLabel string // "Running"
	Progress    string
	Result      string
	Link        string
	LinkLabel   string
	Error       string
	Created     string
	Started     string
	Finished    string
	// Active is a job queued or running: its page refreshes itself and
	// offers Cancel.
	Active bool
}

// JobPageVM is a job's status page.
type JobPageVM struct {
	Page
	Job JobVM
}

// JobsPageVM lists the instructor's recent jobs.
type JobsPageVM struct {
	Page
	Jobs []JobVM
}
