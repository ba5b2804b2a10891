package views

// CourseSettingsVM is a course's owners, classes and publishing, for its
// owners.
type CourseSettingsVM struct {
	Page
	Slug      string
	Title     string // as stored
	Draft     bool
	NewTitle  string // the rename field, as typed
	Owners    []OwnerVM
	Email     string // the add-owner field, as typed
	Classes   []ClassRowVM
	ClassName string // the new-class field, as typed
	Errors    map[string]string
}

// OwnerVM is one owner of a course.
type OwnerVM struct {
	UserID    int64
	Email     string
	Removable bool // not the last owner
}

// ClassRowVM is a class in a course's list.
type ClassRowVM struct {
	Name    string
	Code    string
	Members int
	URL     string
}

// CourseDeleteVM is the page that confirms deleting a course.
type CourseDeleteVM struct {
	Page
	Slug      string
	Title     string
	Used      bool // learners used it: it cannot be deleted
	Attempts  int
	Reviews   int
	Themes    int
	Sets      int
	Questions int
	Classes   int
}

// ClassVM is the class page: its code, assignments and learners.
type ClassVM struct {
	Page
	ID          int64
	Name        string
	Code        string
	JoinURL     string // the whole address to hand out
	JoinPath    string
	CourseSlug  string
	CourseTitle string
	NewName     string // the rename field, as typed
	Errors      map[string]string
	Assignments []AssignmentRowVM
	Choices     []ChoiceOptionVM // what can be assigned: "set:ID" or "theme:ID"
	AssignWhat  string           // as chosen
	AssignDue   string           // as typed
	AskPast     bool             // the day typed has passed: offer to assign it anyway
	Lookback    int              // days before an assignment is made that a quiz finished counts for it
	Themes      []string         // the course's themes, the mastery columns
	Learners    []ClassLearnerVM
	CSVURL      string
	TimeZone    string          // the zone the times are shown in
	Columns     []ClassColumnVM // the learners' table's columns, each a link that sorts by it
	Sort        string          // the key of the column the learners are sorted by
}

// ClassColumnVM is a column of the class page's table of learners.
type ClassColumnVM struct {
	Label  string
	URL    string // the page sorted by this column
	Sorted bool   // the learners are sorted by it
}

// ChoiceOptionVM is one choice of a select.
type ChoiceOptionVM struct {
	Value string
	Label string
}

// AssignmentRowVM is an assignment with how many of the class did it.
type AssignmentRowVM struct {
	ID        int64
	Title     string
	DueOn     string
	Done      int
	Late      int
	DeleteURL string
}

// ClassLearnerVM is one learner's line on the class page.
type ClassLearnerVM struct {
	Name         string
	URL          string
	LastActivity string // "" when none
	Attempts     int
	MeanScore    string // "" when no attempt was finished
	Overall      int    // percent mastered over the whole course
	Mastery      []int  // percent mastered per theme, in the order of ClassVM.Themes
	CardsDue     int
	Leeches      int
	Done         int // assignments done in time
	Late         int // assignments late
}

// ClassLearnerPageVM is one learner of a class: their attempts with the
// answers they gave.
type ClassLearnerPageVM struct {
	Page
	ClassName   string
	ClassURL    string
	Name        string
	Attempts    []LearnerAttemptVM
	TimeZone    string
	Themes      []LearnerThemeVM // mastery and cards due per theme
	CardsDue    int
	Leeches     int
	Assignments []LearnerAssignmentRowVM
	Done, Late  int
}

// LearnerThemeVM is one theme's line on an instructor's page for a learner.
type LearnerThemeVM struct {
	Title    string
	Mastery  int // percent
	Answered int // questions answered, of Total
	Total    int
	CardsDue int
}

// LearnerAssignmentRowVM is one assignment on an instructor's page for a
// learner: where they stand on it.
type LearnerAssignmentRowVM struct {
	Label  string
	DueOn  string
	State  string // due, done or late
	DoneAt string // when they finished it, "" when they have not
}

// LearnerAttemptVM is one attempt on a learner's page.
type LearnerAttemptVM struct {
	Title     string
	Started   string
	Finished  string // "" while unfinished
	Score     string // "3 of 5"
	Responses []LearnerResponseVM
}

// LearnerResponseVM is one answer: the question, what was chosen, and
// whether it was right.
type LearnerResponseVM struct {
	Prompt   string
	Chosen   string
	Correct  bool
	Partial  bool   // some credit, not all
	Answered string // when, in the instructor's zone
	Took     string // how long it took ("12 s"), "" when not recorded
}

// JoinVM is the page where a learner types a class code, or confirms
// joining the class a link named.
type JoinVM struct {
	Page
	Code        string // as typed, or from the link
	Error       string
	ClassName   string // set when the code names a class
	CourseTitle string
	Action      string // where the Join button posts
	Member      bool   // the learner is in the class already
	CourseURL   string
	DisplayName string // the name field, as typed or the learner's own
	NameError   string
	NameNeeded  bool // the learner has no account and no name yet: the name is required
}

// LearnerClassVM is a class the learner is in, with a Leave button.
type LearnerClassVM struct {
	Name        string
	CourseTitle string
	CourseURL   string
	LeaveURL    string
}

// LearnerAssignmentVM is an assignment on a learner's course page.
type LearnerAssignmentVM struct {
	Title string
	Class string
	DueOn string // formatted for the learner
	State string // due, done or late
	URL   string // where to take it ("" for a form post: see SetID)
	Theme string // the theme's slug, for a theme's quiz
	SetID int64  // the set, for a set taken on its own
}
