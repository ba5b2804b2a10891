package generate

import (
	"strings"
	"unicode/utf8"
)

// wrapWidth is the widest line that hard-wrapped text is taken to have: a
// longer line was not wrapped.
const wrapWidth = 100

// SplitParagraphs splits an article into paragraphs. Without blank lines,
// every non-blank line is a paragraph. With them, each block between blank
// lines is a paragraph whose hard-wrapped lines are joined with single
// spaces, unless the block's lines read as paragraphs of their own (see
// linesAreParagraphs): then each line is one. Runs of spaces and tabs
// inside a paragraph are collapsed. The paragraphs are valid UTF-8: each
// byte of invalid UTF-8 in text becomes U+FFFD.
func SplitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var blocks [][]string
	var cur []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			cur = append(cur, l)
			continue
		}
		if len(cur) > 0 {
			blocks = append(blocks, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	var paras []string
	if len(blocks) == 1 {
		// No blank line: one paragraph per line.
		for _, l := range blocks[0] {
			paras = append(paras, collapseSpace(l))
		}
		return paras
	}
	single := 0
	for _, b := range blocks {
		if len(b) == 1 {
			single++
		}
	}
	mostSingle := 2*single > len(blocks)
	for _, b := range blocks {
		if linesAreParagraphs(b, mostSingle) {
			for _, l := range b {
				paras = append(paras, collapseSpace(l))
			}
			continue
		}
		paras = append(paras, collapseSpace(strings.Join(b, " ")))
	}
	return paras
}

// linesAreParagraphs reports whether the lines of a block between blank
// lines are paragraphs of their own rather than one hard-wrapped
// paragraph. They are when a line is longer than any wrapped line and the
// others end a sentence, are as long, or are short headings; or when every
// line ends a sentence and either the block has three lines or more or
// most blocks of the article are single lines. Wrapped lines break
// mid-sentence, so that few of them end with sentence punctuation.
func linesAreParagraphs(lines []string, mostSingle bool) bool {
	if len(lines) < 2 {
		return false
	}
	long, complete := 0, 0
	for _, l := range lines {
		switch {
		case utf8.RuneCountInString(l) > wrapWidth:
			long++
		case endsSentence(l):
			complete++
		}
	}
	if long > 0 {
		for _, l := range lines {
			if utf8.RuneCountInString(l) <= wrapWidth && !endsSentence(l) && !shortHeading(l) {
				return false
			}
		}
		return true
	}
	return complete == len(lines) && (len(lines) >= 3 || mostSingle)
}

// endsSentence reports whether a line ends with sentence punctuation,
// perhaps followed by closing quotes or brackets.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?…", r)
}

// shortHeading reports whether a line reads as a heading: a few words that
// do not end mid-sentence.
func shortHeading(l string) bool {
	if len(strings.Fields(l)) > 12 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(",;:-–—(", r)
}
