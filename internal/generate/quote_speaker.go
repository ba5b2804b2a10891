package generate

import "strings"

// A sentence inside a quotation that opened in a sentence before it
// ("Chairman Anne Rowe said: "… . The misplaced reliance … is at the heart
// of the problems that we found."") is someone's words; quoted alone, an
// item on it states them as fact with no speaker, and "we" stands for no
// one the learner knows. continuedFirstPerson reports such a sentence
// that speaks in the first person: it is held back.

// firstPersonWords are the pronouns of a speaker.
var firstPersonWords = set(`i|me|my|mine|myself|we|us|our|ours|ourselves`)

// addresseeWords are the pronouns of the one a speaker speaks to: inside
// a quotation, "you" is the speaker's audience ("To the fans, thank you.
// The support you have provided …"), whom the learner does not know.
var addresseeWords = set(`you|your|yours|yourself|yourselves`)

// continuedFirstPerson reports whether s lies inside a quotation opened
// earlier in its paragraph and not yet closed, and says "we", "our", "I"
// or the like, or "you" or "your".
func continuedFirstPerson(s *sentence) bool {
	if s == nil || s.para == nil || s.start > len(s.para.text) || s.end > len(s.para.text) || s.end < s.start {
		return false
	}
	// A quotation that runs over from the paragraph before may have lost
	// its opening mark: it closes later in the paragraph, never opened
	// in it.
	if !openQuoteBefore(s.para.text[:s.start]) && !closeQuoteAfter(s.para.text[s.end:]) {
		return false
	}
	for _, t := range s.toks {
		if lw := strings.ToLower(t.text); (t.tag == "PRP" || t.tag == "PRP$") && (firstPersonWords[lw] || addresseeWords[lw]) {
			return true
		}
	}
	return false
}

// openQuoteBefore reports whether text leaves a quotation open: more
// opening than closing curly marks, or an odd number of straight ones.
func openQuoteBefore(text string) bool {
	if strings.Count(text, "“") > strings.Count(text, "”") {
		return true
	}
	return strings.Count(text, `"`)%2 == 1
}

// closeQuoteAfter reports whether text closes a quotation it does not
// open: more closing than opening curly marks.
func closeQuoteAfter(text string) bool {
	return strings.Count(text, "”") > strings.Count(text, "“")
}
