package generate

// Give-aways from titles. The course title and the theme title stand above
// every item of a theme: a blank whose answer is a word or phrase of either
// ("Eurosceptic party _____ have suspended a candidate" under the title
// "Party candidate suspended", where the party is named in the title) is
// filled from the heading without reading a line. titleGivesAway tells
// such an answer, in any of its forms (inTitle folds plurals), so that no
// blank, short answer or cloze card is drafted on it. A biography's subject
// is already held back by markSubjectBlanks, whatever the title.

// titleGivesAway reports whether the answer of key k is given away by the
// theme title or the course title.
func titleGivesAway(k, themeTitle, courseTitle string) bool {
	if k == "" {
		return false
	}
	return themeTitle != "" && inTitle(k, themeTitle) || courseTitle != "" && inTitle(k, courseTitle)
}
