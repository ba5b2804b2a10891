package generate

import (
	"sort"
	"strings"
)

// Repeats. A learner asked the same fact twice learns nothing from the
// second item, and a judge rejects it. Two items ask the same fact when
// they come from one sentence and test the same answer, when either quotes
// the sentence whole as a true statement, when both are questions on one
// sentence (the first one's stem answers the second), or when their
// sentences say much the same thing ("a state of emergency in 26
// counties", told again two paragraphs on) and one tests what the other
// states. Of two such items the better scored is kept; the other is held
// back, and a theme left short takes its best held-back item that repeats
// nothing.

// restatedShare is the share of content words two sentences must share to
// say the same thing.
const restatedShare = 0.5

// sameFact reports whether items x and y ask the same fact: in the
// words they share (sameWording) or as one rise in other figures
// (growth_repeat.go).
func (a *article) sameFact(x, y *item) bool {
	return a.sameWording(x, y) || a.sameGrowth(x, y)
}

// sameWording reports whether items x and y ask the same fact by their
// sentence, answer or words.
func (a *article) sameWording(x, y *item) bool {
	kx, ky := key(x.answer), key(y.answer)
	if x.sent == y.sent {
		if a.keyTermCard(x, y) || a.keyTermCard(y, x) {
			return false
		}
		if kx == ky || x.rule == "truefalse-true" || y.rule == "truefalse-true" {
			return true
		}
		// A card's front quotes the sentence a false statement changed:
		// it shows the true figure or name (item_quality.go).
		if strings.HasPrefix(x.rule, "truefalse-swap") && y.c != nil || strings.HasPrefix(y.rule, "truefalse-swap") && x.c != nil {
			return true
		}
		return x.q != nil && y.q != nil
	}
	shared, dice := overlapSets(a.wordSet(x.sent), a.wordSet(y.sent))
	// Told twice with the same answer: most of the shorter sentence is in
	// the longer one.
	if kx == ky && shared >= restatedShare {
		return true
	}
	// Two blanks over the same year, in any themes: the learner who
	// filled the first fills the second, among the same distractors
	// ("a big year in _____", "hitting the shelves in _____", both
	// 2006).
	if kx == ky && sameYearBlanks(x, y) {
		return true
	}
	// A true statement that states a blank's answer in the same words
	// gives it away (statedAnswer).
	if a.statedAnswer(x, y) || a.statedAnswer(y, x) {
		return true
	}
	// A true statement that states what a swap of its theme changed
	// (restated_test_fact.go).
	if a.restatedTested(x, y) || a.restatedTested(y, x) {
		return true
	}
	// Two true statements that give the same count of the same thing
	// state one fact (repeat_count.go).
	if x.rule == "truefalse-true" && y.rule == "truefalse-true" && sameCount(x.sent.text, y.sent.text) {
		return true
	}
	// One opens on a phrase that sums up the other (fronted_repeat.go).
	if x.rule == "truefalse-true" && y.rule == "truefalse-true" && (a.frontedRestates(x.sent, y.sent) || a.frontedRestates(y.sent, x.sent)) {
		return true
	}
	// Two true statements sharing the words only they use
	// (shared_fact.go).
	if a.sameRareFact(x, y) {
		return true
	}
	// The lead's unnamed subject named, in the same claim
	// (lead_retold.go).
	if a.leadRetold(x, y) {
		return true
	}
	// One halt told in other verbs (halt_repeat.go).
	if a.sameHaltFact(x, y) {
		return true
	}
	// A year, names and a verb in common (shared_fact.go).
	if a.sameYearFact(x, y) {
		return true
	}
	// One claim reported twice by the same side (shared_fact.go).
	if a.sameClaim(x, y) {
		return true
	}
	if dice < restatedShare {
		return false
	}
	// Much the same sentence twice: one tests what the other shows.
	return x.rule == "truefalse-true" || y.rule == "truefalse-true" ||
		kx != "" && strings.Contains(a.sentKey(y.sent), " "+kx+" ") ||
		ky != "" && strings.Contains(a.sentKey(x.sent), " "+ky+" ")
}

// sentKey is " "+key(text)+" " of a sentence.
func (a *article) sentKey(s *sentence) string {
	if s.idx < len(a.sentKeys) && a.sentKeys[s.idx] != "" {
		return a.sentKeys[s.idx]
	}
	return " " + key(s.text) + " "
}

// wordSet is the set of a sentence's content words, made once.
func (a *article) wordSet(s *sentence) map[string]bool {
	if m, ok := a.wordSets[s]; ok {
		return m
	}
	m := make(map[string]bool, len(s.words))
	for _, w := range s.words {
		m[w] = true
	}
	if a.wordSets == nil {
		a.wordSets = map[*sentence]map[string]bool{}
	}
	a.wordSets[s] = m
	return m
}

