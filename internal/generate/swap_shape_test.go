package generate

import (
	"strings"
	"testing"
)

// swapOf returns the statement the swap rules make from the sentence
// holding sub, blanking the span whose text is ans, or "".
func swapOf(t *testing.T, x *article, sub, ans string) (stmt string, found bool) {
	t.Helper()
	s := sentenceWith(t, x, sub)
	for _, sp := range s.spans {
		if sp.text != ans {
			continue
		}
		found = true
		c := x.blankable(s, sp)
		if c == nil {
			return "", true
		}
		if it := x.trueFalseSwap(c); it != nil {
			return it.q.Prompt, true
		}
	}
	return "", found
}

func TestSwapShapeKeepsOrder(t *testing.T) {
	x := analyseText(t, "The harbour of Westport grew quickly after the new railway opened in 1871.\n\n"+
		"The average wait for a berth fell from 30 to just 21 days after the railway opened in 1871.\n\n"+
		"By 1890 the harbour handled 4,000 ships a year, and its trade with the inland towns kept growing.\n\n"+
		"The harbour employed 2,500 dockers in 1890, and the docks held 75 cranes.")
	for _, c := range []struct{ sub, ans string }{{"fell from 30", "30"}, {"fell from 30", "21 days"}} {
		stmt, _ := swapOf(t, x, c.sub, c.ans)
		t.Logf("%s → %q", c.ans, stmt)
		if stmt == "" {
			continue
		}
		from, to := figuresAround(stmt)
		if from <= to {
			t.Errorf("swap contradicts its direction word: %q", stmt)
		}
	}
}

// figuresAround reads the two figures of "from A to just B".
func figuresAround(stmt string) (float64, float64) {
	i := strings.Index(stmt, "from ")
	j := strings.Index(stmt, " to just ")
	if i < 0 || j < 0 {
		return 1, 0
	}
	a, _ := amountOf(stmt[i+5 : j])
	b, _ := amountOf(stmt[j+9:])
	return a, b
}

func TestSwapShapeOK(t *testing.T) {
	x := analyseText(t, "Clara Voss was born in 1820 in a village near the coast.\n\n"+
		"In 1845 she opened a school for the daughters of fishermen, the first in the region.\n\n"+
		"The school grew from 12 pupils to more than 90 by 1860, when Voss wrote her book on teaching.\n\n"+
		"She died in 1884, and the school was named after her in 1890.\n\n"+
		"Her methods spread across the 19th century to towns in three countries.")
	born := sentenceWith(t, x, "was born in 1820")
	year := spanOfSent(t, born, "1820")
	for _, c := range []struct {
		text string
		want bool
	}{{"1809", true}, {"1850", false}, {"1000", false}, {"2300", false}} {
		if got := x.swapShapeOK(born, year, c.text); got != c.want {
			t.Errorf("birth year 1820 → %s: ok = %v, want %v", c.text, got, c.want)
		}
	}
	grew := sentenceWith(t, x, "grew from 12 pupils")
	n12 := spanOfSent(t, grew, "12")
	for _, c := range []struct {
		text string
		want bool
	}{{"30", true}, {"120", false}} {
		if got := x.swapShapeOK(grew, n12, c.text); got != c.want {
			t.Errorf("grew from 12 to 90: 12 → %s: ok = %v, want %v", c.text, got, c.want)
		}
	}
	cent := sentenceWith(t, x, "19th century")
	c19 := spanOfSent(t, cent, "19th century")
	for _, c := range []struct {
		text string
		want bool
	}{{"18th century", true}, {"13th century", false}} {
		if got := x.swapShapeOK(cent, c19, c.text); got != c.want {
			t.Errorf("19th century → %s: ok = %v, want %v", c.text, got, c.want)
		}
	}
}

func spanOfSent(t *testing.T, s *sentence, text string) *span {
	t.Helper()
	for _, sp := range s.spans {
		if sp.text == text || strings.HasPrefix(sp.text, text) {
			return sp
		}
	}
	var got []string
	for _, sp := range s.spans {
		got = append(got, sp.text+"/"+sp.kind.String())
	}
	t.Fatalf("no span %q in %q (spans %v)", text, s.text, got)
	return nil
}

