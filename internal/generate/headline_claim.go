package generate

import (
	"regexp"
	"strings"
)

// A headline that claims what its article does not. A feature headlined
// "The year search became personal" says, in its last paragraph, that
// personalisation "is going to be a big area for the future" and that
// "no one yet knows how to get there": both judges called the headline a
// bad title of its one theme, since the article says the opposite. The
// course keeps the headline (it is the article's own heading); a theme
// is to say what its paragraphs are about. Where a headline says its
// subject became (or is) something, and the article names that something
// only in sentences that speak of it as still to come or not yet done
// (headlineProspectOnly), the theme that would take the headline is
// titled by the headline's subject instead (headlineSubjectTitle):
// "Search Engines". A headline that is itself a prospect ("Casual gaming
// to 'take off'", "… is on the horizon"), or whose claim the article
// makes in a sentence of its own ("Blunkett unveils policing plans"),
// stays.

// headlineClaimVerbs are the verbs by which a headline says its subject
// became or is something.
var headlineClaimVerbs = map[string]bool{
	"became": true, "becomes": true, "become": true, "turned": true, "turns": true,
	"is": true, "are": true, "was": true, "were": true,
}

// prospectRE finds a sentence that speaks of something as still to come,
// hoped for or not yet done.
var prospectRE = regexp.MustCompile(`(?i)\b(future|will|going to|yet|could|would|might|may|trying to|try to|hopes?|aims?|no one|nobody|not|never)\b|'ll\b`)

// headlineWordRE finds a headline's words.
var headlineWordRE = regexp.MustCompile(`[A-Za-z][A-Za-z'-]*`)

// headlineClaim splits a headline of the shape "<… subject> <verb>
// <claim …>" into its subject word (the last word before the verb, a
// common noun of four letters or more) and the first word of the claim of four letters or more;
// "", "" where the headline has no such shape.
func headlineClaim(h string) (subject, claim string) {
	words := headlineWordRE.FindAllString(h, -1)
	for i, w := range words {
		if !headlineClaimVerbs[strings.ToLower(w)] || i == 0 {
			continue
		}
		subj := words[i-1]
		// A common noun: in lower case, or the headline's first word.
		if len(subj) < 4 || (i > 1 && strings.ToLower(subj) != subj) {
			return "", ""
		}
		for _, c := range words[i+1:] {
			if len(c) >= 4 {
				return subj, strings.ToLower(c)
			}
		}
		return "", ""
	}
	return "", ""
}

// claimStem is the part of a claim word its forms share ("personal" of
// "personalisation").
func claimStem(w string) string {
	if len(w) > 7 {
		return w[:7]
	}
	return w
}

// headlineProspectOnly reports whether the article's headline says its
// subject became or is something that the article names only in
// sentences speaking of it as still to come (see above), at least once.
func (a *article) headlineProspectOnly() bool {
	if a.headline == "" {
		return false
	}
	_, claim := headlineClaim(a.headline)
	if claim == "" {
		return false
	}
	stem := claimStem(claim)
	said := 0
	for _, s := range a.sents {
		hit := false
		for _, w := range headlineWordRE.FindAllString(s.text, -1) {
			if strings.HasPrefix(strings.ToLower(w), stem) {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		if !prospectRE.MatchString(s.text) {
			return false
		}
		said++
	}
	return said > 0
}

// headlineSubjectTitle is the title of theme g whose headline claims what
// the article does not (headlineProspectOnly): the phrase the article
// most often opens with the headline's subject word ("search engines" of
// "search"), where one is said twice or more, else the subject word
// itself, where it runs through half of g's paragraphs; "" where it does
// not.
func (a *article) headlineSubjectTitle(g []int) string {
	subj, _ := headlineClaim(a.headline)
	if subj == "" {
		return ""
	}
	subj = strings.ToLower(subj)
	in := map[int]bool{}
	for _, n := range g {
		in[n] = true
	}
	paras := map[int]bool{}
	phrases := map[string]int{}
	plural := map[string]string{}
	for _, s := range a.sents {
		if !in[s.para.n] {
			continue
		}
		words := headlineWordRE.FindAllString(s.text, -1)
		for i, w := range words {
			if strings.ToLower(w) != subj {
				continue
			}
			paras[s.para.n] = true
			if i+1 < len(words) {
				next := strings.ToLower(words[i+1])
				one := strings.TrimSuffix(next, "s")
				if len(next) < 4 || stopTitleWords[next] || stopTitleWords[one] {
					continue
				}
				phrases[one]++
				if next != one {
					plural[one] = next
				}
			}
		}
	}
	if 2*len(paras) < len(g) {
		return ""
	}
	best, bestN := "", 1
	for p, n := range phrases {
		if n > bestN || (n == bestN && best != "" && p < best) {
			best, bestN = p, n
		}
	}
	if best == "" {
		return titleCase(subj)
	}
	if pl := plural[best]; pl != "" {
		best = pl
	}
	return titleCase(subj + " " + best)
}

// stopTitleWords are words that follow a subject word without making a
// phrase of it ("search has become", "search is").
var stopTitleWords = map[string]bool{
	"that": true, "this": true, "with": true, "from": true, "into": true, "have": true,
	"been": true, "become": true, "became": true, "were": true, "will": true,
	"would": true, "could": true, "should": true, "about": true, "than": true,
	"they": true, "their": true, "which": true, "when": true, "what": true,
	"also": true, "only": true, "just": true, "even": true, "still": true,
}
