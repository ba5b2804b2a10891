package generate

import (
	"regexp"
	"strings"
)

// A biography's vague praise. "Treloar continues to be regarded as an
// important figure in Australian military history": any reader guesses
// that a biography's subject is regarded as an important figure, and
// the statement teaches nothing (a blind judge's GIVEAWAY). bioPraise
// holds a sentence on the subject (by name or "He"/"She") that says no
// more than that he or she is regarded, considered, seen or remembered
// as an important, significant, key or leading figure (or person, or one
// of the most important figures). "Hand is remembered as a pioneer of
// judicial restraint" says what the subject did and stays.

// bioPraiseRE is the praise after the subject.
var bioPraiseRE = regexp.MustCompile(`^\s+(?:is|was|remains|continues\s+to\s+be|has\s+been|had\s+been)\s+(?:(?:widely|still|often|generally|now|rightly)\s+)?(?:regarded|considered|seen|remembered|recognised|recognized|viewed)\s+as\s+(?:an?|one\s+of\s+the)\s+(?:(?:most|very|highly)\s+)?(?:important|significant|key|major|influential|notable|prominent|leading|central|great|greatest|pivotal)\s+(?:figures?|persons?|people|men|women|individuals?|personalit(?:y|ies))\b`)

// bioPraise reports whether s is a biography's vague praise of its
// subject (see above).
func (a *article) bioPraise(s *sentence) bool {
	if s == nil {
		return false
	}
	_, short := a.biographySubject()
	text := strings.TrimSpace(s.text)
	for _, who := range []string{short, "He", "She"} {
		if who != "" && strings.HasPrefix(text, who) && bioPraiseRE.MatchString(text[len(who):]) {
			return true
		}
	}
	return false
}
