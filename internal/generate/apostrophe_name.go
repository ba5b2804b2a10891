package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenizer reads "’M", "’S", "’D" and "’LL" after a word as the
// contractions of "I’m", "it’s", "he’d" and "we’ll", and so cuts Irish and
// other names with an apostrophe in two: "Michael O’Mara" became
// "Michael", "O", "’Mara", and a blank over the name's first half read
// "_____’Mara" (judged BAD-BLANK), while "O’Neill" stayed whole.
// joinApostropheNames puts such a name back together: a one-letter
// capital (not "I") followed, with nothing between, by an apostrophe and a
// capital letter is one proper-noun token, "O’Mara", "D’Souza".
func joinApostropheNames(toks []tok) []tok {
	first := -1
	for i := 0; i+1 < len(toks); i++ {
		if apostropheNameHalves(toks[i], toks[i+1]) {
			first = i
			break
		}
	}
	if first < 0 {
		return toks // nearly every sentence: nothing to join, nothing copied
	}
	out := append(make([]tok, 0, len(toks)-1), toks[:first]...)
	for i := first; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && apostropheNameHalves(t, toks[i+1]) {
			n := toks[i+1]
			label := t.label
			if label == "O" || label == "" {
				label = n.label
			}
			out = append(out, tok{text: t.text + n.text, tag: "NNP", label: label, start: t.start, end: n.end})
			i++
			continue
		}
		out = append(out, t)
	}
	return out
}

func apostropheNameHalves(left, right tok) bool {
	if left.end != right.start || utf8.RuneCountInString(left.text) != 1 || left.text == "I" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(left.text)
	if !unicode.IsUpper(r) {
		return false
	}
	rest, ok := strings.CutPrefix(right.text, "’")
	if !ok {
		rest, ok = strings.CutPrefix(right.text, "'")
	}
	if !ok || rest == "" {
		return false
	}
	c, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(c)
}
