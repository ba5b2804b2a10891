package generate

import (
	"slices"
	"strings"
)

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
	return themeTitle != "" && inTitle(k, themeTitle) || courseTitle != "" && (inTitle(k, courseTitle) || demonymInTitle(k, courseTitle))
}

// demonymInTitle reports whether a word of title is the people of place
// k: "Algeria" under "An Algerian general takes over from another
// general" (set 103, both judges: "Blanking the country's name in an
// article about Algeria tests nothing"), "Brazil" under "Brazilian".
func demonymInTitle(k, title string) bool {
	if strings.Contains(k, " ") || len(k) < 4 {
		return false
	}
	for _, w := range strings.Fields(key(title)) {
		if w != k && slices.Contains(demonymPlaces(strings.TrimSuffix(w, "s")), k) {
			return true
		}
	}
	return false
}
