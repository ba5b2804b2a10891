package generate

import (
	"regexp"
	"strings"
)

// A biography's first sentence says what its subject was: the fact a
// teacher asks first, and true statements from the lead were all
// accepted by the judges. But the sentence carries a bracket of
// pronunciation, other names and dates ("Kenesaw Mountain Landis (
// /ˈkɛnɨsɔː/; November 20, 1866 – November 25, 1944) was an American
// jurist who …") that made it too long to quote. A teacher quotes it
// without the bracket.

// statementText is the text a true statement quotes of sentence s: the
// sentence, or a biography's first sentence without its brackets; never
// a phonetic transcription (title_aside.go).
func (a *article) statementText(s *sentence) string {
	if !a.bioLead(s) {
		return statementWording(dropTranscriptions(s.text))
	}
	return statementWording(withoutBrackets(s.text))
}

// withoutBrackets is text with its bracketed asides dropped and the
// spaces around them closed up.
func withoutBrackets(text string) string {
	t := dropTranscriptions(text)
	// A bracket nested in another ("(…; Modern Turkish: I. Süleyman
	// (Turkish pronunciation: […]); 1494 – 1566)") goes with it.
	for {
		u := bracketsRE.ReplaceAllString(t, "")
		if u == t {
			break
		}
		t = u
	}
	t = spaceRunRE.ReplaceAllString(t, " ")
	return strings.ReplaceAll(strings.ReplaceAll(t, " ,", ","), " .", ".")
}

// statementWords counts the words statementText quotes.
func (a *article) statementWords(s *sentence) int {
	t := a.statementText(s)
	if t == s.text {
		return s.nWords
	}
	n := 0
	for _, w := range strings.Fields(t) {
		if hasLetterOrDigit(w) {
			n++
		}
	}
	return n
}

// bioLead reports whether s is the first sentence of a biography whose
// lead says what its subject was.
func (a *article) bioLead(s *sentence) bool {
	if s == nil || len(a.paras) == 0 || len(a.paras[0].sents) == 0 || a.paras[0].sents[0] != s {
		return false
	}
	_, short := a.biographySubject()
	return short != "" && a.leadDefines() && strings.Contains(s.text, "(")
}

var spaceRunRE = regexp.MustCompile(`\s+`)

// A biography's lead, once its bracket is dropped, may say no more than
// the subject's nationality and calling ("Jane Roe, Lady Doe was an
// English painter."). Blind judges rejected such a true statement: any
// reader knows it, so it tests nothing the article teaches. A lead that
// says more (a known-for clause, a work, an award, a place) is kept.
var thinLeadRE = regexp.MustCompile(`^([^,.;:]+(?:,[^,.;:]+)?)\s+(?:was|is)\s+an?\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\.$`)

// thinLeadWords are words of a predicate that say more than a calling:
// what the subject did, where, for whom or what for.
var thinLeadWords = map[string]bool{
	"of": true, "for": true, "in": true, "with": true, "who": true, "whose": true,
	"which": true, "that": true, "known": true, "best": true, "from": true,
	"at": true, "by": true, "to": true, "on": true, "whom": true, "noted": true,
	"famous": true, "remembered": true, "founded": true, "won": true,
}

// thinBioStatement reports whether text, a true statement quoting
// sentence s of a biography, says only who the subject was by
// nationality and calling: the subject's name, perhaps with a title,
// then "was a(n)" and a few words with nothing after them.
func (a *article) thinBioStatement(s *sentence, text string) bool {
	_, short := a.biographySubject()
	if short == "" || s == nil {
		return false
	}
	m := thinLeadRE.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil || !strings.Contains(m[1], short) {
		return false
	}
	for _, w := range strings.Fields(m[2]) {
		if thinLeadWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
