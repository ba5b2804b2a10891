package generate

import (
	"regexp"
	"strings"
)

// Two ways a statement quoted whole leans on the sentence before it that
// needsContext did not see (set 97, both judges, CONTEXT):
//   - "Facebook embodies that philosophy and created an entire industry
//     from it": "that" before a noun, which the tagger reads as a
//     conjunction (IN) after a verb, is a demonstrative where no verb
//     follows the noun (thatDemonstrative);
//   - "The drop is described as “statistically significant” by Professor
//     Robert West …": a bare change ("the drop", "the rise", "the move")
//     opening the sentence as its subject is the change the sentence
//     before told of (changeOpening).

// thatDemonstrative reports whether "that", token i of s, read as a
// conjunction, stands before a noun as a demonstrative: after a verb
// that does not take a clause ("embodies that philosophy"), before a
// common noun that no verb, noun or possessive follows ("said that
// philosophy matters" opens a clause).
func thatDemonstrative(s *sentence, i int) bool {
	if i == 0 || i+2 >= len(s.toks) || !strings.EqualFold(s.toks[i].text, "that") || s.toks[i].tag != "IN" || quotedAt(s.text, s.toks[i].start) {
		return false
	}
	prev := s.toks[i-1]
	if !strings.HasPrefix(prev.tag, "VB") || clauseVerb(strings.ToLower(prev.text)) {
		return false
	}
	noun, after := s.toks[i+1], s.toks[i+2]
	if noun.tag != "NN" || !isLowerWord(noun.text) {
		return false
	}
	switch after.tag {
	case "CC", ".", ",", "IN", "TO", ":":
		return true
	}
	return false
}

// clauseVerb reports whether verb w takes a clause opened by "that":
// "said that", "believes that", "shows that".
func clauseVerb(w string) bool {
	return sayVerbs[w] || opinionVerbs[w] || reportingVerbs[w] || claimVerbs[w] || forecastVerbs[w] || reportVerbs[w] ||
		thatClauseVerbs[w]
}

// thatClauseVerbs are the verbs taking a clause opened by "that" that
// the lists of verbs of saying and thinking above leave out.
var thatClauseVerbs = set(`show|showed|shown|find|found|reveal|revealed|mean|means|meant|know|knew|known|knows|ensure|ensures|ensured|
suggest|realise|realised|realize|realized|feel|felt|feels|hope|hoped|hopes|fear|learn|learned|learnt|discover|
discovered|discovers|note|admit|decide|decided|decides|prove|proved|proves|demonstrate|demonstrated|
demonstrates|indicate|indicated|assume|assumed|assumes|suspect|suspected|suspects|recognise|recognised|
recognize|recognized|conclude|concluded|explain|stress|emphasise|emphasised|emphasize|emphasized|hear|heard|
report|announce|confirm|deny|denied|denies|estimate|predict|warn|claim|insist|add|tell|tells|doubt|doubted|
doubts|is|was|are|were|be`)

// changeNouns are changes a sentence before tells of with a verb ("fell",
// "rose", "moved") or a noun, which "the" then points back to.
var changeNouns = set(`drop|fall|rise|increase|decrease|decline|jump|surge|dip|slump|spike|fall-off|upturn|downturn|move|shift|cut|cuts|change|changes|boost|hike|rebound|slowdown`)

// backShellNouns stand for what the sentence before told: "The cause is a
// change to sex-education lessons in … Austin" (the cause of the talk
// the sentence before reports: set 104, both judges, CONTEXT).
var backShellNouns = set(`cause|reason|result|upshot|consequence|outcome`)

// changeOpening reports whether s opens with a bare change as its
// subject: "The drop is described as …", "The move was welcomed …"; not
// "The rise of gaming has …", which says whose.
func changeOpening(s *sentence) bool {
	off := datelineEnd(s.text)
	k := 0
	for k < len(s.toks) && (s.toks[k].start < off || quoteMark(s.toks[k])) {
		k++
	}
	if k+2 >= len(s.toks) || !strings.EqualFold(s.toks[k].text, "the") {
		return false
	}
	noun, verb := s.toks[k+1], s.toks[k+2]
	if !changeNouns[strings.ToLower(noun.text)] && !backShellNouns[strings.ToLower(noun.text)] || !strings.HasPrefix(noun.tag, "NN") {
		return false
	}
	return strings.HasPrefix(verb.tag, "VB") || verb.tag == "MD"
}

// A figure whose "be" ends its clause, with no figure in the sentence
// that says what it is, leaves out what it is a figure of: "The worst
// case is Saudi Arabia, where people think only 28% are, when 71% are."
// (overweight or obese, which the sentence before says: set 98, both
// judges, CONTEXT). "… think 40% are obese, when 71% are" says it.
var figureEllipsisRE = regexp.MustCompile(`\d(?:%| per ?cent)? (?:are|is|were|was)\s*[,.;:!?]`)

// figureSaysRE is a figure whose "be" goes on to say what it is.
var figureSaysRE = regexp.MustCompile(`\d(?:%| per ?cent)? (?:are|is|were|was) \p{L}`)

// figureEllipsis reports whether s has such a figure (see above).
func figureEllipsis(s *sentence) bool {
	return figureEllipsisRE.MatchString(s.text) && !figureSaysRE.MatchString(s.text)
}

// A quantifier standing for a noun the sentence before gave: "Most went
// as subsidies for entrants to the sector" (most of China's support for
// shipbuilders: set 102, both judges, CONTEXT). The quantifier opens the
// sentence and a verb follows it at once.
var bareQuantifiers = set(`most|many|some|few|half|all|others|several|both|neither|none|much`)

// peopleVerbs are what only people do: a quantifier before one stands
// for people ("Many worried that the police …").
var peopleVerbs = set(`say|says|said|think|thinks|thought|believe|believes|believed|fear|fears|feared|worry|worries|worried|argue|argues|argued|agree|agrees|agreed|expect|expects|expected|hope|hopes|hoped|doubt|doubts|doubted|suspect|suspects|suspected|complain|complains|complained|claim|claims|claimed|insist|insists|insisted|want|wants|wanted|reckon|reckons|reckoned|feel|feels|felt`)

// One explanation of what? "One explanation is that the labour market
// has returned to normal" (of the stalled fall in unemployment: set 102,
// both judges, CONTEXT). "One" or "another" and a noun of reasoning,
// then a verb, open the sentence.
var reasonNouns = set(`explanation|explanations|reason|reasons|answer|possibility|theory|factor|cause|solution|problem|option|lesson|worry|concern|risk|difficulty|obstacle|argument|objection`)

// elidedOpening reports whether s opens on such a quantifier or such a
// reason.
func elidedOpening(s *sentence) bool {
	k := openingTokens(s)
	verbAt := func(i int) bool {
		return i < len(s.toks) && (strings.HasPrefix(s.toks[i].tag, "VB") && s.toks[i].tag != "VBG" && s.toks[i].tag != "VBN" || s.toks[i].tag == "MD")
	}
	if k+1 >= len(s.toks) {
		return false
	}
	w := strings.ToLower(s.toks[k].text)
	// "Many worried that …", "Some say …": people, whom the verb
	// tells.
	if bareQuantifiers[w] && verbAt(k+1) && !peopleVerbs[strings.ToLower(s.toks[k+1].text)] {
		return true
	}
	if (w == "one" || w == "another") && reasonNouns[strings.ToLower(s.toks[k+1].text)] && verbAt(k+2) {
		return true
	}
	return false
}
