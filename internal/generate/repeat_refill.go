package generate

import "github.com/lectern/lectern/internal/quiz"

// The sentence of a repeated short answer. A theme drafts one question per
// sentence, and a sentence whose short answer was drafted first is not
// quoted as a true statement (items.go). When that short answer is then
// held back as a repeat of another theme's item (holdRepeats), the
// sentence gives its theme nothing, though it may state the theme's main
// fact: "Today, at a handover ceremony in Cambridge, Jesus College became
// the first institution in the world to return a looted Benin Bronze to
// the authorities in Nigeria" was asked only for "Cambridge", which
// another theme named, and its theme stayed at two items. Where the
// theme is left under minProposed, the short answer's place goes to its
// sentence quoted whole as a true statement, on the bar of any true
// statement (trueStatement: central, reading alone, not someone's words,
// not over 35 words), unless it is an incidental detail, would not read
// alone (keepStandAlone) or repeats a proposed item in turn. The refill's
// other checks (the maximums, an honest true/false balance) apply to it
// as to any held-back item.

// repeatStatement returns the true statement that may take the place of
// short answer it, held back as a repeat, or nil.
func (a *article) repeatStatement(it *item) *item {
	if !it.repeat || it.q == nil || it.q.Type != quiz.Short || it.sent == nil || it.sent.para == nil || !backboneWorthy(it.sent) {
		return nil
	}
	tr := a.trueStatement([]*sentence{it.sent}, map[int]int{}, map[string]bool{}, nil)
	if tr == nil || a.incidentalSentence(tr.sent) {
		return nil
	}
	kept := a.keepStandAlone([]item{*tr})
	if len(kept) == 0 || kept[0].holdBack() {
		return nil
	}
	st := kept[0]
	st.q.Theme = it.q.Theme
	st.q.Paragraphs = []int{st.sent.para.n}
	return &st
}
