package generate

import "strings"

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

// thatClauseVerbs are more verbs that take a clause opened by "that".
var thatClauseVerbs = set(`show|showed|shown|find|found|finds|reveal|revealed|mean|means|meant|know|knew|known|knows|
ensure|ensures|ensured|suggest|realise|realised|realize|realized|feel|felt|feels|hope|hoped|hopes|fear|feared|
learn|learned|learnt|discover|discovered|discovers|note|noted|notes|admit|admitted|admits|agree|agreed|agrees|
decide|decided|decides|prove|proved|proves|demonstrate|demonstrated|demonstrates|indicate|indicated|indicates|
assume|assumed|assumes|suspect|suspected|suspects|recognise|recognised|recognize|recognized|conclude|concluded|
explain|explained|explains|stress|stressed|stresses|emphasise|emphasised|emphasize|emphasized|hear|heard|
report|reported|reports|announce|announced|confirm|confirmed|deny|denied|denies|estimate|estimated|predict|
predicted|warn|warned|claim|claimed|argue|argued|insist|insisted|add|added|say|says|said|tell|told|tells|
think|thought|thinks|believe|believed|believes|expect|expected|expects|doubt|doubted|doubts|is|was|are|were|be`)

// changeNouns are changes a sentence before tells of with a verb ("fell",
// "rose", "moved") or a noun, which "the" then points back to.
var changeNouns = set(`drop|fall|rise|increase|decrease|decline|jump|surge|dip|slump|spike|fall-off|upturn|downturn|move|shift|cut|cuts|change|changes|boost|hike|rebound|slowdown`)

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
	if !changeNouns[strings.ToLower(noun.text)] || !strings.HasPrefix(noun.tag, "NN") {
		return false
	}
	return strings.HasPrefix(verb.tag, "VB") || verb.tag == "MD"
}
