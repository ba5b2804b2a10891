package generate

import "strings"

// Blanks over part of what the sentence says as one piece (blind judges'
// BAD-BLANK, TRIVIA):
//
//   - an adjective whose adverb stays outside the blank ("and physically
//     _____, Pavel was seen as …" for "abusive father"), or the last
//     adjectives of a list whose first stays outside ("the early works
//     are bleak, _____ about …" for "noir near-future stories");
//   - a name's suffix ("Oliver Holmes, _____. (1809 – 1894)" for "Sr");
//   - who reports a claim, said after it ("… will continue into 2005,
//     _____." for "state media report"): a source, not the claim.

// modifierLeftOut reports whether the blank over the term sp leaves out
// a word that modifies its first word: an adverb of an adjective, or the
// adjective that a comma joins to it.
func modifierLeftOut(s *sentence, sp *span) bool {
	if sp.kind != kTerm || sp.the {
		return false
	}
	first := tokAt(s, sp.start)
	if first == nil || !strings.HasPrefix(first.tag, "JJ") {
		return false
	}
	p := prevTok(s, sp.start)
	if p == nil {
		return false
	}
	w := strings.ToLower(p.text)
	if p.tag == "RB" && strings.HasSuffix(w, "ly") && w != "only" && isLowerWord(p.text) {
		return true // "physically _____"
	}
	if p.text == "," {
		if pp := prevTok(s, p.start); pp != nil && strings.HasPrefix(pp.tag, "JJ") && isLowerWord(pp.text) {
			return true // "bleak, _____"
		}
	}
	return false
}

// nameSuffixes are the words that follow a name to tell a father from a
// son or a monarch from a namesake.
var nameSuffixes = map[string]bool{"sr": true, "jr": true, "snr": true, "jnr": true, "ii": true, "iii": true, "iv": true}

// nameSuffixBlank reports whether sp is a name's suffix alone.
func nameSuffixBlank(sp *span) bool {
	return nameSuffixes[strings.Trim(sp.key, ". ")]
}

// reportTailWords end a clause that says who reports what the sentence
// said before it.
var reportTailWords = map[string]bool{"report": true, "reports": true, "reported": true, "say": true, "says": true, "said": true, "claim": true, "claims": true, "suggest": true, "suggests": true}

// reportTailBlank reports whether the term sp is a closing "…, state
// media report." that says who reports the sentence's claim.
func reportTailBlank(s *sentence, sp *span) bool {
	if sp.kind != kTerm || sp.end > len(s.text) {
		return false
	}
	ws := strings.Fields(sp.key)
	if len(ws) < 2 || !reportTailWords[ws[len(ws)-1]] {
		return false
	}
	rest := strings.TrimSpace(s.text[sp.end:])
	if rest != "." && rest != "" {
		return false
	}
	before := strings.TrimRight(s.text[:sp.blankStart()], " ")
	return strings.HasSuffix(before, ",")
}

// dashBreakBlank reports whether the blank's text runs across a double
// hyphen written for a dash ("human activities--the release"): two
// phrases, half of each.
func dashBreakBlank(s *sentence, sp *span) bool {
	start := sp.blankStart()
	if start < 0 || sp.end > len(s.text) || start >= sp.end {
		return false
	}
	return strings.Contains(s.text[start:sp.end], "--")
}

// lifeStageNouns name a stage of life, not what a person did.
var lifeStageNouns = set(`child|boy|girl|baby|infant|toddler|teenager|teen|youth|youngster|adolescent|schoolboy|schoolgirl|kid`)

// lifeStageBlank reports whether the term sp names a stage of life
// ("While Gibson was still a _____, … his father died" for "young
// child"): the frame ("still a") gives it, and when something happened
// is told by the sentence's own event.
func lifeStageBlank(sp *span) bool {
	if sp.kind != kTerm {
		return false
	}
	ws := strings.Fields(sp.key)
	return len(ws) > 0 && lifeStageNouns[ws[len(ws)-1]]
}
