package generate

import (
	"strconv"
)

// The fourth true/false item of a thin theme. The honest balance
// (fairTrueFalse) asks two to three in five true once a theme has four
// true/false items or more, so a theme of three true statements could
// take neither a fourth true statement nor one false statement: three
// true and one false is three in four. Yet three true statements alone
// are less honest than three true and one false (a learner answering
// True throughout scores all of them), and the theme then proposes three
// of the four items a quiz needs. A theme that the balance leaves at
// three items therefore takes one more true/false item where that makes
// exactly three true and one false among four: the best held-back true
// statement beside two true and one false, or the best held-back false
// statement beside three true. It is chosen as the balance fills a freed
// place (best first, not held back whatever its score, no second
// question on a sentence or an answer, within the question maximum),
// scored at least thinFloor; a false statement, the kind judges accept
// least, as a short report's balance takes one (balanceByFalse: scored
// falseFloor or more, from a sentence worth quoting whole).

// fourthTrueFalse reports whether t true and f false statements are the
// three in four a theme of exactly four items may have.
func fourthTrueFalse(t, f int) bool { return t == 3 && f == 1 }

// fillFourth proposes the fourth true/false item described above, where
// the theme's items propose exactly minProposed-1.
func fillFourth(items []item, opts Options) {
	n, nq, t, f := 0, 0, 0, 0
	asked := map[string]bool{}
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
// item, true or not: fairTrueFalse, or the fourth item above.
func thinThemeFair(n, t, f int, isTrue bool) bool {
	if isTrue {
		t++
	} else {
		f++
	}
	return fairTrueFalse(t, f) || n+1 == minProposed && t+f == minProposed && fourthTrueFalse(t, f)
}
