package generate

import (
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
)

// Themes of four. A theme drafts true statements, quoted whole, until it
// has minProposed items it could propose (items.go); but some of those
// are later held back: a second question on one answer, the honest
// balance of true and false. A longer article's themes were left with
// one to three items, while sentences that state a central fact on their
// own went undrafted. fillThin drafts, for a theme the ranker and the
// balance leave under minProposed, further true statements from the
// theme's central, self-contained sentences (the same bar as any true
// statement: trueStatement), one at a time, until the theme proposes
// minProposed or no sentence is left. Statements held back whatever
// their score (an incidental detail, a vague subject) do not count, and
// no other kind of item is let in: true statements are the kind judges
// accept most.

// thinSpare is how many statements beyond minProposed a theme drafts:
// an item proposed here may still be held back as a repeat of another
// theme's item (holdRepeats), which then takes the spare.
const thinSpare = 1

// thinFloor is the score under which a proposed item does not count
// towards a theme's four: of the judged items the first ranker scored
// under 0.25, 42 of 43 were rejected (docs/generation.md, "Remaining
// failure patterns").
const thinFloor = 0.25

// maxThinFill bounds the statements one theme drafts this way: each one
// ranks the theme again.
const maxThinFill = 4

// balance applies the true/false balance of a theme's proposals.
func (a *article) balance(t quiz.Theme, out []item, opts Options) {
	if a.wholeShortReport(t) {
		balanceByFalse(out, opts)
	}
	balanceTrueFalse(out, opts)
}

// fillThin is described above; it returns qs with the statements added.
func (a *article) fillThin(t quiz.Theme, rc rankCtx, qs, cards []item, sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing, opts Options) []item {
	// A short report is one theme, whose items balanceByFalse settles;
	// an article under shortReportWords is better one theme than two
	// (fillThemes merges them).
	if a.wholeShortReport(t) || !a.longArticle() {
		return qs
	}
	probe := opts
	probe.All = false
	for n := 0; n < maxThinFill; n++ {
		all := append(append(make([]item, 0, len(qs)+len(cards)), qs...), cards...)
		out := a.rank(rc, all, probe)
		a.balance(t, out, probe)
		proposed := 0
		for i := range out {
			if out[i].proposed && out[i].score >= thinFloor {
				proposed++
			}
		}
		if proposed >= minProposed+thinSpare {
			return qs
		}
		tr := a.trueStatement(sents, perSent, used, ex)
		if tr == nil {
			return qs
		}
		used[strconv.Itoa(tr.sent.idx)+"|*"] = true
		perSent[tr.sent.idx] += 2
		tr.incidental = a.incidentalSentence(tr.sent)
		qs = append(qs, a.keepStandAlone([]item{*tr})...)
	}
	return qs
}

// longArticle reports whether the article has shortReportWords words or
// more: several themes, each of which needs its own four items. A
// shorter report keeps the statements the rules for it chose.
func (a *article) longArticle() bool {
	return a.words(allParas(len(a.paras))) >= shortReportWords
}
