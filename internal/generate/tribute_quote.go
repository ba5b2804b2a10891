package generate

import (
	"regexp"
	"strings"
)

// Tributes in a death report. A report that someone has died quotes
// colleagues' first reactions: "The prime minister called him a "giant"
// of the movement", "A former colleague said his first reaction was
// "immense sadness"". Blind judges rejected statements drawn from them
// as trivia: any death draws such words, and which word one colleague
// chose teaches nothing of the life. tributeReaction reads a sentence as
// incidental where the article's headline, or its first sentence, tells
// a death ("dies", "died", "death", "has died"), and the sentence, past
// the first, quotes words (quotation marks) with a reaction or a
// tribute: "called him", "described her as", "first reaction", "paid
// tribute", "mourned", "remembered with", "sadness", "shocked",
// "condolences". What the dead person did stays.

// deathReportRE is a death told in a headline or an opening sentence.
var deathReportRE = regexp.MustCompile(`(?i)\b(?:dies|died|death of|dead at|passed away)\b`)

// tributeRE is a reaction or tribute to the dead.
var tributeRE = regexp.MustCompile(`(?i)\b(?:called|described|hailed)\s+(?:him|her)\b|\bfirst\s+reaction\b|\bpaid\s+tributes?\b|\btributes?\s+(?:to|from|were|have)\b|\b(?:mourned|remembered\s+with|sorely\s+missed)\b|\b(?:sadness|saddened|deeply\s+sad|shocked|condolences|grief)\b`)

// deathReport reports whether the article tells of a death in its
// headline or its first sentence.
func (a *article) deathReport() bool {
	if deathReportRE.MatchString(a.headline) {
		return true
	}
	return len(a.sents) > 0 && deathReportRE.MatchString(a.sents[0].text)
}

// tributeReaction reports whether s is a quoted tribute or first
// reaction in a death report (see above).
func (a *article) tributeReaction(s *sentence) bool {
	if s == nil || len(a.sents) == 0 || s == a.sents[0] {
		return false
	}
	if !strings.ContainsAny(s.text, "\"“”") || !tributeRE.MatchString(s.text) {
		return false
	}
	return a.deathReport()
}
