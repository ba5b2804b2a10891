package generate

import (
	"strings"
	"unicode"
)

// A theme titled by one common noun ("Duty") says less than its
// paragraphs do when they say the noun with one modifier each time
// ("fuel duty", "if fuel duty does rise"): the noun is the key phrase the
// analyser kept, the modifier a word it read as a verb. The theme takes
// the fuller phrase ("Fuel Duty").

// notBeforeModifier are words that may not come before a modifier:
// pronouns, "to", modals and relatives, since after
// them the word is a verb ("we pay duty", "to pay duty").
var notBeforeModifier = set(`i|we|you|they|he|she|it|to|will|would|can|could|may|might|must|shall|should|do|does|did|not|who|which|that`)

// modifiedNounTitle is the phrase a one-word common-noun title is said
// with in the theme: the word before the noun, the same in at least two
// of the theme's sentences and in at least half of the noun's mentions
// there, a lower-case content word (not a number, a name or a function
// word) opening a noun phrase. "" when there is none.
func (a *article) modifiedNounTitle(group []int, noun string) string {
	noun = strings.ToLower(noun)
	if noun == "" || strings.Contains(noun, " ") {
		return ""
	}
	mentions := 0
	count := map[string]int{}
	for _, n := range group {
		for _, s := range a.paras[n-1].sents {
			seen := map[string]bool{}
			for i, t := range s.toks {
				if strings.ToLower(t.text) != noun {
					continue
				}
				mentions++
				if i == 0 {
					continue
				}
				m := s.toks[i-1].text
				lm := strings.ToLower(m)
				if !modifierWord(m, i-1 == 0) || stopwords[lm] || seen[lm] {
					continue
				}
				if i >= 2 && notBeforeModifier[strings.ToLower(s.toks[i-2].text)] {
					continue
				}
				seen[lm] = true
				count[lm]++
			}
		}
	}
	best, bn := "", 0
	for m, c := range count {
		if c > bn || (c == bn && m < best) {
			best, bn = m, c
		}
	}
	if bn < 2 || 2*bn < mentions {
		return ""
	}
	return titleCase(best + " " + noun)
}

// modifierWord reports whether a token may modify a noun in a title: a
// word of letters (a hyphen allowed), lower-case unless it opens its
// sentence, not an adverb in -ly.
func modifierWord(w string, first bool) bool {
	if len(w) < 3 || strings.HasSuffix(strings.ToLower(w), "ly") {
		return false
	}
	for i, r := range w {
		switch {
		case r == '-' && i > 0:
		case !unicode.IsLetter(r):
			return false
		case unicode.IsUpper(r) && (i > 0 || !first):
			return false
		}
	}
	return true
}
