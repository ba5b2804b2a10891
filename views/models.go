// Package views renders Lectern's pages with templ. Each page takes one
// view model shaped like the screen; the handlers build them. Views import
// no database or HTTP code.
package views

import "strings"

// Page carries what every page's frame needs.
type Page struct {
	Title     string
	UserLabel string // "" for a visitor without an account
	Teaches   bool   // an instructor or admin: show the Teach link
	Admin     bool   // an admin: show the Accounts link
	Flash     string
	// Refresh, when positive, reloads the page after that many seconds
	// (a job's status page while the job runs).
	Refresh int
	// FlashAction is a button beside the flash message, such as Undo.
	FlashAction *FlashActionVM
	// DraftCourse, on an instructor's page of a draft course, shows the
	// banner that says learners cannot see it, with Publish.
	DraftCourse *DraftCourseVM
	// Wide pages (a class's table, the statistics) use the window's width
	// on a wide screen, their prose kept to a readable measure.
	Wide bool
}

// DraftCourseVM is the banner of a draft course: Publish comes back to
// the page at Back.
type DraftCourseVM struct {
	Slug, Back string
}

// FlashActionVM is a form of one button, with hidden fields, that undoes
// what the flash message reports or takes the next step.
type FlashActionVM struct {
	URL, Label string
	Fields     []FieldVM
}

// CourseVM is a course with the learner's progress on each theme.
type CourseVM struct {
	Slug       string
	Title      string
	Source     string
	Themes     []ThemeVM
	Questions  int
	Practice   int // questions the mixed quiz draws from
	Answered   int // questions the learner has answered
	Mastered   int
	Percent    int
	Unfinished []AttemptLinkVM
	CardsDue   int
	Cards      int
	Tests      []TestVM
}

// ThemeVM is one theme in a list, with progress.
type ThemeVM struct {
	Slug      string
	Title     string
	Summary   string
	Range     string // "¶ 1–2"
	Questions int
	Practice  int // questions the theme's quiz draws from; the others are in tests
	Answered  int
	Mastered  int
	Percent   int
	CardsDue  int
	Cards     int
	Meta      string // "¶ 1–2 · 8 questions · 3 mastered"
}

// AttemptLinkVM points at an unfinished attempt the learner can resume.
type AttemptLinkVM struct {
	URL      string
	Label    string
	Answered int
	Items    int
}

// HomeVM is the home page.
type HomeVM struct {
	Page    Page
	Courses []HomeCourseVM
}

// HomeCourseVM is a course's card on the home page: its progress and the
// one thing to do next in it.
type HomeCourseVM struct {
	Course CourseVM
	Next   NextStepVM
}

// CoursePageVM is a course's own page.
type CoursePageVM struct {
	Page        Page
	Course      CourseVM
	Classes     []LearnerClassVM      // the learner's classes in this course
	Assignments []LearnerAssignmentVM // what those classes assigned
	// AssignmentRule says when an assignment counts as done.
	AssignmentRule string
}

// ParagraphVM is a paragraph of the article. A paragraph that holds a
// list has Parts, shown in their order instead of Text; a heading line
// (Heading) is shown as a heading.
type ParagraphVM struct {
	N       int
	Text    string
	Parts   []ParaPartVM
	Heading bool
}

// ParaPartVM is a line of text of a paragraph, or a list in it: a
// numbered list (Ordered) whose first item is numbered Start, or a
// bulleted one.
type ParaPartVM struct {
	Text    string
	Items   []string
	Ordered bool
	Start   int
}

// ReaderThemeVM is a theme with its paragraphs, for the reader.
type ReaderThemeVM struct {
	ThemeVM
	Paragraphs []ParagraphVM
}

// ReaderVM is the article reader: the whole article, or one theme.
type ReaderVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	Source      string
	Themes      []ReaderThemeVM
	Single      bool // one theme, with links to its neighbours
	PrevURL     string
	PrevTitle   string
	NextURL     string
	NextTitle   string
}

// ChoiceVM is one option as shown, in the attempt's shuffled order. Value is
// its position on screen, never its index in the answer key.
type ChoiceVM struct {
	Value    int
	Letter   string
	Text     string
	Chosen   bool
	Correct  bool // filled in only after the learner answered
	Feedback string
	// Mark is the option's share of the marks when it is neither full nor
	// none, e.g. "50%"; filled in only after the learner answered.
	Mark string
	// Image is shown beside the option's text; nil for none.
	Image *ImageVM
	// FeedbackImages are shown with the option's feedback; filled in only
	// after the learner answered.
	FeedbackImages []ImageVM
}

