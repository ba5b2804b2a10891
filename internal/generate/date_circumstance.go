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
	// A year alone still moves: "In 1916, Ada Thorne was sent to a
	// school in Hull." is a life's stage, which the tests of a
	// biography's false years keep (article_false_test.go).
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
