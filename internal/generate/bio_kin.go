package generate

import "regexp"

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
var bioKinRE = regexp.MustCompile(`^(?:[^,]{0,40},\s*)?(?:(?:One|Two|Three|Four|Five|Both|All|Some|Several|Most|Many|Each|None|Neither|Either)(?:\s+of)?\s+)?(?:His|Her|Their|his|her|their|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:'s|’s))\s+(?:[a-z]+\s+){0,2}(?:father|mother|parents|grandfather|grandmother|grandparents|siblings|brothers?|sisters?|half-brothers?|half-sisters?|stepfather|stepmother|uncle|aunt)\b`)

// kinDescribedRE: how the subject saw a relative, told with the subject
// as the clause's subject ("Wolters described his father as a serious,
// conscientious and diligent man", "Wolters regarded his mother as a
// highly practical woman, … who in hard times thought nothing of serving
// a delicious roast without letting on it was horsemeat"). Blind judges
// rejected both as incidental family detail; who the parents were ("the
// son of an architect") is told elsewhere and stays.
var kinDescribedRE = regexp.MustCompile(`\b(?:described|regarded|remembered|recalled|considered|characteri[sz]ed|portrayed|depicted|saw|thought\s+of)\s+(?:his|her|their)\s+(?:late\s+)?(?:father|mother|parents|grandfather|grandmother|grandparents|brothers?|sisters?|stepfather|stepmother|uncle|aunt)\s+as\b`)

// parentsMetRE: the parents' meeting or marriage, wherever it is told.
var parentsMetRE = regexp.MustCompile(`\bparents\s+(?:had\s+)?(?:first\s+)?(?:met|married|were married)\b`)

// bioKinSentence reports whether, in a biography, sentence text is about
// the subject's relatives rather than the subject (see above).
func (a *article) bioKinSentence(text string) bool {
	if _, short := a.biographySubject(); short == "" {
		return false
	}
	return bioKinRE.MatchString(text) || parentsMetRE.MatchString(text) || kinDescribedRE.MatchString(text)
}
