package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A report's heading may be a question ("What the election should really
// be about?"): the paragraphs under it answer it, and it says what they
// are about better than any phrase drafted from them ("MPs"). It is taken
// as written, question mark and all, as other headings are. A first line
// that ends in "?" is not always a heading: a hook that speaks to the
// reader ("Have you ever wondered why …?"), a line in the first person
// ("Should we worry?") or a quotation of one speaker stays a paragraph.

// questionPersonWords are words by which a question speaks to the reader
// or for its writer: such a line opens prose, not an article.
var questionPersonWords = set(`you|your|yours|you're|you've|i|i'm|i've|me|my|we|we're|we've|us|our`)

// questionHeading reports whether a paragraph is a heading phrased as a
// question: one short line (three to twelve words) opening with a capital,
// ending in one question mark, with no other sentence stop in it, not in
// quotation marks and without words that speak to the reader or in the
// first person.
func questionHeading(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || strings.Contains(p, "\n") || !strings.HasSuffix(p, "?") || strings.HasSuffix(p, "??") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) {
		return false // a quotation mark or a lower-case run-on
	}
	body := strings.TrimSuffix(p, "?")
	if strings.ContainsAny(body, ".!?;:\"“”") {
		return false
	}
	words := strings.Fields(body)
	if len(words) < 3 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ",'’‘()"))
		w = strings.ReplaceAll(w, "’", "'")
		if questionPersonWords[w] {
			return false
		}
	}
	return true
}

// titleLine reports whether an article's first paragraph is its heading:
// a line that reads as a title (looksLikeHeading) or a question heading.
func titleLine(p string) bool {
	return looksLikeHeading(p) || questionHeading(p)
}
