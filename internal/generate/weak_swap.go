package generate

import "strings"

// Some kinds of false statement read as a test of wording, or are false
// on their face, more often than they test what the article says: a
// year swapped for another year of the article ("signed in 2013" where
// the law came in 2010 and the crash it answered in 2008), a count or a
// number swapped for another, a "not" put into a sentence, an
// organisation or a person's role swapped for another the article
// names, a century. On the development verdicts of sets 146 to 315
// (blind judges), these were accepted as they stood in 13% of 294
// verdicts and rejected in 66%, against 73% accepted for true statements
// quoted whole and 75% for a false statement that drops the sentence's
// own "not" (docs/generation.md, "Hundred-and-thirty-eighth round").
// Their score is damped, as a short answer's is: one is proposed only
// where its theme has too few other items to reach the minimum. A theme
// of true statements only is no longer made false by a year or a count
// of the article swapped in (article_false.go), except in a biography or
// an obituary, where the dates of a life are what it tells and the swaps
// were built on biographies' verdicts (the subject's life span, a
// forebear's deed, a relative's year); those verdicts are older and
// few, and the Economist sets above hold almost no biography.

// weakSwapDamp scales the score of a false statement of a weak kind.
const weakSwapDamp = 0.25

// weakSwapKinds are the swaps, after "truefalse-swap/", judges seldom
// accepted.
var weakSwapKinds = set(`article-year|number|article-count|article-number|negation-insert|subject-organisation|role-person|century`)

// weakSwap reports whether an item's rule makes a false statement of a
// kind weakSwapKinds names.
func weakSwap(rule string) bool {
	kind, ok := strings.CutPrefix(rule, "truefalse-swap/")
	return ok && weakSwapKinds[kind]
}

// lifeStory reports whether the article tells a person's life: a
// biography or an obituary (biographySubject).
func (a *article) lifeStory() bool {
	subj, _ := a.biographySubject()
	return subj != ""
}
