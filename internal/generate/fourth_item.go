package generate

import (
	"slices"
	"strconv"
	"strings"
)

// A fourth item of another kind. A theme whose paragraphs give three
// central sentences proposes them as three true statements; the balance
// of true and false rightly holds back a fourth true statement (a
// learner would pass by answering True), and no false statement clears
// its floors, so the theme stays under minProposed. fillOtherKind gives
// such a theme one item of another kind, last, once every other hold is
// settled:
//   - the best drafted item that is not a true/false item (the balance
//     has settled those) nor held back whatever its score (vague,
//     incidental, weak, a repeat, leaning on a sentence it cannot
//     quote), on a central sentence (backboneWorthy) that reads alone
//     and that no proposed item of the theme asks, on an answer no
//     proposed item of the article asks, not inside a quotation, and
//     not a blank or a short answer on a name (a who-question may ask
//     one): a name told once is trivia ("Hanau, near _____"), and the
//     name a sentence is about is given away by what it owns;
//   - else a cloze card on the sentence of a true statement the balance
//     held back (figureCard): the sentence is central and reads alone
//     by trueStatement's bar, and the card asks its key figure (a year,
//     a century, an amount) or, where it gives none, its best key term,
//     by every rule a cloze card answers to (blankableRead,
//     clozeWorthy, pointFigure, markIncidental, markWeakBuilds).
// The card is ranked as the true statement of its sentence.

// answersProposed counts the answers of the proposed items other than
// true statements, by key: an answer another theme proposes is a repeat
// there.
func answersProposed(items []item) map[string]int {
	n := map[string]int{}
	for i := range items {
		if it := &items[i]; it.proposed && it.rule != "truefalse-true" {
			n[key(it.answer)]++
		}
	}
	return n
}

// fillOtherKinds runs fillOtherKind on each theme's items; title is
// the course title.
func (a *article) fillOtherKinds(items []item, title string, opts Options) []item {
	if opts.All {
		return items
	}
	// An answer another theme proposes is a repeat there.
	elsewhere := answersProposed(items)
	out := make([]item, 0, len(items)+1)
	eachTheme(items, func(its []item) {
		out = append(out, a.fillOtherKind(slices.Clone(its), elsewhere, title, opts)...)
	})
	return out
}

// fillOtherKind is described above; it returns out with a card added
// where no drafted item qualifies and figureCard builds one. elsewhere
// counts the answers the article's proposed items ask.
func (a *article) fillOtherKind(out []item, elsewhere map[string]int, title string, opts Options) []item {
	n, nq, _, _, asked := tallyProposed(out)
	if n == 0 || n >= minProposed {
		return out
	}
	for k := range elsewhere {
		asked["a|"+k] = true
	}
	nc := n - nq
	for i := range out {
		it := &out[i]
		if it.proposed && it.q == nil {
			asked["s|"+strconv.Itoa(it.sent.idx)] = true
			asked["a|"+key(it.answer)] = true
		}
	}
	best := -1
	for i := range out {
		it := &out[i]
		if it.proposed || it.q != nil && nq >= opts.MaxQuestionsPerTheme || it.c != nil && nc >= opts.MaxCardsPerTheme {
			continue
		}
		if !a.otherKindFourth(it, asked, false) {
			continue
		}
		if best < 0 || it.score > out[best].score {
			best = i
		}
	}
	if best >= 0 {
		out[best].proposed = true
		return out
	}
	if nc >= opts.MaxCardsPerTheme {
		return out
	}
	// A true statement the balance held back asks a sentence worth
	// quoting whole: its key figure, blanked, is asked another way.
	var add *item
	for i := range out {
		it := &out[i]
		if tf, tr := isTrueFalse(it); !tf || !tr || it.proposed || it.rule != "truefalse-true" {
			continue
		}
		if c := a.figureCard(it, title); c != nil && a.otherKindFourth(c, asked, true) && (add == nil || it.score > add.score) {
			c.score = it.score
			c.c.Theme, c.c.Paragraphs = it.q.Theme, it.q.Paragraphs
			add = c
		}
	}
	if add == nil {
		return out
	}
	add.proposed = true
	// The card is drafted already, held back (withOtherWayCards).
	if i := sameFront(out, add); i >= 0 {
		out[i] = *add
		return out
	}
	return append(out, *add)
}

