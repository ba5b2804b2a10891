package generate

import "strings"

// Lists of years and positions. A sentence that strings together three
// or more years or places in a ranking ("the sextant from 1731 (59th
// position), the marine chronometer from 1761 (42nd position) and …",
// "the telephone (23rd), the GameBoy (25th) and …") asks the reader,
// as a statement, a blank or a swap, to recall one figure among many:
// both judges of set 75 rejected such a statement as trivia ("it tests a
// list of dates and chart positions"). Where the sentence carries no
// other point, only the list (its verb "include", "contain" or "feature",
// or a colon, before the items; no quotation and no reason given), each
// item drafted from it is held back as incidental and stays under More
// drafts; the theme takes its next candidate (refill.go). A lead
// sentence is left alone, and so is a sentence whose years are a life's
// span or a plan's timetable, which say more than the list.

// listVerbs are the verbs that introduce a list.
var listVerbs = map[string]bool{
	"include": true, "includes": true, "included": true, "including": true,
	"contain": true, "contains": true, "contained": true,
	"feature": true, "features": true, "featured": true,
}

// listTrivia reports whether s strings together three or more years or
// positions and says nothing but the list.
func (a *article) listTrivia(s *sentence) bool {
	if s == nil || listMarks(s) < 3 || a.leadSentence(s) {
		return false
	}
	if strings.ContainsAny(s.text, "\"“”") || attributesSpeech(s.text) || strings.Count(s.text, ",")+strings.Count(s.text, " and ") < 2 {
		return false
	}
	lists := strings.Contains(s.text, ":")
	for _, t := range s.toks {
		w := strings.ToLower(t.text)
		if listVerbs[w] {
			lists = true
		}
		if w == "because" || w == "since" || w == "so" {
			return false
		}
	}
	return lists
}

// holdListTrivia holds back each proposed item drafted from a sentence
// listTrivia reads.
func (a *article) holdListTrivia(items []item, opts Options) {
	if opts.All {
		return
	}
	for i := range items {
		if it := &items[i]; it.proposed && a.listTrivia(it.sent) {
			it.proposed, it.incidental = false, true
		}
	}
}

// listMarks is how many years and positions in a list sentence s strings
// together: a year of four digits ("from 1731"), an ordinal in figures
// ("59th", "(23rd)") or a number after "number" or "No" ("at number 12",
// "No 20").
func listMarks(s *sentence) int {
	n := 0
	for i, t := range s.toks {
		w := strings.Trim(t.text, "'’()[],.")
		switch {
		case isYearWord(w):
			n++
		case isOrdinalFigure(w):
			// "the 18th and 19th centuries" are no positions.
			if j := i + 1; j >= len(s.toks) || !strings.HasPrefix(strings.ToLower(s.toks[j].text), "centur") {
				n++
			}
		case i > 0 && (isDigits(w) || t.tag == "CD") && positionWord(s.toks[i-1].text):
			n++
		}
	}
	return n
}

// isYearWord reports whether w is a year of four digits, 1000 to 2099.
func isYearWord(w string) bool {
	return len(w) == 4 && isDigits(w) && (w[0] == '1' || w[0] == '2' && w[1] == '0')
}

// isOrdinalFigure reports whether w is an ordinal in figures: "59th", "1st".
func isOrdinalFigure(w string) bool {
	if len(w) < 3 {
		return false
	}
	d, suf := w[:len(w)-2], strings.ToLower(w[len(w)-2:])
	return isDigits(d) && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th")
}

// positionWord reports whether w introduces a position in a list.
func positionWord(w string) bool {
	switch strings.Trim(w, ".") {
	case "number", "Number", "No", "no":
		return true
	}
	return false
}

// isDigits reports whether w is one or more ASCII digits.
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
