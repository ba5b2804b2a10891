package generate

// A middle initial ("Herbert W. Greenfield", "Mary J. Blige") is a
// capital letter and a full stop inside a name. Read as a sentence's end
// or a name's end, it cuts the name in two: "Herbert W" becomes one
// person and "Greenfield" another, and a blank asks for half a name.

// middleInitialDot reports whether toks[j] is the full stop of a middle
// initial: a lone capital letter before it, touching it, and a
// capitalised word right after.
func middleInitialDot(toks []tok, j int) bool {
	if j < 1 || j+1 >= len(toks) || toks[j].text != "." {
		return false
	}
	prev, next := toks[j-1], toks[j+1]
	if len(prev.text) != 1 || prev.text[0] < 'A' || prev.text[0] > 'Z' || prev.end != toks[j].start {
		return false
	}
	return capWord(next) && next.start <= toks[j].end+1
}

// hasMiddleInitial reports whether a run of capitalised tokens is a name
// with a middle initial: a word, a lone capital with its full stop, and
// a word ("Herbert W. Greenfield"), which only a person's name is.
func hasMiddleInitial(run []tok) bool {
	for j := 1; j+1 < len(run); j++ {
		if middleInitialDot(run, j) && j >= 2 && len(run[j-2].text) > 1 {
			return true
		}
	}
	return false
}
