package generate

import (
	"strconv"
	"strings"
)

// What the figure is: a multiple-choice question on the figure a thin
// theme is about. A short report's point is often a figure: "Scotland's
// reoffending rate is high, with more than 60% of prisoners reconvicted
// within two years of release from jail", the problem the report then
// goes on about ("This is leading to an ever expanding prison
// population …"). The ranker scores a choice on a figure low, for it was
// fitted on choices whose figures were given in passing (trivia the
// judges rejected); a teacher asks this one. fillFigureChoice drafts,
// for a theme still under minProposed after the statements, the
// who-question and before the card, one "Which completes the sentence?"
// question on such a figure: one the report leads with, comes back to,
// sets against another, or goes on about (pointFigure), in a central
// sentence (backboneWorthy) that reads alone, holds no speech, is not
// incidental and that no proposed item quotes, with three options the
// article does not make true (the candidate's own: bounded where the
// sentence bounds the figure, "more than 60%" asked with larger shares).
// It is ranked as the true statement of its sentence would be, like the
// who-question (subject_choice.go), and kept only where it adds.

// figureChoiceRule prefixes the rule of the question.
const figureChoiceRule = "choice-figure/"

// figureChoice returns the question on candidate c, or nil.
func (a *article) figureChoice(c *cand) *item {
	if c == nil || c.sp == nil || c.noChoice || len(c.dis) < 3 {
		return nil
	}
	s, sp := c.s, c.sp
	switch sp.kind {
	case kNumber, kMoney, kPercent:
	default:
		return nil
	}
	if !s.usable() || !selfContained(s) || quotedSpeech(s) || imperative(s) || a.incidentalSentence(s) || s.score < subjectChoiceCentral && !a.leadSentence(s) && !explainedFigure(s, sp) {
		return nil
	}
	if inQuote(s, sp) || inBrackets(s, sp) || inList(s, sp) || trivia(s, sp) > 0 || a.passingFigure(s, sp) && !explainedFigure(s, sp) || !a.pointFigure(s, sp) && !explainedFigure(s, sp) {
		return nil
	}
	if markFigure(s, sp) || relativeFigure(s, sp) || sideFigure(s, sp) { // relative_figure.go, side_figure.go
		return nil
	}
	it := a.single(c)
	// "The 27 year old …": the name the sentence's epithet stands for
	// put in (sport_epithet.go), as for any question.
	if it == nil || !a.standAlone(it) {
		return nil
	}
	it.rule = figureChoiceRule + sp.kind.String()
	it.sp = sp
	it.dq = c.dq
	return it
}

// fillFigureChoice adds one such question to a theme still under
// minProposed, where it adds; settle is fillThin's.
func (a *article) fillFigureChoice(qs, cards []item, cands []*cand, used map[string]bool, settle func(qs, cards []item) ([]item, int)) []item {
	out, n := settle(qs, cards)
	if n >= minProposed {
		return qs
	}
	quoted := map[*sentence]bool{}
	for _, it := range out {
		if it.proposed {
			quoted[it.sent] = true
		}
	}
	for _, c := range cands {
		if c == nil || quoted[c.s] {
			continue
		}
		u := strconv.Itoa(c.s.idx) + "|figure-choice"
		if used[u] {
			continue
		}
		q := a.figureChoice(c)
		if q == nil {
			continue
		}
		used[u] = true
		kept := []item{*q}
		after, _ := settle(append(qs[:len(qs):len(qs)], kept...), cards)
		if !addsQuestion(out, after, kept[0].q) {
			continue
		}
		return append(qs, kept...)
	}
	return qs
}

// markFigure reports whether the sentence gives the figure sp as a mark
// passed ("has broken the 100 million mark", "topped the £1bn barrier"):
// a bound that the words "more than" do not show (bound), under which
// every smaller option is true too.
func markFigure(s *sentence, sp *span) bool {
	after := strings.ToLower(strings.TrimSpace(s.text[sp.end:]))
	for _, w := range []string{"mark", "barrier", "milestone", "threshold", "level"} {
		if after == w || strings.HasPrefix(after, w+" ") || strings.HasPrefix(after, w+".") || strings.HasPrefix(after, w+",") {
			return true
		}
	}
	return false
}

// figureChoiceItem reports whether it is such a question.
func figureChoiceItem(it *item) bool { return strings.HasPrefix(it.rule, figureChoiceRule) }