// MatchRowVM is one left item of a matching question.
type MatchRowVM struct {
	Index   int
	Left    string
	Chosen  int    // position of the chosen right item, -1 for none
	Right   string // after answering: the correct right item
	Correct bool
	// YourAnswer is, once answered, the right item the learner chose (or
	// "no answer"), said as other question types say it.
	YourAnswer string
}

// QuestionVM is the question page, before or after answering.
type QuestionVM struct {
	Page        Page
	AttemptURL  string
	ActionURL   string
	CourseSlug  string
	CourseTitle string
	QuizTitle   string
	Number      int
	Total       int
	Answered    int
	ThemeTitle  string
	Kind        string
	KindLabel   string
	Type        string
	TypeHint    string
	QID         string
	// Lead is the sentence of the article the question leans on, quoted
	// before it (quiz.SplitLead); Prompt is then the question alone.
	Lead      string
	Prompt    string
	Images    []ImageVM // shown with the prompt
	Choices   []ChoiceVM
	Rights    []string // matching: right items in shuffled order
	Matches   []MatchRowVM
	Text      string // typed answer
	Error     string
	Feedback  *FeedbackVM
	Recorded  bool   // answered, with feedback held back
	HeldNote  string // why the feedback is held back
	TimeLeft  string // "12 minutes left", for a timed attempt
	NextURL   string
	NextLabel string
}

// FeedbackVM is what the learner sees after answering.
type FeedbackVM struct {
	Correct     bool
	Partial     bool
	ScorePct    int
	CorrectText []string
	YourText    string
	// AnswerFeedback is the feedback written for the short answer the
	// learner's matched, e.g. for a half-marks answer.
	AnswerFeedback string
	// AnswerFeedbackImages are shown with AnswerFeedback.
	AnswerFeedbackImages []ImageVM
	Explanation          string
	// ExplanationImages are shown with the explanation (a Moodle general
	// feedback's images).
	ExplanationImages []ImageVM
	Quotes            []QuoteVM
}

// QuoteVM is a quoted source paragraph with a link to it in the reader.
// When the sentence the question tests stands out, Mark holds it (Before
// and After the rest of the paragraph), and Explained says whether the
// explanation already quotes it.
type QuoteVM struct {
	N                   int
	Text                string
	URL                 string
	Before, Mark, After string
	Explained           bool
}

// ThemeScoreVM is one row of the per-theme breakdown.
type ThemeScoreVM struct {
	Title   string
	URL     string
	Correct int
	Marks   string // the marks earned, e.g. "2.5": partly right answers count in part
	Total   int
	Percent int
}

// MissedVM is a missed question on the results page.
type MissedVM struct {
	Number      int
	Prompt      string
	YourText    string
	CorrectText []string
	Explanation string
	Feedback    []string
	Quote       QuoteVM
	// Partly is "Partly right (50%)" for an answer that earned part of
	// the marks, empty for a wrong one.
	Partly string
	// Withheld is set for a question of a practice quiz that has left
	// practice since (its set went back to draft or became a test): its
	// answer, feedback and explanation stay on the server.
	Withheld bool
}

// ResultsVM is the end-of-quiz page.
type ResultsVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	QuizTitle   string
	Score       float64
	Marks       string // Score written for the page, e.g. "2.5"
	Partly      int    // answers partly right, among Missed
	Correct     int
	Total       int
	Percent     int
	Message     string
	Themes      []ThemeScoreVM
	Missed      []MissedVM
	RetryURL    string // POST: retry the missed questions; "" when not offered
	AgainURL    string // POST: the same quiz again
	AgainTheme  string
	AgainSet    int64 // a set taken on its own; 0 otherwise
	CanAgain    bool
	HideScore   bool
	HideAnswers bool
	HideExplain bool
	Unanswered  int // questions left when time ran out
}

// ErrorVM is an error page.
type ErrorVM struct {
	Page    Page
	Status  int
	Heading string
	Message string
}

// ReviewVM is the flashcard review page: one card, front or both sides.
type ReviewVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	DeckTitle   string // "All themes" or the theme's title
	ThemeSlug   string // "" for all themes
	Due         int
	NewLeft     int
	CardID      int64
	Reps        int
	ShownAt     string // when the back was shown (Unix ms): the rating counts from then
	Theme       string
	Tags        []string // the card's own tags (an Anki note's)
	// Lead is the sentence of the article a card made from a question
	// leans on, shown as a quotation above the front (quiz.SplitLead).
	Lead        string
	Front       string
	FrontImages []ImageVM
	FrontLines  []string // a question's choices, shown under its prompt
	Revealed    bool
	ShowURL     string
	BackLines   []string // a question's correct answer(s), in bold
	BackText    string   // a written card's back
	// BackFacts are what a true/false question's card says under its
	// verdict: the statement restated, or what the article says instead.
	BackFacts   []string
	BackImages  []ImageVM
	Explanation string
	Quote       *QuoteVM
	StateLabel  string
	Leech       bool
	Buttons     []RateButtonVM
	ActionURL   string
	UndoURL     string
	CanUndo     bool
	UndoRating  string // the rating Undo takes back: "Good"
	Error       string
}

