package generate

import (
	"regexp"
	"strconv"
	"strings"
)

// A false statement that moves a date with a month tests the date where
// what happened matters more (blind judges mark such swaps TRIVIA: "the
// false swap only changes the year …; swapping what he did would test
// the substance"):
//
//   - the sentence opens on the date as the circumstance of what it tells
//     ("On 3 May 1901, the mill's owners sold it to a rival."): a reader
//     keeps the sale, not its day;
//   - the swap keeps the date's year and moves only its month or day
//     ("began in the port in July 1997" for "December 1997");
//   - the date ends an accounting period ("cut its forecast for the year
//     to March 2005"): a label of the period, not an event.
//
// Another figure of the sentence is swapped instead, or a true statement
// is proposed.

// frontedDate reports whether the date sp opens its sentence as the
// circumstance of what it tells: "On 3 May 1901, the mill …".
func frontedDate(s *sentence, sp *span) bool {
	start := sp.blankStart()
	if start < 0 || start > len(s.text) || sp.end > len(s.text) {
		return false
	}
	return frontedDateRE.MatchString(s.text[datelineEnd(s.text):start]) && strings.HasPrefix(strings.TrimLeft(s.text[sp.end:], " "), ",")
}

// accountingEnd reports whether the date sp ends an accounting period
// ("the year to March 2005"): a label, which no blank asks and no false
// statement moves.
func accountingEnd(s *sentence, sp *span) bool {
	if sp.kind != kDate || sp.num.month == "" {
		return false
	}
	start := sp.blankStart()
	if start < 0 || start > len(s.text) {
		return false
	}
	return accountingEndRE.MatchString(s.text[datelineEnd(s.text):start])
}

// frontedDateRE: the words before a date that opens its sentence as a
// circumstance.
var frontedDateRE = regexp.MustCompile(`(?i)^\s*(?:on|in|by|from|until|since|early\s+on|late\s+on)\s+(?:the\s+)?$`)

// accountingEndRE: the words before a date that ends an accounting period.
var accountingEndRE = regexp.MustCompile(`(?i)\b(?:year|months|quarter|half|period)\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?$`)

// dateCircumstanceSwap reports whether text, swapped in for the date sp
// of s in a false statement, tests the date rather than what the
// sentence tells.
func dateCircumstanceSwap(s *sentence, sp *span, text string) bool {
	// A year alone that opens the sentence is its circumstance too ("In
	// 1994, however, the harbour trade collapsed"; "In 1487, he was sent
	// to Jeju …", where what he was sent to do matters), unless the
	// sentence tells what the year is remembered for: a birth, a
	// founding, a treaty, a first (frontedYearPoint).
	if sp.kind == kYear {
		return frontedYear(s, sp) && !frontedYearPointRE.MatchString(s.text)
	}
	if sp.kind != kDate || sp.num.month == "" {
		return false
	}
	if frontedDate(s, sp) || accountingEnd(s, sp) {
		return true
	}
	// The same year, another month or day.
	if y := sp.num.year; y > 0 {
		if m := fourDigitYearRE.FindString(text); m == strconv.Itoa(y) {
			return true
		}
	}
	return false
}

// frontedYear reports whether the year sp opens its sentence as the
// circumstance of what it tells: "In 1994, however, …", "By 1930 the
// firm …".
func frontedYear(s *sentence, sp *span) bool {
	start := sp.blankStart()
	if start < 0 || start > len(s.text) || sp.end > len(s.text) {
		return false
	}
	if !frontedDateRE.MatchString(s.text[datelineEnd(s.text):start]) {
		return false
	}
	rest := strings.TrimLeft(s.text[sp.end:], " ")
	if strings.HasPrefix(rest, ",") {
		return true
	}
	// "In 1994 the town …", "In 1487 he …": a clause follows, not a
	// noun the year qualifies ("In 1994 elections, …").
	w, _, _ := strings.Cut(rest, " ")
	return startsUpper(w) || frontedClauseWords[strings.ToLower(w)]
}

// frontedClauseWords open the clause after a fronted year.
var frontedClauseWords = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "this": true, "these": true,
}

// frontedYearPointRE: a sentence whose fronted year is its point, what the
// year is remembered for: a birth or death, a founding, a treaty or law,
// an election or office, a first, a work's appearance.
var frontedYearPointRE = regexp.MustCompile(`(?i)\b(?:born|died|founded|established|formed|created|incorporated|signed|ratified|treaty|married|elected|crowned|inaugurated|independen\w*|abolished|invented|discovered|published|premiered|first|won|awarded|enacted|declared|annexed|assassinated|executed|killed)\b`)
