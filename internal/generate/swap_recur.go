package generate

import "strings"

// Swaps on an answer the article names again. A false statement made by
// a swap changes one name, figure or word of its sentence. Where the
// article names the true answer again elsewhere, the swap is contradicted
// on its face by any reader who remembers the article's running subject
// (a party the report is about swapped for another), or the figure it
// changes is one of several the article gives under one name, and the
// statement is judged trivia or false on its face. Blind judges of sets
// 61 to 74 accepted as is none of 16 verdicts on swaps whose answer
// recurs, against 12 of 24 on the others; the ranker's table of the
// earlier sets gives 14% of 37 against 32% of 96. (Cloze cards split no
// such way: 41% as is where the answer is named once, 45% where not.)
//
// A proposed swap whose answer recurs (answerRecurs, the test short
// answers on a fact share, short_fact.go) is held back and stays under
// More drafts. The hold runs with the passes after the ranker
// (refill.go): where it leaves a theme's four or more true/false items
// more than three in five true, the theme's weakest proposed true
// statement is held back too (rebalanceTheme, as balanceTrueFalse
// does) and the theme takes its next candidates.
//
// A theme keeps all its items where the hold would leave it under
// minProposed, or would cost it a true statement for the balance: a
// first version held every such swap, themes thinned and joined their
// neighbours (a shared article's themes were laid out anew), and on one
// judged report a swap judged usable after an edit took two true
// statements judged acceptable as is with it.

// swapRecurs reports whether it is a swap whose changed answer the
// article names more than once.
func (a *article) swapRecurs(it *item) bool {
	if it.q == nil || it.sp == nil || !strings.HasPrefix(it.rule, "truefalse-swap") || it.rule == "truefalse-swap/negation" ||
		strings.HasPrefix(it.rule, "truefalse-swap/article-") {
		return false
	}
	return !a.leadSentence(it.sent) && a.answerRecurs(it.answer)
}

// holdRecurSwaps holds back each proposed swap swapRecurs reads, then
// keeps each theme's true/false share fair (fairTrueFalse).
func (a *article) holdRecurSwaps(items []item, opts Options) {
	if opts.All {
		return
	}
	for lo := 0; lo < len(items); {
		hi := lo + 1
		for hi < len(items) && themeOf(items[hi]) == themeOf(items[lo]) {
			hi++
		}
		was, n := make([]bool, hi-lo), 0
		for i := lo; i < hi; i++ {
			was[i-lo] = items[i].proposed
			if items[i].proposed {
				n++
			}
		}
		held := 0
		for i := lo; i < hi; i++ {
			if it := &items[i]; it.proposed && a.swapRecurs(it) {
				it.proposed = false
				held++
			}
		}
		if held > 0 {
			rebalanceTheme(items[lo:hi])
			m := 0
			for i := lo; i < hi; i++ {
				if items[i].proposed {
					m++
				}
			}
			for i := lo; i < hi; i++ {
				switch {
				case m < minProposed || m < n-held:
					items[i].proposed = was[i-lo] // the theme keeps its count
				case was[i-lo] && !items[i].proposed && a.swapRecurs(&items[i]):
					items[i].incidental = true
				}
			}
		}
		lo = hi
	}
}

// rebalanceTheme holds back the weakest proposed true/false items of the
// commoner answer (items come best first) until the theme's share is
// fair.
func rebalanceTheme(items []item) {
	for {
		t, f := proposedTrueFalse(items)
		if fairTrueFalse(t, f) {
			return
		}
		held := false
		for i := len(items) - 1; i >= 0; i-- {
			if tf, isTrue := isTrueFalse(&items[i]); tf && items[i].proposed && isTrue == (t > f) {
				items[i].proposed, held = false, true
				break
			}
		}
		if !held {
			return
		}
	}
}