// RateButtonVM is one of the four rating buttons, with the interval it
// would give.
type RateButtonVM struct {
	Rating   int
	Label    string
	Interval string
}

// ReviewDoneVM is shown when no card is left to study now.
type ReviewDoneVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	DeckTitle   string
	Reviewed    int
	Accuracy    int
	NextDue     string
	// DueElsewhere: cards of the course's other themes are due now.
	DueElsewhere bool
	NewLimitHit  bool
	ThemeSlug    string // "" for every theme
	UndoURL      string
	CanUndo      bool
	UndoRating   string // the rating Undo takes back: "Good"
	LeechesURL   string
	Leeches      int
}

// SettingsVM is the learner's settings form, with what was typed and the
// message beside each field that was wrong.
type SettingsVM struct {
	Page       Page
	Retention  string
	NewPerDay  string
	DayStart   string
	TimeZone   string
	Errors     map[string]string
	Saved      bool
	DetectZone bool // let the script fill in the browser's time zone
	Classes    []LearnerClassVM
	Left       bool // a class was just left
	// DisplayName is the name the learner's instructors see, as typed.
	DisplayName string
	// AccountEmail is the email a signed-in person signs in with; empty
	// for one without an account, who has no account section.
	AccountEmail string
}

// LeechVM is one leech in the list.
type LeechVM struct {
	CardID    int64
	Front     string
	Lapses    int
	Suspended bool
	Quote     QuoteVM
	ActionURL string
}

// LeechesVM lists a learner's leeches in a course.
type LeechesVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	Leeches     []LeechVM
}

// AuthFormVM is the sign-in, sign-up or change-password form, with what
// was typed (never the password) and a message per bad field.
type AuthFormVM struct {
	Page   Page
	Mode   string // "login", "signup" or "password"
	Email  string
	Next   string // where to go after signing in
	Errors map[string]string
	// Anonymous progress that signing up or in will keep.
	HasProgress bool
}

// TeachCourseVM is a course on the instructor's dashboard.
type TeachCourseVM struct {
	Slug      string
	Title     string
	Themes    int
	Questions int
	Cards     int
	Drafts    int  // generated drafts waiting for review
	Draft     bool // the course is a draft, hidden from learners
}

// TeachVM is the instructor's dashboard.
type TeachVM struct {
	Page    Page
	Courses []TeachCourseVM
}

// ImportFormVM is the upload form, with the choices kept and the problems
// found in the file.
type ImportFormVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	Themes      []ThemeVM
	Theme       string
	Title       string
	Publish     bool
	Errors      map[string]string
	FileErrors  []string // "line 12, column 5: missing closing }"
	// AllPresent says that every item of the file is already in the
	// course, and Present lists them: nothing is wrong, nothing to add.
	AllPresent string
	Present    []string
	MaxSize    string
}

// ImportPreviewVM shows what an upload would add before anything is written.
type ImportPreviewVM struct {
	Page        Page
	ID          string
	CourseSlug  string
	CourseTitle string
	FileName    string
	Format      string
	Questions   int
	ByType      []CountVM
	Cards       int
	Sets        []PreviewSetVM
	Skipped     []string
	Renamed     []string
	// Held lists the questions that go to a held draft set, each with its
	// line and why.
	Held []string
	// DuplicatesNote says how many questions and cards of the file are
	// already in the course and left out ("12 questions already in this
	// course were skipped"); Duplicates lists them.
	DuplicatesNote string
	Duplicates     []string
	Publish        bool
	// CardList shows the first written cards as learners will see them;
	// MoreCards counts the rest.
	CardList  []PreviewCardVM
	MoreCards int
	// QuestionList shows the first questions, their answers marked for the
	// instructor; MoreQuestions counts the rest.
	QuestionList  []PreviewQuestionVM
	MoreQuestions int
}

