package generate

import "strings"

// A full stop inside brackets ("the son of John Hale (c. 1830 – 1901)")
// can end a sentence for the splitter: what is left is a clause cut in
// the middle, "… the son of John Hale (c." Such a sentence states
// nothing whole and carries no item.

// maxBracketJoins is how many segments the splitter's cuts inside one
// bracket may join back into one sentence (tokenise): a bracket left open
// for longer is a stray bracket, not an aside.
const maxBracketJoins = 3

// leftOpen reports whether a sentence opens a bracket it does not close:
// the splitter cut it short.
func leftOpen(text string) bool {
	return strings.Count(text, "(") > strings.Count(text, ")") || strings.Count(text, "[") > strings.Count(text, "]")
}
