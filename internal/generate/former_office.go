package generate

import (
	"regexp"
	"strings"
)

// formerOfficeRE is what follows "former" when it says what office a
// person named right after held: "Former foreign secretary Robin Cook
// said …", "a call by former Tory lord chancellor Lord Mackay", "the
// former home secretary David Blunkett". Up to four words of the
// office, the last in lower case, then the person's name: a title of
// address and a capitalised word, or two capitalised words.
var formerOfficeRE = regexp.MustCompile(`^(?:[\p{L}-]+ ){0,3}\p{Ll}[\p{Ll}-]* (?:(?:Lord|Lady|Sir|Dame|Baroness|Baron|Mr|Mrs|Ms|Miss|Dr|Professor) \p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)`)

// formerOffice reports whether "former", token i of s, describes the
// office of a person the sentence names right after it, rather than
// standing for one of two things the sentence before told ("the
// former"). Such a sentence names whom it speaks of and reads alone.
func formerOffice(s *sentence, i int) bool {
	if i >= len(s.toks) || s.toks[i].end > len(s.text) || strings.ToLower(s.toks[i].text) != "former" {
		return false
	}
	rest := s.text[s.toks[i].end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	return formerOfficeRE.MatchString(rest[1:])
}

// formerOfficeOpening reports whether s opens "The former" and an
// office held by a person named right after it: "The former home
// secretary David Pell said …".
func formerOfficeOpening(s *sentence) bool {
	return len(s.toks) > 2 && strings.EqualFold(s.toks[0].text, "the") && formerOffice(s, 1)
}