// PreviewQuestionVM is a question in an import preview.
type PreviewQuestionVM struct {
	Theme  string
	Type   string
	Prompt string
	Images []string  // the images, by name, type and size
	Shown  []ImageVM // the images as learners will see them, served from the upload
	// FeedbackImages and FeedbackShown are the images of its feedback
	// (general and the options'), which learners see once they answer.
	FeedbackImages []string
	FeedbackShown  []ImageVM
	Options        []PreviewOptionVM // for choice questions
	// Held says why the question is held as a draft ("" when it is not).
	Held    string
	Answers []string // the accepted answers of other types
	// Quotes are the paragraphs the question will quote in its feedback;
	// Unrelated says its text shares too little with the theme's
	// paragraphs for any of them to be the one it tests.
	Quotes    []PreviewQuoteVM
	Unrelated bool
}

// PreviewQuoteVM is a paragraph an imported question will quote: its
// number and first words.
type PreviewQuoteVM struct {
	N     int
	Start string
}

// PreviewOptionVM is an option in an import preview, with its marks.
type PreviewOptionVM struct {
	Text string
	Mark string // "right", "50% of the marks" or empty
	// Shown and ImageNames are the option's image, as learners will see
	// it and by name; Feedback is what learners who choose it are told.
	Shown      []ImageVM
	ImageNames []string
	Feedback   string
}

// PreviewCardVM is a written card in an import preview.
type PreviewCardVM struct {
	Theme       string
	Front       string
	Back        string
	Tags        []string
	FrontImages []string // by name, type and size
	BackImages  []string
	FrontShown  []ImageVM // as learners will see them, served from the upload
	BackShown   []ImageVM
	Quotes      []PreviewQuoteVM // the paragraphs it will be pinned to
	// Unrelated says its text shares too little with the theme's
	// paragraphs for them to be the right ones.
	Unrelated bool
}

// CountVM is a label with a number.
type CountVM struct {
	Label string
	N     int
}

// SetRowVM is a question set in the course's management page.
type SetRowVM struct {
	ID        int64
	Title     string
	Published bool
	Questions int
	Cards     int // written cards that belong to the set
	Answered  int
	URL       string
}

// TeachThemeVM is a theme with its sets.
type TeachThemeVM struct {
	Slug          string
	Title         string
	Range         string
	Sets          []SetRowVM
	DraftsPending int    // generated drafts waiting for review
	DraftsURL     string // the theme's review queue
	CardsURL      string // the theme's written flashcards
}

// TeachCourseDetailVM manages a course's question sets.
type TeachCourseDetailVM struct {
	Page          Page
	Slug          string
	Title         string
	Themes        []TeachThemeVM
	Error         string
	DraftsPending int  // generated drafts waiting for review, in all themes
	Drafted       bool // the course has drafts, reviewed or not
}

// SetQuestionVM is a question as an instructor reviews it: everything,
// answers included.
type SetQuestionVM struct {
	DBID    int64
	ID      string
	Type    string
	Kind    string
	Prompt  string
	Images  []ImageVM
	Options []OptionVM
	Answers []string
	// AnswerImages are the images of the short or numeric answers'
	// feedback, in the answers' order.
	AnswerImages []ImageVM
	Explanation  string
	// ExplanationImages are shown with the explanation.
	ExplanationImages []ImageVM
	Paragraphs        string
}

// OptionVM is an option with its correctness and feedback.
type OptionVM struct {
	Text     string
	Correct  bool
	Feedback string
	Image    *ImageVM // shown beside the option; nil for none
	// FeedbackImages are shown with the option's feedback.
	FeedbackImages []ImageVM
}

// TeachSetVM shows a set's questions to an instructor.
type TeachSetVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	Theme       string
	Set         SetRowVM
	Questions   []SetQuestionVM
	Cards       []SetCardVM // written cards that came with the set
	// Held lists the questions held back on import, and why.
	Held []HeldVM
}

// HeldVM is a question held back on import: its id and why.
type HeldVM struct{ ID, Reason string }

// SetCardVM is a written flashcard of a set.
type SetCardVM struct {
	Front, Back, Paragraphs string
	Tags                    []string
}

// EditorVM is the question editor: what was typed, the message beside each
// bad field, and an optional preview.
type EditorVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	SetID       int64
	SetTitle    string
	QuestionID  int64 // 0 for a new question
	Version     int
	Action      string
	Type        string
	Kind        string
	Prompt      string
	Options     []EditOptionVM
	CorrectOne  int // single and true/false: the correct option's row
	Answers     string
	// Marked are short answers with their own marks and feedback;
	// CatchAll the feedback for any other answer.
	Marked   []EditMarkedVM
	CatchAll string
	// MarkChoices are the percentages an option or answer may carry,
	// Moodle's, negatives included for multiple response.
	MarkChoices []string
	Pairs       []EditPairVM
	Numerics    []EditNumVM
	Explanation string
	Paragraphs  []EditParVM
	Errors      map[string]string
	Preview     *QuestionVM
	// PreviewNotes are what would stop the question being saved, shown
	// beside a preview.
	PreviewNotes []string
	// A generated draft under review: saving accepts it; BackURL returns
	// to its queue.
	DraftID   int64
	BackURL   string
	BackTitle string
	// Images are the question's images, each with a box to remove it;
	// Pending is an image chosen in a form shown again (kept in the form
	// as base64, so that it need not be chosen again).
	Images   []EditImageVM
	Pending  *EditImageVM
	ImageAlt string
}

