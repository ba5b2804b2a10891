package views

// StatsPageVM is a course's item statistics for its instructor.
type StatsPageVM struct {
	Page        Page
	Slug        string
	Title       string
	AllAttempts bool
	Attempts    string // the attempts filter as typed
	Class       string // the class filter as typed
	Classes     []StatsClassVM
	Errors      map[string]string
	Query       string // the filter as a query string, for the downloads
	Responses   int    // responses counted
	// MemoryNote says when the memory figures were worked out, when not
	// for this view, or that they are being worked out; empty otherwise.
	MemoryNote string
	Sets       []StatsSetVM
	Paragraphs []StatsParagraphVM
	// Flagged are the flagged questions, in page order, for the jump list.
	Flagged     []StatsJumpVM
	FlaggedOnly bool   // ?flagged=1: only flagged questions are shown
	FlaggedURL  string // this page with only the flagged questions
	AllURL      string // this page with every question
}

// StatsJumpVM is a line of the statistics page's jump list.
type StatsJumpVM struct {
	Label  string // "Q3"
	Text   string // the question's prompt
	Anchor string
	Note   string // why it is flagged
}

// StatsSetVM is one question set's figures and its questions'.
type StatsSetVM struct {
	Title     string
	Theme     string // the set's theme; empty where the set is named after it
	URL       string
	Attempts  int
	Mean      string
	Median    string
	Alpha     string
	Questions []StatsQuestionVM
	Anchor    string // the id of its section, "set-4"
	Flagged   int    // its flagged questions
}

// StatsQuestionVM is one question's figures, flags and memory.
type StatsQuestionVM struct {
	Anchor         string // the id of its row, "q-12"
	Label          string // its number on the page, "Q3"
	Prompt         string
	Type           string
	EditURL        string
	Responses      int
	Facility       string
	SD             string
	Discrimination string
	Efficiency     string
	MedianTime     string
	Options        []StatsOptionVM
	OptionBase     int      // responses to the current version, which the shares count
	Flags          []string // reasons, in words
	TooFew         string   // said instead of flags under the responses needed, else empty
	// Memory is the class's mean recall probability now on the question's
	// card ("—" when nobody studies it), among MemoryLearners learners.
	Memory         string
	MemoryLearners int
}

// StatsOptionVM is one option with the share of responses choosing it.
type StatsOptionVM struct {
	Text    string
	Correct bool
	Share   string // "45%"
	Percent int    // 0 to 100, for the bar
}

// StatsParagraphVM is a paragraph of the article with how the class does
// on the questions that cite it.
type StatsParagraphVM struct {
	N         int
	Text      string
	Cited     bool
	Share     string // the share of marks scored on those questions, "62%" or "—"
	Shade     int    // 0 (low) to 4 (high); -1 when nothing is answered yet
	Responses int
	Questions []StatsLinkVM
	// Imported says how many imported questions quote the paragraph and
	// are not counted in its figure, or "".
	Imported string
}

// StatsLinkVM links to a question's row on the page.
type StatsLinkVM struct {
	Label  string // "Q3"
	Prompt string // for its accessible name
	URL    string
}

// shadeName names a paragraph's shading class: "none" before any answer.
func shadeName(n int) string {
	if n < 0 {
		return "none"
	}
	return itoa(n)
}

// StatsClassVM is a class of the course the statistics can be limited to.
type StatsClassVM struct {
	ID   string
	Name string
}
