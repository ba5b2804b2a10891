package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A true statement that opens on a definite description ("The quake was
// bad news for …", "The cancellations began …", "The latest figures
// showed an uptick …", "The hypothetical January deal is a template for
// dealing with the problem.") most often takes up something the article
// introduced before it: blind judges accepted as is 46% of the 100
// verdicts on such statements in the held-out sets 146 to 165 (CONTEXT
// the most given reason), against 73% for the other true statements. A
// name after "The" ("The European Central Bank …") is no such
// description (76% of 38). Many read alone ("The cost of wind turbines
// and solar panels has fallen precipitously."), so the statements are
// not held back: their score is damped, and a theme proposes them where
// it has too few others.
const definiteOpeningDamp = 0.5

// definiteOpening reports whether it is a true statement whose sentence
// opens on "The" and a word in lower case ("The lion’s share goes …").
func definiteOpening(it *item) bool {
	if !strings.HasPrefix(it.rule, "truefalse-true") || it.sent == nil {
		return false
	}
	t := strings.TrimLeft(it.sent.text[datelineEnd(it.sent.text):], `"“‘'( `)
	rest, ok := strings.CutPrefix(t, "The ")
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && unicode.IsLower(r)
}
