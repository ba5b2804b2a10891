package generate

import "strings"

// A sentence that opens on "His" or "Her" takes up, like one that opens
// on "He" or "She", the person the sentence before was about: "Maria
// Holt trained as a nurse. Her first post was in Leeds." A teacher
// quoting the second sentence writes "Maria Holt's first post …".
// prevSubjectName finds the person, under the same conditions as for
// "He" and "She" (prev_subject.go): the sentence before, in the same
// paragraph, has one person's name alone as its subject and names no
// other person. At the head of a sentence "Her" can only be possessive.

// openingPossessive reports whether s opens on "His" or "Her" before the
// noun phrase it owns ("His father", "Her first novel", "His 1998 book").
func openingPossessive(s *sentence) bool {
	if s == nil || len(s.toks) < 3 || s.toks[0].start != 0 {
		return false
	}
	switch s.toks[0].text {
	case "His", "Her":
	default:
		return false
	}
	switch tag := s.toks[1].tag; {
	case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "JJ"), tag == "CD", tag == "VBG":
		return true
	}
	return false
}

// pronounGender is the subject pronoun ("he" or "she") of a personal
// pronoun of one person: "his" gives "he", "her" gives "she".
func pronounGender(w string) string {
	switch strings.ToLower(w) {
	case "she", "her", "hers", "herself":
		return "she"
	}
	return "he"
}

// possessiveName is name made possessive, with the apostrophe the text
// around it uses.
func possessiveName(name, text string) string {
	if strings.Contains(text, "’") {
		return name + "’s"
	}
	return name + "'s"
}