// overlapSets is the share of the smaller set of words found in the
// other, and the share of both held in common (Dice's coefficient).
func overlapSets(x, y map[string]bool) (shared, dice float64) {
	if len(x) == 0 || len(y) == 0 {
		return 0, 0
	}
	if len(y) < len(x) {
		x, y = y, x
	}
	common := 0
	for w := range x {
		if y[w] {
			common++
		}
	}
	return float64(common) / float64(len(x)), 2 * float64(common) / float64(len(x)+len(y))
}

// holdRepeats holds back every proposed item that asks a fact a better
// proposed item asks, then lets each theme left under minProposed take its
// best held-back items that repeat nothing proposed, within the per-theme
// maximums. Items are grouped by theme as themeItems leaves them.
func (a *article) holdRepeats(items []item, opts Options) {
	a.holdRepeatsBy(items, opts, false)
}

// holdFinalRepeats is holdRepeats on the items proposed at last, which
// also holds back an item that asks a figure again in other words
// (figure_repeat.go). The themes are laid out without that rule: an item
// it holds back gives way to the theme's next held-back item, but does
// not make its theme join a neighbour and lose the items drafted there.
func (a *article) holdFinalRepeats(items []item, opts Options) {
	a.holdRepeatsBy(items, opts, true)
}

func (a *article) holdRepeatsBy(items []item, opts Options, figures bool) {
	if opts.All {
		return
	}
	order := make([]int, 0, len(items))
	for i := range items {
		if items[i].proposed {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return items[order[i]].score > items[order[j]].score })
	// True and false statements proposed per theme: a rise told in other
	// figures is held back only where its theme's statements stay
	// honest without it (balanceTrueFalse).
	tally := map[string]*[2]int{}
	for _, i := range order {
		if tf, tr := isTrueFalse(&items[i]); tf {
			th := themeOf(items[i])
			if tally[th] == nil {
				tally[th] = &[2]int{}
			}
			if tr {
				tally[th][0]++
			} else {
				tally[th][1]++
			}
		}
	}
	var kept []*item
	for _, i := range order {
		it := &items[i]
		if a.repeatsAny(it, kept) {
			tf, tr := isTrueFalse(it)
			if tf && !a.wordingRepeatsAny(it, kept) && !fairWithout(tally[themeOf(*it)], tr) {
				// Of the two, the one whose hold leaves the theme
				// honest goes; where neither does, both stay.
				if j := a.growthSwap(it, kept, tally[themeOf(*it)]); j >= 0 {
					kept[j].proposed, kept[j].repeat = false, true
					if _, ktr := isTrueFalse(kept[j]); ktr {
						tally[themeOf(*it)][0]--
					} else {
						tally[themeOf(*it)][1]--
					}
					kept[j] = it
					continue
				}
				kept = append(kept, it)
				continue
			}
			if tf {
				if tr {
					tally[themeOf(*it)][0]--
				} else {
					tally[themeOf(*it)][1]--
				}
			}
			it.proposed, it.repeat = false, true
			continue
		}
		kept = append(kept, it)
	}
	// One figure asked again in other words (figure_repeat.go).
	if figures {
		kept = a.holdFigureRepeats(kept, tally)
	}
	type count struct{ q, c, t, f int }
	per := map[string]*count{}
	for i := range items {
		it := &items[i]
		if per[themeOf(*it)] == nil {
			per[themeOf(*it)] = &count{}
		}
		if it.proposed {
			n := per[themeOf(*it)]
			if it.q != nil {
				n.q++
			} else {
				n.c++
			}
			if tf, tr := isTrueFalse(it); tf && tr {
				n.t++
			} else if tf {
				n.f++
			}
		}
	}
	held := make([]int, 0, len(items))
	for i := range items {
		if !items[i].proposed {
			held = append(held, i)
		}
	}
	sort.SliceStable(held, func(i, j int) bool { return items[held[i]].score > items[held[j]].score })
	for _, i := range held {
		it := &items[i]
		n := per[themeOf(*it)]
		if n.q+n.c >= minProposed || it.holdBack() {
			continue
		}
		// A repeated short answer's sentence, quoted whole
		// (repeat_refill.go).
		if st := a.repeatStatement(it); st != nil && !answerShownAny(it, kept) && !a.repeatsAny(st, kept) && !(figures && a.figureRepeatsAny(st, kept)) && n.q < opts.MaxQuestionsPerTheme && thinThemeFair(n.q+n.c, n.t, n.f, true) {
			items[i] = *st
		}
		if it.q != nil && n.q >= opts.MaxQuestionsPerTheme || it.c != nil && n.c >= opts.MaxCardsPerTheme {
			continue
		}
		// Nor one that would make the theme's true/false items
		// dishonest (all True, say).
		tf, tr := isTrueFalse(it)
		if tf && !thinThemeFair(n.q+n.c, n.t, n.f, tr) {
			continue
		}
		if a.repeatsAny(it, kept) || figures && a.figureRepeatsAny(it, kept) {
			continue
		}
		it.proposed = true
		kept = append(kept, it)
		if it.q != nil {
			n.q++
		} else {
			n.c++
		}
		if tf && tr {
			n.t++
		} else if tf {
			n.f++
		}
	}
}

