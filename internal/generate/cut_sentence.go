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

// An abbreviation written with a full stop before a figure ("a budget
// that sent the rupiah below Rp. 6,000", "Sonata No. 5", "see pp. 12")
// can end a sentence for the splitter, which leaves "… below Rp." as a
// sentence and "6,000 to the dollar." as the next. numberAbbrevs are
// such abbreviations: currencies written as letters and a full stop, and
// the numbering words of references. The next segment opens on a digit
// and the two are one sentence (tokenise).
var numberAbbrevs = map[string]bool{
	// currencies
	"rp": true, "rs": true, "re": true, "kr": true, "sh": true, "ksh": true,
	"dh": true, "dhs": true, "tk": true, "bs": true, "rm": true,
	// numbering
	"no": true, "nos": true, "vol": true, "vols": true, "fig": true,
	"figs": true, "p": true, "pp": true, "op": true, "art": true,
	"sec": true, "ch": true, "approx": true,
}

// cutAtNumberAbbrev reports whether text ends on one of numberAbbrevs and
// its full stop, and next (the segment after it) opens on a digit.
func cutAtNumberAbbrev(text, next string) bool {
	next = strings.TrimLeft(next, " ")
	if next == "" || next[0] < '0' || next[0] > '9' {
		return false
	}
	body, ok := strings.CutSuffix(strings.TrimRight(text, " "), ".")
	if !ok {
		return false
	}
	i := strings.LastIndexFunc(body, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	})
	word := body[i+1:]
	// The word stands alone: "Rp." after a space or a bracket, not the
	// end of "U.S." or of a longer word.
	if word == "" || i >= 0 && !strings.ContainsRune(" (\u00a0", rune(body[i])) {
		return false
	}
	return numberAbbrevs[strings.ToLower(word)]
}
