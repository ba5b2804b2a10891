package generate

import "strings"

// A biography's sentence on its subject that opens on "He" or "She" and
// says "also". subjectResolved puts the subject's name in for the
// pronoun only where nothing else in the sentence needs the sentences
// before it, and "also" does ("She is also the first …": the first
// besides what?). So a short biography's central facts told that way
// were never quoted: Kate Bush's "She is also the first (and to date
// only) female artist to have Top 5 albums in the UK charts in 5
// successive decades." left her one theme at three items. Where the
// pronoun can only mean the subject and the "also" is all else that
// ties the sentence to the one before (focusDropped's test: not "also
// known as", not "…, and also"), the statement is the sentence with the
// name put in and the "also" left out: "Bush is the first (and to date
// only) female artist …".

// alsoResolved returns sentence s read as described above, or "".
func (a *article) alsoResolved(s *sentence) string {
	if s == nil || len(s.toks) < 3 {
		return ""
	}
	focus, kept := focusDropped(s)
	open := s.toks[0].text
	if focus == "" || !strings.HasPrefix(focus, open+" ") {
		return ""
	}
	// The sentence as subjectResolved reads it without its "also".
	c := *s
	c.toks = kept
	r := a.subjectResolved(&c)
	if r == "" || !strings.HasSuffix(r, s.text[len(open):]) {
		return ""
	}
	name := r[:len(r)-len(s.text)+len(open)]
	return name + focus[len(open):]
}

// alsoStatement is the true statement a short biography's thin theme
// quotes from the most central sentence alsoResolved reads, on the bar
// a short report's focus statement sets (shortFocusStatement), or nil.
func (a *article) alsoStatement(sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing) *item {
	best, text := bestStatement(sents, perSent, used, ex, func(s *sentence) string {
		if s.score < backboneCentral || a.statementWords(s) > maxStatementWords || s.nWords < 10 || len(s.spans) == 0 || a.incidentalSentence(s) {
			return ""
		}
		return a.alsoResolved(s)
	})
	if best == nil {
		return nil
	}
	it := thinTrueItem(best, text)
	it.named = true // the pronoun is the subject's name now
	return it
}
