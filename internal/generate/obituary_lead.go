package generate

import (
	"regexp"
	"strings"
)

// An obituary may open on a phrase before its subject's name: "Until the
// last, David Bowie, who has died of cancer, was still capable of
// springing surprises." The name still opens the sentence's main clause,
// and ", who has died" says whose life the article tells: it is a
// biography, as one opening on the name is.

// obituaryFrontRE is a short opening phrase and its comma: up to six
// words with no comma, stop or quotation mark inside.
var obituaryFrontRE = regexp.MustCompile(`^[^,.;:"“”]{1,48},\s+$`)

// obituaryAfterRE is what follows the subject's name in an obituary's
// lead: ", who has died", ", who died", ", who has died aged 69".
var obituaryAfterRE = regexp.MustCompile(`^,\s+who\s+(?:has\s+)?died\b`)

// obituaryLeadName is the person the first sentence names after a short
// opening phrase, where ", who has died" follows the name; nil otherwise.
func obituaryLeadName(first *sentence, off int) *span {
	for _, sp := range first.spans {
		if sp.kind != kPerson || sp.start < off {
			continue
		}
		front := first.text[off:sp.start]
		if !obituaryFrontRE.MatchString(front) || len(strings.Fields(front)) > 6 {
			return nil
		}
		if !obituaryAfterRE.MatchString(first.text[sp.end:]) {
			return nil
		}
		return sp
	}
	return nil
}
