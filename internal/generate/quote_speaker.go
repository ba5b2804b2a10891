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

// continuedFirstPerson reports whether s lies inside a quotation opened
// earlier in its paragraph and not yet closed, and says "we", "our", "I"
// or the like.
func continuedFirstPerson(s *sentence) bool {
	if s == nil || s.para == nil || s.start > len(s.para.text) || !openQuoteBefore(s.para.text[:s.start]) {
		return false
	}
	for _, t := range s.toks {
		if (t.tag == "PRP" || t.tag == "PRP$") && firstPersonWords[strings.ToLower(t.text)] {
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
