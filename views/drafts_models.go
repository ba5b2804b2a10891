package views

// MarkedVM is a paragraph split around the sentence to highlight.
type MarkedVM struct{ Before, Mark, After string }

// DraftVM is one generated draft as the instructor reviews it.
type DraftVM struct {
	ID        int64
	Card      bool
	TypeLabel string
	Kind      string
	KindLabel string
	Prompt    string // a card's front; a question's, without its lead
	// Lead is the article's sentence a true statement is shown after
	// (quiz.SplitLead), set above the question as the learner sees it.
	Lead        string
	Back        string
	Options     []EditOptionVM
	Answers     []string
	Explanation string
	Answer      string // the phrase of the sentence the draft tests ("" when it is the whole sentence)
	Tests       string // what the draft tests, in words
	Rule        string // the rule that made it
	Paragraph   int
	Source      MarkedVM
	Edited      bool
	LiveURL     string // the question an accepted draft became
	// SameSentence is the item before this one in the theme that tests the
	// same sentence, when there is one.
	SameSentence *SameSentenceVM
}

// SameSentenceVM names an item that tests the same sentence as a draft.
type SameSentenceVM struct {
	Prompt   string
	Accepted bool // accepted already; else earlier in the queue
}

// AcceptAllVM asks before accepting every draft in a theme's queue, with
// the queue's warnings about what would be accepted.
type AcceptAllVM struct {
	Confirm ConfirmVM
	// AllTrue, when every true/false statement of the theme is true, are
	// the true statements that would be accepted.
	AllTrue []string
	// Repeats are the drafts that test a sentence an item before them
	// tests already.
	Repeats []RepeatVM
	// ButRepeats labels the button that accepts all but the repeats ("" for
	// none): "Accept 5, leaving out 2 repeats".
	ButRepeats string
}

// RepeatVM is a draft that tests the same sentence as an item before it.
type RepeatVM struct {
	Prompt string
	Same   SameSentenceVM
}

// DraftQueueVM is one theme's review queue.
type DraftQueueVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	ThemeSlug   string
	ThemeTitle  string
	Range       string
	Pending     []DraftVM
	Accepted    []DraftVM
	Rejected    []DraftVM
	// AllTrue: the theme's true/false drafts in the queue or accepted are
	// all true, so a learner answering True throughout gets them right.
	AllTrue bool
	// AllTrueAccepted: so, and none of them is waiting any more: the
	// warning speaks of the accepted statements.
	AllTrueAccepted bool
	Held            int    // drafts held back, which "More drafts" brings
	MoreStep        int    // how many "More drafts" brings at a time
	SetURL          string // the set accepted questions went to, once made
	SetTitle        string
	SetPublished    bool
	// CourseDraft says the course itself is a draft: learners see nothing
	// of it, published sets included, until it is published.
	CourseDraft bool
	// RepliesNote says this theme is the text's readers' replies, not
	// drafted; empty otherwise.
	RepliesNote string
	PrevURL     string
	PrevTitle   string
	NextURL     string
	NextTitle   string
}

// DraftThemeVM is a theme in the overview of a course's drafts.
type DraftThemeVM struct {
	Slug                        string
	Title                       string
	Range                       string
	Pending, Accepted, Rejected int
	Held                        int // drafts held back, not yet in the queue
	// Thin: Lectern drafted fewer items for the theme than a quiz needs
	// (its paragraphs have few sentences that state a fact on their own).
	Thin bool
}

// DraftsVM is the overview of a course's drafts, theme by theme.
type DraftsVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	Themes      []DraftThemeVM
	Pending     int
	// RepliesNote says the course's text ends in readers' replies, not
	// drafted; empty otherwise.
	RepliesNote string
}

// CardFormVM is the form that writes or edits a flashcard (a generated
// draft, or a written card), as typed.
type CardFormVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	BackURL     string // the page the form came from
	BackTitle   string
	Heading     string
	Note        string
	SaveLabel   string
	Action      string
	Front       string
	Back        string
	Paragraphs  []EditParVM
	Errors      map[string]string
	// Sides are the image fields of a written card's front and back; none
	// for a draft's card.
	Sides []CardSideVM
}

// CardSideVM is the image field of one side of a card: the images it
// shows, each with a box to remove it; an image chosen in a form shown
// again; the alt text typed for a new image; and the message beside it.
type CardSideVM struct {
	Side    string // front or back, as the form's field names
	Label   string
	Images  []EditImageVM
	Pending *EditImageVM
	Alt     string
	Error   string
}

// ThemeCardsVM lists a theme's written flashcards, with the form that adds
// one.
type ThemeCardsVM struct {
	Page        Page
	CourseSlug  string
	CourseTitle string
	ThemeTitle  string
	Cards       []WrittenCardVM
	Form        CardFormVM
}

// WrittenCardVM is a written flashcard in the instructor's list.
type WrittenCardVM struct {
	ID         int64
	Front      string
	Back       string
	Paragraphs string
	SetTitle   string // the set it came with, if any
	SetURL     string
	Learners   int
	// FrontImages and BackImages are shown on each side.
	FrontImages, BackImages []ImageVM
}

// moreDraftsNote says what "More drafts" does: how many were held back,
// and how many of them one press brings into the queue.
func moreDraftsNote(held, step int) string {
	s := "Lectern held back " + plural(held, "draft", "drafts") + " it judged less likely to be worth asking; this brings "
	switch n := min(step, held); {
	case held == 1:
		return s + "it into the queue."
	case n == held:
		return s + "them all into the queue."
	default:
		return s + "the best " + itoa(n) + " of them into the queue."
	}
}
