package generate

import (
	"strconv"
)

// The fourth true/false item of a thin theme. A theme whose items are
// three true/false statements proposes three of the four items a quiz
// needs. It takes one more true/false item where the four are then two
// true and two false, the only share of four that the honest balance
// (fairTrueFalse: two in five to three in five true once there are four
// or more) allows: the best held-back false statement beside two true
// and one false, or the best held-back true statement beside one true
// and two false. Three true and one false is never made: a learner
// answering True throughout would score three in four. It is chosen as
// the balance fills a freed place (best first, not held back whatever
// its score, no second question on a sentence or an answer, within the
// question maximum), scored at least thinFloor; a false statement, the
// kind judges accept least, as a short report's balance takes one
// (balanceByFalse: scored falseFloor or more, from a sentence worth
// quoting whole).

// fourthTrueFalse reports whether t true and f false statements are the
// two and two a theme of exactly four true/false items may have.
func fourthTrueFalse(t, f int) bool { return t == 2 && f == 2 }

// fillFourth proposes the fourth true/false item described above, where
// the theme's items propose exactly minProposed-1.
func fillFourth(items []item, opts Options) {
	n, nq, t, f, asked := tallyProposed(items)
	if n != minProposed-1 || nq >= opts.MaxQuestionsPerTheme || t+f != minProposed-1 {
		return
	}
	for i := range items {
		it := &items[i]
		tf, tr := isTrueFalse(it)
		if it.proposed || !tf || it.score < thinFloor || it.holdBack() {
			continue
		}
		if tr && !fourthTrueFalse(t+1, f) || !tr && !fourthTrueFalse(t, f+1) {
			continue
		}
		// A false statement is the kind judges accept least: it is
		// taken on the bar a short report's balance sets for one
		// (falseFloor, from a sentence worth quoting whole).
		if !tr && (it.score < falseFloor || !backboneWorthy(it.sent)) {
			continue
		}
		if asked["s|"+strconv.Itoa(it.sent.idx)] || it.rule != "truefalse-true" && asked["a|"+key(it.answer)] {
			continue
		}
		it.proposed = true
		return
	}
}

// thinThemeFair reports whether a theme proposing n items (of which t
// true and f false statements) stays honest with one more true/false
// item, true or not: fairTrueFalse, which the fourth item above keeps.
func thinThemeFair(n, t, f int, isTrue bool) bool {
	if isTrue {
		t++
	} else {
		f++
	}
	return fairTrueFalse(t, f) || n+1 == minProposed && t+f == minProposed && fourthTrueFalse(t, f)
}

// tallyProposed counts a theme's proposed items: n in all, nq
// questions, t true and f false statements among them, and the
// sentences ("s|idx") and answers ("a|key") they ask already.
func tallyProposed(items []item) (n, nq, t, f int, asked map[string]bool) {
	asked = map[string]bool{}
	for i := range items {
		it := &items[i]
		if !it.proposed {
			continue
		}
		n++
		if it.q == nil {
			continue
		}
		nq++
		asked["s|"+strconv.Itoa(it.sent.idx)] = true
		if it.rule != "truefalse-true" {
			asked["a|"+key(it.answer)] = true
		}
		if tf, tr := isTrueFalse(it); tf && tr {
			t++
		} else if tf {
			f++
		}
	}
	return n, nq, t, f, asked
}

// A false statement among the true ones. Under four true/false items the
// balance does not apply, and a theme proposing three true statements and
// no false one lets a learner who answers True throughout score every
// one. Where a theme proposes three or more true/false items and none is
// false, its weakest true statement gives way to the best held-back false
// statement on the bar a short report's balance sets for one (falseFloor,
// from a sentence worth quoting whole: backboneWorthy; not held back
// whatever its score, no second item on a sentence or an answer).
// Where there is none, it gives way to the best held-back item of another
// kind that the ranker would propose on its own (rankThreshold), within
// the theme's maximums. Where there is neither, the theme stays as it is:
// a true statement judges accept is not dropped for nothing.

// fillFalse swaps the weakest proposed true statement of an all-true
// theme as described above.
func fillFalse(items []item, opts Options) {
	_, _, t, f, _ := tallyProposed(items)
	if t < 3 || f > 0 {
		return
	}
	weak := -1
	for i := range items {
		if tf, tr := isTrueFalse(&items[i]); items[i].proposed && tf && tr && (weak < 0 || items[i].score < items[weak].score) {
			weak = i
		}
	}
	if weak < 0 {
		return
	}
	items[weak].proposed = false
	_, nq, _, _, asked := tallyProposed(items)
	// A card's sentence and answer count as asked too: its front quotes
	// what a false statement would contradict.
	nc := 0
	for i := range items {
		if it := &items[i]; it.proposed && it.c != nil {
			nc++
			asked["s|"+strconv.Itoa(it.sent.idx)] = true
			asked["a|"+key(it.answer)] = true
		}
	}
	free := func(it *item) bool {
		if it.proposed || it.holdBack() || asked["s|"+strconv.Itoa(it.sent.idx)] || it.rule != "truefalse-true" && asked["a|"+key(it.answer)] {
			return false
		}
		if it.c != nil {
			return nc < opts.MaxCardsPerTheme
		}
		return nq < opts.MaxQuestionsPerTheme
	}
	for i := range items {
		it := &items[i]
		if tf, tr := isTrueFalse(it); tf && !tr && it.score >= falseFloor && backboneWorthy(it.sent) && free(it) {
			it.proposed = true
			return
		}
	}
	for i := range items {
		it := &items[i]
		if tf, _ := isTrueFalse(it); !tf && i != weak && it.score >= rankThreshold && free(it) {
			it.proposed = true
			return
		}
	}
	items[weak].proposed = true
}