// A swapped age does not move a person across childhood's end: a child
// does not apply to the bar, an adult does not start primary school.
func TestSwapShapeAge(t *testing.T) {
	x := analyseText(t, "Clara Voss was born in 1820 in a village near the coast.\n\n"+
		"At age 23 Voss applied to teach at the county school, and she was hired in 1845.\n\n"+
		"Voss entered the village school at the age of 7, where she learned to read.\n\n"+
		"She died in 1884, and the school was named after her in 1890.")
	adult := sentenceWith(t, x, "At age 23")
	a23 := spanOfSent(t, adult, "23")
	child := sentenceWith(t, x, "at the age of 7")
	a7 := spanOfSent(t, child, "7")
	for _, c := range []struct {
		s    *sentence
		sp   *span
		text string
		want bool
	}{
		{adult, a23, "27", true},
		{adult, a23, "11", false},
		{child, a7, "9", true},
		{child, a7, "30", false},
	} {
		if got := x.swapShapeOK(c.s, c.sp, c.text); got != c.want {
			t.Errorf("age %s → %s: ok = %v, want %v", c.sp.text, c.text, got, c.want)
		}
	}
}

// A span of time counted back from now is not swapped: "5 years ago" or
// "the past 6 months" may be as true as the article's figure.
func TestSwapShapeElapsedSpan(t *testing.T) {
	x := analyseText(t, "The web looks very different today than it did 10 years ago.\n\n"+
		"The number of Europeans with broadband has exploded over the past 12 months, with the web eating into TV viewing habits, research suggests.\n\n"+
		"The trust employed 2,500 dockers for 12 months in 1890.")
	for _, c := range []struct {
		sub, ans, swap string
		want           bool
	}{
		{"10 years ago", "10 years", "5 years", false},
		{"the past 12 months", "12 months", "6 months", false},
		{"2,500 dockers for 12 months", "12 months", "6 months", true}, // a span of its own, not one counted from now
	} {
		s := sentenceWith(t, x, c.sub)
		sp := spanOfSent(t, s, c.ans)
		if got := x.swapShapeOK(s, sp, c.swap); got != c.want {
			t.Errorf("%q: %s → %s: ok = %v, want %v", s.text, c.ans, c.swap, got, c.want)
		}
	}
}

// This week's figures are about the year just gone: a year further off
// swapped in is false on its face.
func TestSwapShapeNewsWeekYear(t *testing.T) {
	x := analyseText(t, "The largest consumer electronics show opened its doors in Las Vegas in 2005.\n\n"+
		"Consumer electronics and gadgets had a phenomenal year in 2004, according to figures released by CES organisers, the CEA, on Tuesday.\n\n"+
		"On Tuesday the organisers also recalled the first show, held in 1967 in New York.")
	news := sentenceWith(t, x, "a phenomenal year in 2004")
	y := spanOfSent(t, news, "2004")
	for _, c := range []struct {
		text string
		want bool
	}{{"1998", false}, {"2003", true}} {
		if got := x.swapShapeOK(news, y, c.text); got != c.want {
			t.Errorf("2004 → %s: ok = %v, want %v", c.text, got, c.want)
		}
	}
	past := sentenceWith(t, x, "the first show")
	if y := spanOfSent(t, past, "1967"); !x.swapShapeOK(past, y, "1970") {
		t.Errorf("1967 → 1970 refused in a sentence about the past")
	}
}

// "the introduction of 24 drinking": the text dropped "hour", and a
// number before a word in "-ing" counts nothing, so neither a swap ("12
// drinking") nor a blank on it is drafted; "24 hour drinking" swaps.
func TestBareNumberBeforeVerb(t *testing.T) {
	x := analyseText(t, "A chief constable has backed the introduction of 24 drinking, saying police had a responsibility to ensure people could benefit from a law change.\n\n"+
		"The Conservatives have called for 24 hour drinking to be shelved until the problems are solved.")
	s := sentenceWith(t, x, "introduction of 24")
	sp := spanOfSent(t, s, "24")
	if x.swapShapeOK(s, sp, "12") {
		t.Error(`"12 drinking" is swapped in`)
	}
	s.score = 1
	items := []item{{sent: s, sp: sp, rule: "cloze-single/number", answer: "24"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error(`the blank on "24" before "drinking" is not held back`)
	}
	s = sentenceWith(t, x, "24 hour drinking")
	if sp := spanOfSent(t, s, "24"); bareNumberBeforeVerb(s, sp) {
		t.Error(`"24 hour" is read as a bare number`)
	}
}
