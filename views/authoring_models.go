package views

// NewCourseVM is the form that makes a course from an article.
type NewCourseVM struct {
	Page  Page
	Title string
	Slug  string
	// SlugMade is set where Lectern made Slug from the title: sent back
	// unchanged, it is made again from the title then used.
	SlugMade bool
	Source   string
	Article  string
	Themes   string // one per line: "1-3 Title"
	Proposed bool   // the themes were proposed by Lectern: check them
	Drafts   bool   // draft questions and cards once the course is made
	Errors   map[string]string
	MaxSize  string
	// Openings are the first words of each paragraph as Lectern reads the
	// article, numbered from 1 in the list, so that themes can be given by
	// number; empty until the article has been read once.
	Openings []string
	// RepliesNote says the article ends in readers' replies, kept as a
	// theme without drafts; empty otherwise.
	RepliesNote string
}

// ThemeRowVM is one theme in the themes form.
type ThemeRowVM struct {
	ID      int64
	Title   string
	Summary string
	Range   string
}

// ThemesVM edits a course's themes.
type ThemesVM struct {
	Page   Page
	Slug   string
	Title  string
	Themes []ThemeRowVM
	Error  string
}
