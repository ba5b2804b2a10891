package generate

import "strings"

// A multiple reversed into the worse.
//
// "Memory can run up to eight times faster than the current standard"
// was drafted reversed, "… eight times slower …", and both blind judges
// of set 72, at both points it was judged, called it false on its face:
// nothing new is sold as eight times slower, and a multiple that large
// is said of a gain. The improvement test (reverse_direction.go) misses
// it where the sentence names no improvement.
//
// multipleWorse reports whether the reversal of the comparative w, at
// byte st of sentence text, goes to the slower or the weaker right
// after a multiple: "eight times", "three-fold".

// multipleWorse is described above.
func multipleWorse(text string, st int, w string) bool {
	opp := reversals[w]
	if opp == "" || !worseWords[opp] {
		return false
	}
	before := wordsOf(text[:st])
	n := len(before)
	if n == 0 {
		return false
	}
	last := strings.ToLower(before[n-1])
	return last == "times" || last == "fold"
}
