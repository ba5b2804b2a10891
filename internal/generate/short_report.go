package generate

import (
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
)

// Short reports. A news report of a few hundred words is one theme, and
// its true statements quoted whole from the lead and the topic sentences
// are the items blind judges accept most (four in five as they are). The
// honest balance of true and false (balanceTrueFalse: at most three in
// five true) held most of them back, because few false statements score
// over the threshold, and the theme proposed four items of which two or
// three were usable. In a theme that is a whole short report, a false
// statement scored a little under the threshold (falseFloor) may balance
// a true statement over it, so that the true statement stays: the theme
// proposes up to shortReportMost items instead of four. The false
// statement must come from a sentence worth quoting whole (central, or
// in the lead: backboneWorthy), not from a side figure of a later
// paragraph ("9% disagreed").

// shortReportWords is the length under which an article is one theme
// (themeCount gives one theme below 600 words).
const shortReportWords = 600

// falseFloor is the score a false statement needs to balance a true one
// in a short report.
const falseFloor = 0.35

// shortReportMost is how many items a short report's theme proposes at
// most by this rule.
const shortReportMost = 7

// wholeShortReport reports whether theme t is the whole of a short
// article.
func (a *article) wholeShortReport(t quiz.Theme) bool {
	return len(a.paras) > 0 && len(t.Paragraphs) == len(a.paras) && a.words(t.Paragraphs) < shortReportWords
}

// balanceByFalse proposes held-back false statements of at least
// falseFloor, best first, while the proposed true/false items are more
// than three in five true, within the question maximum and at most
// shortReportMost items, with no second question on a sentence or an
// answer. balanceTrueFalse then settles what is left.
func balanceByFalse(items []item, opts Options) {
	n, nq, t, f, asked := tallyProposed(items)
	for i := range items {
		if fairTrueFalse(t, f) || n >= shortReportMost || nq >= opts.MaxQuestionsPerTheme {
			return
		}
		it := &items[i]
		if tf, tr := isTrueFalse(it); it.proposed || !tf || tr || it.score < falseFloor || it.holdBack() || !backboneWorthy(it.sent) {
			continue
		}
		sk, ak := "s|"+strconv.Itoa(it.sent.idx), "a|"+key(it.answer)
		if asked[sk] || asked[ak] {
			continue
		}
		it.proposed = true
		asked[sk], asked[ak] = true, true
		f++
		n++
		nq++
	}
}

// A short report's fourth statement. A whole short report drafts its
// true statements from sentences that read alone as they stand; where
// the theme then proposes fewer than minProposed items, a central
// sentence that leans on the one before only by an "also" or an opening
// connective ("Mr Brown has also pledged to write off the debt …") is
// quoted without that word (focusRepaired), as a teacher quoting it
// would do. shortFocusStatement drafts the best such sentence: usable,
// central (backboneCentral), of 10 to 35 words, not speech, not an
// incidental detail, not asked already, with no other reference back
// (backReference) and a subject that names what it is about.
func (a *article) shortFocusStatement(sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing) *item {
	best, text := bestStatement(sents, perSent, used, ex, func(s *sentence) string {
		if s.score < backboneCentral || a.statementWords(s) > 35 || s.nWords < 10 || len(s.spans) == 0 || a.incidentalSentence(s) {
			return ""
		}
		if selfContained(s) || a.selfResolved(s) || a.backReference(s) || vagueSubject(s) {
			return ""
		}
		return focusRepaired(s)
	})
	if best == nil {
		return nil
	}
	return thinTrueItem(best, afterDateline(best, text))
}
