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

// definiteOpening reports whether it is a true statement that opens, as
// shown, on "The" and a word in lower case ("The lion’s share goes …"),
// where none of the description's first three words is a word of the
// course title (title, as a key).
func definiteOpening(it *item, title string) bool {
	if !quotedTrue(it) {
		return false
	}
	// The statement as shown: one that names what its sentence opened
	// on ("The retired bishop said …" asked as "Bishop Alan Marsh said
	// …") leans on nothing.
	t := strings.TrimPrefix(it.q.Prompt, "True or false? ")
	t = strings.TrimLeft(t[datelineEnd(t):], `"“‘'( `)
	rest, ok := strings.CutPrefix(t, "The ")
	r, _ := utf8.DecodeRuneInString(rest)
	if !ok || !unicode.IsLower(r) {
		return false
	}
	// "The ozone hole is a thinning of …" in an article titled "Ozone
	// hole": the description is what the article is about.
	for i, w := range strings.Fields(rest) {
		if i == 3 {
			break
		}
		w = strings.ToLower(strings.Trim(w, ",.;:’'"))
		if len(w) > 3 && !stopwords[w] && hasWord(" "+title+" ", w) {
			return false
		}
	}
	// "The project director, Amir Costa, admitted …": the name in
	// apposition says who.
	if _, after, ok := strings.Cut(rest, ", "); ok && len(strings.Fields(rest[:len(rest)-len(after)])) <= 4 {
		r, _ := utf8.DecodeRuneInString(after)
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