// figureCard is a cloze card on a held-back true statement's sentence:
// on its key figure (a year, a century, an amount) where the sentence
// gives one that may be blanked as any blank, else on its best key term
// of two words or more; nil where there is none, or where the sentence
// gives two figures (which one it is about is unclear).
func (a *article) figureCard(tr *item, title string) *item {
	s := tr.sent
	if tr.named || tr.prevName != "" || tr.holdBack() || tr.repeat || tr.leanHeld {
		return nil
	}
	var fig, best *cand
	figs := 0
	for _, sp := range s.spans {
		term := sp.kind == kTerm && strings.Contains(sp.key, " ")
		if !sp.kind.numeric() && !term {
			continue
		}
		// The sentence is one trueStatement quotes whole: it reads
		// alone by that bar.
		c := a.blankableRead(s, sp)
		if c == nil || !a.fillCardAnswer(s, sp, c, term) {
			continue
		}
		if !term {
			fig = c
			figs++
		} else if best == nil || c.score > best.score {
			best = c
		}
	}
	switch {
	case figs > 1:
		return nil // which figure the sentence is about is unclear
	case fig != nil:
		best = fig
	case best == nil:
		return nil
	}
	got := a.clozeCard(best)
	got.sp, got.dq = best.sp, best.dq
	one := a.keepStandAlone([]item{*got})
	if len(one) != 1 {
		return nil
	}
	a.markIncidental(one, key(title))
	a.markWeakBuilds(one)
	if one[0].holdBack() {
		return nil
	}
	return &one[0]
}

// fillCardAnswer reports whether figureCard may blank sp, drafted as c,
// on s: a term must also rank and be other than the article's subject,
// a word on every page, or whom the sentence says it is according to
// ("According to _____, Carroll secured a position as clerk": the source,
// not the fact, which themeItems leaves alone too (speaker.go)).
func (a *article) fillCardAnswer(s *sentence, sp *span, c *cand, term bool) bool {
	if !a.clozeWorthy(s, sp) || !a.pointFigure(s, sp) || inList(s, sp) {
		return false
	}
	return !term || c.score >= minScore && !a.ubiquitous(sp.key) && !a.topicTermBlank(sp) && !a.subject(sp.key) && !accordingSource(s, sp)
}

// otherKindFourth reports whether a held-back item may be a thin theme's
// fourth item (see above); asked holds the sentences ("s|idx") and
// answers ("a|key") the theme's proposed items ask; quoted is set for
// a card on a sentence trueStatement quotes whole, which reads alone by
// its bar.
func (a *article) otherKindFourth(it *item, asked map[string]bool, quoted bool) bool {
	if tf, _ := isTrueFalse(it); tf {
		return false
	}
	if it.holdBack() || it.repeat || it.leanHeld || it.sent == nil {
		return false
	}
	s := it.sent
	if !backboneWorthy(s) || asked["s|"+strconv.Itoa(s.idx)] || asked["a|"+key(it.answer)] {
		return false
	}
	if !quoted && needsContext(s) || a.leansBack(s) || a.shellNounBack(s) {
		return false
	}
	if sp := it.sp; sp != nil {
		if inQuote(s, sp) || trivia(s, sp) > 0 {
			return false
		}
		// A blank or a short answer on a name: the name the sentence
		// is about is given away by what it owns ("_____ is
		// celebrating bumper sales of its Xbox sci fi shooter, Halo
		// 2." for Microsoft) and a name told once is trivia ("Hanau,
		// near _____"). A who-question's options are of the answer's
		// kind.
		if sp.kind.proper() && !strings.HasPrefix(it.rule, subjectChoiceRule) {
			return false
		}
	} else if !strings.HasPrefix(it.rule, "definition") && !strings.HasPrefix(it.rule, subjectChoiceRule) {
		return false
	}
	return true
}
