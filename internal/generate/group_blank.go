package generate

import (
	"regexp"
	"strings"
	"unicode"
)

// A blank over a people's name beside the quoted word that defines it
// ("part of life's burden for _____ of the 'shtetl'", the Jews) is given
// away by that word: the article sets it in quotation marks because it is
// the people's own term, and both judges rejected the blank. A blank whose
// answer ends on a capitalised plural ("the Jews", "Huguenots") followed
// at once by "of", "in" or "from" and a word in quotation marks is not
// asked.

// quotedTermAfterRE is "of", "in" or "from", an optional "the" and one
// or two words in quotation marks.
var quotedTermAfterRE = regexp.MustCompile(`^\s+(?:of|in|from)\s+(?:the\s+)?['‘"“]\p{L}+(?:[\s-]\p{L}+)?['’"”]`)

// groupQuoteBlank reports whether sp, a blank over a people's name, is
// followed by the quoted term that defines it (see above).
func groupQuoteBlank(s *sentence, sp *span) bool {
	f := strings.Fields(sp.text)
	if len(f) == 0 || !capitalisedPlural(f[len(f)-1]) {
		return false
	}
	return quotedTermAfterRE.MatchString(s.text[sp.end:])
}

// capitalisedPlural reports whether w is a capitalised word in lowercase
// after its first letter that ends in a plural "s" ("Jews", "Normans").
func capitalisedPlural(w string) bool {
	r := []rune(w)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return isLowerWord(string(r[1:]))
}
