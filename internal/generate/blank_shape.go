package generate

import (
	"regexp"
	"strings"
)

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

// figureOrdinalRE is an ordinal written in figures: "1st", "8th", "34th".
var figureOrdinalRE = regexp.MustCompile(`^\d+(?:st|nd|rd|th)$`)

// ordinalNameBlank reports whether sp is half of a name numbered by an
// ordinal ("the headquarters of the 1st _____" for "Division", "the
// 34th _____" for "Congress", "the _____ Kentucky" for "8th"): the
// ordinal and its noun name one unit, a congress or a district
// together, and the half the blank leaves asks a detail of the name.
func ordinalNameBlank(s *sentence, sp *span) bool {
	start := sp.blankStart()
	if start < 0 || sp.end > len(s.text) || start >= sp.end {
		return false
	}
	if p := prevTok(s, start); p != nil && figureOrdinalRE.MatchString(p.text) {
		return true // "the 1st _____"
	}
	ws := strings.Fields(s.text[start:sp.end])
	if len(ws) == 1 && figureOrdinalRE.MatchString(strings.Trim(ws[0], ".,;:")) {
		if n := nextTok(s, sp.end); n != nil && (startsUpper(n.text) || strings.EqualFold(n.text, "congressional")) {
			return true // "the _____ Division"
		}
	}
	return false
}

// chamberWords name an assembly or a court by its kind alone: "the
// House", "the Senate", "Parliament", "the Commons".
var chamberWords = set(`house|senate|parliament|commons|lords|congress|assembly|chamber|court`)

// chamberBlank reports whether sp is an assembly or a court named by its
// kind alone ("to embarrass the Republicans in _____" for "the House"):
// another such word fits the frame as well ("Congress" for "the House",
// "Parliament" for "the Commons"), and the learner who writes it is not
// wrong.
func chamberBlank(sp *span) bool {
	return chamberWords[strings.TrimPrefix(sp.key, "the ")]
}

// describedAsRE opens a description of a person in someone's words:
// "described Burnett as", "called him".
var describedAsRE = regexp.MustCompile(`\b(?:described|describes|describing|portrayed|depicted|dismissed)\s+(?:[A-Z][\p{L}'’-]+|him|her|them)(?:\s+[A-Z][\p{L}'’-]+)?\s+as\b`)

// describedAsBlank reports whether sp's blank lies inside someone's
// description of a person ("… described Burnett as a big, loud fellow
// who is forever raising objections to embarrass the Republicans in
// _____"): the words are the describer's, and one of them asks nothing
// the article teaches.
func describedAsBlank(s *sentence, sp *span) bool {
	start := sp.blankStart()
	if start < 0 || start > len(s.text) {
		return false
	}
	m := describedAsRE.FindStringIndex(s.text)
	return m != nil && m[1] <= start
}