// EditImageVM is an image in the editor.
type EditImageVM struct {
	URL, Alt, Hash string
	Removed        bool
	Name, Data     string // a pending image: its file name and base64 bytes
}

// EditOptionVM is one option row of the editor.
type EditOptionVM struct {
	Text     string
	Correct  bool
	Feedback string
	// Mark is the option's share of the marks as a percentage, e.g. "50";
	// "" for the default (full marks when correct, none otherwise).
	Mark string
	// Image is the image shown beside the option: one stored (URL and
	// Hash), or one chosen in a form shown again (Name and Data); nil
	// for none. ImageAlt is its alt text as typed.
	Image    *EditImageVM
	ImageAlt string
}

// EditMarkedVM is one short answer with its own marks.
type EditMarkedVM struct{ Text, Mark, Feedback string }

// EditPairVM is one matching row.
type EditPairVM struct{ Left, Right string }

// EditNumVM is one numeric answer, as typed: its number or range, its
// marks ("" for full marks) and its feedback.
type EditNumVM struct{ Value, Tolerance, Min, Max, Mark, Feedback string }

// EditParVM is a paragraph the question may cite, shown beside the editor.
type EditParVM struct {
	N       int
	Text    string
	Checked bool
	Marked  MarkedVM // set when a sentence of it is highlighted
}

// SetSettingsVM is the form for how a set is taken, as typed.
type SetSettingsVM struct {
	Page             Page
	CourseSlug       string
	CourseTitle      string
	SetID            int64
	SetTitle         string
	Feedback         string
	TimeLimit        string
	MaxAttempts      string
	Pool             string
	HideAnswers      bool
	HideExplanations bool
	HideScore        bool
	TestCards        bool // a test's questions join learners' flashcards before they take it
	Questions        int
	Errors           map[string]string
}

// TestVM is a set with test rules, as the course page offers it.
type TestVM struct {
	SetID        int64
	Title        string
	Theme        string
	Questions    int
	Rules        string // "20 minutes · 2 attempts left · feedback at the end"
	CanStart     bool
	AttemptsNote string
}

// DeleteDataVM is the page that confirms deleting everything stored about
// the learner, with what it removes.
type DeleteDataVM struct {
	Page     Page
	Learner  string // the learner the form is shown to; "" when nothing is stored
	Account  bool   // an account, which must retype its email
	Email    string
	Attempts int
	Answers  int
	Cards    int
	Reviews  int
	Settings bool
	Classes  int // class memberships
	Courses  int // courses the account owns, which stay
	Errors   map[string]string
}

// ImageVM is an image to show: its address and its alt text.
type ImageVM struct {
	URL string
	Alt string
}

// ConfirmVM is a page that confirms an action that cannot be undone.
type ConfirmVM struct {
	Page      Page
	BackURL   string // where Cancel and the breadcrumb go
	BackTitle string
	Heading   string   // "Delete the set “Energy”?"
	Lines     []string // what the action will do, one point each
	Note      string   // "It cannot be undone."
	Action    string   // the form's URL; "" when the action cannot be done (Note says why)
	Fields    []FieldVM
	Button    string
	Cancel    string
	Danger    bool
}

// FieldVM is a hidden form field.
type FieldVM struct {
	Name, Value string
}

// PreviewSetVM is a set an import makes: "“Title” in Theme", and the
// questions and written cards it receives.
type PreviewSetVM struct {
	Label     string
	Questions int
	Cards     int
}

// Contents says what the set receives, leaving out what it receives none
// of: "3 questions and 2 flashcards", "2 flashcards".
func (s PreviewSetVM) Contents() string {
	var parts []string
	if s.Questions > 0 || s.Cards == 0 {
		parts = append(parts, plural(s.Questions, "question", "questions"))
	}
	if s.Cards > 0 {
		parts = append(parts, plural(s.Cards, "flashcard", "flashcards"))
	}
	return strings.Join(parts, " and ")
}
