// Package keysentence finds, in a paragraph of an article, the sentence a
// question tests, so that feedback can highlight it and fold the rest.
package keysentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence of a paragraph, as byte offsets into it.
type Span struct{ Start, End int }

// Sentences splits a paragraph into sentences: a sentence ends at . ! or ?
// (and any closing quotes or brackets after it) followed by a space and
// a capital letter, a digit or an opening quote, unless the word before the
// full stop is a common abbreviation or a single capital (an initial).
func Sentences(par string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(par); {
		r, size := utf8.DecodeRuneInString(par[i:])
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i
		for end < len(par) {
			c, n := utf8.DecodeRuneInString(par[end:])
			if !strings.ContainsRune(`"'”’»)]`, c) {
				break
			}
			end += n
		}
		if end >= len(par) {
			break
		}
		next, n := utf8.DecodeRuneInString(par[end:])
		if !unicode.IsSpace(next) {
			continue
		}
		after := strings.TrimLeftFunc(par[end+n:], unicode.IsSpace)
		first, _ := utf8.DecodeRuneInString(after)
		if after == "" || !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(`"'“‘«(`, first)) {
			continue
		}
		if r == '.' && abbreviation(par[start:i-1]) {
			continue
		}
		out = append(out, trim(par, start, end))
		start = len(par) - len(after)
		i = start
	}
	if strings.TrimSpace(par[start:]) != "" {
		out = append(out, trim(par, start, len(par)))
	}
	return out
}

func trim(par string, start, end int) Span {
	for start < end {
		r, n := utf8.DecodeRuneInString(par[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(par[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return Span{start, end}
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "prof": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "rev": true, "jr": true, "sr": true, "no": true, "vs": true,
	"etc": true, "e.g": true, "i.e": true, "u.s": true, "u.k": true, "approx": true, "fig": true, "vol": true,
}

// abbreviation reports whether the text before a full stop ends with a
// common abbreviation or an initial.
func abbreviation(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimLeft(f[len(f)-1], `"'“‘(`)
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}

// Find returns the sentence of the paragraph that the clues (a question's
// explanation, its answers, its prompt) share the most words with, and
// whether one stands out: at least three content words in common and at
// least half of the sentence's content words.
func Find(par string, clues ...string) (Span, bool) {
	// A phrase of three words or more that a clue quotes marks its sentence.
	sentences := Sentences(par)
	for _, c := range clues {
		for _, q := range quotations(c) {
			phrase := " " + strings.Join(q, " ") + " "
			for _, s := range sentences {
				if strings.Contains(" "+strings.Join(words(par[s.Start:s.End]), " ")+" ", phrase) {
					return s, true
				}
			}
		}
	}
	have := map[string]bool{}
	for _, c := range clues {
		for _, w := range words(c) {
			have[w] = true
		}
	}
	best, bestScore := Span{}, 0.0
	for _, s := range sentences {
		ws := words(par[s.Start:s.End])
		if len(ws) == 0 {
			continue
		}
		shared := 0
		for _, w := range ws {
			if have[w] {
				shared++
			}
		}
		score := float64(shared) / float64(len(ws))
		if shared >= 3 && score > bestScore {
			best, bestScore = s, score
		}
	}
	return best, bestScore >= 0.5
}

// quotations returns the content words of each passage of a text in
// double quotes ("…" or “…”) that holds at least three of them.
func quotations(text string) [][]string {
	var out [][]string
	open := -1
	for i, r := range text {
		switch {
		case r == '“' || r == '"' && open < 0:
			open = i + utf8.RuneLen(r)
		case (r == '”' || r == '"') && open >= 0:
			if ws := words(text[open:i]); len(ws) >= 3 {
				out = append(out, ws)
			}
			open = -1
		}
	}
	return out
}

// Quoted reports whether a text (an explanation) already quotes the
// sentence, ignoring case, spacing, quotes and punctuation.
func Quoted(text, sentence string) bool {
	s := strings.Join(words(sentence), " ")
	return s != "" && strings.Contains(strings.Join(words(text), " "), s)
}

var stop = map[string]bool{
	"the": true, "and": true, "for": true, "that": true, "with": true, "was": true, "were": true, "has": true,
	"have": true, "had": true, "this": true, "from": true, "its": true, "are": true, "but": true, "not": true,
	"which": true, "their": true, "they": true, "his": true, "her": true, "been": true, "also": true, "into": true,
	"than": true, "who": true, "what": true, "article": true, "says": true, "true": true, "false": true,
}

// words returns the lower-case content words of a text, in order.
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) >= 3 && !stop[w] {
			out = append(out, w)
		}
	}
	return out
}
