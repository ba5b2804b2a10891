package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A space lost before a quotation. Reports sometimes run the word before
// a quotation into its opening mark: `accused the two men of"squabbling
// like schoolboys"`. A statement quoting the sentence copies the slip, and
// both blind judges asked for the space (GRAMMAR). quoteSpaceEdit puts it
// back where the mark can only open a quotation: a straight double quote
// with a letter on each side, an even number of straight double quotes
// before it and another after it; or a curly opening quote (“) with a
// letter before it.

// quoteSpaceEdit is the edit that puts the space back in s, if any.
func quoteSpaceEdit(s *sentence) (edit, bool) {
	t := s.text
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if r != '"' && r != '“' {
			i += size
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[i+size:])
		opens := i > 0 && unicode.IsLetter(before) && unicode.IsLetter(after)
		if r == '"' {
			opens = opens && strings.Count(t[:i], `"`)%2 == 0 && strings.Contains(t[i+size:], `"`)
		}
		if !opens {
			i += size
			continue
		}
		from := i
		for from > 0 {
			p, n := utf8.DecodeLastRuneInString(t[:from])
			if !unicode.IsLetter(p) {
				break
			}
			from -= n
		}
		to := i + size
		for to < len(t) {
			q, n := utf8.DecodeRuneInString(t[to:])
			if !unicode.IsLetter(q) {
				break
			}
			to += n
		}
		return edit{t[from:to], t[from:i] + " " + t[i:to]}, true
	}
	return edit{}, false
}
