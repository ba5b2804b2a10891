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

// One fact can be told twice with a year, a name and a verb in common and
// little else: "Reyes joined the Harman and Ising studio in 1930" in the
// lead, "While working there, Reyes's talent became evident, and in 1930
// he joined the Harman and Ising studio" in the life. A true statement of
// the one answers any item on the other. Two items, one of them a true
// statement, whose sentences give the same year, two or more of the same
// capitalised words (not opening the sentence, not the name of the
// article's subject) and the same verb, state one fact (sameYearFact).

// sameYearFact reports whether x and y state one fact as described above.
func (a *article) sameYearFact(x, y *item) bool {
	if x.sent == y.sent || !trueStatementItem(x) && !trueStatementItem(y) {
		return false
	}
	if !sharedYear(x.sent, y.sent) {
		return false
	}
	nx, ny := a.yearFactWords(x.sent), a.yearFactWords(y.sent)
	names := 0
	for w := range nx.names {
		if ny.names[w] {
			names++
		}
	}
	if names < 2 {
		return false
	}
	for v := range nx.verbs {
		if ny.verbs[v] {
			return true
		}
	}
	return false
}

// sharedYear reports whether sentences s and o give a year in common.
func sharedYear(s, o *sentence) bool {
	for _, sp := range s.spans {
		if sp.kind != kYear {
			continue
		}
		for _, op := range o.spans {
			if op.kind == kYear && op.num.value == sp.num.value {
				return true
			}
		}
	}
	return false
}

// factWords are a sentence's capitalised words after its first, other
// than the words of the subject's name, and the stems of its verbs other
// than "be" and "have".
type factWords struct{ names, verbs map[string]bool }

// yearFactWords reads a sentence's factWords.
func (a *article) yearFactWords(s *sentence) factWords {
	fw := factWords{map[string]bool{}, map[string]bool{}}
	own := map[string]bool{}
	if subj, short := a.biographySubject(); subj != "" {
		for _, w := range strings.Fields(subj) {
			own[strings.ToLower(w)] = true
		}
		own[strings.ToLower(short)] = true
	}
	first := openingTokens(s)
	for i, t := range s.toks {
		w := strings.ToLower(t.text)
		switch {
		case i > first && startsUpper(t.text) && strings.HasPrefix(t.tag, "NNP") && !own[w] && !monthName(w):
			fw.names[w] = true
		case strings.HasPrefix(t.tag, "VB") && !beHave[w]:
			fw.verbs[wordStem(w)] = true
		}
	}
	return fw
}

// beHave are the forms of "be" and "have", which tell no fact apart.
var beHave = set(`be|is|are|was|were|been|being|am|'s|’s|have|has|had|having`)

// monthName reports whether w is the name of a month.
func monthName(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// claimVerbs put a claim in someone's mouth: "has suggested the security
// services could have been involved".
var claimVerbs = set(`suggested|suggests|believes|believed|claimed|claims|alleged|alleges|said|says|insisted|insists`)

// sameClaim reports whether two true statements report one claim: one
// has someone claim a clause whose content words, three or more, all
// stand in the other, and both name that speaker's side ("Plaid Cymru")
// before the verb. "A Plaid Cymru MP believes UK security services were
// involved in some arson attacks" and "Plaid Cymru's Elfyn Llwyd has
// suggested the security services could have been involved" test one
// fact.
func (a *article) sameClaim(x, y *item) bool {
	if !trueStatementItem(x) || !trueStatementItem(y) || x.sent == nil || y.sent == nil || x.sent == y.sent {
		return false
	}
	return a.claimIn(x.sent, y.sent) || a.claimIn(y.sent, x.sent)
}

// claimIn reports whether the first claim of s, up to its first comma,
// is all said in o by the same side.
func (a *article) claimIn(s, o *sentence) bool {
	ow := a.wordSet(o)
	for r, t := range s.toks {
		if r == 0 || !claimVerbs[strings.ToLower(t.text)] {
			continue
		}
		side := false
		for _, p := range s.toks[:r] {
			if w := strings.ToLower(p.text); startsUpper(p.text) && len(w) > 2 && !stopwords[w] && ow[stem(w)] {
				side = true
			}
		}
		if !side {
			return false
		}
		n := 0
		for _, c := range s.toks[r+1:] {
			if c.text == "," || c.text == ";" || c.text == ":" {
				break
			}
			w := strings.ToLower(strings.Trim(c.text, "'’"))
			if len(w) <= 2 || stopwords[w] || !hasLetter(w) || c.tag == "MD" || w == "have" || w == "has" || w == "had" || w == "been" {
				continue
			}
			if !ow[stem(w)] {
				return false
			}
			n++
		}
		return n >= 3
	}
	return false
}
