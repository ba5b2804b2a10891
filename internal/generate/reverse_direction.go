package generate

import (
	"strings"
	"unicode"
)

// A reversed comparison (reverse.go) must read as a claim someone could
// make. Blind judges turned down reversals false on their face: "Changyu,
// the smallest wine maker in China" (a report names a firm by its rank
// because the rank is news), "viruses that can spread much slower" under
// the headline "Fast moving phone bugs appear", "a strategy aimed at …
// decreasing the number of offenders brought to justice" (nobody aims at
// the worse), "Big US firms already have to meet the requirements, but
// larger ones …" (the sentence's own contrast says the reverse).
// reversalPlausible turns such reversals down.

// directionScales groups the words of one dimension, either way: a
// headline or a sentence using any of them tells the reader which way
// the report goes.
var directionScales = []map[string]bool{
	// Size and amount, and their change.
	set(`large|larger|largest|big|bigger|biggest|small|smaller|smallest|little|huge|tiny|giant|high|higher|highest|
low|lower|lowest|rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|increase|increases|increased|increasing|
decrease|decreases|decreased|decreasing|grow|grows|grew|grown|growing|growth|surge|surges|surged|soar|soars|soared|
jump|jumps|jumped|gain|gains|gained|climb|climbs|climbed|drop|drops|dropped|slump|slumps|slumped|plunge|plunges|
plunged|shrink|shrinks|shrank|record|boost|boosts|boosted`),
	// Speed.
	set(`fast|faster|fastest|slow|slower|slowest|quick|quicker|quickest|rapid|rapidly|quickly|slowly|speed|speedy`),
	// Strength.
	set(`strong|stronger|strongest|weak|weaker|weakest|strengthen|strengthened|weaken|weakened`),
}

// purposeWords open a statement of aim: what someone aims at is rarely
// the worse of two directions, so its reversal is false on its face.
var purposeWords = set(`aim|aims|aimed|aiming|intended|intends|designed|seeks|seek|sought|wants|want|wanted|goal|target|targets|bid|order`)

// changeWords are the reversible words of a change over time, not of a
// standing comparison.
var changeWords = set(`rose|fell|rising|falling|increased|decreased|increasing|decreasing|strengthened|weakened`)

// changeNowShown reports whether the words after a word of change w say
// what the change has led to with "now" ("faced increased competition
// from firms … all of whom now have programs that …"): the rest of the
// sentence shows which way the change went, so its reversal is false on
// its face.
func changeNowShown(w, after string) bool {
	if !changeWords[w] {
		return false
	}
	for _, o := range wordsOf(after) {
		if strings.EqualFold(o, "now") {
			return true
		}
	}
	return false
}

// scaleOf is the index in directionScales of a word's dimension, or -1.
func scaleOf(w string) int {
	w = strings.ToLower(w)
	for i, sc := range directionScales {
		if sc[w] {
			return i
		}
	}
	return -1
}

// wordsOf splits a text into its words of letters.
func wordsOf(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
}

// reversalPlausible reports whether reversing the word at text[st:en] of
// sentence s leaves a statement a reader could believe before checking
// the article.
func (a *article) reversalPlausible(s *sentence, st, en int) bool {
	w := strings.ToLower(s.text[st:en])
	sc := scaleOf(w)
	before := wordsOf(s.text[:st])
	// A rank named by a superlative after a possessive or in an
	// apposition ("Japan's third largest bank", "Changyu, the largest
	// wine maker"): the rank is why the report names it.
	if strings.HasSuffix(w, "est") {
		n := len(before)
		for k := n - 1; k >= 0 && k >= n-2; k-- {
			b := before[k]
			if strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s") {
				return false
			}
		}
		if strings.HasSuffix(strings.TrimRight(s.text[:st], " "), ", the") || strings.HasSuffix(strings.ToLower(s.text[:st]), "one of the ") {
			return false
		}
		// What a ranking is (ranking_superlative.go).
		if rankingSuperlative(s.text[:st]) {
			return false
		}
	}
	// A statement of aim.
	for _, b := range before {
		if purposeWords[strings.ToLower(b)] {
			return false
		}
	}
	if coordinatedComparative(s.text, st, en) || a.improvementSaid(s, w) || multipleWorse(s.text, st, w) { // multiple_reversal.go
		return false
	}
	if sc < 0 {
		return true
	}
	if changeNowShown(w, s.text[en:]) {
		return false
	}
	// The sentence's own contrast on the same dimension ("Big firms …,
	// but larger ones").
	for _, o := range wordsOf(s.text[:st] + " " + s.text[en:]) {
		if scaleOf(o) == sc {
			return false
		}
	}
	// The headline, or the lead's first sentence, says which way.
	var lead []string
	lead = append(lead, wordsOf(a.course)...)
	if len(a.sents) > 0 && a.sents[0] != s {
		lead = append(lead, wordsOf(a.sents[0].text)...)
	}
	for _, o := range lead {
		if scaleOf(o) == sc {
			return false
		}
	}
	return true
}

