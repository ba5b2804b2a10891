package generate

import (
	"strings"
	"unicode"
)

// A verb read as the last noun of a phrase. The tagger takes a verb
// after a noun for a noun now and then, and the phrase it makes is no
// phrase of the article: "rates of _____ wildly" ("infection vary"),
// "the _____ by the wayside" ("rest fall"), "Reliance on _____ that when
// they get into trouble …" ("banks means"). Blind judges rejected or
// edited such blanks (BAD-BLANK: "the blank spans a noun and a verb").
// verbTail finds a phrase of two words or more that ends on a verb that
// is seldom the head of a noun phrase where the word after it is one a
// verb takes and a noun does not: an adverb, a determiner, a pronoun,
// "that", "to" or a preposition of direction ("by", "into", "on").

// tailVerbs are verbs, in the forms a present tense takes, that the
// tagger has read as nouns after a noun.
var tailVerbs = set(`means|mean|shows|show|looks|look|runs|run|resists|resist|fades|fade|varies|vary|lies|lie|argues|argue|rises|rise|falls|fall|remains|remain|seems|seem|suggests|suggest|says|say|grows|grow|tends|tend|matters|matter|differs|differ|agrees|agree|depends|depend|appears|appear|insists|insist|reckons|reckon|worries|worry|warns|warn`)

// tailFollowers are words after a verb that do not follow a noun
// phrase's head.
var tailFollowers = set(`that|to|by|into|on|onto|from|with|up|down|off|behind|apart|away`)

// verbTail reports whether term sp of s ends on a verb the tagger read
// as a noun (see above).
func verbTail(s *sentence, sp *span) bool {
	if sp.kind != kTerm {
		return false
	}
	words := strings.Fields(sp.text)
	if len(words) < 2 {
		return false
	}
	n := nextTok(s, sp.end)
	if n == nil {
		return false
	}
	// "Politicians across the _____ its capability" ("spectrum
	// doubt"): any common noun after another that a possessive
	// determiner follows is a verb taking its object.
	if n.tag == "PRP$" && tailNounPair(s, sp) {
		return true
	}
	if !tailVerbs[strings.ToLower(words[len(words)-1])] {
		return false
	}
	switch {
	case strings.HasPrefix(n.tag, "RB"), n.tag == "DT", n.tag == "PRP", n.tag == "PRP$":
		return true
	}
	return tailFollowers[strings.ToLower(n.text)]
}

// tailNounPair reports whether term sp of s ends on two lowercase common
// nouns ("spectrum doubt") and is no verb's object: after "gave the
// fishing fleet" a possessive opens the second object ("its own
// berths").
func tailNounPair(s *sentence, sp *span) bool {
	var in []tok
	first := -1
	for i, t := range s.toks {
		if t.start >= sp.start && t.end <= sp.end {
			if first < 0 {
				first = i
			}
			in = append(in, t)
		}
	}
	if len(in) < 2 {
		return false
	}
	k := first - 1
	for k >= 0 && (s.toks[k].tag == "DT" || strings.HasPrefix(s.toks[k].tag, "JJ") || s.toks[k].tag == "PRP$") {
		k--
	}
	if k >= 0 && strings.HasPrefix(s.toks[k].tag, "VB") {
		return false
	}
	for _, t := range in[len(in)-2:] {
		if (t.tag != "NN" && t.tag != "NNS") || firstRune(t.text) != unicode.ToLower(firstRune(t.text)) {
			return false
		}
	}
	return true
}
