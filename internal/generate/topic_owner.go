package generate

import "strings"

// A report's theme titled "<Subject>'s <Noun>" by a noun its sentences
// repeat (subjectTopicTitle) says the noun is the subject's. Where the
// theme's sentences give the noun another owner, the title names that
// owner: "In a statement detailing the banning of the accounts Valve said
// …" in a report on Half Life 2 is Valve's statement, and "Half Life 2's
// Statement" says the game made it.

// utteranceNouns are things said or written, owned by whoever the
// sentence reports as saying them: "In a statement … Valve said".
var utteranceNouns = set(`statement|announcement|speech|interview|letter|remarks|comments|memo|briefing|blog`)

// topicOwner is the name other than subject that the theme's sentences
// sents give the noun of stem st: "<Name>'s (modifiers) noun", or, for
// a thing said (utteranceNouns), a name right before a speech verb in
// the sentence that has "a", "the" or "its" before the noun. "" where no
// sentence names such an owner, or where the subject owns the noun in
// one of them.
func topicOwner(sents []*sentence, st, subject string) string {
	owner := ""
	for _, s := range sents {
		for i, t := range s.toks {
			if (t.tag != "NN" && t.tag != "NNS") || stem(strings.ToLower(t.text)) != st || inQuotes(s.text, t.start) {
				continue
			}
			if ownedBy(s.toks, i, subject, false) {
				return ""
			}
			if owner != "" {
				continue
			}
			k := i - 1
			for k >= 0 && (strings.HasPrefix(s.toks[k].tag, "JJ") || s.toks[k].tag == "VBG" || s.toks[k].tag == "NN" && isLowerWord(s.toks[k].text)) {
				k--
			}
			if k > 0 && s.toks[k].tag == "POS" {
				owner = nameEndingAt(s, k-1)
				continue
			}
			if k < 0 || !utteranceNouns[stem(strings.ToLower(t.text))] {
				continue
			}
			if d := strings.ToLower(s.toks[k].text); d != "a" && d != "the" && d != "its" {
				continue
			}
			for j := i + 1; j+1 < len(s.toks); j++ {
				if speechVerbs[strings.ToLower(s.toks[j+1].text)] && !inQuotes(s.text, s.toks[j].start) {
					owner = nameEndingAt(s, j)
					break
				}
			}
		}
	}
	if owner == "" || countWord(subject, owner) > 0 || countWord(owner, subject) > 0 {
		return ""
	}
	return owner
}

// nameEndingAt is the name of up to three capitalised proper-noun
// tokens of s that ends at token i, or "".
func nameEndingAt(s *sentence, i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].tag != "NNP" || !isCapitalised(s.toks[i].text) || !hasLetter(s.toks[i].text) {
		return ""
	}
	j := i
	for j > 0 && i-j < 2 && s.toks[j-1].tag == "NNP" && isCapitalised(s.toks[j-1].text) {
		j--
	}
	return s.text[s.toks[j].start:s.toks[i].end]
}
