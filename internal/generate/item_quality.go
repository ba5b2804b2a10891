package generate

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Item quality rules of the eighteenth round: blanks that cut a phrase in
// two, cloze cards on wording the article uses once, and answers a
// learner would give in a shorter form.

// halfPhraseBlank reports whether a blank over sp leaves half of a phrase
// outside it: a common noun phrase followed by a noun that carries it on
// ("over _____ waiting times" for "extended hospital"), or a word joined
// by a dash to the word beside it ("_____–Teller effect" for "Jahn"). The
// blank then tests where the phrase was cut, not what it names.
func halfPhraseBlank(s *sentence, sp *span) bool {
	if dashJoined(s.text, sp.blankStart(), sp.end) {
		return true
	}
	if sp.kind != kTerm || !strings.Contains(sp.key, " ") {
		return false
	}
	n := nextTok(s, sp.end)
	if n == nil || !isLowerWord(n.text) {
		return false
	}
	if strings.HasPrefix(n.tag, "NN") {
		return true // "the _____ target" for "waiting list"
	}
	// "_____ waiting times": a gerund that a noun follows modifies it.
	if n.tag == "VBG" {
		if nn := nextTok(s, n.end); nn != nil && isLowerWord(nn.text) && strings.HasPrefix(nn.tag, "NN") {
			return true
		}
	}
	return false
}

// dashJoined reports whether text[start:end] is joined by a hyphen or a
// dash, without a space, to a word before or after it.
func dashJoined(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	if r, n := utf8.DecodeRuneInString(text[end:]); isJoinDash(r) {
		if l, _ := utf8.DecodeRuneInString(text[end+n:]); unicode.IsLetter(l) {
			return true
		}
	}
	if r, n := utf8.DecodeLastRuneInString(text[:start]); isJoinDash(r) {
		if l, _ := utf8.DecodeLastRuneInString(text[:start-n]); unicode.IsLetter(l) {
			return true
		}
	}
	return false
}

// An em dash, even unspaced, sets off a clause ("Jefferson—the first fruits").
func isJoinDash(r rune) bool { return r == '-' || r == '–' || r == '‐' }

// onceWording reports whether a cloze card's common noun phrase is wording
// the article uses once: none of its words comes back in another sentence
// ("rose as a _____" for "political force", "impressed with their _____"
// for "imaginative forays"), outside the lead paragraph, which states what
// the article is about. A phrase the article builds on recurs, whole or by
// one of its words ("data networks" of an article about networks); one it
// says once is the author's wording, and a card on it tests recall of that
// wording. A defined term is kept.
func (a *article) onceWording(s *sentence, sp *span) bool {
	if sp.kind != kTerm || !strings.Contains(sp.key, " ") || s.para == nil || s.para.n == 1 {
		return false
	}
	if a.definedTerms()[sp.key] {
		return false
	}
	content := 0
	// "ground-based instruments": each part of a joined word counts.
	for _, w := range strings.FieldsFunc(sp.key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		w = strings.ToLower(w)
		if len(w) <= 2 || stopwords[w] || !hasLetter(w) {
			continue
		}
		content++
		n := 0.0
		st := stem(w)
		for _, p := range a.paras {
			n += p.words[st]
		}
		if n >= 2 {
			return false
		}
	}
	return content > 0
}

// modifierForms are shorter answers a learner may give for a group named
// by a name and a plural noun: "Labour" for "Labour MPs", "Apple" for
// "Apple engineers". The name is what the blank asks for; the plural only
// says which of its people. Also the other usual names of the two world
// wars ("World War I" for "the First World War").
func modifierForms(text string) []string {
	var out []string
	f := strings.Fields(text)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) == 2 && startsUpper(f[0]) && !allUpper(f[0]) && pluralGroup(f[1]) {
		out = append(out, f[0])
	}
	if w := worldWarForms(strings.Join(f, " ")); w != nil {
		out = append(out, w...)
	}
	return out
}