// A comparative reversed beside another that keeps its sense reads false
// without the article: a report on a robot that "has just got faster and
// smarter" gave "got slower and smarter" (both blind judges of a held-out
// set: false on its face, an improved machine that got worse at one thing
// and better at another). The pair says one thing, an improvement, and
// only the pair reversed together would be a claim; the drafts have no
// opposite for most such words ("smarter", "cheaper" said of a gain), so
// the statement is held back. coordinatedComparative reports whether the
// word at text[st:en] is joined by "and", "or" or a comma to another
// comparative ("faster and smarter", "bigger, better", "faster and more
// reliable", "smarter and faster").
func coordinatedComparative(text string, st, en int) bool {
	before := wordsOf(text[:st])
	after := wordsOf(text[en:])
	joinAfter := strings.TrimLeft(text[en:], " ")
	joinBefore := strings.TrimRight(text[:st], " ")
	if len(after) >= 2 && (strings.EqualFold(after[0], "and") || strings.EqualFold(after[0], "or")) && comparativeAt(after[1:]) {
		return true
	}
	if strings.HasPrefix(joinAfter, ",") && len(after) >= 1 && comparativeAt(after) {
		return true
	}
	n := len(before)
	if n >= 2 && (strings.EqualFold(before[n-1], "and") || strings.EqualFold(before[n-1], "or")) && comparativeWord(before[n-2]) {
		return true
	}
	if strings.HasSuffix(joinBefore, ",") && n >= 1 && comparativeWord(before[n-1]) {
		return true
	}
	return false
}

// comparativeAt reports whether words open with a comparative: "smarter",
// "better", "more reliable".
func comparativeAt(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w := strings.ToLower(words[0])
	if (w == "more" || w == "less") && len(words) >= 2 {
		return true
	}
	return comparativeWord(w)
}

// comparativeWord reports whether w is an adjective's comparative:
// "better", "worse", or a word of the reversal table or of a direction
// scale ending in "er", or a word ending in "ier" or in a doubled
// consonant and "er" ("bigger") or in "ter", "ler", "per", "ker", "der",
// "ger" after a vowel ("smarter", "cheaper", "quicker", "wider"), with
// nouns of those endings ("water", "paper", "order", "number") left out.
func comparativeWord(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "better", "worse", "more", "less":
		return true
	}
	if _, ok := reversals[w]; ok && strings.HasSuffix(w, "er") {
		return true
	}
	if scaleOf(w) >= 0 && strings.HasSuffix(w, "er") {
		return true
	}
	if len(w) < 5 || !strings.HasSuffix(w, "er") || erNouns[w] {
		return false
	}
	return comparativeAdjectives[w]
}

// comparativeAdjectives are comparatives a report pairs with another to
// say something improved or got worse.
var comparativeAdjectives = set(`smarter|cheaper|quicker|safer|easier|harder|lighter|heavier|thinner|thicker|wider|narrower|longer|shorter|
cleaner|dirtier|stronger|weaker|richer|poorer|bigger|greater|newer|older|younger|louder|quieter|brighter|darker|sharper|
simpler|clearer|tougher|tighter|looser|deeper|shallower|warmer|cooler|colder|hotter|healthier|happier|busier|riskier|
costlier|leaner|fitter|smoother|softer|slimmer|sleeker|nimbler|wiser|fairer|higher|lower|larger|smaller|faster|slower`)

// erNouns are words ending in "er" that are no comparatives.
var erNouns = set(`water|paper|order|number|power|other|under|after|over|never|ever|either|neither|whether|together|
rather|another|member|manager|player|computer|printer|user|owner|leader|partner|worker|officer|minister|border|winter|summer|
centre|center|letter|matter|quarter|chapter|career|river|tower|corner|finger|master|sister|brother|mother|father`)

// improvementSaid reports whether the sentence or the headline tells
// that what the sentence speaks of improved, so that the worse of the
// speed or strength reversal is false on its face: "the new, improved
// robot … got slower", under "… robot learns how to run". A word of
// improvement ("improved", "upgraded", "better", "enhanced") in the
// sentence or the headline, or "new" in the sentence, with a reversal
// to the slower or the weaker.
func (a *article) improvementSaid(s *sentence, w string) bool {
	opp := reversals[w]
	if opp == "" || !worseWords[opp] {
		return false
	}
	for _, o := range wordsOf(s.text) {
		l := strings.ToLower(o)
		if improvementWords[l] || l == "new" || l == "newer" || l == "latest" {
			return true
		}
	}
	for _, o := range wordsOf(a.course) {
		if improvementWords[strings.ToLower(o)] {
			return true
		}
	}
	return false
}

// worseWords are the reversals that say a thing got worse at what it
// does: slower, weaker.
var worseWords = set(`slower|slowest|weakened`)

// improvementWords say that a thing got better.
var improvementWords = set(`improved|improve|improves|improving|improvement|improvements|upgraded|upgrade|upgrades|better|enhanced|advanced|boosted`)
