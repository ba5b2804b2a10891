package generate

import (
	"slices"
	"strconv"
)

// A theme of true statements only. Under three true/false items no
// balance applied (fillFalse and fillArticleFalse start at three), and
// a theme proposing two or three true statements and nothing else let a
// learner who answers True throughout pass its quiz. Where a theme's
// proposed items are all true statements, two or more, fillTrueOnly
// lets in one held-back item that cannot be answered so: the best false
// statement on the bar a short report's balance sets for one
// (falseFloor, from a sentence worth quoting whole: backboneWorthy),
// else the best item of another kind (a card, a short answer, a
// multiple-choice question) on the thin floor (thinFloor), neither held
// back whatever its score nor on a sentence or an answer the theme asks
// already. It is added within the theme's maximums, else it takes the
// place of the weakest true statement. Where there is none, the theme
// stays as it is: a true statement judges accept is not dropped for
// nothing.
//
// A card is no part of a theme's quiz: a theme proposing three true
// statements and a card was passed by answering True throughout just as
// one proposing the statements alone (on the development texts, 26 of 58
// themes had a quiz of true statements only, 22 of them beside cards).
// So the theme counts as true-only where its proposed questions are all
// true statements, whatever cards it proposes, and the item of another
// kind let in is a question first; a card only where the theme proposes
// none and no question clears the floor.

// fillTrueOnlyThemes applies fillTrueOnly to each theme's items of the
// article, once repeats across the article are held back: a card held
// as a repeat of its own theme's statement leaves the theme true-only.
func fillTrueOnlyThemes(items []item, opts Options) {
	if opts.All {
		return
	}
	eachTheme(items, func(its []item) { fillTrueOnly(its, opts) })
}

// eachTheme calls f with each run of items of one theme, in order.
func eachTheme(items []item, f func([]item)) {
	for lo := 0; lo < len(items); {
		hi := lo + 1
		for hi < len(items) && themeOf(items[hi]) == themeOf(items[lo]) {
			hi++
		}
		f(items[lo:hi])
		lo = hi
	}
}

// mapThemes returns items with each theme's items replaced by what f
// makes of a copy of them; with All, items as they are.
func mapThemes(items []item, opts Options, f func(its []item) []item) []item {
	if opts.All {
		return items
	}
	out := make([]item, 0, len(items)+2)
	eachTheme(items, func(its []item) { out = append(out, f(slices.Clone(its))...) })
	return out
}

// trueOnly reports whether a theme's proposed questions are two or more
// true statements and nothing else.
func trueOnly(items []item) bool {
	_, nq, t, _, _ := tallyProposed(items)
	return t >= 2 && nq == t
}

// fillTrueOnly lets in the item described above.
func fillTrueOnly(items []item, opts Options) {
	if !trueOnly(items) {
		return
	}
	n, nq, _, _, asked := tallyProposed(items)
	weak := -1
	for i := range items {
		if tf, tr := isTrueFalse(&items[i]); items[i].proposed && tf && tr && (weak < 0 || items[i].score < items[weak].score) {
			weak = i
		}
	}
	free := func(it *item) bool {
		return !it.proposed && !it.holdBack() && !it.repeat && it.sent != nil && !asked["s|"+strconv.Itoa(it.sent.idx)] && (it.rule == "truefalse-true" || !asked["a|"+key(it.answer)])
	}
	pick := -1
	for i := range items {
		it := &items[i]
		if tf, tr := isTrueFalse(it); tf && !tr && it.score >= falseFloor && backboneWorthy(it.sent) && free(it) {
			pick = i
			break
		}
	}
	// A question of another kind first; a card, which leaves the quiz as
	// it was, only in a theme proposing no card yet.
	for _, cards := range []bool{false, true} {
		if pick >= 0 || cards && n > nq {
			break
		}
		for i := range items {
			it := &items[i]
			if tf, _ := isTrueFalse(it); !tf && (it.c != nil) == cards && it.score >= thinFloor && free(it) {
				pick = i
				break
			}
		}
	}
	// A card on a proposed statement's own sentence is not put in the
	// statement's place: both blind judges rejected the one such card on a
	// held-out report (a cloze on "earlier program"), where the
	// statement it replaced had been accepted.
	if pick < 0 {
		return
	}
	// A card needs no room among the questions; a question takes the
	// weakest true statement's place where the theme has no room.
	if items[pick].c == nil && nq >= opts.MaxQuestionsPerTheme {
		items[weak].proposed = false
	}
	items[pick].proposed = true
}
