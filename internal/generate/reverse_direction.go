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
	}
	// A statement of aim.
	for _, b := range before {
		if purposeWords[strings.ToLower(b)] {
			return false
		}
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
