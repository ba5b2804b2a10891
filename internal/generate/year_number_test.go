package generate

import (
	"strings"
	"testing"
)

func TestYearLikeNumberSwap(t *testing.T) {
	x := analyseText(t, "Mara Quint first sang with a travelling choir in 1991 and joined the city opera in 1996.\n\n"+
		"Her best-known parts are in two 2004 productions: the queen in a staged fairy tale and the widow in a comedy.\n\n"+
		"She left the opera in 2012 to teach, and her school had 340 pupils by 2019.")
	s := sentenceWith(t, x, "two 2004 productions")
	var sp *span
	for _, o := range s.spans {
		if o.text == "2004" {
			sp = o
		}
	}
	if sp == nil {
		t.Fatal("no span on 2004")
	}
	if sp.kind == kNumber && !x.readsAsYear(s, sp) {
		t.Fatalf("2004 among the years 1991-2019 should read as a year")
	}
	for _, c := range []struct {
		text string
		want bool
	}{{"1000", false}, {"340", false}, {"1,004", false}, {"2001", true}, {"1850", false}} {
		if got := x.swapShapeOK(s, sp, c.text); got != c.want {
			t.Errorf("swap %q for 2004: got %v, want %v", c.text, got, c.want)
		}
	}
	stmt, _ := swapOf(t, x, "two 2004 productions", "2004")
	t.Logf("statement: %q", stmt)
	for _, bad := range []string{"two 1000 ", "two 340 ", "two 1991 "} {
		if strings.Contains(stmt, bad) {
			t.Errorf("implausible year swapped in: %q", stmt)
		}
	}

	// A count that is no year keeps its swaps.
	s2 := sentenceWith(t, x, "340 pupils")
	for _, o := range s2.spans {
		if o.text == "340 pupils" || o.text == "340" {
			if x.readsAsYear(s2, o) {
				t.Errorf("340 read as a year")
			}
		}
	}
}

func TestYearLikeNumberChoices(t *testing.T) {
	x := analyseText(t, "Mara Quint first sang with a travelling choir in 1991 and joined the city opera in 1996.\n\n"+
		"Her best-known parts are in two 2004 productions: the queen in a staged fairy tale and the widow in a comedy.\n\n"+
		"She left the opera in 2012 to teach, and her school had 340 pupils and 3000 books by 2019.")
	s := sentenceWith(t, x, "two 2004 productions")
	for _, sp := range s.spans {
		if sp.text != "2004" {
			continue
		}
		for _, o := range x.distractors(s, sp) {
			if !bareFourDigitsRE.MatchString(o.text) || o.text < "1970" || o.text > "2040" {
				t.Errorf("option %q offered for the year 2004", o.text)
			}
		}
	}
}
