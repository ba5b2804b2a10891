package generate

import (
	"strings"
	"unicode"
)

// Two true statements of a theme can state one fact in different words:
// "After studying architecture and then drama, Dupin began his career"
// and "Dupin initially studied to become an architect, before enrolling
// to study drama". The judges rejected the second as a repeat, though the
// two sentences share too few words to be told apart by their overlap
// (repeats.go). What they share is words the article uses almost nowhere
// else: the two sentences are the only ones that speak of the
// architecture and the drama. Two true statements that share three such
// words (nouns, verbs or adjectives of five letters or more, compared by
// their first five letters, each in at most three sentences of the
// article) state one fact, and the better scored is kept. So do a true
// statement and an item whose answer the statement's sentence names
// ("before changing _____ and enrolling to study drama", career paths,
// beside "Dupin began his career").

// rareShared is how many rare words two true statements must share to
// state one fact, and rareSents how many of the article's sentences a
// word may be found in to be rare.
const (
	rareShared = 3
	rareSents  = 3
)

// wordStem is the comparison form of a word: its first five letters,
// lowercased, with y read as i ("study", "studied").
func wordStem(w string) string {
	r := []rune(strings.ToLower(w))
	if len(r) > 5 {
		r = r[:5]
	}
	return strings.ReplaceAll(string(r), "y", "i")
}

// stemsOf is the set of stems of a sentence's nouns, verbs and adjectives
// of five letters or more.
func stemsOf(s *sentence) map[string]bool {
	m := map[string]bool{}
	for _, t := range s.toks {
		if len([]rune(t.text)) < 5 || t.tag == "" || !strings.ContainsAny(t.tag[:1], "NVJ") {
			continue
		}
		if strings.IndexFunc(t.text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
			continue
		}
		switch strings.ToLower(t.text) {
		case "being", "having", "became", "become", "becomes":
			continue
		}
		m[wordStem(t.text)] = true
	}
	return m
}

// stemSet is stemsOf(s), made once.
func (a *article) stemSet(s *sentence) map[string]bool {
	if m, ok := a.stemSets[s]; ok {
		return m
	}
	if a.stemSets == nil {
		a.stemSets = map[*sentence]map[string]bool{}
	}
	m := stemsOf(s)
	a.stemSets[s] = m
	return m
}

// stemCount is how many of the article's sentences hold stem st.
func (a *article) stemCount(st string) int {
	if a.stemSents == nil {
		a.stemSents = map[string]int{}
		for _, s := range a.sents {
			for k := range a.stemSet(s) {
				a.stemSents[k]++
			}
		}
	}
	return a.stemSents[st]
}

// sameRareFact reports whether items x and y, on different sentences,
// state one fact: their sentences share rareShared words the article
// rarely uses, and either both are true statements or one is a true
// statement whose sentence holds a word of the other's answer (it shows
// what the other asks).
func (a *article) sameRareFact(x, y *item) bool {
	if x.sent == y.sent {
		return false
	}
	tx, ty := trueStatementItem(x), trueStatementItem(y)
	if !tx && !ty {
		return false
	}
	sx, sy := a.stemSet(x.sent), a.stemSet(y.sent)
	n := 0
	for st := range sx {
		if sy[st] && a.stemCount(st) <= rareSents {
			n++
		}
	}
	if n < rareShared {
		return false
	}
	if tx && ty {
		return true
	}
	st, other := sx, y
	if ty {
		st, other = sy, x
	}
	for _, w := range strings.Fields(other.answer) {
		if len([]rune(w)) >= 5 && st[wordStem(w)] {
			return true
		}
	}
	return false
}

// trueStatementItem reports whether it is a true/false item that is true.
func trueStatementItem(it *item) bool {
	tf, tr := isTrueFalse(it)
	return tf && tr
}
