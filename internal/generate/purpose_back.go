package generate

import "strings"

// A report names a power or a right by what it lets one do ("the power to
// detain suspects for up to 30 minutes") and then calls it by its noun
// alone: "The powers — piloted in six areas — were extended to all police
// forces". Judges asked which powers. Where a sentence opens on "The" and
// that one noun, and one of the two sentences before gives the noun (in
// either number) after "the" with the infinitive that says what it is,
// the infinitive's phrase is put in: "The powers to detain suspects for up
// to 30 minutes — piloted in six areas — were extended …".

// purposeBackEdit is the edit naming what the opening "The <noun>" of s
// is for, or false.
func (a *article) purposeBackEdit(s *sentence) (edit, bool) {
	if s == nil || s.idx == 0 || len(s.toks) < 3 || s.toks[0].text != "The" {
		return edit{}, false
	}
	n := s.toks[1]
	if !strings.HasPrefix(n.tag, "NN") || n.tag == "NNP" || n.tag == "NNPS" || !isLowerWord(n.text) || len(n.text) < 4 {
		return edit{}, false
	}
	// "The powers to …", "The powers of …": the sentence says which.
	switch strings.ToLower(s.toks[2].text) {
	case "to", "of", "for", "that", "which", "granted", "given":
		return edit{}, false
	}
	stem := strings.TrimSuffix(n.text, "s")
	found := ""
	for j := s.idx - 1; j >= 0 && j >= s.idx-2; j-- {
		p := a.sents[j]
		for k := 1; k+2 < len(p.toks); k++ {
			w := p.toks[k].text
			if (w != stem && w != stem+"s") || !strings.EqualFold(p.toks[k-1].text, "the") || p.toks[k+1].text != "to" || p.toks[k+2].tag != "VB" || quotedAt(p.text, p.toks[k].start) {
				continue
			}
			from := p.toks[k+1].start
			rest := p.text[from:]
			end := strings.IndexAny(rest, ",;:.—–(")
			if end < 0 {
				end = len(rest)
			}
			// A figure's point ("30.5") is no clause end.
			for end < len(rest) && rest[end] == '.' && end+1 < len(rest) && rest[end+1] >= '0' && rest[end+1] <= '9' {
				e := strings.IndexAny(rest[end+1:], ",;:.—–(")
				if e < 0 {
					end = len(rest)
					break
				}
				end += 1 + e
			}
			phrase := strings.TrimSpace(rest[:end])
			words := strings.Fields(phrase)
			if len(words) < 3 || len(words) > 10 || strings.ContainsAny(phrase, "\"“”‘’") || strings.Contains(s.text, phrase) {
				continue
			}
			if found != "" && found != phrase {
				return edit{}, false // two such powers: which is not certain
			}
			found = phrase
		}
	}
	if found == "" {
		return edit{}, false
	}
	old := s.text[s.toks[0].start:n.end]
	return edit{old: old, new: old + " " + found}, true
}

// isPurposeBackEdit reports whether e is s's purposeBackEdit: a statement
// quoting s takes it.
func (a *article) isPurposeBackEdit(s *sentence, e edit) bool {
	pe, ok := a.purposeBackEdit(s)
	return ok && pe == e
}
