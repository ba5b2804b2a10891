package generate

import (
	"slices"
	"strings"
)

// A blank to type or to pick only where the theme needs it. A sentence
// with a blank can be asked as a short answer the learner types, as a
// choice among four, or as a flashcard. Blind judges of sets 101 to 121
// accepted the short answers and the choices still proposed on 23% and
// 15% of verdicts (44 and 20), the cards on 61% (302) and the true
// statements on 76% (756): the typed blank and the choice were mostly
// rejected as TRIVIA (a name in a scene, "Ms _____", the year a
// family settled) or GIVEAWAY (the country an article on it is about).
// recallCards holds such an item back (it stays among *More drafts*)
// where its theme proposes minProposed items without it and its quiz is
// then more than true statements; a theme that would fall short keeps
// it, as does a quiz it keeps from being passed by answering True. Cards
// drafted in their place were no better (three on the 84 development
// texts: a blank over "riverbeds deprives fish", "in the _____ less
// stable", a scene's "savvier machine operators"), so none is.

// recallBlank reports whether it is a proposed short answer or choice
// on a blank in a sentence.
func recallBlank(it *item) bool {
	return it.proposed && it.q != nil && (strings.HasPrefix(it.rule, "cloze-short/") || strings.HasPrefix(it.rule, "cloze-single/"))
}

// recallCards runs recallCard on each theme's items.
func recallCards(items []item, opts Options) {
	if opts.All {
		return
	}
	eachTheme(items, recallCard)
}

// recallCard holds back the theme's blanks to type or pick (see above),
// the lowest scored first, while it keeps minProposed items.
func recallCard(its []item) {
	var at []int
	for i := range its {
		if recallBlank(&its[i]) {
			at = append(at, i)
		}
	}
	slices.SortStableFunc(at, func(x, y int) int {
		switch {
		case its[x].score < its[y].score:
			return -1
		case its[x].score > its[y].score:
			return 1
		}
		return 0
	})
	for _, i := range at {
		if n, _, _, _, _ := tallyProposed(its); n <= minProposed {
			return
		}
		its[i].proposed = false
		// A quiz of true statements alone is passed by answering True
		// throughout (true_only.go): the blank stays its other question.
		if trueOnly(its) {
			its[i].proposed = true
		}
	}
}
