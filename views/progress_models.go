package views

// ProgressVM is a learner's progress page on one course.
type ProgressVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	// Learner is false for a visitor who has done nothing yet: the page
	// invites them to start instead.
	Learner   bool
	Streak    int
	StreakDay string // "today" when the streak includes today, else "yesterday"
	Zone      string // the time zone the days are counted in
	Percent   int    // course mastery
	Next      NextStepVM
	Charts    []ChartVM
}

// NextStepVM is the one thing the progress page recommends doing next:
// a link, or (with QuizTheme set) a button that starts the theme's quiz.
type NextStepVM struct {
	Kind      string // attempt, cards, weakest, read, done: for tests
	Text      string
	Label     string
	URL       string
	QuizTheme string
}

// ArticleMapVM is the learner's article map: every paragraph of the
// article shaded by what they know of the items citing it.
type ArticleMapVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	Learner     bool
	Themes      []MapThemeVM
	CardsDue    int // cards due for review now, as the course page counts them
}

// MapThemeVM is one theme's paragraphs on the article map.
type MapThemeVM struct {
	Slug       string
	Title      string
	Paragraphs []MapParagraphVM
}

// MapParagraphVM is one paragraph on the article map.
type MapParagraphVM struct {
	N        int
	Text     string
	Parts    []ParaPartVM // a paragraph that holds a list, as the reader shows it
	Items    int          // questions and cards citing it
	Studied  bool         // the learner has answered or reviewed one of them
	Percent  int          // what they know of them, 0 to 100, when Studied
	Level    string       // the shade: none, unstudied, low, mid, high
	Figure   string       // the same in words, shown beside the paragraph
	Practice bool         // practice questions cite it: offer a short quiz
	Imported string       // what is said of the imported questions pinned to it and not counted, or ""
}

// ProgressIndexVM lists the courses, each linking to the learner's progress.
type ProgressIndexVM struct {
	Page      Page
	Learner   bool              // a learner (not a mere visitor)
	Courses   []LinkVM          // for a learner, the courses not begun
	Summaries []CourseSummaryVM // the courses a learner has begun
}

// CourseSummaryVM is one course a learner has begun, on /progress.
type CourseSummaryVM struct {
	Slug        string
	Title       string
	CourseURL   string
	ProgressURL string
	ReviewURL   string
	MapURL      string
	Mastery     int // percent
	Streak      int // days in a row
	CardsDue    int
	Recent      []RecentAttemptVM
	Assignments []LearnerAssignmentVM // to do or late
}

// RecentAttemptVM is one of a learner's latest quizzes.
type RecentAttemptVM struct {
	Title string
	When  string
	Score string
	URL   string // its results when finished, else its next question
	// Finished is set once every question is answered (or time ran out).
	Finished bool
}

// LinkVM is a labelled link.
type LinkVM struct {
	URL   string
	Label string
}
