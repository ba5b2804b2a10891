package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/quiz"
)

// checkText rejects input that is not an article: empty, binary, or mostly
// made of things other than letters.
func checkText(text string) error {
	if strings.TrimSpace(text) == "" {
		return quiz.Errorf(quiz.EInvalid, "the article is empty")
	}
	if strings.IndexByte(text, 0) >= 0 || !utf8.ValidString(text) {
		return quiz.Errorf(quiz.EInvalid, "the article is not plain text (it contains binary data or is not UTF-8)")
	}
	var letters, other int
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
		case unicode.IsControl(r) && r != '\t':
			other += 4 // control characters are a strong sign of binary data
		default:
			other++
		}
	}
	if letters < 2*other/3 || letters < 10 {
		return quiz.Errorf(quiz.EInvalid, "the article does not look like prose (too few letters)")
	}
	return nil
}

// collapseSpace writes each run of spaces and tabs as one space.
//
// A run of spaces between two words, with no punctuation on either side,
// is where a dash was lost ("a quarter of a point   the sixth such move
// in as many months   has opened"): copies of news text often drop
// dashes and keep the spaces around them. The dash is put back, so
// sentences, titles and items read as written (lostDash).
func collapseSpace(s string) string {
	var b strings.Builder
	space := 0
	var prev rune
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\u00a0' {
			space++
			continue
		}
		if space > 0 && b.Len() > 0 {
			if lostDash(prev, r, space) {
				b.WriteString(" — ")
			} else {
				b.WriteByte(' ')
			}
		}
		space = 0
		prev = r
		b.WriteRune(r)
	}
	return b.String()
}

// lostDash reports whether a run of n spaces between the runes before and
// after it stands for a dropped dash: two spaces or more between a word
// word and a word (a letter or digit each side; two spaces are a typing
// slip, as are spaces after a full stop).
func lostDash(before, after rune, n int) bool {
	return n >= 3 && (unicode.IsLetter(before) || unicode.IsDigit(before)) && (unicode.IsLetter(after) || unicode.IsDigit(after))
}

// looksLikeHeading reports whether a paragraph reads as a title rather than
// prose: short and without final punctuation.
func looksLikeHeading(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || len(strings.Fields(p)) > 15 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	return !strings.ContainsRune(".!?:;\"”’)", r)
}

// titleCase capitalises the major words of a phrase, leaving short function
// words (except the first) and words with inner capitals alone.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && smallTitleWords[lw] {
			words[i] = lw
			continue
		}
		if hasUpper(w) {
			continue
		}
		words[i] = upperFirst(w)
	}
	return strings.Join(words, " ")
}

var smallTitleWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true,
	"as": true, "from": true, "into": true, "vs": true, "per": true,
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// trimTo shortens s to at most max bytes at a word boundary, or at a
// character boundary in text without spaces, adding "…".
func trimTo(s string, max int) string {
	if len(s) <= max {
		return s
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max-- // never cut a character in two
	}
	cut := s[:max]
	if i := strings.LastIndexByte(cut, ' '); i > max/2 {
		cut = cut[:i]
	}
	cut = strings.TrimRight(cut, " ,;:—–-")
	return cut + "…"
}
