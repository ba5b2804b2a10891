package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A list article (games of the coming year, gadgets reviewed) heads each
// entry with its name in capitals, and a text copied without its line
// breaks runs the heading into the paragraph: "… Released 25 February on
// PC. ICO 2 (WORKING TITLE) Ico remains a benchmark …", "… Release date
// to be confirmed on DS. S.T.A.L.K.E.R.". The segmenter sees no sentence
// end after the heading, and a statement quoted it. A run of words in
// capitals between a sentence end (or the sentence's start) and a
// capitalised word or the end of the text is such a heading when it is
// two words or more, or one word with digits ("PS2") or dots
// ("S.T.A.L.K.E.R."), with an optional bracket in capitals after it:
// it is split off as a piece of its own, which has no final full stop
// and so never carries an item (usable).

// minHeadingLetters: a run of capitals shorter than this is an
// abbreviation or two ("US PM Blair"), not a heading.
const minHeadingLetters = 6

// splitCapsHeadings cuts the piece [start, end) of text at the capital
// headings it holds (see above): the pieces in order, the headings among
// them. Without a heading it is the piece itself.
func splitCapsHeadings(text string, start, end int) [][2]int {
	var out [][2]int
	from := start
	i := start
	for i < end {
		// A heading starts the piece or follows a sentence end and
		// spaces.
		at := -1
		if i == start {
			at = i
		} else if strings.ContainsRune(".!?", rune(text[i-1])) && text[i] == ' ' {
			j := i
			for j < end && text[j] == ' ' {
				j++
			}
			at = j
		}
		if at >= 0 && at < end {
			if h := capsHeadingAt(text[at:end], at == start); h > 0 {
				if at > from {
					out = append(out, [2]int{from, at})
				}
				out = append(out, [2]int{at, at + h})
				from = at + h
				i = at + h
				continue
			}
		}
		i++
	}
	if from < end {
		out = append(out, [2]int{from, end})
	}
	return out
}

// capsHeadingAt is the length of the capital heading t opens with (see
// above), or 0. atStart: t opens the piece, where the heading must be
// of two words or more and a capitalised word must follow it.
func capsHeadingAt(t string, atStart bool) int {
	words, letters, n := 0, 0, 0
	marked := false // a word with digits or dots
	pos := 0
	for pos < len(t) {
		j := pos
		for j < len(t) && t[j] != ' ' {
			j++
		}
		w := t[pos:j]
		switch {
		case strings.HasPrefix(w, "(") && words > 0:
			// A bracket in capitals: "(WORKING TITLE)".
			k := strings.IndexByte(t[pos:], ')')
			if k < 0 || !capsWord(strings.ReplaceAll(t[pos+1:pos+k], " ", "")) {
				return 0
			}
			for _, r := range t[pos : pos+k] {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			n = pos + k + 1
			pos = n
			for pos < len(t) && t[pos] == ' ' {
				pos++
			}
			// The bracket counts as a word of the heading: "ICO 2
			// (WORKING TITLE)" opening a sentence is a heading.
			return headingEnd(t, n, pos, words+1, letters, marked, atStart)
		case words > 0 && strings.Trim(w, "0123456789") == "":
			// A number in the name: "ICO 2".
			marked = true
			n = j
		case capsWord(w):
			words++
			for _, r := range w {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			if strings.ContainsAny(w, "0123456789.") {
				marked = true
			}
			n = j
		default:
			if words == 0 {
				return 0
			}
			return headingEnd(t, n, pos, words, letters, marked, atStart)
		}
		pos = j
		for pos < len(t) && t[pos] == ' ' {
			pos++
		}
	}
	return headingEnd(t, n, len(t), words, letters, marked, atStart)
}

// headingEnd is n, the length of a heading of words words and letters
// letters, where what follows at next (a capitalised word, or nothing)
// and its size make it one; else 0.
func headingEnd(t string, n, next, words, letters int, marked, atStart bool) int {
	if words == 0 || letters < minHeadingLetters && !(words == 1 && marked && letters >= 4) {
		return 0
	}
	if words < 2 && (!marked || atStart) {
		return 0
	}
	if next >= len(t) {
		if atStart {
			return 0
		}
		return n
	}
	r, _ := utf8.DecodeRuneInString(t[next:])
	if !unicode.IsUpper(r) {
		return 0
	}
	// The word after is capitalised, not in capitals: "Ico remains".
	w := t[next:]
	if k := strings.IndexAny(w, " ,.;:"); k >= 0 {
		w = w[:k]
	}
	if !strings.ContainsFunc(w, unicode.IsLower) {
		return 0
	}
	return n
}

// capsWord reports whether w is a word in capitals: letters all upper
// case, one at least, with digits, dots, hyphens, apostrophes, ampersands
// or a colon among them.
func capsWord(w string) bool {
	if w == "" {
		return false
	}
	has := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return false
			}
			has = true
		case unicode.IsDigit(r), strings.ContainsRune(".-'’&:!", r):
		default:
			return false
		}
	}
	return has
}
