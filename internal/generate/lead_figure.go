package generate

import (
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// The lead's figure. A short news report (one theme: wholeShortReport)
// is mostly reported speech, and its quiz is often three true statements
// and no fourth question: the balance caps a theme of only true
// statements at three, and the report gives no false statement to pair
// with a fourth. Where its lead sentence (the first of the first
// paragraph, the fact the report exists to tell) carries an amount (a
// number with its unit, a sum of money, a share) and no proposed item
// asks that sentence or that answer, the short-answer blank over the
// amount is the fourth question, whatever its score: "The Police
// Federation has said it opposes giving community officers the power to
// detain suspects for up to _____" (30 minutes). It is taken only while
// the theme proposes fewer than minProposed questions, within the
// question maximum, and never where the item is held back whatever its
// score (heldFor: an incidental detail, a repeat, a vague subject). A
// year or a date in the lead is not its figure (a biography's lead
// carries its subject's dates), and a choice question is not made: the
// lead seldom has two more amounts of the same kind to offer.

// fillLeadFigure proposes the lead's figure described above.
func (a *article) fillLeadFigure(t quiz.Theme, items []item, opts Options) {
	if !a.wholeShortReport(t) {
		return
	}
	_, nq, _, _, asked := tallyProposed(items)
	if nq >= minProposed || nq >= opts.MaxQuestionsPerTheme {
		return
	}
	for i := range items {
		it := &items[i]
		if it.proposed || it.q == nil || it.sp == nil || !strings.HasPrefix(it.rule, "cloze-short") || it.heldFor() != "" {
			continue
		}
		switch it.sp.kind {
		case kNumber, kMoney, kPercent:
		default:
			continue
		}
		if !leadSentence(it.sent) {
			continue
		}
		if asked["s|"+strconv.Itoa(it.sent.idx)] || asked["a|"+key(it.answer)] {
			continue
		}
		it.proposed = true
		return
	}
}

// leadSentence reports whether s is the first sentence of the article's
// first paragraph.
func leadSentence(s *sentence) bool {
	return s != nil && s.para != nil && s.para.n == 1 && s.start == 0
}

// leadPronounWithin reports whether token i of s, a pronoun, stands for
// a noun before it in s where s is the article's lead: no sentence comes
// before the lead for the pronoun to stand for, so "they", "their" or
// "them" after a plural noun, and "it" or "its" after a singular one,
// are read as standing for it ("People could be given the number of
// their local officer", "The systems are so old that they hamper
// inspectors").
func leadPronounWithin(s *sentence, i int) bool {
	if !leadSentence(s) || i >= len(s.toks) {
		return false
	}
	plural := false
	switch strings.ToLower(s.toks[i].text) {
	case "they", "their", "them", "theirs":
		plural = true
	case "it", "its":
	default:
		return false
	}
	for _, t := range s.toks[:i] {
		switch t.tag {
		case "NNS", "NNPS":
			if plural {
				return true
			}
		case "NN", "NNP":
			if !plural {
				return true
			}
		}
	}
	return false
}
