package generate

import "strings"

// A slip of the article's own text that a statement quoting it copies:
// "Committee chairman John Denham said drugs of alcohol were sometimes
// used as an excuse", where the sentences before speak of "drink or
// drugs" and "drugs and alcohol". Both judges asked for "drugs or
// alcohol". Where two nouns are joined by "of" and another sentence of
// the article joins the same two by "and" or "or", the "of" is the slip:
// the item takes the article's other wording (pairSlipEdit).

// pairSlipEdit is the edit giving "A of B" of sentence s as another
// sentence of the article writes the pair ("A and B", "A or B", either
// way round); ok is false where there is none.
func (a *article) pairSlipEdit(s *sentence) (edit, bool) {
	for i := 1; i+1 < len(s.toks); i++ {
		if s.toks[i].text != "of" {
			continue
		}
		l, r := s.toks[i-1], s.toks[i+1]
		if !strings.HasPrefix(l.tag, "NN") || !strings.HasPrefix(r.tag, "NN") || !isLowerWord(l.text) || !isLowerWord(r.text) || len(l.text) < 4 || len(r.text) < 4 {
			continue
		}
		if l.text == r.text || s.text[l.end:r.start] != " of " {
			continue
		}
		if i >= 2 && strings.HasPrefix(s.toks[i-2].tag, "NN") {
			continue // "the use of drugs": "of" after a longer phrase
		}
		keys := a.articleSentKeys()
		pairs := [2][2]string{
			{" " + key(l.text+" and "+r.text) + " ", " " + key(r.text+" and "+l.text) + " "},
			{" " + key(l.text+" or "+r.text) + " ", " " + key(r.text+" or "+l.text) + " "},
		}
		for oi, o := range a.sents {
			if o == s {
				continue
			}
			for ci, conj := range []string{" and ", " or "} {
				for _, pair := range pairs[ci] {
					if strings.Contains(keys[oi], pair) {
						return edit{l.text + " of " + r.text, l.text + conj + r.text}, true
					}
				}
			}
		}
	}
	return edit{}, false
}

// isPairSlipEdit reports whether e is pairSlipEdit(s).
func (a *article) isPairSlipEdit(s *sentence, e edit) bool {
	pe, ok := a.pairSlipEdit(s)
	return ok && pe == e
}
