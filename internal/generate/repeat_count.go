package generate

import (
	"strconv"
	"strings"
	"unicode"
)

// Counts told twice. A report gives its headline count in the lead
// ("Twenty eight people have been arrested …") and again further down
// ("All 28 people detained are suspected of …"): two true statements that
// name the same count of the same thing, in figures or in words, state
// one fact, however different the rest of their words, and a learner
// asked both learns nothing from the second. sameCount tells them; the
// repeats rule (sameFact) keeps the better scored of the two.

// sameCount reports whether sentences s and t share a count: the same
// number above one followed by the same plural noun ("28 people",
// "twenty-eight people").
func sameCount(s, t string) bool {
	cs := counts(s)
	if len(cs) == 0 {
		return false
	}
	for c := range counts(t) {
		if cs[c] {
			return true
		}
	}
	return false
}

// counts are the "number noun" pairs of a sentence, the number in figures
// and the noun as a stem.
func counts(s string) map[string]bool {
	var ws []string
	for _, f := range strings.Fields(s) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f == "" {
			continue
		}
		// "twenty-eight" is one number; other hyphened words stay whole.
		if i := strings.IndexByte(f, '-'); i > 0 && wordNumber(f[:i]) >= 20 && wordNumber(f[i+1:]) > 0 {
			ws = append(ws, f[:i], f[i+1:])
			continue
		}
		ws = append(ws, f)
	}
	out := map[string]bool{}
	for i := 0; i < len(ws); i++ {
		n, next := countAt(ws, i)
		if n < 2 || next >= len(ws) {
			continue
		}
		noun := strings.ToLower(ws[next])
		if !pluralNoun(noun) {
			continue
		}
		out[strconv.Itoa(n)+" "+stem(noun)] = true
	}
	return out
}

// countAt reads a whole number at ws[i], in figures ("28", "2,000") or in
// words ("eight", "twenty eight"), and returns it with the index of the
// word after it, or -1.
func countAt(ws []string, i int) (int, int) {
	w := ws[i]
	if w[0] >= '0' && w[0] <= '9' {
		n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		// A year ("the 2004 elections") is a date, not a count.
		if err != nil || n > 1000000 || !strings.Contains(w, ",") && n >= 1100 && n <= 2100 {
			return -1, i + 1
		}
		return n, i + 1
	}
	n := wordNumber(w)
	if n < 0 {
		return -1, i + 1
	}
	if n >= 20 && n%10 == 0 && i+1 < len(ws) {
		if u := wordNumber(ws[i+1]); u > 0 && u < 10 {
			return n + u, i + 2
		}
	}
	return n, i + 1
}

// pluralNoun reports whether a lower-case word reads as a plural noun: a
// word of letters ending in "s" that is not a function word, or one of
// the plurals without it.
func pluralNoun(w string) bool {
	switch w {
	case "people", "men", "women", "children", "staff", "police":
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || stopwords[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