// pluralGroup reports whether w is a plural noun for people or things of
// a group: lowercase ending in "s" ("workers"), or capitals with a
// lowercase "s" ("MPs").
func pluralGroup(w string) bool {
	if len(w) < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	stem := w[:len(w)-1]
	if isLowerWord(w) {
		return true
	}
	return allUpper(stem) && len(stem) >= 2
}

func allUpper(w string) bool {
	has := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			has = true
		}
	}
	return has
}

// worldWarForms gives the other names of a world war.
func worldWarForms(s string) []string {
	forms := [][]string{
		{"First World War", "World War I", "World War One", "WWI", "WW1"},
		{"Second World War", "World War II", "World War Two", "WWII", "WW2"},
	}
	for _, f := range forms {
		for _, n := range f {
			if strings.EqualFold(s, n) {
				var out []string
				for _, m := range f {
					if !strings.EqualFold(m, n) {
						out = append(out, m)
					}
				}
				return out
			}
		}
	}
	return nil
}

// headGiveaway reports whether the head noun of a blanked common noun
// phrase stands elsewhere in its sentence: "the creation of its _____ in
// the hills, Siding Hill Observatory" for "field observatory" names the
// thing the blank asks for, and the reader completes it from the name.
func headGiveaway(s *sentence, sp *span) bool {
	if sp.kind != kTerm || !strings.Contains(sp.key, " ") {
		return false
	}
	f := strings.Fields(sp.key)
	head := stem(strings.ToLower(f[len(f)-1]))
	if len(head) <= 2 || stopwords[head] {
		return false
	}
	from := sp.blankStart()
	for _, t := range s.toks {
		if t.end > from && t.start < sp.end {
			continue
		}
		if stem(strings.ToLower(t.text)) == head {
			return true
		}
	}
	return false
}

// centuryNear reports whether a century swapped in lies within two of the
// one the sentence names: "a leading thinker of the 13th century" for one
// of the 19th is false on its face, even where the article reaches back
// to the 13th for a family's origins; the 17th or the 18th is a claim a
// reader must check.
func centuryNear(orig, v float64) bool { return math.Abs(v-orig) <= 2 }

// sameMonthRE finds a month named by reference to the sentence before:
// "In the same month", "that month".
var sameMonthRE = regexp.MustCompile(`(?i)\b(?:(in|during|by|of) )?(?:that|the same) month\b`)

// monthYearRE finds a month, with the year after it when there is one.
var monthYearRE = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)(?: (1[0-9]{3}|20[0-9]{2})\b)?`)

// monthEdit is the edit that puts the month into a sentence that says
// "the same month" or "that month", from the sentence before it in the
// same paragraph when that names exactly one month ("In November 2004";
// "In the same month lists fell" → "In November lists fell"); has is
// false when the sentence says neither, ok false when it does and no
// month can be put in. A reader of the item alone then knows when.
func (a *article) monthEdit(s *sentence) (e edit, has, ok bool) {
	m := sameMonthRE.FindStringSubmatchIndex(s.text)
	if m == nil {
		return edit{}, false, false
	}
	if quotedAt(s.text, m[0]) {
		return edit{}, true, false
	}
	i := s.idx - 1
	if i < 0 || i >= len(a.sents) || a.sents[i].para != s.para {
		return edit{}, true, false
	}
	month := ""
	for _, mm := range monthYearRE.FindAllString(a.sents[i].text, -1) {
		if month != "" && !strings.HasPrefix(mm, month) && !strings.HasPrefix(month, mm) {
			return edit{}, true, false // two months: which one?
		}
		if len(mm) > len(month) {
			month = mm
		}
	}
	if month == "" {
		return edit{}, true, false
	}
	prep := "in"
	if m[2] >= 0 {
		prep = strings.ToLower(s.text[m[2]:m[3]])
	}
	rep := prep + " " + month
	if m[0] == 0 || strings.TrimSpace(s.text[:m[0]]) == "" {
		rep = upperFirst(rep)
	}
	return edit{s.text[m[0]:m[1]], rep}, true, true
}
