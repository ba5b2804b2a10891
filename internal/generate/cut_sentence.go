package generate

import "strings"

// A full stop inside brackets ("the son of John Hale (c. 1830 – 1901)")
// can end a sentence for the splitter: what is left is a clause cut in
// the middle, "… the son of John Hale (c." Such a sentence states
// nothing whole and carries no item.

// leftOpen reports whether a sentence opens a bracket it does not close:
// the splitter cut it short.
func leftOpen(text string) bool {
	return strings.Count(text, "(") > strings.Count(text, ")") || strings.Count(text, "[") > strings.Count(text, "]")
}