// wordingRepeatsAny reports whether it asks a fact one of kept asks in
// the same words (sameWording).
func (a *article) wordingRepeatsAny(it *item, kept []*item) bool {
	for _, k := range kept {
		if a.sameWording(it, k) {
			return true
		}
	}
	return false
}

// growthSwap is the index in kept of the one statement of it's theme
// that it repeats, by a rise in other figures alone, whose hold leaves the
// theme's statements honest; -1 where there is none, or more than one
// kept item it repeats.
func (a *article) growthSwap(it *item, kept []*item, n *[2]int) int {
	j := -1
	for i, k := range kept {
		if !a.sameFact(it, k) {
			continue
		}
		if j >= 0 {
			return -1
		}
		j = i
	}
	if j < 0 || themeOf(*kept[j]) != themeOf(*it) {
		return -1
	}
	tf, tr := isTrueFalse(kept[j])
	if !tf || !fairWithout(n, tr) {
		return -1
	}
	return j
}

// fairWithout reports whether a theme's true and false statements, n,
// stay honest without one of them, true or not (fairTrueFalse).
func fairWithout(n *[2]int, isTrue bool) bool {
	t, f := n[0], n[1]
	if isTrue {
		t--
	} else {
		f--
	}
	return fairTrueFalse(t, f)
}

func (a *article) repeatsAny(it *item, kept []*item) bool {
	for _, k := range kept {
		if a.sameFact(it, k) {
			return true
		}
	}
	return false
}

// keyTermCard reports whether card is a cloze card on a key term of the
// sentence that statement quotes whole: a term the article repeats in
// another paragraph or defines, not a name. The card asks the learner to
// recall the term the sentence turns on, the statement whether the
// sentence holds: two items a teacher would write on one central
// sentence, studied apart (cards in review, statements in a quiz).
func (a *article) keyTermCard(card, statement *item) bool {
	if card.c == nil || statement.rule != "truefalse-true" || !strings.HasPrefix(card.rule, "cloze-card") {
		return false
	}
	if card.sp == nil || card.sp.kind.proper() || card.sp.kind.numeric() {
		return false
	}
	return a.termRecurs(card.answer) || a.definesTerm(card.answer)
}

// statedWords is how many content words besides the answer a true
// statement must share with a blank's sentence to state the same fact.
const statedWords = 3

// statedAnswer reports whether true statement st states the fact that
// item bl (a blank, in another sentence) asks: its sentence holds bl's
// answer and at least statedWords more of the blank's content words ("As
// an alternate judge, Birkett had no vote at the Nuremberg Trials" gives
// away "the alternate British judge during _____").
func (a *article) statedAnswer(st, bl *item) bool {
	if st.rule != "truefalse-true" || bl.sp == nil || bl.sent == st.sent || strings.HasPrefix(bl.rule, "truefalse") {
		return false
	}
	return a.statesWith(st.sent, bl.sent, bl.sp.key, a.wordSet)
}

// statesWith reports whether sentence s holds k, the tested answer's key
// in sentence o, and at least statedWords more of o's words as words
// reads them.
func (a *article) statesWith(s, o *sentence, k string, words func(*sentence) map[string]bool) bool {
	if k == "" || !strings.Contains(a.sentKey(s), " "+k+" ") {
		return false
	}
	answer := map[string]bool{}
	for _, w := range strings.Fields(k) {
		answer[w] = true
	}
	mine := words(s)
	n := 0
	for w := range words(o) {
		if mine[w] && !answer[w] {
			n++
		}
	}
	return n >= statedWords
}

// sameYearBlanks reports whether items x and y both blank a year alone
// ("2006"): a cloze question or card whose answer is four digits.
func sameYearBlanks(x, y *item) bool {
	return yearBlank(x) && yearBlank(y) && strings.TrimSpace(x.answer) == strings.TrimSpace(y.answer)
}

// yearBlank reports whether an item is a blank over a year alone.
func yearBlank(it *item) bool {
	if !strings.HasPrefix(it.rule, "cloze-") {
		return false
	}
	ans := strings.TrimSpace(it.answer)
	if len(ans) != 4 {
		return false
	}
	for _, r := range ans {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
