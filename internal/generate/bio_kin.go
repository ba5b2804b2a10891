package generate

import (
	"regexp"
	"strings"
)

// A life's relatives are told on the way to the subject: when the
// parents met or married, what the brothers became, where the father
// studied. Blind judges rejected items on such sentences as trivia in
// every biography they saw. The rules for incidental sentences caught
// "His father …" and "Lind's mother …" but not the subject's full name
// ("Tomas Lind's parents met …") nor a number of relatives ("Two of
// Lind's four brothers …"), nor the parents' meeting told with the
// subject as its object ("Lind's parents had met in Lund").

// bioKinRE: a sentence, after at most an opening phrase, whose subject
// is relatives of a named person or of "his"/"her": "Tomas Lind's
// parents", "Two of Lind's four brothers", "Both his sisters".
// An opening date needs no comma: "In 1836 Lind's father was appointed
// rector of Wellow" is the father's career however the sentence opens.
var bioKinRE = regexp.MustCompile(`^(?:[^,]{0,40},\s*|(?:In|By|On|During|From|Around|About|After|Before|Until)\s+(?:[A-Za-z]+\s+){0,2}\d{3,4}\s+)?(?:(?:One|Two|Three|Four|Five|Both|All|Some|Several|Most|Many|Each|None|Neither|Either)(?:\s+of)?\s+)?(?:His|Her|Their|his|her|their|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:'s|’s))\s+(?:[a-z]+\s+){0,2}(?:father|mother|parents|grandfather|grandmother|grandparents|siblings|brothers?|sisters?|half-brothers?|half-sisters?|stepfather|stepmother|uncle|aunt)\b`)

// kinDescribedRE: how the subject saw a relative, told with the subject
// as the clause's subject ("Wolters described his father as a serious,
// conscientious and diligent man", "Wolters regarded his mother as a
// highly practical woman, … who in hard times thought nothing of serving
// a delicious roast without letting on it was horsemeat"). Blind judges
// rejected both as incidental family detail; who the parents were ("the
// son of an architect") is told elsewhere and stays.
var kinDescribedRE = regexp.MustCompile(`\b(?:described|regarded|remembered|recalled|considered|characteri[sz]ed|portrayed|depicted|saw|thought\s+of)\s+(?:his|her|their)\s+(?:late\s+)?(?:father|mother|parents|grandfather|grandmother|grandparents|brothers?|sisters?|stepfather|stepmother|uncle|aunt)\s+as\b`)

// kinAsRE: someone the subject took as a relative ("Honório Hermeto
// regarded Rita de Cássia as his mother"): a stepmother or a guardian,
// family detail like the relative described.
var kinAsRE = regexp.MustCompile(`\b(?:regarded|considered|saw|treated|looked\s+upon)\s+[A-Z][\p{L}'’-]*(?:\s+(?:(?:de|da|do|van|von)\s+)?[A-Z][\p{L}'’-]*){0,3}\s+as\s+(?:his|her|their)\s+(?:own\s+|real\s+)?(?:mother|father|parents?|brother|sister|son|daughter|grandfather|grandmother)\b`)

// parentsMetRE: the parents' meeting or marriage, wherever it is told.
var parentsMetRE = regexp.MustCompile(`\bparents\s+(?:had\s+)?(?:first\s+)?(?:met|married|were married)\b`)

// bioKinSentence reports whether, in a biography, sentence text is about
// the subject's relatives rather than the subject (see above).
func (a *article) bioKinSentence(text string) bool {
	// A relative named after the relation is one wherever the subject's
	// name was not read as a person's ("Austin Reed", whose first name
	// is a city's).
	if a.kinNamedSubject(text) {
		return true
	}
	if _, short := a.biographySubject(); short == "" {
		return false
	}
	return bioKinRE.MatchString(text) || parentsMetRE.MatchString(text) || kinDescribedRE.MatchString(text) || kinAsRE.MatchString(text) || childMarriedRE.MatchString(text) || a.childMarriage(text) // relative_detail.go
}

// kinNameRE: a relative named after the relation, "his mother, Kay
// Lind," or "Her brother, Tom,".
var kinNameRE = regexp.MustCompile(`\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*(?:'s|’s))\s+(?:(?:older|elder|younger|late|only|twin)\s+)?(?:father|mother|grandfather|grandmother|brother|sister|half-brother|half-sister|stepfather|stepmother|uncle|aunt|wife|husband|son|daughter)\s*,\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s*[,.]`)

// kinNameBareRE: a relative named right after the relation, with no
// commas, and an heir's title beside it: "his daughter and heir Cecily
// married", "her son John was". A husband or a wife is left out: a
// spouse named so is often one of the life's main people.
var kinNameBareRE = regexp.MustCompile(`\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*(?:'s|’s))\s+(?:(?:older|elder|eldest|younger|youngest|late|only|twin)\s+)?(?:father|mother|grandfather|grandmother|brother|sister|half-brother|half-sister|stepfather|stepmother|uncle|aunt|son|daughter)(?:\s+and\s+(?:heir|heiress|successor))?\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:\s*[,.;)]|\s+[a-z])`)

// kinNamedSubject reports whether sentence text opens on a relative the
// biography named after the relation, by the given name or in full: "Kay
// has been a national champion ten times" after "his mother, Kay Lind,
// is a water skier". The sentence is about the relative, and a blank
// over the name asks whose record it is, which the sentence before says.
func (a *article) kinNamedSubject(text string) bool {
	if a.kinNames == nil {
		var names []string
		bk, _ := a.biographySubject()
		for _, s := range a.sents {
			ms := kinNameRE.FindAllStringSubmatch(s.text, -1)
			if bk != "" {
				// Without commas, only in a biography: "his wife
				// Sacagawea" in an expedition's history is one of its
				// people.
				ms = append(ms, kinNameBareRE.FindAllStringSubmatch(s.text, -1)...)
			}
			for _, m := range ms {
				full := m[1]
				if bk != "" && a.sameActor(key(full), bk) && !strings.Contains(full, " ") {
					continue // the subject's own surname
				}
				names = append(names, full)
				if f := strings.Fields(full); len(f) > 1 {
					names = append(names, f[0]) // the given name
				}
			}
		}
		a.kinNames = &names
	}
	for _, n := range *a.kinNames {
		if rest, ok := strings.CutPrefix(text, n); ok && len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'a' && rest[1] <= 'z' {
			return true
		}
		// "Cecily's lands passed to …": the relative's, too.
		if rest, ok := strings.CutPrefix(text, n); ok && (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) && a.isBiography() {
			return true
		}
	}
	return false
}

// isBiography reports whether the article is a life (biographySubject).
func (a *article) isBiography() bool {
	bk, _ := a.biographySubject()
	return bk != ""
}
