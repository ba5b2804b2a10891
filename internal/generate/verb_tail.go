package generate

import "strings"

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
	if len(words) < 2 || !tailVerbs[strings.ToLower(words[len(words)-1])] {
		return false
	}
	n := nextTok(s, sp.end)
	if n == nil {
		return false
	}
	switch {
	case strings.HasPrefix(n.tag, "RB"), n.tag == "DT", n.tag == "PRP", n.tag == "PRP$":
		return true
	}
	return tailFollowers[strings.ToLower(n.text)]
}
