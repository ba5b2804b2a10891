package generate

import (
	"strings"
	"testing"
)

// Sentences of the shapes whose false statements moved a date: a date
// that opens the sentence as its circumstance, a month moved within its
// year, and the end of an accounting period.
const dateCircumstanceText = "On March 4, 1861, the miller Tom Hale sold the Eastgate mill to his brother Jack after a long dispute over the water rights.\n\n" +
	"The flood began on the upper river in July 1952 and quickly spread to the lower valley and the coastal towns.\n\n" +
	"In 1994, however, the town's harbour trade collapsed, and many fishermen began to leave for the cities.\n\n" +
	"In May, the Harwell Bottling Company issued its second profit warning and cut its sales forecast for the year to June 2006."

func TestDateCircumstanceSwap(t *testing.T) {
	x := analyseText(t, dateCircumstanceText)
	for _, c := range []struct {
		sub, k, text string
		want         bool
	}{
		{"sold the Eastgate mill", "march 4 1861", "October 9, 1855", true}, // fronted
		{"flood began", "july 1952", "December 1952", true},                 // the month alone
		{"flood began", "july 1952", "July 1948", false},                    // the year moves
		{"profit warning", "june 2006", "April 2004", true},                 // a period's end
		{"harbour trade", "1994", "2008", true},                             // a fronted year is a circumstance too
	} {
		s, sp := spanIn(t, x, c.sub, c.k)
		if got := dateCircumstanceSwap(s, sp, c.text); got != c.want {
			t.Errorf("dateCircumstanceSwap(%q for %q) = %v, want %v", c.text, c.k, got, c.want)
		}
	}
}

// The swap itself: where a date of those shapes is the candidate, the
// false statement drafted from it does not move the date.
func TestDateCircumstanceTrueFalseSwap(t *testing.T) {
	x := analyseText(t, dateCircumstanceText)
	tried := 0
	for _, c := range []struct{ sub, k string }{
		{"sold the Eastgate mill", "march 4 1861"},
		{"flood began", "july 1952"},
		{"profit warning", "june 2006"},
	} {
		s, sp := spanIn(t, x, c.sub, c.k)
		cd := x.blankableRead(s, sp)
		if cd == nil {
			continue
		}
		tried++
		it := x.trueFalseSwap(cd)
		if it == nil {
			continue
		}
		// Only a date that is the point may move, and then by its year.
		if c.k != "july 1952" || strings.Contains(it.q.Prompt, "1952") {
			t.Errorf("a false statement moves %q: %s", c.k, it.q.Prompt)
		}
	}
	if tried == 0 {
		t.Fatal("no date was a candidate")
	}
}

// The end of an accounting period is no blank either.
func TestAccountingEndBlank(t *testing.T) {
	x := analyseText(t, dateCircumstanceText)
	if s, sp := spanIn(t, x, "profit warning", "june 2006"); x.blankableRead(s, sp) != nil {
		t.Error("a blank drafted on the end of the year a forecast covers")
	}
}

// A fronted year moves where the year is the sentence's point (a
// founding, a birth) and not where it is a circumstance of what the
// sentence tells (where a man was sent and why).
func TestFrontedYearPoint(t *testing.T) {
	x := analyseText(t, "In 1921, the Harwell Bottling Company was founded by two brothers in Leeds.\n\n"+
		"In 1487 the envoy was sent to the northern islands to count the king's herds.\n\n"+
		"By 1930 the firm had moved its works to Hull.")
	for _, c := range []struct {
		sub, k, text string
		want         bool
	}{
		{"was founded", "1921", "1930", false},   // a founding: the year is the point
		{"envoy was sent", "1487", "1921", true}, // a circumstance: what he was sent to do matters
		{"moved its works", "1930", "1921", true},
	} {
		s, sp := spanIn(t, x, c.sub, c.k)
		if got := dateCircumstanceSwap(s, sp, c.text); got != c.want {
			t.Errorf("dateCircumstanceSwap(%q for %q in %q) = %v, want %v", c.text, c.k, s.text, got, c.want)
		}
	}
}
